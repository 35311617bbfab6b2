/**
 * The description the release ends up with: explicit or generated notes, merged with what the
 * release already says per notes-mode, and never over GitLab's 1,000,000-character limit.
 */
import type { Logger } from '../hosts/host.js';
import type { Inputs } from '../inputs/inputs.js';
import type { ExistingRelease } from '../model.js';
import { assertFullHistory } from '../notes/shallow.js';
import { generateNotes } from '../notes/generate-notes.js';
import { GITLAB_DESCRIPTION_LIMIT, limitDescription } from '../notes/limit.js';
import { mergeNotes } from '../notes/merge.js';
import type { ResolvedRelease } from './resolve-release.js';
import { warnWithoutTags } from './tag-on-gitlab.js';

/** The new notes block for this release, before merging with an existing description. */
export async function notesBlock(inputs: Inputs, release: ResolvedRelease, projectUrl: string | undefined, log: Logger): Promise<string> {
  if (inputs.description !== undefined) return inputs.description;
  await assertFullHistory(inputs.cwd);
  if (inputs.tag !== undefined) await warnWithoutTags(inputs.cwd, release, log);
  return generateNotes({
    cwd: inputs.cwd,
    ...(release.commits ? { commits: release.commits } : {}),
    ...(release.previousTag ? { from: release.previousTag.sha, previousTag: release.previousTag.name } : {}),
    to: release.commitSha,
    version: release.version,
    currentTag: release.tag,
    ...(projectUrl ? { projectUrl } : {}),
    gitlabUrl: inputs.gitlabUrl,
    ...(inputs.notesSections ? { sections: inputs.notesSections } : {}),
    date: (inputs.releasedAt ?? new Date().toISOString()).slice(0, 10),
  });
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
