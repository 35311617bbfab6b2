/**
 * The release the notes start from: the highest release tag below the current version among the
 * tags the commit contains (semver precedence, not dates). A stable release skips prereleases, so
 * 1.3.0's notes cover everything since 1.2.0, not just since 1.3.0-rc.2.
 */
import semver from 'semver';
import type { ReleaseTag } from '../git/read-git-facts.js';

export interface CurrentRelease {
  tag: string;
  /** The current version; may be a non-semver tag name, then any lower release tag counts. */
  version: string;
}

/**
 * The tags that could be the previous release, best first (`tags` is sorted highest first);
 * the first one the commit contains is it (read-git-facts' firstContained).
 */
export function previousTagCandidates(tags: readonly ReleaseTag[], current: CurrentRelease): ReleaseTag[] {
  const currentVersion = semver.valid(current.version);
  const stable = currentVersion === null || semver.prerelease(currentVersion) === null;
  return tags.filter((candidate) => {
    if (candidate.name === current.tag) return false;
    if (stable && semver.prerelease(candidate.version) !== null) return false;
    return currentVersion === null || semver.lt(candidate.version, currentVersion);
  });
}
