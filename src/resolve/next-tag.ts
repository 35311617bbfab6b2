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
import { ancestryQuestions, previousRelease } from '../version/previous-tag.js';
import { nextVersion } from '../version/next-version.js';
import { warnAboutOtherPrefixes } from './prefix-check.js';
import { nowInSeconds, type Resolution } from './resolve-release.js';
import { mention } from '../option-mention.js';

/** Stable tags asked about in the first containment walk (with every prerelease above them). */
const FIRST_WALK = 8;

/** `shallow`: whether the checkout is shallow, when resolving the ref already asked. */
export async function computeNextTag(inputs: Inputs, refSha: string | undefined, log: Logger, shallow?: boolean): Promise<Resolution> {
  if (!refSha) throw new ReleaseError('E_REF_UNKNOWN', 'HEAD is not a commit', { hint: 'Run inside a clone with at least one commit.' });
  if (inputs.bump === 'none') {
    throw new ReleaseError('E_NO_TAG', 'No tag was given and bump is none', {
      hint: `Give the tag (${mention('tag')}), run in a tag pipeline (CI_COMMIT_TAG / a GitHub tag ref), or compute the next version with ${mention('bump')} set to auto, major, minor, patch or prerelease.`,
      input: 'tag',
      exitCode: 2,
    });
  }
  if (shallow !== false) await assertFullHistory(inputs.cwd);
  // Every tag, contained or not: prerelease numbers must not repeat one tagged on another branch.
  const tags = await readReleaseTags(inputs.cwd, inputs.tagPrefix);
  await warnAboutOtherPrefixes(inputs.cwd, inputs.tagPrefix, tags.length > 0, log);
  const already = tagOnCommit(tags, refSha, inputs.prerelease !== undefined);
  if (already) {
    log.info(`${refSha.slice(0, 12)} is already released as ${already.name}: converging on that tag instead of bumping again.`);
    const current = { tag: already.name, version: already.version, date: already.date };
    const asked = await tagsContainedIn(inputs.cwd, refSha, { names: ancestryQuestions(tags, current).map((t) => t.name) });
    const previousTag = previousRelease(tags, current, asked);
    return { kind: 'release', release: { tag: already.name, version: already.version, commitSha: refSha, tagExistsLocally: true, shallow: false, tagDate: already.date, ...(previousTag ? { previousTag } : {}) } };
  }
  const contained = await containedDownToStable(inputs.cwd, refSha, tags);
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

/**
 * The tags the commit contains. git's walk goes back only as far as the oldest tag asked about, so
 * the first walk asks about the highest versions, down to the FIRST_WALK-th stable one: when the
 * commit contains one of those stables (the base), every question of the computed version (base,
 * the version reached, its previous release) is answered by the tags at or above it. Otherwise a
 * second walk asks about the rest.
 */
async function containedDownToStable(cwd: string, commit: string, tags: readonly ReleaseTag[]): Promise<Set<string>> {
  // A tag's version is exact semver: a `-` in it starts its prerelease part.
  const stable = tags.map((t, i) => (t.version.includes('-') ? -1 : i)).filter((i) => i !== -1);
  const cut = stable.length > FIRST_WALK ? stable[FIRST_WALK - 1]! + 1 : tags.length;
  const contained = await tagsContainedIn(cwd, commit, { names: tags.slice(0, cut).map((t) => t.name) });
  if (cut === tags.length || stable.some((i) => i < cut && contained.has(tags[i]!.name))) return contained;
  for (const name of await tagsContainedIn(cwd, commit, { names: tags.slice(cut).map((t) => t.name) })) contained.add(name);
  return contained;
}

/** The computed tag exists here on a commit of another line: stop before anything is written. */
function versionTaken(tag: string, takenSha: string, refSha: string): ReleaseError {
  return new ReleaseError('E_VERSION_TAKEN', `The computed version ${tag} is already a tag in this checkout, at ${takenSha.slice(0, 12)}, which ${refSha.slice(0, 12)} does not contain`, {
    hint: `${tag} was released from another line (a release or maintenance branch). Release this commit with an explicit tag (${mention('tag')}), `
      + `a prerelease identifier (${mention('prerelease')}), or a tag prefix of its own (${mention('tag-prefix')}); or run on the branch that carries that line.`,
  });
}

/** A release tag on the commit itself; a stable run ignores prerelease tags there. */
function tagOnCommit(tags: ReleaseTag[], sha: string, wantPrerelease: boolean): ReleaseTag | undefined {
  return tags.find((t) => t.sha === sha && (wantPrerelease || semver.prerelease(t.version) === null));
}
