/**
 * The bundled CLI (dist/cli.js) as a real process against the fake GitLab (a real HTTP server that
 * follows the behaviour sheet) and a real git repository: the flow users run, end to end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
const JOB_TOKEN = 'glcbt-job-token-00000000000';
const ASSETS = JSON.stringify([
  { name: 'linux', url: 'https://downloads.example.com/app-linux.tgz', link_type: 'package', direct_asset_path: '/bin/app-linux' },
  { name: 'docs', url: 'https://docs.example.com/v1' },
]);

let repo: TempRepo;
let fake: FakeGitLab;
let firstSha: string;

beforeAll(() => {
  repo = createTempRepo();
  firstSha = repo.commit('feat: first feature');
  repo.tag('v0.1.0');
  repo.commit('fix(api): handle empty pages (#12)');
  repo.commit('feat!: drop the old endpoint');
});
afterAll(() => repo.remove());

beforeEach(async () => {
  fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1', 'M2'] });
});
afterEach(async () => fake.close());

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--json', ...args], {
    cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN, FORGE_RELEASE_RETRY_MAX_WAIT: '5', ...env },
  });
}

function json(result: ProcessResult): Record<string, unknown> {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

async function releaseOnServer(tag: string): Promise<Record<string, any> | undefined> {
  const response = await fetch(`${fake.url}/api/v4/projects/24/releases/${encodeURIComponent(tag)}`, { headers: { 'PRIVATE-TOKEN': TOKEN } });
  return response.status === 200 ? ((await response.json()) as Record<string, any>) : undefined;
}

const writes = () => fake.writes().map((r) => `${r.method} ${r.path}`);

describe('forge-release CLI against GitLab', () => {
  it('creates a release in one POST, with notes, links, milestones and evidence', async () => {
    const out = json(await cli(['--tag', 'v1.0.0', '--assets', ASSETS, '--milestones', 'M1']));
    expect(out).toMatchObject({ result: 'created', tag: 'v1.0.0', version: '1.0.0', previousTag: 'v0.1.0', evidence: 'collected', milestones: ['M1'] });
    expect(writes()).toEqual(['POST /api/v4/projects/g%2Fp/releases', 'POST /api/v4/projects/g%2Fp/releases/v1.0.0/evidence']);
    const release = (await releaseOnServer('v1.0.0'))!;
    expect(release.name).toBe('v1.0.0');
    expect(release.description).toContain('### ⚠ BREAKING CHANGES');
    expect(release.description).toContain(`${fake.webUrl}/-/compare/v0.1.0...v1.0.0`);
    expect(release.description).toContain(`${fake.webUrl}/-/issues/12`);
    expect(release.description).not.toContain('first feature'); // before the previous tag
    expect(release.assets.links.map((l: any) => [l.name, l.link_type])).toEqual([['docs', 'other'], ['linux', 'package']]);
    expect(release.milestones.map((m: any) => m.title)).toEqual(['M1']);
    expect(out.releaseUrl).toBe(release._links.self);
  });

  it('converges: an identical second run sends zero write requests and says unchanged', async () => {
    json(await cli(['--tag', 'v1.0.0', '--assets', ASSETS, '--milestones', 'M1']));
    fake.reset();
    const out = json(await cli(['--tag', 'v1.0.0', '--assets', ASSETS, '--milestones', 'M1']));
    expect(out.result).toBe('unchanged');
    expect(fake.writes()).toEqual([]);
    expect(fake.requests.length).toBeLessThanOrEqual(2);
  });

  it('updates only what changed: one link URL is one PUT on the link, link_type resent', async () => {
    json(await cli(['--tag', 'v1.0.0', '--assets', ASSETS]));
    fake.reset();
    const changed = ASSETS.replace('app-linux.tgz', 'app-linux-2.tgz');
    const out = json(await cli(['--tag', 'v1.0.0', '--assets', changed]));
    expect(out.result).toBe('updated');
    expect(writes()).toEqual([expect.stringMatching(/^PUT \/api\/v4\/projects\/g%2Fp\/releases\/v1\.0\.0\/assets\/links\/\d+$/)]);
    expect(fake.writes()[0]!.body).toMatchObject({ url: 'https://downloads.example.com/app-linux-2.tgz', link_type: 'package' });
    const release = (await releaseOnServer('v1.0.0'))!;
    expect(release.assets.links.find((l: any) => l.name === 'linux').url).toBe('https://downloads.example.com/app-linux-2.tgz');
  });

  it('dry run reads the real state and sends only GETs; the plan lists the requests', async () => {
    const result = await cli(['--tag', 'v1.0.0', '--assets', ASSETS, '--dry-run']);
    const out = json(result);
    expect(out.result).toBe('planned');
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(result.stderr).toContain('+ POST /api/v4/projects/g%2Fp/releases');
    expect(await releaseOnServer('v1.0.0')).toBeUndefined();
  });

  it('a run that fails half-way is finished by the next plain run', async () => {
    json(await cli(['--tag', 'v1.0.0']));
    // The rename (PUT) goes through, then the link create is refused (503: not applied, and with
    // --retries 0 not retried): half of the change is applied.
    fake.faults.add({ method: 'POST', path: /assets\/links$/, times: 1, status: 503 });
    const failed = await cli(['--tag', 'v1.0.0', '--name', 'One', '--assets', ASSETS, '--retries', '0']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/error E_GITLAB_UNAVAILABLE/);
    expect((await releaseOnServer('v1.0.0'))!.name).toBe('One');
    fake.reset();
    const out = json(await cli(['--tag', 'v1.0.0', '--name', 'One', '--assets', ASSETS]));
    expect(out.result).toBe('updated');
    expect(writes().filter((w) => w.startsWith('PUT'))).toEqual([]);
    const release = (await releaseOnServer('v1.0.0'))!;
    expect(release.assets.links.map((l: any) => l.name).sort()).toEqual(['docs', 'linux']);
  });

  it('an ambiguous create (applied, then answered 502) is re-read, never sent twice', async () => {
    fake.faults.add({ method: 'POST', path: /\/releases$/, applyThen: { status: 502 } });
    const out = json(await cli(['--tag', 'v1.0.0', '--assets', ASSETS]));
    expect(['created', 'updated']).toContain(out.result);
    expect(fake.writes().filter((r) => r.method === 'POST' && r.path.endsWith('/releases'))).toHaveLength(1);
    const release = (await releaseOnServer('v1.0.0'))!;
    expect(release.assets.links).toHaveLength(2);
  });

  it('409 Release already exists (created by someone else after our GET) becomes an update', async () => {
    json(await cli(['--tag', 'v1.0.0']));
    fake.faults.add({ method: 'GET', path: /\/releases\/v1\.0\.0$/, status: 404, body: { message: '404 Not Found' } });
    fake.reset();
    const out = json(await cli(['--tag', 'v1.0.0', '--name', 'Renamed']));
    expect(out.result).toBe('updated');
    expect((await releaseOnServer('v1.0.0'))!.name).toBe('Renamed');
  });

  it('an unknown milestone fails with GitLab wording before any write: no tag, no release', async () => {
    const result = await cli(['--tag', 'v1.0.0', '--milestones', 'M1,Nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Milestone(s) not found: Nope');
    expect(fake.writes()).toEqual([]);
    expect(fake.state.tags().has('v1.0.0')).toBe(false);
  });

  it('a job token goes in JOB-TOKEN and never touches endpoints that ignore job tokens', async () => {
    const out = json(await cli(['--tag', 'v1.0.0', '--milestones', 'M1'], { GITLAB_TOKEN: '', CI_JOB_TOKEN: JOB_TOKEN, CI_PROJECT_URL: 'https://gitlab.example.com/g/p' }));
    expect(out.result).toBe('created');
    expect(fake.requests.every((r) => r.headers['job-token'] === JOB_TOKEN && r.headers['private-token'] === undefined)).toBe(true);
    expect(fake.requests.map((r) => r.path)).not.toContain('/api/v4/projects/g%2Fp');
    expect(fake.requests.some((r) => r.path.endsWith('/milestones'))).toBe(false);
  });

  it('writes the dotenv report within GitLab limits and never prints the token', async () => {
    const dotenv = join(repo.dir, '..', `release-${process.pid}.env`);
    const result = await cli(['--tag', 'v1.0.0', '--assets', ASSETS, '--dotenv', dotenv]);
    json(result);
    const text = readFileSync(dotenv, 'utf8');
    expect(text).toMatch(/^RELEASE_RESULT=created$/m);
    expect(text).toMatch(/^RELEASE_TAG=v1\.0\.0$/m);
    expect(text).toMatch(/^RELEASE_VERSION=1\.0\.0$/m);
    expect(text).toMatch(new RegExp(`^RELEASE_URL=${fake.webUrl}/-/releases/v1\\.0\\.0$`, 'm'));
    for (const place of [result.stdout, result.stderr, text]) expect(place).not.toContain(TOKEN);
  });

  it('on a Free/CE instance evidence is unavailable: a warning with auto, a failure with always', async () => {
    await fake.close();
    fake = await startFakeGitLab({ repoDir: repo.dir, edition: 'ce' });
    const result = await cli(['--tag', 'v1.0.0']);
    const out = json(result);
    expect(out.evidence).toBe('unavailable');
    expect(result.stderr).toMatch(/warning: .*evidence/i);
    const strict = await cli(['--tag', 'v1.0.1', '--evidence', 'always']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('error E_EVIDENCE_UNAVAILABLE');
  });

  it('creates the release on the commit of --ref, tag_message only with a new tag', async () => {
    const out = json(await cli(['--tag', 'v0.0.9', '--ref', firstSha, '--tag-message', 'Old line']));
    expect(out.commitSha).toBe(firstSha);
    expect(fake.writes()[0]!.body).toMatchObject({ tag_name: 'v0.0.9', ref: firstSha, tag_message: 'Old line' });
    expect(fake.state.tags().get('v0.0.9')).toMatchObject({ sha: firstSha, message: 'Old line' });
  });
});
