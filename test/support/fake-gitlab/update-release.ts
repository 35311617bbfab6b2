/**
 * `PUT /projects/:id/releases/:tag_name` (§2.4). Only name, description, released_at and milestones
 * can change; links, tag, ref and sha sent here are dropped as undeclared.
 */
import { apiError, authorize } from './api-error.js';
import type { RequestContext } from './context.js';
import { DESCRIPTION_LIMIT, isTooLong, MILESTONE_PARAMS } from './create-release.js';
import { milestonesFor, missingMilestones } from './milestones.js';
import { canChangeRelease } from './permissions.js';
import { releaseEntity } from './release-entity.js';
import type { ApiResponse } from './router.js';

export async function updateRelease(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.authorizeReadRelease();
  const { tag_name: tag, ...changes } = ctx.declare([
    { name: 'tag_name', type: 'string', required: true },
    { name: 'name', type: 'string' },
    { name: 'description', type: 'string' },
    { name: 'released_at', type: 'datetime' },
    ...MILESTONE_PARAMS,
  ]);
  const release = ctx.state.release(tag as string);
  // `authorize! :update_release, release`: with no release the check is against nil → 403, not 404.
  authorize(release !== undefined && canChangeRelease(project, ctx.caller(), release.tag));
  if (!ctx.state.tag(release!.tag)) throw apiError(404, 'Tag does not exist');
  if (Object.keys(changes).length === 0) throw apiError(400, 'params is empty');
  const wanted = { titles: changes.milestones as string[] | undefined, ids: changes.milestone_ids as number[] | undefined };
  const missing = missingMilestones(ctx.state, project, wanted);
  if (missing.titles.length > 0) throw apiError(400, `Milestone(s) not found: ${missing.titles.join(', ')}`);
  if (missing.ids.length > 0) throw apiError(400, `Milestone id(s) not found: ${missing.ids.join(', ')}`);

  const description = changes.description as string | null | undefined;
  const descriptionChanged = 'description' in changes && description !== release!.description;
  if (descriptionChanged && isTooLong(description)) {
    // `release.update` returns false: the service answers the errors hash, not a string.
    throw apiError(400, { description: [`is too long (maximum is ${DESCRIPTION_LIMIT} characters)`] });
  }
  if ('name' in changes) release!.name = changes.name as string | null;
  if ('description' in changes) release!.description = description ?? null;
  if (changes.released_at instanceof Date) release!.released_at = changes.released_at;
  if ('milestones' in changes || 'milestone_ids' in changes) release!.milestones = milestonesFor(ctx.state, project, wanted);
  ctx.state.touch(release!);
  return { status: 200, body: await releaseEntity(release!, ctx.view()) };
}
