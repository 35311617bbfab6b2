/** `forge-release show TAG`: one release with its commit, dates, milestones, evidence, links and notes. */
import type { Command } from './command.js';
import { releaseView, shortDate, stateOf, type ReleaseView } from './release-view.js';
import { releaseNotFound, tagArgument } from './tag-argument.js';

export const showCommand: Command = {
  name: 'show',
  usage: 'forge-release show TAG [--notes-only]',
  summary: 'show one release: name, tag and commit, dates, milestones, evidence, links and description.',
  options: { 'notes-only': { type: 'boolean' } },
  optionHelp: [['--notes-only', 'Print the description (release notes) alone.']],
  examples: ['forge-release show v1.2.0 --project group/app', 'forge-release show v1.2.0 --notes-only > NOTES.md'],
  async run(ctx) {
    const tag = tagArgument(ctx, 'show');
    const project = ctx.project();
    const entity = await (await ctx.client()).showRelease(tag);
    if (!entity) throw releaseNotFound(tag, project);
    const view = releaseView(entity);
    if (ctx.args.values['notes-only'] === true) return { data: view.description, text: view.description };
    return { data: view, text: showText(view) };
  },
};

export function showText(view: ReleaseView): string {
  const state = stateOf(view);
  const lines = [
    `${view.name}${state ? ` (${state})` : ''}`,
    `  tag          ${view.tag} → ${view.commit ?? '(commit unknown: the tag is gone or hidden)'}`,
    `  released     ${shortDate(view.releasedAt)} UTC`,
    `  created      ${shortDate(view.createdAt)} UTC`,
    `  milestones   ${view.milestones.length ? view.milestones.join(', ') : '(none)'}`,
    `  evidence     ${evidenceText(view)}`,
    `  url          ${view.url ?? ''}`,
    `  links        ${view.links.length ? '' : '(none)'}`.trimEnd(),
  ];
  for (const link of view.links) {
    lines.push(`    ${link.name} [${link.linkType}]`, `      url     ${link.url}`);
    if (link.directAssetUrl !== link.url) lines.push(`      direct  ${link.directAssetUrl}`);
  }
  lines.push('', view.description === '' ? '(no description)' : view.description);
  return lines.join('\n');
}

function evidenceText(view: ReleaseView): string {
  if (view.evidences.length === 0) return '(none)';
  const last = view.evidences.at(-1)!;
  return `${view.evidences.length} collected, latest ${shortDate(last.collectedAt)} UTC (sha256 ${last.sha.slice(0, 12)}…)`;
}
