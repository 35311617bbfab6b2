/**
 * The example pipeline (examples/gitlab-ci/.gitlab-ci.yml, including .gitlab-ci-template.yml) run
 * for real by gitlab-ci-local, against the fake GitLab and a real temporary git repository: the
 * release job runs the bundled CLI with the pipeline's own variables and job token, and the deploy
 * job after it sees the dotenv outputs, as on a GitLab runner.
 *
 * gitlab-ci-local runs without Docker (test/support/gitlab-ci-local.ts). The remote include is
 * served from gitlab-ci-local's include cache, seeded with the committed template, so the example
 * runs unmodified and offline.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { hasRsync, runPipeline, type PipelineRun } from '../support/gitlab-ci-local.js';
import { assertDistFresh, DIST_DIR, REPO_ROOT } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const JOB_TOKEN = 'glcbt-job-token-00000000000';
const PAT = 'glpat-dev-token-000000000000';
const EXAMPLE = readFileSync(resolve(REPO_ROOT, 'examples/gitlab-ci/.gitlab-ci.yml'), 'utf8');
const TEMPLATE = readFileSync(resolve(REPO_ROOT, '.gitlab-ci-template.yml'), 'utf8');
const TIMEOUT = 180_000;

type TemplateRun = Omit<PipelineRun, 'dotenv'> & {
  /** The dotenv report the release job left, as gitlab-ci-local hands it to later jobs. */
  dotenv: Record<string, string>;
};

