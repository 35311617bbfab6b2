/**
 * The release the notes start from. One rule for linear histories, release branches, maintenance
 * branches and prerelease channels (README "Which release the notes start from"):
 *
 * among the release tags with a lower version (stable ones only, for a stable release), take the
 * highest that either the release's commit contains, or that is of the same channel (stable, or
 * the same prerelease identifier) and was made no later than the release.
 *
 * Why each part: semver order, not ancestry alone, finds v42.x for v43.0.0 cut on its own release
 * branch (its only stable ancestors may be years old); "made no later" keeps a maintenance release
 * tagged afterwards (v7.3.6 on branch v7) out of v8.0.0-beta.0's notes; "same channel" keeps a
 * beta from starting at an alpha of another branch, while a tag the commit contains always counts
 * (v44.0.0-alpha.1 starts where main's v43 nightlies stopped). The range is `previous..release`
 * in git's sense, so the previous tag need not be an ancestor.
 */
import semver, { type SemVer } from 'semver';
import type { ReleaseTag } from '../git/read-git-facts.js';

export interface CurrentRelease {
  tag: string;
  /** The current version; may be a non-semver tag name, then every release tag is lower. */
  version: string;
  /** When the release's tag was made (Unix seconds); now for a tag that does not exist yet. */
  date: number;
}

/** The previous release of `current`; `tags` is highest first, `contained` names the tags its commit contains. */
export function previousRelease(tags: readonly ReleaseTag[], current: CurrentRelease, contained: ReadonlySet<string>): ReleaseTag | undefined {
  const lower = lowerCandidates(tags, current);
  return lower.find((c) => contained.has(c.name) || madeBefore(c, current));
}

/**
 * The only tags whose ancestry can change the answer: the candidates above the best one made
 * before the release. Usually none or a few recent ones, so the one walk that answers stays short.
 */
export function ancestryQuestions(tags: readonly ReleaseTag[], current: CurrentRelease): ReleaseTag[] {
  const lower = lowerCandidates(tags, current);
  const settled = lower.findIndex((c) => madeBefore(c, current));
  return settled === -1 ? lower : lower.slice(0, settled);
}

/**
 * The tags with a lower version than the release, highest first (stable ones only for a stable
 * release): every tag the rule can pick. Needs names and versions only, no dates.
 */
export function lowerCandidates<T extends { name: string; version: string; semver?: SemVer }>(tags: readonly T[], current: Omit<CurrentRelease, 'date'>): T[] {
  const version = semver.parse(current.version);
  const stable = version === null || version.prerelease.length === 0;
  // A tag's version is exact semver: a `-` in it starts its prerelease part.
  return tags.filter((c) => c.name !== current.tag
    && (!stable || !c.version.includes('-'))
    && (version === null || version.compare(c.semver ?? c.version) > 0));
}

/** Same channel (stable, or the same prerelease identifier) and made no later than the release. */
export function madeBefore(candidate: ReleaseTag, current: CurrentRelease): boolean {
  return channelOf(candidate.version) === channelOf(current.version) && candidate.date <= current.date;
}

/** `beta` for 1.0.0-beta.3, undefined for a stable version. */
export function channelOf(version: string): string | undefined {
  const pre = semver.valid(version) === null ? null : semver.prerelease(version);
  return pre === null ? undefined : String(pre[0]);
}
