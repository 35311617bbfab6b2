/**
 * Issue 11, item 8: a hung GitLab. One deadline bounds all of a run's waiting on GitLab (attempts
 * and retry waits of every request); when it runs out, the error says what was being waited for.
 * The CLI as a process against the fake GitLab holding requests without ever answering.
 */
import { describe, expect, it } from 'vitest';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { useReleasedRepoAndFake } from '../support/released-repo-and-fake.js';

/** Several CLI processes in a row: on a loaded two-core runner 30 s is too tight for the whole test. */
const RUNS_IN_A_ROW = { timeout: 120_000 };
const TOKEN = 'glpat-dev-token-000000000000';
const ctx = useReleasedRepoAndFake('forge-deadline-');

/** The defaults of a real run (30 s per request, 4 retries) unless a test says otherwise. */
async function timed(args: string[]): Promise<ProcessResult & { seconds: number }> {
  const started = Date.now();
  const result = await runBundle('cli.js', ['--gitlab-url', ctx.fake.url, '--project', 'g/p', '--tag', 'v1.0.0', '--json', ...args], { cwd: ctx.repo.dir, env: { GITLAB_TOKEN: TOKEN }, timeoutMs: 90_000 });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('the deadline of a run', RUNS_IN_A_ROW, () => {
  it('a GitLab that accepts connections and never answers fails the run at the deadline, naming the request it waited for', async () => {
    ctx.fake.faults.add({ hang: true, times: 1000 });
    const result = await timed(['--deadline', '4']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_DEADLINE');
    expect(result.stderr).toMatch(new RegExp(`The run's deadline of 4 s ran out waiting for GitLab at ${ctx.fake.url}: GET /api/v4/projects/g%2Fp/releases/v1\\.0\\.0 had no answer within the [\\d.]+ s left \\(attempt 1\\)`));
    expect(result.stderr).toContain('hint: Check that GitLab answers');
    expect(result.stderr).toContain('raise deadline (seconds)');
    // 30 s per attempt and 4 retries would hold it for minutes: the deadline (plus start-up) bounds it.
    expect(result.seconds).toBeLessThan(4 + 10);
    expect(result.seconds).toBeGreaterThanOrEqual(3.5);
    expect(ctx.fake.writes()).toEqual([]);
  });

  it('a retry wait that would pass the deadline is not waited for: the error says which failure it would have retried', async () => {
    ctx.fake.faults.add({ method: 'GET', status: 503, headers: { 'Retry-After': '30' }, times: 1000 });
    const result = await timed(['--deadline', '5']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_DEADLINE');
    expect(result.stderr).toMatch(/GET \/api\/v4\/projects\/g%2Fp\/releases\/v1\.0\.0 failed \(.*503.*\), and its retry in 30 s would come after the deadline/);
    expect(result.seconds).toBeLessThan(10);
  });

  it('a write held past the deadline may have been applied, and the error says so', async () => {
    ctx.fake.faults.add({ method: 'POST', hang: true, times: 1000 });
    const result = await timed(['--deadline', '4']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/POST \/api\/v4\/projects\/g%2Fp\/releases had no answer within the [\d.]+ s left \(attempt 1\)\. It may or may not have been applied\./);
  });

  it('within the deadline, a slow request still gets its own timeout, and that error names the host', async () => {
    ctx.fake.faults.add({ method: 'GET', hang: true, times: 1000 });
    const result = await timed(['--timeout', '1', '--retries', '1', '--retry-max-wait', '2']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_TIMEOUT');
    expect(result.stderr).toContain(`GitLab at ${ctx.fake.url} did not answer GET /api/v4/projects/g%2Fp/releases/v1.0.0 within 1 s after 2 attempts`);
  });

  it('is an input like the others: a bad value is a usage error before any request', async () => {
    const result = await timed(['--deadline', 'soon']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--deadline');
    expect(ctx.fake.requests).toEqual([]);
  });
});