let home: string;
beforeAll(() => {
  // gitlab-ci-local copies checkouts and artifacts with rsync (.ci/run installs it).
  expect(hasRsync(), 'rsync is missing: apt-get install -y rsync').toBe(true);
  home = mkdtempSync(join(tmpdir(), 'forge-gcl-home-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** A GitLab project checkout: conventional commits, an `origin` remote with origin/HEAD set. */
function projectRepo(build: (repo: TempRepo) => void): TempRepo {
  const repo = createTempRepo('forge-gcl-');
  build(repo);
  repo.git('config', 'user.name', 'Ada');
  repo.git('config', 'user.email', 'ada@example.com');
  repo.git('remote', 'add', 'origin', 'https://gitlab.example.com/g/p.git');
  repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  writeFileSync(join(repo.dir, '.gitlab-ci.yml'), EXAMPLE);
  writeFileSync(join(repo.dir, '.git', 'info', 'exclude'), '.gitlab-ci-local/\n');
  // Where gitlab-ci-local looks for a fetched `include: remote:` before downloading it.
  const remote = (parse(EXAMPLE) as { include: { remote?: string }[] }).include.find((i) => i.remote)!.remote!;
  const cached = join(repo.dir, '.gitlab-ci-local', 'includes', remote.replace(/^https?:\/\//, ''));
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(cached, TEMPLATE);
  return repo;
}

/** Runs the pipeline; `variables` play the CI/CD and predefined variables GitLab would set. */
async function pipeline(repo: TempRepo, fake: FakeGitLab, variables: Record<string, string>, inputs: Record<string, string> = {}): Promise<TemplateRun> {
  assertDistFresh();
  const vars: Record<string, string> = {
    GITLAB_CI: 'true', CI_SERVER_URL: fake.url, CI_PROJECT_ID: '24', CI_PROJECT_URL: fake.webUrl, CI_JOB_TOKEN: JOB_TOKEN,
    // gitlab-ci-local sets CI_PROJECT_DIR=/builds/g/p for any job with an image:, even when
    // --force-shell-executor runs it in .gitlab-ci-local/builds/<job>; only the release job uses it.
    CI_PROJECT_DIR: join(repo.dir, '.gitlab-ci-local', 'builds', 'release'),
    ...variables,
  };
  // The template's command input, overridden to run this checkout's bundle instead of npx.
  const allInputs = { command: `${process.execPath} ${join(DIST_DIR, 'cli.js')}`, ...inputs };
  const run = await runPipeline(repo.dir, { home, variables: vars, inputs: allInputs, timeoutMs: TIMEOUT - 10_000 });
  return { ...run, dotenv: run.dotenv('release') };
}

describe('the example pipeline on a tag', () => {
  let repo: TempRepo;
  let fake: FakeGitLab;
  let tagSha: string;

  beforeAll(() => {
    repo = projectRepo((r) => {
      r.commit('feat: first feature');
      r.tag('v0.1.0', 'v0.1.0');
      r.commit('fix(api): handle empty pages (#12)');
      tagSha = r.commit('feat: export to CSV');
      r.tag('v0.2.0', 'Release 0.2.0');
    });
  });
  afterAll(() => repo.remove());
  beforeEach(async () => {
    fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1'] });
  });
  afterEach(async () => fake.close());

  // A GITLAB_TOKEN CI/CD variable is there too: without token-variable the job token must win.
  const tagPipeline = (inputs: Record<string, string> = {}) =>
    pipeline(repo, fake, { CI_COMMIT_TAG: 'v0.2.0', CI_COMMIT_REF_NAME: 'v0.2.0', GITLAB_TOKEN: PAT }, inputs);
  const calls = () => fake.requests.map((r) => `${r.method} ${r.path}`);

  it('creates the release with the job token, and the deploy job reads the outputs', async () => {
    const run = await tagPipeline();
    expect(run.code, run.output).toBe(0);

    const release = fake.state.release('v0.2.0');
    expect(release, run.output).toBeDefined();
    expect(release!.description).toContain('handle empty pages');
    expect(release!.description).toContain('export to CSV');
    expect(release!.description).toContain(`${fake.webUrl}/-/issues/12`);
    expect(release!.description).toContain(`${fake.webUrl}/-/compare/v0.1.0...v0.2.0`);
    expect(release!.description).not.toContain('first feature');
    // The example's asset link, its $CI_* variables expanded when the job ran.
    expect(release!.links.map((l) => [l.name, l.url, l.link_type])).toEqual([
      ['app.tar.gz', `${fake.webUrl}/-/jobs/artifacts/v0.2.0/raw/app.tar.gz?job=build`, 'package'],
    ]);
    expect(fake.state.tags().get('v0.2.0')?.sha).toBe(tagSha);

    // Every request carried the job token, as JOB-TOKEN, and nothing else.
    expect(fake.requests.length).toBeGreaterThan(0);
    for (const request of fake.requests) {
      expect(request.headers['job-token'], `${request.method} ${request.path}`).toBe(JOB_TOKEN);
      expect(request.headers['private-token']).toBeUndefined();
    }
    expect(fake.writes().map((r) => `${r.method} ${r.path}`)).toContain('POST /api/v4/projects/24/releases');
    // What a job token cannot do is not asked: GET /projects/:id (anonymous), the milestones API (401).
    expect(calls()).not.toContain('GET /api/v4/projects/24');
    expect(calls().filter((c) => c.includes('/milestones'))).toEqual([]);

    const releaseUrl = `${fake.webUrl}/-/releases/v0.2.0`;
    expect(run.dotenv).toMatchObject({ RELEASE_URL: releaseUrl, RELEASE_TAG: 'v0.2.0', RELEASE_VERSION: '0.2.0', RELEASE_RESULT: 'created', RELEASE_PREVIOUS_TAG: 'v0.1.0', RELEASE_COMMIT_SHA: tagSha });
    expect(run.log('deploy')).toContain(`deploying v0.2.0 (version 0.2.0, release created) from ${releaseUrl}`);
    expect(readFileSync(join(repo.dir, '.gitlab-ci-local', 'artifacts', 'release', 'release-notes.md'), 'utf8')).toBe(`${release!.description}\n`);

    const log = run.log('release');
    expect(log).toContain('authenticating with the job token (CI_JOB_TOKEN, sent as JOB-TOKEN)');
    expect(log).toContain('POST');
    expect(log).toContain('Release v0.2.0 created');
    expect(run.output).not.toContain(JOB_TOKEN);
    expect(run.output).not.toContain(PAT);
  }, TIMEOUT);

  it('leaves milestones to GitLab with a job token: a known one is set, an unknown one fails before any change', async () => {
    const known = await tagPipeline({ milestones: 'M1' });
    expect(known.code, known.output).toBe(0);
    expect(fake.state.release('v0.2.0')?.milestones.map((m) => m.title)).toEqual(['M1']);
    expect(calls().filter((c) => c.includes('/milestones'))).toEqual([]);

    await fake.close();
    fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1'] });
    const unknown = await tagPipeline({ milestones: 'M9' });
    expect(unknown.code).not.toBe(0);
    expect(unknown.log('release')).toContain('E_GITLAB_MILESTONE_NOT_FOUND');
    expect(unknown.log('release')).toContain('M9');
    expect(fake.state.releases()).toEqual([]);
    expect(existsSync(join(repo.dir, '.gitlab-ci-local', 'output', 'deploy.log'))).toBe(false);
  }, TIMEOUT);

  it('converges: the same pipeline again writes nothing and says unchanged', async () => {
    expect((await tagPipeline()).code).toBe(0);
    fake.reset();
    const again = await tagPipeline();
    expect(again.code, again.output).toBe(0);
    expect(fake.writes()).toEqual([]);
    expect(again.dotenv.RELEASE_RESULT).toBe('unchanged');
    expect(again.log('deploy')).toContain('release unchanged');
  }, TIMEOUT);

  it('authenticates with the access token a token-variable names, never printing it', async () => {
    const run = await pipeline(repo, fake, { CI_COMMIT_TAG: 'v0.2.0', RELEASE_TOKEN: PAT, GITLAB_TOKEN: 'glpat-not-this-one' }, { 'token-variable': 'RELEASE_TOKEN' });
    expect(run.code, run.output).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.headers['private-token'] === PAT && r.headers['job-token'] === undefined)).toBe(true);
    expect(fake.state.release('v0.2.0')).toBeDefined();
    expect(run.log('release')).toContain('the CI/CD variable RELEASE_TOKEN (PRIVATE-TOKEN)');
    expect(run.output).not.toContain(PAT);
  }, TIMEOUT);

  it('names a bad input as the template input the user wrote, not as a CLI flag', async () => {
    const run = await tagPipeline({ ref: 'main~1' });
    expect(run.code, run.output).not.toBe(0);
    const log = run.log('release');
    expect(log).toContain('inputs: ref: "main~1" contains');
    expect(log).not.toContain('--ref');
    expect(fake.requests).toEqual([]);
  }, TIMEOUT);

  it('stops before any request when the named token variable is empty', async () => {
    const run = await pipeline(repo, fake, { CI_COMMIT_TAG: 'v0.2.0' }, { 'token-variable': 'MISSING_TOKEN' });
    expect(run.code).not.toBe(0);
    expect(run.log('release')).toContain('token-variable names MISSING_TOKEN, which is empty or not set');
    expect(fake.requests).toEqual([]);
  }, TIMEOUT);
});

describe('the template as a dry run in a merge request pipeline', () => {
  let repo: TempRepo;
  let fake: FakeGitLab;

  beforeAll(() => {
    repo = projectRepo((r) => {
      r.commit('feat: first feature');
      r.tag('v0.1.0', 'v0.1.0');
      r.commit('feat(ui): a new button (#7)');
    });
  });
  afterAll(() => repo.remove());
  beforeEach(async () => {
    fake = await startFakeGitLab({ repoDir: repo.dir });
  });
  afterEach(async () => fake.close());

  it('plans the next version from the commits, sends only GETs and writes nothing', async () => {
    const run = await pipeline(repo, fake, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '3' }, {
      'dry-run': 'true', rules: JSON.stringify([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]),
    });
    expect(run.code, run.output).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.map((r) => r.method).filter((m) => m !== 'GET')).toEqual([]);
    expect(fake.state.releases()).toEqual([]);
    expect(run.dotenv).toMatchObject({ RELEASE_RESULT: 'planned', RELEASE_TAG: 'v0.2.0', RELEASE_VERSION: '0.2.0', RELEASE_PREVIOUS_TAG: 'v0.1.0' });
    const log = run.log('release');
    expect(log).toContain('Dry run: nothing was written.');
    expect(log).toContain('a new button');
    // The tag jobs (build, deploy) do not run in a merge request pipeline.
    expect(existsSync(join(repo.dir, '.gitlab-ci-local', 'output', 'deploy.log'))).toBe(false);
  }, TIMEOUT);
});
