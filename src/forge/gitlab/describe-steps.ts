/** Each plan step as the GitLab request it stands for: `+ POST /api/v4/projects/g%2Fp/releases  # …`. */
import { bytes } from '../../uploads/byte-size.js';
import type { AssetLink, LinkStep } from '../../model.js';
import type { ReleasePlan } from '../../plan/release-plan.js';
import type { StepOf, StepTable } from '../../plan/steps.js';
import { unifiedDiff } from '../../text-diff.js';

export function gitlabDescriptions(projectPath: string): StepTable<string[]> {
  const base = `${projectPath}/releases`;
  const tagPath = (plan: ReleasePlan) => `${base}/${encodeURIComponent(plan.tag)}`;
  return {
    upload: ({ step }) => step.files.map(({ file, action }) => (action === 'same'
      ? `= ${file.name} (same sha256 on GitLab)`
      : call('+', 'PUT', `${projectPath}/packages/generic/${encodeURIComponent(step.packageName)}/${encodeURIComponent(step.packageVersion)}/${encodeURIComponent(file.name)}`,
        `${bytes(file.size)}, sha256 ${file.sha256.slice(0, 12)}…`))),
    release: ({ step }, plan) => releaseLines(step, plan, base, tagPath(plan)),
    link: ({ step }, plan) => [linkLine(step, `${tagPath(plan)}/assets/links`)],
    evidence: ({ step }, plan) => [step.kind === 'collect'
      ? call('+', 'POST', `${tagPath(plan)}/evidence`, 'collect evidence')
      : `= evidence skipped: ${step.reason}`],
  };
}

function releaseLines(step: StepOf<'release'>['step'], plan: ReleasePlan, base: string, tagPath: string): string[] {
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
export function call(sign: string, method: string, path: string, what: string): string {
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
