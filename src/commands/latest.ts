/** `forge-release latest`: the newest release, through GitLab's permalink (exit 3 when there is none). */
import { InputError, ReleaseError } from '../errors.js';
import { tagNameProblem } from '../inputs/tag-name.js';
import { findOption } from '../options.js';
import { versionOfTag } from '../resolve/version-of-tag.js';
import { RELEASE_NOT_FOUND, type Command } from './command.js';
import { releaseRow } from './release-view.js';

export const latestCommand: Command = {
  name: 'latest',
  usage: 'forge-release latest [--tag-prefix PREFIX]',
  summary: 'print the newest release (by released date): tag, version and URL.',
  options: { 'tag-prefix': { type: 'string' } },
  optionHelp: [['--tag-prefix PREFIX', `Stripped from the tag to give the version (default: ${findOption('tag-prefix')?.default}).`]],
  examples: ['TAG=$(forge-release latest --field tag)', 'forge-release latest --json'],
  async run(ctx) {
    const prefix = (ctx.args.values['tag-prefix'] as string | undefined) ?? findOption('tag-prefix')?.default ?? '';
    if (prefix !== '' && tagNameProblem(`${prefix}1.0.0`)) throw new InputError([{ input: 'tag-prefix', message: `"${prefix}" cannot start a tag`, hint: 'Use a prefix such as v or pkg@.' }]);
    const project = ctx.project();
    const entity = await (await ctx.client()).latestRelease();
    if (!entity) {
      throw new ReleaseError(RELEASE_NOT_FOUND, `Project ${project} has no release yet`, { hint: 'Create one first (forge-release), or check --project.' });
    }
    const row = releaseRow(entity);
    const data = { tag: row.tag, version: versionOfTag(row.tag, prefix), name: row.name, releasedAt: row.releasedAt, upcoming: row.upcoming, url: row.url };
    return { data, text: `${data.tag}  ${data.version}  ${data.url ?? ''}`.trimEnd() };
  },
};
