/**
 * This repository's own .gitlab-ci.yml, with the CI/CD components of templates/ included from the
 * commit under test (`$CI_SERVER_FQDN/$CI_PROJECT_PATH/<name>@$CI_COMMIT_SHA`, which gitlab-ci-local
 * resolves from the working tree as GitLab does from the commit), run for real by gitlab-ci-local
 * against the fake GitLab: `release` creates the release of a version tag with the job token, and
 * `release-plan` plans the next version in a merge request with GET requests only. The resolved
 * pipeline is checked against GitLab's CI schema too.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { hasRsync, previewPipeline, runPipeline } from '../support/gitlab-ci-local.js';
import { DIST_DIR, REPO_ROOT } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';
import { vendoredSchema } from '../support/vendored.js';

const JOB_TOKEN = 'glcbt-job-token-00000000000';
const TIMEOUT = 180_000;

let home: string;
let repo: TempRepo;
let head: string;

/** A checkout of forge-release itself as GitLab would clone it: the pipeline, the components, the build. */
beforeAll(() => {
  expect(hasRsync(), 'rsync is missing: apt-get install -y rsync').toBe(true);
  home = mkdtempSync(join(tmpdir(), 'forge-gcl-home-'));
  repo = createTempRepo('forge-gcl-self-');
  repo.commit('feat: first feature');
  repo.tag('v0.1.0', 'v0.1.0');
  repo.commit('fix(api): handle empty pages (#12)');
  cpSync(resolve(REPO_ROOT, '.gitlab-ci.yml'), join(repo.dir, '.gitlab-ci.yml'));
  cpSync(resolve(REPO_ROOT, 'templates'), join(repo.dir, 'templates'), { recursive: true });
  cpSync(DIST_DIR, join(repo.dir, 'dist'), { recursive: true });
  writeFileSync(join(repo.dir, '.gitignore'), '.gitlab-ci-local/\n');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'feat(ci): release with our own component');
  repo.tag('v0.2.0', 'Release 0.2.0');
  head = repo.git('rev-parse', 'HEAD');
  repo.git('remote', 'add', 'origin', 'https://gitlab.example.com/forge-release/forge-release.git');
  repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
});
afterAll(() => {
  repo?.remove();
  rmSync(home, { recursive: true, force: true });
});

let fake: FakeGitLab;
beforeEach(async () => { fake = await startFakeGitLab({ repoDir: repo.dir }); });
afterEach(async () => fake.close());

const pipeline = (job: string, variables: Record<string, string>) => runPipeline(repo.dir, {
  home, jobs: [job], timeoutMs: TIMEOUT - 10_000,
  variables: {
    GITLAB_CI: 'true', CI_SERVER_URL: fake.url, CI_PROJECT_ID: '24', CI_PROJECT_URL: fake.webUrl, CI_JOB_TOKEN: JOB_TOKEN,
    // gitlab-ci-local sets CI_PROJECT_DIR=/builds/... for any job with an image:, even when
    // --force-shell-executor runs it in .gitlab-ci-local/builds/<job>.
    CI_PROJECT_DIR: join(repo.dir, '.gitlab-ci-local', 'builds', job),
    ...variables,
  },
});

describe('the project\'s own .gitlab-ci.yml', () => {
  it('resolves both components from this commit into a pipeline valid against GitLab\'s CI schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(vendoredSchema('gitlab-ci'));
    for (const variables of [{ CI_COMMIT_TAG: 'v0.2.0' }, { CI_PIPELINE_SOURCE: 'merge_request_event' }] as Record<string, string>[]) {
      const resolved = parse(previewPipeline(repo.dir, home, variables)) as Record<string, any>;
      expect(validate(resolved), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(Object.keys(resolved)).toEqual(expect.arrayContaining(['test', 'release', 'release-plan']));
      expect(JSON.stringify(resolved.release.needs)).toContain('"test"');
      expect(resolved.release.stage).toBe('release');
      expect(resolved['release-plan'].stage).toBe('test');
    }
  });

  it('releases a version tag with the release component and the job token', async () => {
    const run = await pipeline('release', { CI_COMMIT_TAG: 'v0.2.0', CI_COMMIT_REF_NAME: 'v0.2.0' });
    expect(run.code, run.output).toBe(0);
    const release = fake.state.release('v0.2.0');
    expect(release, run.output).toBeDefined();
    expect(release!.description).toContain('handle empty pages');
    expect(release!.description).toContain('release with our own component');
    expect(release!.description).toContain(`${fake.webUrl}/-/compare/v0.1.0...v0.2.0`);
    expect(fake.requests.every((r) => r.headers['job-token'] === JOB_TOKEN)).toBe(true);
    expect(run.dotenv('release')).toMatchObject({ RELEASE_TAG: 'v0.2.0', RELEASE_VERSION: '0.2.0', RELEASE_RESULT: 'created', RELEASE_COMMIT_SHA: head });
    expect(run.log('release')).toContain('forge-release: running node dist/cli.js');
    expect(run.output).not.toContain(JOB_TOKEN);
  }, TIMEOUT);

  it('plans the next version in a merge request with the release-plan component, writing nothing', async () => {
    const run = await pipeline('release-plan', { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '3', CI_COMMIT_TAG: '' });
    expect(run.code, run.output).toBe(0);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(fake.state.releases()).toEqual([]);
    expect(run.dotenv('release-plan')).toMatchObject({ RELEASE_RESULT: 'planned', RELEASE_TAG: 'v0.2.0', RELEASE_PREVIOUS_TAG: 'v0.1.0' });
    expect(run.log('release-plan')).toContain('Dry run: nothing was written.');
  }, TIMEOUT);
});
