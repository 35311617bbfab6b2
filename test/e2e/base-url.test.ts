/**
 * Issue 11, item 4: a misread base URL never leads to a write. `--gitlab-url https://host/api/v4`
 * (what CI_API_V4_URL users type) is taken as the base URL with a notice; GitLab's "no such route"
 * (`404 {"error":"404 Not Found"}`) and a web page instead of API JSON are never read as "no release
 * yet", and every such error names the GitLab it came from. The CLI as a process against the ctx.fake.
 */
import { describe, expect, it } from 'vitest';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { useReleasedRepoAndFake } from '../support/released-repo-and-fake.js';

/** Several CLI processes in a row: on a loaded two-core runner 30 s is too tight for the whole test. */
const RUNS_IN_A_ROW = { timeout: 120_000 };
const TOKEN = 'glpat-dev-token-000000000000';
const ctx = useReleasedRepoAndFake('forge-url-');

function cli(gitlabUrl: string, args: string[] = []): Promise<ProcessResult> {
  return runBundle('cli.js', ['--gitlab-url', gitlabUrl, '--project', 'g/p', '--tag', 'v1.0.0', '--json', ...args], { cwd: ctx.repo.dir, env: { GITLAB_TOKEN: TOKEN, FORGE_RELEASE_RETRIES: '0' } });
}

describe('a gitlab-url that ends in /api/v4', RUNS_IN_A_ROW, () => {
  it('is taken as the base URL, with a notice: the release is created where it belongs', async () => {
    const result = await cli(`${ctx.fake.url}/api/v4/`);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ result: 'created', tag: 'v1.0.0' });
    expect(result.stderr).toContain(`gitlab-url ${ctx.fake.url}/api/v4 is GitLab's API URL (like CI_API_V4_URL): using the base URL ${ctx.fake.url}`);
    expect(ctx.fake.requests.map((r) => r.path).filter((p) => p.includes('/api/v4/api/v4'))).toEqual([]);
    expect(ctx.fake.state.release('v1.0.0')).toBeDefined();
  });
});

describe('an answer that is not the release API', RUNS_IN_A_ROW, () => {
  const routeMissing = async (result: ProcessResult) => {
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_GITLAB_ROUTE_NOT_FOUND');
    expect(result.stderr).toContain('hint: gitlab-url must be the base URL of the instance');
    expect(result.stderr).not.toContain('Check project');
    expect(ctx.fake.writes()).toEqual([]);
  };

  it('GitLab\'s "no such route" 404 is not "no release yet": no create is planned or sent, and the error names the host', async () => {
    ctx.fake.faults.add({ method: 'GET', path: /\/releases\/v1\.0\.0$/, status: 404, body: { error: '404 Not Found' } });
    const result = await cli(ctx.fake.url);
    await routeMissing(result);
    expect(result.stderr).toContain(`GitLab at ${ctx.fake.url} has no API route GET /api/v4/projects/g%2Fp/releases/v1.0.0 (404: 404 Not Found)`);
    expect(result.stderr).not.toContain('POST');
  });

  it('nor in a dry run: it fails instead of printing a plan that creates the release', async () => {
    ctx.fake.faults.add({ method: 'GET', path: /\/releases\/v1\.0\.0$/, status: 404, body: { error: '404 Not Found' } });
    const result = await cli(ctx.fake.url, ['--dry-run']);
    await routeMissing(result);
    expect(result.stderr).not.toContain('create release');
  });

  it('a relative URL root the instance does not have lands on the sign-in page (HTML): an error, not a release', async () => {
    const result = await cli(`${ctx.fake.url}/gitlab`);
    await routeMissing(result);
    expect(result.stderr).toContain(`${ctx.fake.url}/gitlab answered GET /gitlab/api/v4/projects/g%2Fp/releases/v1.0.0 with text/html (200), not GitLab's API JSON`);
    expect(ctx.fake.requests.map((r) => r.path)).toEqual(['/gitlab/api/v4/projects/g%2Fp/releases/v1.0.0', '/users/sign_in']);
  });

  it('the release GET\'s own 404 still means "no release": created', async () => {
    const result = await cli(ctx.fake.url);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ result: 'created' });
  });
});
