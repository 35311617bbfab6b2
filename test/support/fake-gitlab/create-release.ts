/**
 * `POST /projects/:id/releases` (§2.3): API checks, then `Releases::CreateService#execute` in its
 * order. The first failure wins. Milestones are checked before the tag is created, and the tag is
 * created before the release is saved, so a failed save leaves the new tag behind.
 */
import { createHash } from 'node:crypto';
import { apiError, authorize, grapeError } from './api-error.js';
import type { RequestContext } from './context.js';
import { collectErrors, declaredParams, type ParamRule, type ParamSpec, type Params } from './grape-params.js';
import { LINK_TYPES, linkAttributes, linkErrors, storedUrl, validLink, type LinkFields } from './links.js';
import { milestonesFor, missingMilestones } from './milestones.js';
import { canCreateRelease, canCreateTag } from './permissions.js';
import { isHistorical, isUpcoming, releaseEntity } from './release-entity.js';
import type { ApiResponse } from './router.js';
import type { RepoTag } from './git-repo.js';
import { isValidTagName } from './tag-name.js';

export const MILESTONE_PARAMS: (ParamSpec | ParamRule)[] = [
  { name: 'milestones', type: 'string-list' },
  { name: 'milestone_ids', type: 'integer-list' },
  { mutuallyExclusive: ['milestones', 'milestone_ids'], message: 'Cannot specify milestones and milestone_ids at the same time' },
];
export const DESCRIPTION_LIMIT = 1_000_000;

/** `MAX_TEXT_SIZE_LIMIT`, counted in characters as Ruby does (the UTF-16 length is an upper bound). */
export const isTooLong = (text: string | null | undefined) =>
  !!text && text.length > DESCRIPTION_LIMIT && [...text].length > DESCRIPTION_LIMIT;

const BEFORE_ASSETS: ParamSpec[] = [
  { name: 'tag_name', type: 'string', required: true },
  { name: 'tag_message', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'ref', type: 'string' },
];
const AFTER_ASSETS: (ParamSpec | ParamRule)[] = [
  ...MILESTONE_PARAMS,
  { name: 'released_at', type: 'datetime' },
  { name: 'legacy_catalog_publish', type: 'boolean' },
];
/** `assets.links[]`: `link_type` has no `values:` here, so a bad one fails later, in the model. */
const LINK_PARAMS: ParamSpec[] = [
  { name: 'name', type: 'string', required: true },
  { name: 'url', type: 'string', required: true },
  { name: 'direct_asset_path', type: 'string' },
  { name: 'filepath', type: 'string' },
  { name: 'link_type', type: 'string' },
];

export async function createRelease(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.authorizeReadRelease();
  const { params, links } = declareCreateParams(ctx.params);
  const caller = ctx.caller();
  const tagName = (params.tag_name as string | null) ?? '';
  authorize(canCreateRelease(caller));
  if (!canCreateTag(project, caller, tagName)) throw apiError(403, 'You are not allowed to create this tag as it is protected.');
  if (ctx.state.release(tagName)) throw apiError(409, 'Release already exists');
  const wanted = { titles: params.milestones as string[] | undefined, ids: params.milestone_ids as number[] | undefined };
  const missing = missingMilestones(ctx.state, project, wanted);
  if (missing.titles.length > 0) throw apiError(400, `Milestone(s) not found: ${missing.titles.join(', ')}`);
  if (missing.ids.length > 0) throw apiError(400, `Milestone id(s) not found: ${missing.ids.join(', ')}`);

  if (!ctx.state.tag(tagName)) await createTag(ctx, tagName, params);

  const linkFields = links.map(toLinkFields);
  const badType = linkFields.find((link) => link.link_type !== null && !LINK_TYPES.includes(link.link_type));
  if (badType) throw apiError(400, `'${badType.link_type}' is not a valid link_type`);
  const invalid = saveErrors(linkFields, params.description as string | null | undefined);
  if (invalid.length > 0) throw apiError(400, `Validation failed: ${invalid.join(', ')}`);

  const now = new Date();
  const release = ctx.state.insertRelease({
    tag: tagName, name: (params.name as string | null | undefined) ?? tagName, description: (params.description as string | null | undefined) ?? null,
    author: caller!.username, created_at: now, released_at: (params.released_at as Date | null | undefined) ?? now, updated_at: now,
    milestones: (wanted.titles?.length || wanted.ids?.length) ? milestonesFor(ctx.state, project, wanted) : [],
  });
  for (const link of linkFields) ctx.state.insertLink(release, validLink(link));
  const body = await releaseEntity(release, ctx.view());
  // Evidence is collected by a worker, so the answer still shows `evidences: []`.
  const collect = !isHistorical(release) && !isUpcoming(release);
  return { status: 201, body, afterResponse: collect ? () => ctx.state.collectEvidence(release) : undefined };
}

