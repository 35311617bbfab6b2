/**
 * Which tag, which commit, which version, which previous release: from --tag, or computed from
 * conventional commits when there is none (issue 7). Reads only the local git checkout.
 */
import { ReleaseError } from '../errors.js';
import { localTagCommit, localTagDate, resolveCommit, readReleaseTags, tagsContainedIn, type ReleaseTag } from '../git/read-git-facts.js';
import type { Logger } from '../hosts/host.js';
import type { Inputs } from '../inputs/inputs.js';
import type { ParsedCommit } from '../notes/commits.js';
import { ancestryQuestions, previousRelease, type CurrentRelease } from '../version/previous-tag.js';
import { computeNextTag } from './next-tag.js';
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
  /** Commits of the notes range when they were already read to compute the version. */
  commits?: ParsedCommit[];
}

export type Resolution = { kind: 'release'; release: ResolvedRelease } | { kind: 'skip'; reason: string; commitSha: string; previousTag?: string };

export async function resolveRelease(inputs: Inputs, log: Logger): Promise<Resolution> {
  if (inputs.tag === undefined) return computeNextTag(inputs, await resolveRef(inputs), log);
  const tag = inputs.tag;
  // The tag list says where a release tag points and when it was made: the usual run (an existing
  // release tag, no --ref) starts no other git process. Each one costs milliseconds to start.
  const tags = await readReleaseTags(inputs.cwd, inputs.tagPrefix);
  const listed = tags.find((t) => t.name === tag);
  const [refSha, tagSha] = await Promise.all([
    listed && inputs.ref === undefined ? undefined : resolveRef(inputs),
    listed ? listed.sha : localTagCommit(inputs.cwd, tag),
  ]);
  const tagDate = tagSha === undefined ? undefined : listed?.date ?? await localTagDate(inputs.cwd, tag);
  const commitSha = tagSha ?? refSha;
  if (!commitSha) throw unknownRef(inputs.ref ?? 'HEAD');
  if (tagSha && refSha && inputs.ref !== undefined && tagSha !== refSha) {
    log.warn(`Tag ${tag} already exists and points at ${tagSha.slice(0, 12)}, not at ref ${inputs.ref} (${refSha.slice(0, 12)}): GitLab keeps the existing tag; the release uses ${tagSha.slice(0, 12)}.`);
  }
  const version = versionOfTag(tag, inputs.tagPrefix);
  const [previousTag] = await Promise.all([
    findPreviousRelease(inputs.cwd, commitSha, tags, { tag, version, date: tagDate ?? nowInSeconds() }),
    warnAboutOtherPrefixes(inputs.cwd, inputs.tagPrefix, tags, log),
  ]);
  return { kind: 'release', release: {
    tag, version, commitSha, tagExistsLocally: tagSha !== undefined,
    ...(tagDate !== undefined ? { tagDate } : {}), ...(previousTag ? { previousTag } : {}),
  } };
}

/** The previous-release rule (src/version/previous-tag.ts) with at most one, usually short, history walk. */
export async function findPreviousRelease(cwd: string, commit: string, tags: readonly ReleaseTag[], current: CurrentRelease): Promise<ReleaseTag | undefined> {
  const questions = ancestryQuestions(tags, current);
  const contained = await tagsContainedIn(cwd, commit, { names: questions.map((t) => t.name) });
  return previousRelease(tags, current, contained);
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
