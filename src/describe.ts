/**
 * The plan as text, terraform-style: + create, ~ update, - delete, = unchanged, each line with
 * the request it stands for (in the forge's words), so a dry run shows exactly what a real run sends.
 */
import type { Forge } from './forge/forge.js';
import type { ReleasePlan } from './plan/release-plan.js';
import { countChanges, countWrites, planSteps } from './plan/steps.js';

export function describePlan(plan: ReleasePlan, forge: Pick<Forge, 'describe'>): string {
  const lines = [...header(plan), ''];
  for (const step of planSteps(plan)) lines.push(...forge.describe(step, plan));
  lines.push('', summary(plan));
  return lines.join('\n');
}

function header(plan: ReleasePlan): string[] {
  // Only the checkout (and the release, if any) is known: the forge may hold a tag the checkout lacks.
  const tagState = plan.tagExists ? 'existing tag' : `new tag, GitLab creates it from ${plan.commitSha.slice(0, 12)} unless it has the tag already`;
  const lines = [
    `Release ${plan.tag} (version ${plan.version || 'n/a'})`,
    `  commit    ${plan.commitSha} (${tagState})`,
    `  previous  ${plan.previousTag ?? '(none: first release, notes cover all history)'}`,
  ];
  if (plan.paths.length > 0) lines.push(`  paths     ${plan.paths.join(', ')} (only commits touching them count)`);
  if (plan.releaseUrl) lines.push(`  url       ${plan.releaseUrl}`);
  if (plan.offline) lines.push('  offline   no GitLab server was read: the plan assumes the release does not exist yet');
  return lines;
}

function summary(plan: ReleasePlan): string {
  const writes = countWrites(plan);
  if (writes === 0) return 'No changes: GitLab already holds this release. No write request will be sent.';
  return `Plan: ${countChanges(plan, 'create')} to create, ${countChanges(plan, 'update')} to update, ${countChanges(plan, 'delete')} to delete; ${writes} write request${writes === 1 ? '' : 's'}.`;
}
