/**
 * The description the release ends up with: explicit or generated notes, merged with what the
 * release already says per notes-mode, and never over GitLab's 1,000,000-character limit.
 */
import type { Logger } from '../hosts/host.js';
import type { Inputs } from '../inputs/inputs.js';
import type { ExistingRelease } from '../model.js';
import { assertFullHistory } from '../notes/shallow.js';
import { readCommits, type ParsedCommit } from '../notes/commits.js';
import { generateNotes } from '../notes/generate-notes.js';
import { bumpLevelOf } from '../version/bump-level.js';
import { GITLAB_DESCRIPTION_LIMIT, limitDescription } from '../notes/limit.js';
import { mergeNotes } from '../notes/merge.js';
import type { ResolvedRelease } from './resolve-release.js';
import { warnWithoutTags } from './tag-on-gitlab.js';

/**
 * The day in the notes heading, from what does not change between runs: the release's released_at
 * on GitLab; else --released-at; else, when GitLab was read and the run creates the release, the
 * day GitLab records as its released_at (the day of creation, so a re-run finds the same date);
 * without GitLab (offline), the tag's date, else today for a tag that does not exist yet. UTC days.
 */
export function notesDate(inputs: Inputs, release: ResolvedRelease, existing: ExistingRelease | undefined, online: boolean): string {
  const tagDate = release.tagDate === undefined || online ? undefined : new Date(release.tagDate * 1000);
  const at = existing?.releasedAt ?? inputs.releasedAt ?? tagDate ?? new Date();
  return new Date(at).toISOString().slice(0, 10);
}

/** The new notes block for this release, before merging with an existing description. */
export async function notesBlock(inputs: Inputs, release: ResolvedRelease, projectUrl: string | undefined, date: string, log: Logger): Promise<string> {
  if (inputs.description !== undefined) return inputs.description;
  // Resolving the tag usually asked git already: a full clone then starts no process for this.
  if (release.shallow !== false) await assertFullHistory(inputs.cwd);
  if (inputs.tag !== undefined) await warnWithoutTags(inputs.cwd, release, log);
  const from = release.previousTag?.sha;
  const commits = release.commits ?? await readCommits(inputs.cwd, { ...(from ? { from } : {}), to: release.commitSha, paths: inputs.paths });
  warnIfNothingReleasable(commits, release, inputs.notesOtherCommits, log);
  return generateNotes({
    cwd: inputs.cwd,
    commits,
    otherCommits: inputs.notesOtherCommits,
    ...(release.previousTag ? { from: release.previousTag.sha, previousTag: release.previousTag.name } : {}),
    to: release.commitSha,
    paths: inputs.paths,
    version: release.version,
    currentTag: release.tag,
    ...(projectUrl ? { projectUrl } : {}),
    gitlabUrl: inputs.gitlabUrl,
    ...(inputs.notesSections ? { sections: inputs.notesSections } : {}),
    date,
  });
}

/** Notes of just a heading say nothing: say why, and how to list the other commits. */
function warnIfNothingReleasable(commits: readonly ParsedCommit[], release: ResolvedRelease, listed: boolean, log: Logger): void {
  if (commits.length === 0 || bumpLevelOf(commits).level !== undefined) return;
  const since = release.previousTag ? `since ${release.previousTag.name}` : 'in the history';
  const count = `${commits.length} commit${commits.length === 1 ? '' : 's'}`;
  log.warn(`${release.tag}: ${count} ${since}, none a releasable conventional commit (feat, fix, perf, revert or a breaking change)`
    + (listed ? '; they are listed under Other Changes where not conventional.' : ': the notes list none of them. notes-other-commits lists the non-conventional ones under Other Changes.'));
}

export function finalDescription(inputs: Inputs, tag: string, block: string, existing: ExistingRelease | undefined, log: Logger): string {
  if (inputs.notesMode === 'keep' && existing) return existing.description ?? '';
  const mode = inputs.notesMode === 'keep' ? 'replace' : inputs.notesMode;
  const merge = (b: string) => mergeNotes(mode, existing?.description ?? null, b, tag);
  const merged = merge(block);
  if (merged.keptForeign) {
    log.warn(foreignDescriptionWarning(tag));
    return merged.text;
  }
  let text = merged.text;
  if (text.length <= GITLAB_DESCRIPTION_LIMIT) return text;
  // Cut our own block first so an existing description is never shortened by us.
  const room = GITLAB_DESCRIPTION_LIMIT - (text.length - block.length);
  const limited = limitDescription(block, Math.max(room, 0));
  text = merge(limited.text).text;
  log.warn(`The notes exceed GitLab's ${GITLAB_DESCRIPTION_LIMIT} characters: ${limited.omittedSections} section(s) were left out.`);
  if (text.length > GITLAB_DESCRIPTION_LIMIT) text = limitDescription(text).text;
  return text;
}

/** GitLab keeps no history of descriptions: replacing a person's text needs their explicit choice. */
function foreignDescriptionWarning(tag: string): string {
  return `Release ${tag} has a description forge-release did not write: it is kept as it is (notes-mode replace only replaces notes forge-release wrote). `
    + 'To add the notes to it, use notes-mode append or prepend; to replace it, notes-mode overwrite (also for a release an older forge-release wrote, whose notes no longer match).';
}
