/**
 * Reliability tests (fault matrix, races, partial state) share one question: does GitLab — the
 * fake's state — hold exactly the release that was asked for, once? This module runs the bundled
 * CLI with a short retry budget and answers that question as a list of problems (empty = yes),
 * so a failing test says what is wrong instead of "expected false to be true".
 */
import { ourNotes } from '../../src/notes/merge.js';
import type { FakeGitLab, RecordedRequest } from './fake-gitlab/index.js';
import { runBundle, type ProcessResult } from './run-bundle.js';

export const TOKEN = 'glpat-dev-token-000000000000';

/** Short budgets keep the suite fast: every figure in docs/reliability.md is measured with these. */
export const BUDGET = { timeoutS: 1, retries: 2, retryMaxWaitS: 3 } as const;

/**
 * The longest a run may take with BUDGET: each request at most (retries + 1) attempts of `timeout`
 * plus the total wait cap, and a run chains a handful of requests (GET, write, re-read, write,
 * evidence). Generous on purpose: a correctness bound (no endless loop), not a benchmark.
 */
export const RUN_BOUND_MS = ((BUDGET.retries + 1) * (BUDGET.timeoutS + BUDGET.retryMaxWaitS) + 8) * 1000;

export interface Budget {
  timeoutS: number;
  retries: number;
  retryMaxWaitS: number;
}

export function budgetArgs(budget: Budget = BUDGET): string[] {
  return ['--timeout', String(budget.timeoutS), '--retries', String(budget.retries), '--retry-max-wait', String(budget.retryMaxWaitS)];
}

export interface TimedResult extends ProcessResult {
  ms: number;
}

/** One CLI run against the fake with a private token and the short budget. */
export async function runCli(fake: FakeGitLab, cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, budget: Budget = BUDGET): Promise<TimedResult> {
  const started = Date.now();
  const result = await runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--json', ...budgetArgs(budget), ...args], {
    cwd, env: { GITLAB_TOKEN: TOKEN, ...env }, timeoutMs: 45_000,
  });
  return { ...result, ms: Date.now() - started };
}

