/**
 * Which tag, which commit, which version, which previous release: from --tag, or computed from
 * conventional commits when there is none (issue 7). Reads only the local git checkout.
 */
import { ReleaseError } from '../errors.js';
import semver from 'semver';
import { listTagNames, localTagCommit, readTags, resolveCommit, resolveCommitAndShallow, type ReleaseTag } from '../git/read-git-facts.js';
import type { Logger } from '../hosts/host.js';
import type { Inputs } from '../inputs/inputs.js';
import type { ParsedCommit } from '../notes/commits.js';
import { releasesByName, releaseVersionOf } from '../version/release-names.js';
import { computeNextTag } from './next-tag.js';
import { findPreviousRelease, firstDateQuestions } from './previous-release.js';
import { warnAboutOtherPrefixes } from './prefix-check.js';
import { versionOfTag } from './version-of-tag.js';
import { mention } from '../option-mention.js';

export interface ResolvedRelease {
  tag: string;
  version: string;
  commitSha: string;
  previousTag?: ReleaseTag;
  /** The tag is in the local checkout (so it exists on GitLab too, in CI). */
  tagExistsLocally: boolean;
  /** When the local tag was made (Unix seconds): the notes' date when GitLab has no release yet. */
  tagDate?: number;
  /** Whether the checkout is shallow, when resolving already asked (the notes then need not ask again). */
  shallow?: boolean;
  /** Commits of the notes range when they were already read to compute the version. */
  commits?: ParsedCommit[];
}

export type Resolution = { kind: 'release'; release: ResolvedRelease } | { kind: 'skip'; reason: string; commitSha: string; previousTag?: string };

export async function resolveRelease(inputs: Inputs, log: Logger): Promise<Resolution> {
  if (inputs.tag === undefined) {
    const head = await resolveCommitAndShallow(inputs.cwd, inputs.ref ?? 'HEAD');
    if (!head.sha) throw unknownRef(inputs.ref ?? 'HEAD');
    return computeNextTag(inputs, head.sha, log, head.shallow);
  }
  const tag = inputs.tag;
  const version = versionOfTag(tag, inputs.tagPrefix);
  const local = await readLocalTags(inputs, tag, version);
  const { commitSha, tagSha, refSha } = local;
  if (tagSha && refSha && inputs.ref !== undefined && tagSha !== refSha) {
    log.warn(`Tag ${tag} already exists and points at ${tagSha.slice(0, 12)}, not at ref ${inputs.ref} (${refSha.slice(0, 12)}): GitLab keeps the existing tag; the release uses ${tagSha.slice(0, 12)}.`);
  }
  const tagDate = tagSha === undefined ? undefined : local.read.get(tag)?.date;
  const hasReleaseTags = local.releases.length > 0 || local.names.some((name) => releaseVersionOf(name, inputs.tagPrefix) !== null);
  const [previousTag] = await Promise.all([
    findPreviousRelease(inputs.cwd, commitSha, local.releases, { tag, version, date: tagDate ?? nowInSeconds() }, local.read),
    warnAboutOtherPrefixes(inputs.cwd, inputs.tagPrefix, hasReleaseTags, log),
  ]);
  return { kind: 'release', release: {
    tag, version, commitSha, tagExistsLocally: tagSha !== undefined, shallow: local.shallow,
    ...(tagDate !== undefined ? { tagDate } : {}), ...(previousTag ? { previousTag } : {}),
  } };
}

/**
 * Names first (refs only), then one read of the release's own tag and of the few tags just below
 * it: the usual run (an existing release tag, no --ref) starts two small git processes before the
 * notes' log, however many tags the checkout has.
 */
async function readLocalTags(inputs: Inputs, tag: string, version: string) {
  const { names, shallow } = await listTagNames(inputs.cwd, inputs.tagPrefix);
  // A stable release (or a tag that is not semver) starts at a stable one: prereleases need no parse.
  const parsed = semver.parse(version);
  const releases = releasesByName(names, inputs.tagPrefix, parsed === null || parsed.prerelease.length === 0);
  // Without --ref, HEAD matters only when the checkout lacks the tag.
  const refLater = names.includes(tag) && inputs.ref === undefined;
  const [read, refSha] = await Promise.all([
    readTags(inputs.cwd, [tag, ...firstDateQuestions(releases, { tag, version }).map((c) => c.name)]),
    refLater ? undefined : resolveRef(inputs),
  ]);
  const own = read.get(tag);
  // A tag of a tag of a commit is not peeled in one step: ask rev-parse, as for any ref.
  const tagSha = own === undefined ? undefined : own.sha ?? await localTagCommit(inputs.cwd, tag);
  const commitSha = tagSha ?? refSha ?? (refLater ? await resolveRef(inputs) : undefined);
  if (!commitSha) throw unknownRef(inputs.ref ?? 'HEAD');
  return { names, shallow, releases, read, tagSha, refSha, commitSha };
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

async function resolveRef(inputs: Inputs): Promise<string | undefined> {
  const sha = await resolveCommit(inputs.cwd, inputs.ref ?? 'HEAD');
  // An explicit ref that is not here may still be on GitLab when the tag exists locally.
  if (!sha && inputs.tag === undefined) throw unknownRef(inputs.ref ?? 'HEAD');
  return sha;
}

function unknownRef(ref: string): ReleaseError {
  return new ReleaseError('E_REF_UNKNOWN', `Ref ${ref} is not a commit in this checkout`, {
    hint: `Fetch it first (git fetch origin <ref> --tags) or set ${mention('ref')} to a commit SHA, branch or tag that exists here.`,
    input: 'ref',
    exitCode: 2,
  });
}
