/**
 * The plan as text, terraform-style: + create, ~ update, - delete, = unchanged, each line with
 * the API call it stands for, so a dry run shows exactly the requests a real run would send.
 */
import type { AssetLink, LinkStep, ReleaseStep } from './model.js';
import { countWrites, type ReleasePlan } from './plan/release-plan.js';
import { unifiedDiff } from './text-diff.js';

export interface DescribeContext {
  /** The path of the project's API: `/api/v4/projects/g%2Fp` (with a relative URL root if any). */
  projectPath: string;
}

/** `https://host/gitlab` + `g/p` → `/gitlab/api/v4/projects/g%2Fp`; no project yet → a placeholder. */
export function projectApiPath(gitlabUrl: string, project: string | undefined): string {
  const root = new URL(gitlabUrl).pathname.replace(/\/+$/, '');
  return `${root}/api/v4/projects/${project === undefined ? '<project>' : encodeURIComponent(project)}`;
}

export function describePlan(plan: ReleasePlan, context: DescribeContext): string {
  const base = `${context.projectPath}/releases`;
  const tagPath = `${base}/${encodeURIComponent(plan.tag)}`;
  const lines = [...header(plan), '', ...releaseLines(plan.release, plan, base, tagPath)];
  for (const step of plan.links) lines.push(linkLine(step, `${tagPath}/assets/links`));
  lines.push(plan.evidence.kind === 'collect'
    ? call('+', 'POST', `${tagPath}/evidence`, 'collect evidence')
    : `= evidence skipped: ${plan.evidence.reason}`);
  lines.push('', summary(plan));
  return lines.join('\n');
}

function header(plan: ReleasePlan): string[] {
  // Only the checkout (and the release, if any) is known: GitLab may hold a tag the checkout lacks.
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

function releaseLines(step: ReleaseStep, plan: ReleasePlan, base: string, tagPath: string): string[] {
  if (step.kind === 'none') return [`= release ${plan.tag} unchanged`];
  if (step.kind === 'update') {
    const lines = [call('~', 'PUT', tagPath, `update release ${plan.tag}`)];
    const was = plan.existing;
    if (step.changed.name !== undefined) lines.push(`    ~ name         ${JSON.stringify(was?.name)} → ${JSON.stringify(step.changed.name)}`);
    if (step.changed.description !== undefined) lines.push(...descriptionChange(was?.description ?? '', step.changed.description));
    if (step.changed.milestones !== undefined) lines.push(`    ~ milestones   ${list(was?.milestones ?? [])} → ${list(step.changed.milestones)}`);
    if (step.changed.releasedAt !== undefined) lines.push(`    ~ released_at  ${was?.releasedAt} → ${step.changed.releasedAt}`);
    return lines;
  }
  const f = step.fields;
  const lines = [call('+', 'POST', base, `create release ${plan.tag}`), `    name         ${JSON.stringify(f.name)}`, `    description  ${size(f.description)}`];
  if (f.tagMessage !== undefined) lines.push(`    tag_message  ${JSON.stringify(f.tagMessage)}`);
  if (f.milestones) lines.push(`    milestones   ${list(f.milestones)}`);
  if (f.releasedAt) lines.push(`    released_at  ${f.releasedAt}`);
  for (const link of f.links) lines.push(`    + link ${linkText(link)}`);
  return lines;
}

function linkLine(step: LinkStep, linksPath: string): string {
  switch (step.kind) {
    case 'create': return call('+', 'POST', linksPath, `create link ${linkText(step.link)}`);
    case 'update': return call('~', 'PUT', `${linksPath}/${step.id}`, `update link ${step.link.name}: ${linkChanges(step)}`);
    case 'delete': return call('-', 'DELETE', `${linksPath}/${step.id}`, `delete link ${step.name}`);
  }
}

function linkChanges(step: Extract<LinkStep, { kind: 'update' }>): string {
  const changes: string[] = [];
  const { link, was } = step;
  if (link.name !== was.name) changes.push(`name ${was.name} → ${link.name}`);
  if (link.url !== was.url) changes.push(`url ${was.url} → ${link.url}`);
  if (link.linkType !== was.linkType) changes.push(`link_type ${was.linkType} → ${link.linkType}`);
  if (link.directAssetPath !== was.directAssetPath) changes.push(`path ${was.directAssetPath ?? '(none)'} → ${link.directAssetPath ?? '(none)'}`);
  return changes.join(', ');
}

function linkText(link: AssetLink): string {
  const path = link.directAssetPath ? `, ${link.directAssetPath}` : '';
  return `${link.name} → ${link.url} (${link.linkType}${path})`;
}

/** `+ POST /api/v4/projects/g%2Fp/releases  create release v1.2.0`: the request first, as sent. */
function call(sign: string, method: string, path: string, what: string): string {
  return `${sign} ${method} ${path}  # ${what}`;
}

/** The change as a diff a reviewer can read: what a description loses matters more than its size. */
function descriptionChange(before: string, after: string): string[] {
  return [`    ~ description  ${size(before)} → ${size(after)}:`, ...unifiedDiff(before, after).map((line) => `        ${line}`)];
}

function size(text: string): string {
  const lines = text === '' ? 0 : text.split('\n').length;
  return `${lines} line${lines === 1 ? '' : 's'}, ${text.length} characters`;
}

function list(items: string[]): string {
  return items.length === 0 ? '(none)' : items.join(', ');
}

function summary(plan: ReleasePlan): string {
  const kinds = [plan.release.kind, ...plan.links.map((l) => l.kind)];
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  const writes = countWrites(plan);
  if (writes === 0) return 'No changes: GitLab already holds this release. No write request will be sent.';
  return `Plan: ${count('create')} to create, ${count('update')} to update, ${count('delete')} to delete; ${writes} write request${writes === 1 ? '' : 's'}.`;
}