/** Grape's pass over the declared params, nested `assets[links][i]` included, errors in declaration order. */
function declareCreateParams(raw: Params): { params: Params; links: Params[] } {
  const errors = collectErrors(raw, BEFORE_ASSETS);
  const links: Params[] = [];
  const assets = raw.assets;
  const isHash = (value: unknown): value is Params => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (assets !== undefined && assets !== null && !isHash(assets)) errors.push('assets is invalid');
  const list = isHash(assets) ? assets.links : undefined;
  if (list !== undefined && list !== null && !Array.isArray(list)) errors.push('assets[links] is invalid');
  if (Array.isArray(list)) {
    list.forEach((link, index) => {
      if (!isHash(link)) errors.push(`assets[links][${index}] is invalid`);
      else {
        errors.push(...collectErrors(link, LINK_PARAMS, `assets[links][${index}]`));
        links.push(declaredParams(link, LINK_PARAMS));
      }
    });
  }
  errors.push(...collectErrors(raw, AFTER_ASSETS));
  if (errors.length > 0) throw grapeError(errors);
  return { params: declaredParams(raw, [...BEFORE_ASSETS, ...AFTER_ASSETS]), links };
}

function toLinkFields(link: Params): LinkFields {
  const attributes = linkAttributes(link);
  return {
    name: attributes.name ?? null, url: storedUrl(attributes.url ?? null), filepath: attributes.filepath ?? null,
    link_type: 'link_type' in attributes ? attributes.link_type ?? null : 'other',
  };
}

/** `Tags::CreateService` (§2.3 step 10), reached only when the tag does not exist yet. */
async function createTag(ctx: RequestContext, name: string, params: Params): Promise<void> {
  const ref = params.ref as string | null | undefined;
  if (ref === undefined || ref === null) throw apiError(422, 'Ref is not specified');
  if (ref.trim() === '') throw apiError(400, 'Target is empty');
  if (!(await isValidTagName(name))) throw apiError(400, 'Tag name invalid');
  const sha = ctx.state.tag(ref)?.sha ?? (await ctx.app.repo.resolveCommit(ref));
  if (!sha) throw apiError(400, `Target ${ref} is invalid`);
  const message = (params.tag_message as string | null | undefined)?.trim();
  const tag: RepoTag = message
    ? { sha, message, target: createHash('sha1').update(`object ${sha}\ntag ${name}\n\n${message}`).digest('hex'), created_at: new Date() }
    : { sha, target: sha, created_at: null };
  ctx.state.addTag(name, tag);
}

/**
 * `release.save!` validations, in the model's order: each link's own errors (autosave), the
 * description length, then duplicates across the request's links (skipped when a link is invalid).
 */
function saveErrors(links: LinkFields[], description: string | null | undefined): string[] {
  const errors = links.flatMap((link) => linkErrors(link, []).map((e) => `Links ${e.attribute} ${e.message}`));
  const nestedInvalid = errors.length > 0;
  if (isTooLong(description)) {
    errors.push(`Description is too long (maximum is ${DESCRIPTION_LIMIT} characters)`);
  }
  if (!nestedInvalid) {
    for (const attribute of ['name', 'url', 'filepath'] as const) {
      const values = links.map((link) => link[attribute]).filter((value) => value !== null);
      const duplicates = [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
      if (duplicates.length > 0) errors.push(`Links have duplicate values (${duplicates.join(', ')}) for ${releaseInspect()} scope`);
    }
  }
  return errors;
}

/** Ruby's `Object#to_s` of the unsaved Release the message names. */
const releaseInspect = () => `#<Release:0x0000${createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 12)}>`;
