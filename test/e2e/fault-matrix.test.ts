/**
 * The fault matrix (issue 5, item 1): every request kind forge-release sends × every fault a
 * GitLab or the network between can produce. The tables below are the spec:
 *
 * - a fault that hits once must be absorbed: the run succeeds and GitLab holds exactly the
 *   intended release (one release, one copy of each link, the tag on the right commit with the
 *   right message);
 * - a fault that keeps hitting until the retry budget is spent must end in the coded failure the
 *   table names, within a bounded time, with nothing duplicated;
 * - either way, one more plain run succeeds with the intended release, and a third run sends
 *   zero writes.
 *
 * Every case has its own fake GitLab; the cases run in a pool (they mostly wait on Retry-After
 * and timeouts), then each `it` checks what its case recorded.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../support/fake-gitlab/index.js';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import {
  assetsArg, blindResends, BUDGET, duplicateProblems, errorCode, outputOf, releaseProblems, RUN_BOUND_MS, runCli,
  unclearFailure, writesOf, type TimedResult, type WantedLink, type WantedRelease,
} from '../support/release-check.js';
import { runPool } from '../support/run-pool.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TAG = 'v1.0.0';
const NAME = 'Release 1.0.0';
const NOTES = 'Notes for 1.0.0';
const TAG_MESSAGE = 'Tagged 1.0.0';
const ARRANGED_TAG_MESSAGE = 'Tag pushed before the run';
const LINUX: WantedLink = { name: 'linux', url: 'https://dl.example.com/app-linux.tgz', link_type: 'package', filepath: '/bin/app-linux' };
const DOCS: WantedLink = { name: 'docs', url: 'https://docs.example.com/1.0.0', link_type: 'other', filepath: null };
const STALE: WantedLink = { name: 'stale', url: 'https://old.example.com/app.zip', link_type: 'other', filepath: null };
/** The same arguments for every case, so one intended release: what differs is what GitLab holds. */
const ARGS = ['--tag', TAG, '--name', NAME, '--description', NOTES, '--tag-message', TAG_MESSAGE,
  '--assets', assetsArg([LINUX, DOCS]), '--milestones', 'M1', '--prune-links'];

/**
 * How a failed request may be repeated (src/gitlab/retry-policy.ts): `replayable` ones are resent,
 * a `create` (POST release or link) is re-read first, `optional` (evidence, auto) never fails a run.
 */
type Replay = 'replayable' | 'create' | 'optional';

interface RequestKind {
  label: string;
  target: { method: string; path: RegExp };
  replay: Replay;
  /** What GitLab holds before the run, such that the run must send this request. */
  before: 'nothing' | { name?: string; links: WantedLink[] };
}

const KINDS: RequestKind[] = [
  { label: 'GET release', target: { method: 'GET', path: /\/releases\/v1\.0\.0$/ }, replay: 'replayable', before: 'nothing' },
  { label: 'POST release', target: { method: 'POST', path: /\/releases$/ }, replay: 'create', before: 'nothing' },
  { label: 'PUT release', target: { method: 'PUT', path: /\/releases\/v1\.0\.0$/ }, replay: 'replayable', before: { name: 'Old name', links: [LINUX, DOCS] } },
  { label: 'POST link', target: { method: 'POST', path: /\/assets\/links$/ }, replay: 'create', before: { links: [LINUX] } },
  { label: 'PUT link', target: { method: 'PUT', path: /\/assets\/links\/\d+$/ }, replay: 'replayable', before: { links: [{ ...LINUX, url: 'https://dl.example.com/app-linux-0.9.tgz' }, DOCS] } },
  { label: 'DELETE link', target: { method: 'DELETE', path: /\/assets\/links\/\d+$/ }, replay: 'replayable', before: { links: [LINUX, DOCS, STALE] } },
  { label: 'GET milestones', target: { method: 'GET', path: /\/milestones$/ }, replay: 'replayable', before: 'nothing' },
  { label: 'POST evidence', target: { method: 'POST', path: /\/evidence$/ }, replay: 'optional', before: 'nothing' },
];

type Outcome = 'success' | `E_${string}`;

interface FaultKind {
  label: string;
  fault: Omit<Fault, 'method' | 'path' | 'times'>;
  /** The run's end when the fault outlasts the retry budget, by how the request may be repeated. */
  exhausted: Record<Replay, Outcome>;
}

