/**
 * Which tag names are releases: the prefix, then a semver version exactly (`v1.2`, `v01.2.3` or
 * `v1.2.3+build` are tags, not releases). Decided from the name alone, so a long tag list can be
 * narrowed down before git reads a single tag object.
 */
import semver, { type SemVer } from 'semver';

export interface NamedRelease {
  name: string;
  /** The version the name stands for, without the prefix. */
  version: string;
  semver: SemVer;
}

/** The version a release tag's name stands for; null when the name is not a release. */
export function releaseVersionOf(name: string, prefix: string): SemVer | null {
  if (!name.startsWith(prefix)) return null;
  const rest = name.slice(prefix.length);
  const parsed = semver.parse(rest);
  return parsed !== null && parsed.version === rest ? parsed : null;
}

/**
 * The releases among `names`, highest version first. `stableOnly` leaves prereleases out before
 * parsing them: in an exact version a `-` can only start the prerelease part.
 */
export function releasesByName(names: readonly string[], prefix: string, stableOnly: boolean): NamedRelease[] {
  const releases: NamedRelease[] = [];
  for (const name of names) {
    if (stableOnly && name.includes('-', prefix.length)) continue;
    const parsed = releaseVersionOf(name, prefix);
    if (parsed !== null) releases.push({ name, version: parsed.version, semver: parsed });
  }
  return releases.sort((a, b) => b.semver.compare(a.semver));
}
