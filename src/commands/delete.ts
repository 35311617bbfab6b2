/**
 * `forge-release delete TAG`: deletes the release (GitLab keeps the git tag). It refuses without
 * --yes before anything is sent, and prints what was deleted so the release can be recreated.
 */
import { projectApiPath } from '../forge/gitlab/api-path.js';
import { InputError } from '../errors.js';
import type { Command } from './command.js';
import { releaseView, type ReleaseView } from './release-view.js';
import { releaseNotFound, tagArgument } from './tag-argument.js';

export const deleteCommand: Command = {
  name: 'delete',
  usage: 'forge-release delete TAG --yes [--dry-run]',
  summary: 'delete a release; its git tag stays. Prints what was deleted; --json keeps all of it (description included) for recreating it.',
  options: { yes: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  optionHelp: [
    ['--yes', 'Really delete (required: without it nothing is sent).'],
    ['--dry-run', 'Read the release and show the DELETE request; send nothing.'],
  ],
  examples: ['forge-release delete v1.2.0 --yes', 'forge-release delete v1.2.0 --dry-run --json'],
  async run(ctx) {
    const tag = tagArgument(ctx, 'delete');
    const dryRun = ctx.args.values['dry-run'] === true;
    if (!dryRun && ctx.args.values.yes !== true) {
      throw new InputError([{ input: 'yes', message: `is required to delete release ${tag}`, hint: `Deleting cannot be undone from here: add --yes (or --dry-run to see what would be deleted).` }]);
    }
    const project = ctx.project();
    const client = await ctx.client();
    // Read first: the answer to DELETE may be lost to a retry, and the user needs the content.
    const existing = await client.showRelease(tag);
    if (!existing) throw releaseNotFound(tag, project);
    const request = `DELETE ${projectApiPath(ctx.connection.gitlabUrl, project)}/releases/${encodeURIComponent(tag)}`;
    if (!dryRun) await client.deleteRelease(tag);
    const release = releaseView(existing);
    return { data: { deleted: !dryRun, request, release }, text: deleteText(release, request, dryRun) };
  },
};

function deleteText(release: ReleaseView, request: string, dryRun: boolean): string {
  const lines = [
    dryRun ? `Dry run: would send ${request}` : `Deleted release ${release.tag} (the git tag stays).`,
    `  name         ${release.name}`,
    `  released     ${release.releasedAt}`,
    `  milestones   ${release.milestones.length ? release.milestones.join(', ') : '(none)'}`,
    `  description  ${release.description.length} characters`,
    `  links        ${release.links.length ? '' : '(none)'}`.trimEnd(),
    ...release.links.map((l) => `    ${l.name} [${l.linkType}] ${l.url}${l.directAssetUrl !== l.url ? ` (direct ${l.directAssetUrl})` : ''}`),
  ];
  if (!dryRun) lines.push('', 'To recreate it, forge-release delete --json printed (or printed now with --json) the full release, description included.');
  return lines.join('\n');
}