const FAULTS: FaultKind[] = [
  { label: '429, Retry-After: 1 (seconds)', fault: { status: 429, retryAfter: 1 }, exhausted: { replayable: 'E_GITLAB_RATE_LIMITED', create: 'E_GITLAB_RATE_LIMITED', optional: 'success' } },
  { label: '429, Retry-After: HTTP-date', fault: { status: 429, retryAfter: 'http-date' }, exhausted: { replayable: 'E_GITLAB_RATE_LIMITED', create: 'E_GITLAB_RATE_LIMITED', optional: 'success' } },
  { label: '429, RateLimit-Reset only', fault: { status: 429, retryAfter: 1, resetOnly: true }, exhausted: { replayable: 'E_GITLAB_RATE_LIMITED', create: 'E_GITLAB_RATE_LIMITED', optional: 'success' } },
  { label: '500', fault: { status: 500 }, exhausted: { replayable: 'E_GITLAB_UNAVAILABLE', create: 'E_WRITE_AMBIGUOUS', optional: 'success' } },
  { label: '502', fault: { status: 502 }, exhausted: { replayable: 'E_GITLAB_UNAVAILABLE', create: 'E_WRITE_AMBIGUOUS', optional: 'success' } },
  { label: '503', fault: { status: 503 }, exhausted: { replayable: 'E_GITLAB_UNAVAILABLE', create: 'E_GITLAB_UNAVAILABLE', optional: 'success' } },
  { label: '504', fault: { status: 504 }, exhausted: { replayable: 'E_GITLAB_UNAVAILABLE', create: 'E_WRITE_AMBIGUOUS', optional: 'success' } },
  { label: 'connection reset', fault: { reset: true }, exhausted: { replayable: 'E_NETWORK', create: 'E_WRITE_AMBIGUOUS', optional: 'success' } },
  { label: 'response never ends (stall)', fault: { stall: true }, exhausted: { replayable: 'E_TIMEOUT', create: 'E_WRITE_AMBIGUOUS', optional: 'success' } },
  { label: 'no answer (hang)', fault: { hang: true }, exhausted: { replayable: 'E_TIMEOUT', create: 'E_WRITE_AMBIGUOUS', optional: 'success' } },
  // Applied every time: the create is re-read and found; a replayable write is resent until the budget ends.
  { label: 'applied, then answered 502', fault: { applyThen: { status: 502 } }, exhausted: { replayable: 'E_GITLAB_UNAVAILABLE', create: 'success', optional: 'success' } },
];

/** Kinds whose faults are also played until the budget is spent: one per retry class (a create, a replayable request, the optional one). */
const EXHAUSTED_KINDS = ['POST release', 'PUT release', 'POST evidence'];
const FOREVER = 100;

interface Case {
  kind: RequestKind;
  fault: FaultKind;
  hits: 'once' | 'until the budget is spent';
  expect: Outcome;
}

const CASES: Case[] = [
  ...KINDS.flatMap((kind) => FAULTS.map((fault): Case => ({ kind, fault, hits: 'once', expect: 'success' }))),
  ...KINDS.filter((k) => EXHAUSTED_KINDS.includes(k.label)).flatMap((kind) => FAULTS.map((fault): Case => ({
    kind, fault, hits: 'until the budget is spent', expect: fault.exhausted[kind.replay],
  }))),
];

interface Recorded {
  faulted: TimedResult;
  /** How many requests the fault took. */
  hits: number;
  /** Requests the faulted run sent to the faulted endpoint. */
  targeted: number;
  afterFaulted: { release: string[]; duplicates: string[]; blind: string[] };
  plain: TimedResult;
  afterPlain: string[];
  third: TimedResult;
  thirdWrites: string[];
}

let repo: TempRepo;
let head: string;
const recorded = new Map<Case, Recorded>();

function wanted(kind: RequestKind): WantedRelease {
  return {
    tag: TAG, name: NAME, description: NOTES, links: [LINUX, DOCS], milestones: ['M1'], tagSha: head,
    tagMessage: kind.before === 'nothing' ? TAG_MESSAGE : ARRANGED_TAG_MESSAGE,
  };
}

/** GitLab holds the tag (pushed before the run) and a release on it, with evidence, differing as the kind says. */
function arrange(fake: FakeGitLab, kind: RequestKind): void {
  if (kind.before === 'nothing') return;
  fake.state.addTag(TAG, { sha: head, message: ARRANGED_TAG_MESSAGE, target: 'f'.repeat(40), created_at: new Date() });
  const release = fake.state.createRelease({
    tag: TAG, name: kind.before.name ?? NAME, description: NOTES, milestones: ['M1'],
    links: kind.before.links.map((l) => ({ name: l.name, url: l.url, link_type: l.link_type, filepath: l.filepath })),
  });
  fake.state.collectEvidence(release);
}