/** The `--json` object of a run that succeeded, or undefined. */
export function outputOf(result: ProcessResult): Record<string, unknown> | undefined {
  if (result.code !== 0) return undefined;
  try {
    return JSON.parse(result.stdout) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The code of the `error E_…: message` line the CLI prints on failure. */
export function errorCode(stderr: string): string | undefined {
  return /^error (E_[A-Z_]+): /m.exec(stderr)?.[1];
}

/**
 * A failure the user can act on: one coded error line with a hint, exit 1, and no sign of a crash
 * (no E_INTERNAL, no JavaScript stack trace). Returns the problems, empty when it is clear.
 */
export function unclearFailure(result: ProcessResult): string[] {
  const problems: string[] = [];
  if (result.code !== 1) problems.push(`exit code ${result.code}, not 1`);
  const code = errorCode(result.stderr);
  if (!code) problems.push('no "error E_…:" line');
  if (code === 'E_INTERNAL') problems.push('E_INTERNAL (a crash)');
  if (!/^ {2}hint: \S/m.test(result.stderr)) problems.push('no hint');
  if (/^\s+at .+:\d+:\d+\)?$/m.test(result.stderr)) problems.push('a stack trace');
  return problems;
}

export interface WantedLink {
  name: string;
  url: string;
  link_type: string;
  /** The stored path (`direct_asset_path`), or null. */
  filepath: string | null;
}

export interface WantedRelease {
  tag: string;
  name: string;
  description: string;
  links: WantedLink[];
  milestones: string[];
  /** The git tag GitLab must hold: its commit and (annotated) message. */
  tagSha: string;
  tagMessage: string | undefined;
}

/** `--assets` for these links, as a user writes it. */
export function assetsArg(links: WantedLink[]): string {
  return JSON.stringify(links.map((l) => ({
    name: l.name, url: l.url, link_type: l.link_type, ...(l.filepath ? { direct_asset_path: l.filepath } : {}),
  })));
}

const linkKey = (l: { name: string; url: string; link_type: string | null; filepath: string | null }) =>
  `${l.name} ${l.url} ${l.link_type ?? 'null'} ${l.filepath ?? '-'}`;

/** Duplicates that must never exist whatever happened: two releases for a tag, two links with one name/URL/path. */
export function duplicateProblems(fake: FakeGitLab): string[] {
  const problems: string[] = [];
  const tags = fake.state.releases().map((r) => r.tag);
  for (const tag of new Set(tags)) {
    const count = tags.filter((t) => t === tag).length;
    if (count > 1) problems.push(`${count} releases for ${tag}`);
  }
  for (const release of fake.state.releases()) {
    for (const field of ['name', 'url', 'filepath'] as const) {
      const values = release.links.map((l) => l[field]).filter((v) => v !== null);
      const twice = values.filter((v, i) => values.indexOf(v) !== i);
      if (twice.length > 0) problems.push(`release ${release.tag}: link ${field} ${twice.join(', ')} twice`);
    }
  }
  return problems;
}

/** Everything that differs between what GitLab holds and the wanted release. */
export function releaseProblems(fake: FakeGitLab, want: WantedRelease): string[] {
  const problems = duplicateProblems(fake);
  const release = fake.state.release(want.tag);
  if (!release) return [...problems, `no release for ${want.tag}`];
  if (release.name !== want.name) problems.push(`name ${JSON.stringify(release.name)}, wanted ${JSON.stringify(want.name)}`);
  // The notes between forge-release's markers, or the whole text of a release written without them.
  const notes = ourNotes(release.description, want.tag) ?? release.description;
  if (notes !== want.description) problems.push(`description ${JSON.stringify(release.description)}, wanted ${JSON.stringify(want.description)}`);
  const have = release.links.map(linkKey).sort();
  const wanted = want.links.map(linkKey).sort();
  if (have.join('\n') !== wanted.join('\n')) problems.push(`links [${have.join('; ')}], wanted [${wanted.join('; ')}]`);
  const milestones = release.milestones.map((m) => m.title).sort();
  if (milestones.join(',') !== [...want.milestones].sort().join(',')) problems.push(`milestones ${milestones.join(',') || '(none)'}, wanted ${want.milestones.join(',')}`);
  const tag = fake.state.tag(want.tag);
  if (!tag) problems.push(`git tag ${want.tag} missing`);
  else {
    if (tag.sha !== want.tagSha) problems.push(`tag ${want.tag} on ${tag.sha.slice(0, 12)}, wanted ${want.tagSha.slice(0, 12)}`);
    if (tag.message !== want.tagMessage) problems.push(`tag message ${JSON.stringify(tag.message)}, wanted ${JSON.stringify(want.tagMessage)}`);
  }
  return problems;
}

const isRelease = (r: RecordedRequest) => /\/releases\/[^/]+$/.test(r.path);
const createKey = (r: RecordedRequest): string | undefined => {
  if (r.method !== 'POST') return undefined;
  if (/\/releases$/.test(r.path)) return `POST release ${String(r.body?.tag_name)}`;
  if (/\/assets\/links$/.test(r.path)) return `POST link ${r.path} ${String(r.body?.name)}`;
  return undefined;
};

/**
 * Blind resends: the same create (a release, or a link by name) sent again with no GET of the
 * release in between, after an answer that may mean it was applied (5xx other than 503, a reset,
 * a timeout). A refusal before the application ran (429, 503) may be resent as is.
 */
export function blindResends(requests: RecordedRequest[]): string[] {
  const problems: string[] = [];
  const unsettled = new Set<string>();
  for (const request of requests) {
    if (request.method === 'GET' && isRelease(request)) unsettled.clear();
    const key = createKey(request);
    if (!key) continue;
    if (unsettled.has(key)) problems.push(`${key} sent again without reading the release first`);
    if (request.status === 429 || request.status === 503) unsettled.delete(key);
    else unsettled.add(key);
  }
  return problems;
}

export const writesOf = (fake: FakeGitLab) => fake.writes().map((r) => `${r.method} ${r.path}`);
