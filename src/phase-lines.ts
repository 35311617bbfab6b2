/**
 * The one line each phase of a run opens its log group with: what it found. The job summary of a
 * failed run shows these lines, so they say what was known before the failure in plain words.
 */
import type { Inputs } from './inputs/inputs.js';
import type { ExistingRelease } from './model.js';
import type { ResolvedRelease } from './resolve/resolve-release.js';

export function resolvedLine(release: ResolvedRelease, inputs: Inputs): string {
  const how = inputs.tag === undefined ? 'computed from the commits' : 'given';
  const previous = release.previousTag ? `previous release ${release.previousTag.name}` : 'no previous release (first release)';
  return `Tag ${release.tag} (${how}) on commit ${release.commitSha.slice(0, 12)}; ${previous}.`;
}

export function gitlabLine(tag: string, existing: ExistingRelease | undefined, online: boolean): string {
  if (!online) return 'GitLab not read (no token or project): planning as if the release did not exist yet.';
  if (!existing) return `Release ${tag} does not exist on GitLab yet.`;
  const links = `${existing.links.length} link${existing.links.length === 1 ? '' : 's'}`;
  return `Release ${tag} exists on GitLab (${existing.webUrl}): commit ${existing.commitSha?.slice(0, 12) ?? 'unknown'}, ${links}.`;
}

export function notesLine(notes: string, inputs: Inputs, release: ResolvedRelease): string {
  const lines = notes === '' ? 0 : notes.split('\n').length;
  const source = inputs.description !== undefined ? 'given' : `generated from the commits since ${release.previousTag?.name ?? 'the first commit'}`;
  return `Release notes: ${lines} line${lines === 1 ? '' : 's'}, ${source}, notes-mode ${inputs.notesMode}.`;
}
