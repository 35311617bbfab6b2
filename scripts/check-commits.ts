/**
 * Our own commits follow Conventional Commits, as the tool asks of its users: every commit after
 * the base on HEAD's history must parse with the conventionalcommits preset (the parser the notes
 * use) into a known type and a subject. Merge commits git writes itself ("Merge branch ...") pass.
 * Run: node scripts/check-commits.ts [BASE]   (also test/unit/commit-messages.test.ts)
 */
import { execFileSync } from 'node:child_process';
import { CommitParser, type ParserOptions } from 'conventional-commits-parser';
import createPreset, { DEFAULT_COMMIT_TYPES } from 'conventional-changelog-conventionalcommits';

/** The last commit before the project adopted Conventional Commits for itself. */
export const CONVENTIONAL_SINCE = 'c57ab89';

const TYPES = new Set(DEFAULT_COMMIT_TYPES.map((t) => t.type));
// Messages git writes itself when merging: not ours to phrase.
const GIT_MERGE = /^Merge (branch|remote-tracking branch|pull request|tag|commit|[0-9a-f]{7,40} into) /;

/** Why a commit message is not a conventional commit, or undefined when it is one. */
export function messageProblem(message: string): string | undefined {
  const header = message.split('\n')[0] ?? '';
  if (GIT_MERGE.test(header)) return undefined;
  const parsed = new CommitParser((createPreset() as { parser: ParserOptions }).parser).parse(message);
  if (!parsed.type || !parsed.subject) return `"${header}" is not "type(scope): subject"`;
  if (!TYPES.has(parsed.type)) return `"${parsed.type}" is not a type of the conventionalcommits preset (${[...TYPES].join(', ')})`;
  return undefined;
}

/** The commits after `base` on `head`'s history, with what is wrong with each that is wrong. */
export function checkCommits(cwd: string, base = CONVENTIONAL_SINCE, head = 'HEAD'): { checked: number; problems: string[] } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git('merge-base', '--is-ancestor', base, head);
  } catch {
    throw new Error(`${base} is not on ${head}'s history here (a shallow clone?): fetch the whole history (git fetch --unshallow) to check the commits after it`);
  }
  const records = git('log', '--format=%h%x00%B%x1e', `${base}..${head}`).split('\x1e').map((r) => r.trim()).filter(Boolean);
  const problems = records.flatMap((record) => {
    const [sha, message = ''] = record.split('\x00');
    const problem = messageProblem(message.trim());
    return problem ? [`${sha}: ${problem}`] : [];
  });
  return { checked: records.length, problems };
}

if (import.meta.filename === process.argv[1]) {
  const { checked, problems } = checkCommits(process.cwd(), process.argv[2]);
  for (const problem of problems) console.error(problem);
  console.error(`${checked} commits checked, ${problems.length} not conventional`);
  process.exitCode = problems.length ? 1 : 0;
}
