/**
 * The commits of a release range, parsed as conventional commits by the preset's own parser.
 * One streamed `git log` of exactly that range (never the whole history); reverted pairs are
 * dropped, so a feat and its revert in one range neither bump nor appear in the notes.
 */
import { CommitParser, type Commit, type ParserOptions } from 'conventional-commits-parser';
import { filterRevertedCommitsSync } from 'conventional-commits-filter';
import createPreset from 'conventional-changelog-conventionalcommits';
import { streamGit } from '../git/git.js';

export type ParsedCommit = Commit;

export interface CommitRange {
  /** Exclusive start (the previous release's commit); undefined = from the first commit. */
  from?: string;
  to: string;
  /** Pathspecs: only commits touching them (empty = all). */
  paths?: readonly string[];
}

// The fields conventional-changelog's writer reads, in the layout its parser expects.
const FORMAT = '%B%n-hash-%n%H%n-gitTags-%n%d%n-committerDate-%n%ci';
// git ends every tformat record with a newline; NUL cannot occur in a commit message.
const SEPARATOR = '\u0000\n';

export async function readCommits(cwd: string, range: CommitRange): Promise<ParsedCommit[]> {
  const parser = new CommitParser((createPreset() as { parser: ParserOptions }).parser);
  const spec = range.from ? `${range.from}..${range.to}` : range.to;
  const commits: ParsedCommit[] = [];
  const paths = range.paths?.length ? ['--', ...range.paths] : [];
  const records = streamGit(['log', `--format=${FORMAT}%x00`, '--no-merges', '--end-of-options', spec, ...paths], { cwd, separator: SEPARATOR });
  for await (const record of records) commits.push(parser.parse(record));
  return [...filterRevertedCommitsSync(commits)];
}
