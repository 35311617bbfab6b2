/**
 * No tag given: decide the next version from conventional commits since the latest release tag
 * that is an ancestor of the ref (semver precedence, not dates). A commit that already carries a
 * release tag is not bumped again: the run converges on that tag instead.
 */
import semver from 'semver';
import { ReleaseError } from '../errors.js';
import { assertFullHistory } from '../notes/shallow.js';
import { readReleaseTags, tagsContainedIn, type ReleaseTag } from '../git/read-git-facts.js';
import type { Logger } from '../hosts/host.js';
import type { Inputs } from '../inputs/inputs.js';
import { readCommits } from '../notes/commits.js';
import { previousRelease } from '../version/previous-tag.js';
import { nextVersion } from '../version/next-version.js';
import { warnAboutOtherPrefixes } from './prefix-check.js';
import { nowInSeconds, type Resolution } from './resolve-release.js';

/** `shallow`: whether the checkout is shallow, when resolving the ref already asked. */
export async function computeNextTag(inputs: Inputs, refSha: string | undefined, log: Logger, shallow?: boolean): Promise<Resolution> {
  if (!refSha) throw new ReleaseError('E_REF_UNKNOWN', 'HEAD is not a commit', { hint: 'Run inside a clone with at least one commit.' });
  if (inputs.bump === 'none') {
    throw new ReleaseError('E_NO_TAG', 'No tag was given and bump is none', {
      hint: 'Pass --tag, run in a tag pipeline (CI_COMMIT_TAG / a GitHub tag ref), or use --bump auto|major|minor|patch|prerelease to compute the next version.',
      input: 'tag',
      exitCode: 2,
    });
  }
  if (shallow !== false) await assertFullHistory(inputs.cwd);
  // Every tag, contained or not: prerelease numbers must not repeat one tagged on another branch.
  // One walk finds the tags the commit contains; every question below is answered from it.
  const [tags, contained] = await Promise.all([readReleaseTags(inputs.cwd, inputs.tagPrefix), tagsContainedIn(inputs.cwd, refSha, { prefix: inputs.tagPrefix })]);
  await warnAboutOtherPrefixes(inputs.cwd, inputs.tagPrefix, tags.length > 0, log);
  const already = tagOnCommit(tags, refSha, inputs.prerelease !== undefined);
  if (already) {
    log.info(`${refSha.slice(0, 12)} is already released as ${already.name}: converging on that tag instead of bumping again.`);
    const previousTag = previousRelease(tags, { tag: already.name, version: already.version, date: already.date }, contained);
    return { kind: 'release', release: { tag: already.name, version: already.version, commitSha: refSha, tagExistsLocally: true, shallow: false, tagDate: already.date, ...(previousTag ? { previousTag } : {}) } };
  }
  // Prereleases never serve as the base of a version: rc.N is derived from allTags instead.
  const base = tags.find((t) => contained.has(t.name) && semver.prerelease(t.version) === null);
  const commits = await readCommits(inputs.cwd, { ...(base ? { from: base.sha } : {}), to: refSha, paths: inputs.paths });
  const reached = tags.find((t) => contained.has(t.name))?.version;
  const next = nextVersion({ ...(base ? { base } : {}), ...(reached ? { reached } : {}), allTags: tags, commits, bump: inputs.bump, ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}), initialVersion: inputs.initialVersion, majorOnZero: inputs.majorOnZero });
  if ('skip' in next) return { kind: 'skip', reason: next.skip, commitSha: refSha, ...(base ? { previousTag: base.name } : {}) };
  log.info(`Next version ${next.version}: ${next.reason}.`);
  const tag = `${inputs.tagPrefix}${next.version}`;
  const taken = tags.find((t) => t.name === tag);
  if (taken) throw versionTaken(tag, taken.sha, refSha);
  // A prerelease's notes start at the previous prerelease (rc.2: what changed since rc.1); the
  // commits read from the stable base then cover too much and are read again for the notes.
  const previousTag = previousRelease(tags, { tag, version: next.version, date: nowInSeconds() }, contained);
  const sameRange = previousTag?.sha === base?.sha;
  return { kind: 'release', release: { tag, version: next.version, commitSha: refSha, tagExistsLocally: false, shallow: false, ...(sameRange ? { commits } : {}), ...(previousTag ? { previousTag } : {}) } };
}

/** The computed tag exists here on a commit of another line: stop before anything is written. */
function versionTaken(tag: string, takenSha: string, refSha: string): ReleaseError {
  return new ReleaseError('E_VERSION_TAKEN', `The computed version ${tag} is already a tag in this checkout, at ${takenSha.slice(0, 12)}, which ${refSha.slice(0, 12)} does not contain`, {
    hint: `${tag} was released from another line (a release or maintenance branch). Release this commit with an explicit --tag, `
      + 'a --prerelease identifier, or a --tag-prefix of its own; or run on the branch that carries that line.',
  });
}

/** A release tag on the commit itself; a stable run ignores prerelease tags there. */
function tagOnCommit(tags: ReleaseTag[], sha: string, wantPrerelease: boolean): ReleaseTag | undefined {
  return tags.find((t) => t.sha === sha && (wantPrerelease || semver.prerelease(t.version) === null));
}
