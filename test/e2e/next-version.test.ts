/**
 * No tag given: the CLI computes the next version from conventional commits and GitLab creates
 * the tag from the ref with the release (one POST), against the fake GitLab.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
let repo: TempRepo;
let fake: FakeGitLab;
let head: string;

beforeEach(async () => {
  repo = createTempRepo('forge-next-');
  repo.commit('feat: first');
  repo.tag('v1.0.0');
  repo.commit('fix: a crash');
  head = repo.commit('feat(ui): dark mode');
  fake = await startFakeGitLab({ repoDir: repo.dir });
});
afterEach(async () => {
  await fake.close();
  repo.remove();
});

function cli(args: string[] = []): Promise<ProcessResult> {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--json', ...args], { cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN } });
}

const out = (result: ProcessResult) => {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

describe('the next version from commits', () => {
  it('is released in one POST that makes GitLab create the tag from the ref, with its message', async () => {
    const result = out(await cli(['--tag-message', 'Release 1.1.0']));
    expect(result).toMatchObject({ result: 'created', tag: 'v1.1.0', version: '1.1.0', previousTag: 'v1.0.0', commitSha: head });
    const post = fake.writes().find((r) => r.path.endsWith('/releases'));
    expect(post?.body).toMatchObject({ tag_name: 'v1.1.0', ref: head, tag_message: 'Release 1.1.0' });
    expect(fake.state.tags().get('v1.1.0')).toMatchObject({ sha: head, message: 'Release 1.1.0' });
    expect(fake.writes().filter((r) => r.path.endsWith('/releases'))).toHaveLength(1);
  });

  it('a dry run says which version would be published, sending only GETs', async () => {
    const result = await cli(['--dry-run']);
    expect(out(result)).toMatchObject({ result: 'planned', tag: 'v1.1.0', version: '1.1.0', previousTag: 'v1.0.0' });
    expect(result.stderr).toContain('Next version 1.1.0');
    expect(result.stderr).toContain(`new tag, GitLab creates it from ${head.slice(0, 12)}`);
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('a re-run on the same commit does not bump again: unchanged, zero writes', async () => {
    out(await cli());
    fake.reset();
    expect(out(await cli())).toMatchObject({ result: 'unchanged', tag: 'v1.1.0' });
    expect(fake.writes()).toEqual([]);
  });

  it('a checkout that lacks the tag GitLab created cannot release a newer commit under the same version', async () => {
    out(await cli());
    repo.commit('fix: after the release');
    fake.reset();
    const result = await cli();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error E_VERSION_TAKEN');
    expect(result.stderr).toContain('git fetch --tags');
    expect(fake.writes()).toEqual([]);
  });

  it('nothing releasable: skipped, exit 0, not a single request', async () => {
    repo.tag('v1.1.0');
    repo.commit('docs: typo');
    const result = out(await cli());
    expect(result).toMatchObject({ result: 'skipped', previousTag: 'v1.1.0' });
    expect(fake.requests).toEqual([]);
  });

  it('bump none without a tag is a usage error naming the options', async () => {
    const result = await cli(['--bump', 'none']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('E_NO_TAG');
    expect(result.stderr).toMatch(/Give the tag \(--tag\).*--bump set to auto/);
    expect(fake.requests).toEqual([]);
  });
});
