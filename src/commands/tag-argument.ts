/** The TAG word of show, download and delete: exactly one, `refs/tags/` accepted as elsewhere. */
import { stripTagRef } from '../context-defaults.js';
import { InputError, ReleaseError } from '../errors.js';
import { RELEASE_NOT_FOUND, type CommandContext } from './command.js';

export function tagArgument(ctx: CommandContext, command: string): string {
  const [tag, ...extra] = ctx.args.positionals;
  if (tag === undefined || tag.trim() === '') {
    throw new InputError([{ input: 'TAG', label: 'TAG', message: 'is required', hint: `Name the release by its tag: forge-release ${command} v1.2.0.` }]);
  }
  if (extra.length) throw new InputError([{ input: extra[0]!, label: `"${extra[0]!}"`, message: 'is not an option', hint: `forge-release ${command} takes one tag; options start with --.` }]);
  return stripTagRef(tag);
}

export function releaseNotFound(tag: string, project: string): ReleaseError {
  return new ReleaseError(RELEASE_NOT_FOUND, `Project ${project} has no release for tag ${tag}`, {
    hint: 'Check the tag (forge-release list shows the releases); a git tag alone is no release.',
  });
}