async function play(c: Case): Promise<Recorded> {
  const fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1'] });
  try {
    arrange(fake, c.kind);
    const times = c.hits === 'once' ? 1 : FOREVER;
    fake.faults.add({ ...c.kind.target, ...c.fault.fault, times });
    const faulted = await runCli(fake, repo.dir, ARGS);
    const hits = times - fake.faults.pending();
    const targeted = fake.requests.filter((r) => r.method === c.kind.target.method && c.kind.target.path.test(r.path)).length;
    const afterFaulted = { release: releaseProblems(fake, wanted(c.kind)), duplicates: duplicateProblems(fake), blind: blindResends(fake.requests) };
    fake.faults.clear();
    fake.reset();
    const plain = await runCli(fake, repo.dir, ARGS);
    const afterPlain = releaseProblems(fake, wanted(c.kind));
    fake.reset();
    const third = await runCli(fake, repo.dir, ARGS);
    return { faulted, hits, targeted, afterFaulted, plain, afterPlain, third, thirdWrites: writesOf(fake) };
  } finally {
    await fake.close();
  }
}

const outcomeOf = (result: TimedResult): string => (result.code === 0 ? 'success' : errorCode(result.stderr) ?? `exit ${result.code}`);

beforeAll(async () => {
  repo = createTempRepo('forge-faults-');
  repo.commit('feat: something to release');
  head = repo.git('rev-parse', 'HEAD');
  // Cases run side by side to overlap their fault waits, but few enough that on two cores a
  // healthy request still answers within the 1 s request timeout the cases rely on.
  const results = await runPool(CASES, 4, play);
  CASES.forEach((c, i) => recorded.set(c, results[i]!));
  // 366 bundle runs on two cores: a bound against a hang, not a speed budget (that lives in bench/).
}, 600_000);

afterAll(() => {
  repo?.remove();
  const report = process.env.FORGE_FAULT_REPORT;
  if (!report || recorded.size === 0) return;
  const rows = CASES.map((c) => {
    const r = recorded.get(c)!;
    return { kind: c.kind.label, fault: c.fault.label, hits: c.hits, expect: c.expect, got: outcomeOf(r.faulted), ms: r.faulted.ms, taken: r.hits, converged: r.plain.code === 0 && r.afterPlain.length === 0 && r.thirdWrites.length === 0 };
  });
  writeFileSync(report, `${JSON.stringify(rows, null, 2)}\n`);
});

describe('fault matrix', () => {
  it.each(CASES.map((c) => [c.kind.label, c.fault.label, c.hits, c.expect, c] as const))(
    '%s × %s (hits %s) → %s, then a plain run converges',
    (_kind, _fault, _hits, expected, c) => {
      const r = recorded.get(c)!;
      const why = `${c.kind.label} × ${c.fault.label}\n--- faulted run stderr\n${r.faulted.stderr}`;
      // The fault really met the request it names.
      if (c.hits === 'once') expect(r.hits, why).toBe(1);
      else expect(r.hits, why).toBeGreaterThanOrEqual(1);
      expect(r.targeted, why).toBeGreaterThanOrEqual(r.hits);
      // Bounded: no endless retry or re-plan loop.
      expect(r.faulted.ms, why).toBeLessThan(RUN_BOUND_MS);
      // Never sent a create twice without reading first, never a duplicate, success or not.
      expect(r.afterFaulted.blind, why).toEqual([]);
      expect(r.afterFaulted.duplicates, why).toEqual([]);
      expect(outcomeOf(r.faulted), why).toBe(expected);
      if (expected === 'success') {
        expect(r.afterFaulted.release, why).toEqual([]);
        expect(['created', 'updated']).toContain(outputOf(r.faulted)?.result);
      } else {
        expect(unclearFailure(r.faulted), why).toEqual([]);
      }
      // One more plain run converges; a third one has nothing left to write.
      expect(r.plain.code, r.plain.stderr).toBe(0);
      expect(r.afterPlain, r.plain.stderr).toEqual([]);
      expect(r.plain.ms).toBeLessThan(RUN_BOUND_MS);
      expect(outputOf(r.third)?.result, r.third.stderr).toBe('unchanged');
      expect(r.thirdWrites).toEqual([]);
    },
  );

  it('covers every request kind with every fault, once and until the budget is spent', () => {
    expect(new Set(CASES.map((c) => `${c.kind.label}|${c.fault.label}|${c.hits}`)).size).toBe(CASES.length);
    expect(CASES.filter((c) => c.hits === 'once')).toHaveLength(KINDS.length * FAULTS.length);
    // Every request kind was actually sent by the runs (the fault took one of each).
    for (const kind of KINDS) expect(CASES.some((c) => c.kind === kind && recorded.get(c)!.hits > 0), kind.label).toBe(true);
    expect(BUDGET.retries).toBeGreaterThan(0);
  });
});
