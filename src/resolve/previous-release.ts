/**
 * The previous-release rule (src/version/previous-tag.ts), reading as few tags as it can. Names
 * and versions order the candidates; a date is read only for a candidate of the release's channel,
 * highest first and in growing batches, until one was made no later than the release (usually the
 * first batch: the tags just below). Only the candidates above that one need an ancestry answer:
 * one `for-each-ref --merged` walk, usually short or none.
 */
import { readTags, type ReleaseTag, type TagRef } from '../git/read-git-facts.js';
import { channelOf, lowerCandidates, madeBefore, type CurrentRelease } from '../version/previous-tag.js';
import type { NamedRelease } from '../version/release-names.js';

/** Dates read in the first batch: a few above the usual answer, one process either way. */
export const FIRST_BATCH = 8;

/** The first batch of candidates whose dates can settle the answer; read together with the release's own tag. */
export function firstDateQuestions(releases: readonly NamedRelease[], current: Omit<CurrentRelease, 'date'>): NamedRelease[] {
  return sameChannel(lowerCandidates(releases, current), current).slice(0, FIRST_BATCH);
}

/** `read` holds the tags already read (at least the first batch); releases are highest first. */
export async function findPreviousRelease(cwd: string, commit: string, releases: readonly NamedRelease[], current: CurrentRelease, read: ReadonlyMap<string, TagRef>): Promise<ReleaseTag | undefined> {
  const lower = lowerCandidates(releases, current);
  const dated = new Map(read);
  const datable = sameChannel(lower, current);
  let settled = firstMadeBefore(lower, dated, current);
  for (let from = FIRST_BATCH; settled === -1 && from < datable.length; from *= 4) {
    for (const [name, tag] of await readTags(cwd, datable.slice(from, from * 4).map((c) => c.name))) dated.set(name, tag);
    settled = firstMadeBefore(lower, dated, current);
  }
  const questions = settled === -1 ? lower : lower.slice(0, settled);
  const contained = await readTags(cwd, questions.map((c) => c.name), { mergedInto: commit });
  for (const candidate of settled === -1 ? lower : lower.slice(0, settled + 1)) {
    const tag = contained.get(candidate.name) ?? (madeBeforeRead(candidate, dated, current) ? dated.get(candidate.name) : undefined);
    if (tag?.sha !== undefined) return { name: tag.name, version: candidate.version, sha: tag.sha, date: tag.date };
  }
  return undefined;
}

function sameChannel(candidates: readonly NamedRelease[], current: Omit<CurrentRelease, 'date'>): NamedRelease[] {
  const channel = channelOf(current.version);
  // From the parsed versions: channelOf would parse every candidate's version again.
  return candidates.filter((c) => (c.semver.prerelease.length === 0 ? undefined : String(c.semver.prerelease[0])) === channel);
}

function firstMadeBefore(lower: readonly NamedRelease[], dated: ReadonlyMap<string, TagRef>, current: CurrentRelease): number {
  return lower.findIndex((c) => madeBeforeRead(c, dated, current));
}

/** Read, ending at a commit (a tag of a tree releases nothing), of the channel and made no later. */
function madeBeforeRead(candidate: NamedRelease, dated: ReadonlyMap<string, TagRef>, current: CurrentRelease): boolean {
  const tag = dated.get(candidate.name);
  return tag?.sha !== undefined && madeBefore({ name: tag.name, version: candidate.version, sha: tag.sha, date: tag.date }, current);
}
