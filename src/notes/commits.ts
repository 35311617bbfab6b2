/**
 * The commits of a release range, parsed as conventional commits by the preset's own parser.
 * One streamed `git log` of exactly that range (never the whole history); reverted pairs are
 * dropped, so a feat and its revert in one range neither bump nor appear in the notes.
 *
 * Merge commits count when their header is conventional: `feat!: the big merge (#21189)`, or the
 * merge request title GitLab's default template puts below `Merge branch 'a' into 'b'` (GitHub's
 * `Merge pull request #1 from …` alike). Other merges are left out. A commit of the merged branch
 * whose header repeats the merge's (the merge request titled after its commit) is listed once.
 */
import type { Commit, ParserOptions } from 'conventional-commits-parser';
import { streamGit } from '../git/git.js';
import { loadConventional } from './load-conventional.js';

export type ParsedCommit = Commit;

export interface CommitRange {
  /** Exclusive start (the previous release's commit); undefined = from the first commit. */
  from?: string;
  to: string;
  /** Pathspecs: only commits touching them (empty = all). */
  paths?: readonly string[];
}

// The fields conventional-changelog's writer reads, in the layout its parser expects.
const FORMAT = '%B%n-hash-%n%H%n-gitTags-%n%d%n-committerDate-%n%ci%n-parents-%n%P';
// git ends every tformat record with a newline; NUL cannot occur in a commit message.
const SEPARATOR = '\u0000\n';
// The first line of git's and GitLab's merge messages; the parser then reads the next paragraph as the header.
const MERGE_LINE = /^Merge (?:branch '.+' into '.+'|pull request #\d+ from \S+)$/;

export async function readCommits(cwd: string, range: CommitRange): Promise<ParsedCommit[]> {
  const { CommitParser, createPreset, filterRevertedCommitsSync } = await loadConventional();
  const preset = (createPreset() as { parser: ParserOptions }).parser;
  // `!34` is a merge request reference on GitLab, as `#12` is an issue.
  const parser = new CommitParser({ ...preset, issuePrefixes: ['#', '!'], mergePattern: MERGE_LINE });
  const spec = range.from ? `${range.from}..${range.to}` : range.to;
  const paths = range.paths?.length ? ['--', ...range.paths] : [];
  const commits: ParsedCommit[] = [];
  const merges = new Set<string>();
  const records = streamGit(['log', `--format=${FORMAT}%x00`, '--end-of-options', spec, ...paths], { cwd, separator: SEPARATOR });
  for await (const record of records) {
    const commit = parser.parse(record);
    if (!isMerge(commit)) commits.push(commit);
    else if (commit.type) {
      commits.push(commit);
      merges.add(commit.header ?? '');
    }
  }
  const listed = commits.filter((c) => isMerge(c) || !merges.has(c.header ?? ''));
  return [...filterRevertedCommitsSync(listed)];
}

function isMerge(commit: ParsedCommit): boolean {
  return String(commit.parents ?? '').trim().includes(' ');
}
