/**
 * The next version, pure: the base release, the level the commits call for (or the one asked
 * for), and the prerelease numbering (1.3.0-rc.1, then rc.2 while 1.3.0 is not out).
 */
import semver from 'semver';
import type { ReleaseTag } from '../git/read-git-facts.js';
import type { BumpMode } from '../inputs/inputs.js';
import type { ParsedCommit } from '../notes/commits.js';
import { bumpLevelOf, type BumpLevel } from './bump-level.js';

export interface NextVersionInput {
  /** The latest stable release the commit contains; undefined = first release. */
  base?: ReleaseTag;
  /** Every release tag of the checkout, highest first (prereleases included). */
  allTags: readonly ReleaseTag[];
  /** The highest version the commit already contains, prereleases included: the floor of the next one. */
  reached?: string;
  /** Commits since the base (all history for a first release). */
  commits: readonly ParsedCommit[];
  bump: Exclude<BumpMode, 'none'>;
  prerelease?: string;
  initialVersion: string;
  /** In 0.x a breaking change bumps minor unless this is set (semver §4: 0.x is unstable anyway). */
  majorOnZero: boolean;
}

export type NextVersion = { version: string; reason: string } | { skip: string };

export function nextVersion(input: NextVersionInput): NextVersion {
  const level = levelFor(input);
  if ('skip' in level) return level;
  const stable = aboveReached(stableVersion(input, level.level), input.reached);
  let version = input.prerelease ? nextPrerelease(stable, input.prerelease, input.allTags) : stable;
  // An alpha after 43.0.0-beta.9 would go back: it starts the next patch's line instead.
  if (input.prerelease && input.reached && semver.lte(version, input.reached)) {
    version = nextPrerelease(semver.inc(stable, 'patch')!, input.prerelease, input.allTags);
  }
  return { version, reason: level.reason };
}

function levelFor(input: NextVersionInput): { level?: BumpLevel; reason: string } | { skip: string } {
  if (input.bump === 'major' || input.bump === 'minor' || input.bump === 'patch') {
    return { level: input.bump, reason: `bump ${input.bump} was asked for` };
  }
  if (input.bump === 'prerelease') return { reason: 'bump prerelease was asked for' };
  if (!input.base) return { reason: `first release: initial version ${input.initialVersion}` };
  const verdict = bumpLevelOf(input.commits);
  if (!verdict.level) return { skip: `no releasable commit since ${input.base.name} (${verdict.reason}; only feat, fix, perf, revert and breaking changes release)` };
  return { level: verdict.level, reason: verdict.reason };
}

function stableVersion(input: NextVersionInput, level: BumpLevel | undefined): string {
  if (!input.base) return semver.valid(input.initialVersion) ?? '1.0.0';
  const base = input.base.version;
  if (level === undefined) return pendingPrereleaseCore(input, base) ?? semver.inc(base, 'patch')!;
  const effective = level === 'major' && semver.major(base) === 0 && !input.majorOnZero ? 'minor' : level;
  return semver.inc(base, effective)!;
}

/**
 * A version never goes below what this line already reached: after 43.0.0-beta.9 the next stable
 * is at least 43.0.0, whatever the last stable ancestor was (semantic-release does the same).
 */
function aboveReached(stable: string, reached: string | undefined): string {
  const core = reached === undefined ? undefined : semver.coerce(reached)?.version;
  return core !== undefined && semver.gt(core, stable) ? core : stable;
}

/** bump prerelease continues the line already started above the base (1.3.0-rc.1 → rc.2). */
function pendingPrereleaseCore(input: NextVersionInput, base: string): string | undefined {
  const pending = input.allTags.find((t) => semver.prerelease(t.version)?.[0] === input.prerelease && semver.gt(t.version, base));
  return pending ? semver.coerce(pending.version)?.version : undefined;
}

/** `1.3.0` + `rc` → `1.3.0-rc.N+1` where N is the highest rc of 1.3.0 already tagged (else 1). */
function nextPrerelease(stable: string, id: string, tags: readonly ReleaseTag[]): string {
  const numbers = tags
    .map((t) => semver.prerelease(t.version))
    .filter((pre, i) => pre !== null && pre[0] === id && typeof pre[1] === 'number' && semver.coerce(tags[i]!.version)?.version === stable)
    .map((pre) => pre![1] as number);
  return `${stable}-${id}.${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}
