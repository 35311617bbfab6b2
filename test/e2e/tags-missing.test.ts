/**
 * Issue 11, item 3: a checkout without tags while GitLab has them. Before any write the run reads
 * whether GitLab holds the tag and at which commit; when that is not the commit the version and the
 * notes were computed for, it stops with the fetch command that fixes it. The CLI as a process, in
 * a real `git clone --no-tags`, against the fake GitLab (which holds the origin's tags).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

/** Several CLI processes in a row: on a loaded two-core runner 30 s is too tight for the whole test. */
const RUNS_IN_A_ROW = { timeout: 120_000 };
const TOKEN = 'glpat-dev-token-000000000000';
const JOB_TOKEN = 'glcbt-job-token-00000000000';
let origin: TempRepo;
let released: string;
let head: string;
let cloneDir: string;
let fake: FakeGitLab;

beforeAll(() => {
  origin = createTempRepo('forge-origin-');
  origin.commit('feat: first feature');
  released = origin.commit('fix: a crash');
  origin.tag('v1.0.0');
  head = origin.commit('feat!: drop the old endpoint');
});
afterAll(() => origin.remove());

beforeEach(async () => {
  cloneDir = mkdtempSync(join(tmpdir(), 'forge-clone-'));
  execFileSync('git', ['clone', '-q', '--no-tags', origin.dir, cloneDir]);
  fake = await startFakeGitLab({ repoDir: origin.dir });
});
afterEach(async () => {
  await fake.close();
  rmSync(cloneDir, { recursive: true, force: true });
});

function cli(args: string[], auth: Record<string, string> = { GITLAB_TOKEN: TOKEN }): Promise<ProcessResult> {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--json', ...args], { cwd: cloneDir, env: auth });
}

const tagReads = () => fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/repository/tags'));

describe('a computed version whose tag GitLab already holds elsewhere', RUNS_IN_A_ROW, () => {
  it('stops before any write with E_VERSION_TAKEN and the fetch that fixes it; after the fetch, the right version is released', async () => {
    const result = await cli([]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_VERSION_TAKEN');
    expect(result.stderr).toContain(`The computed version v1.0.0 is already a tag on GitLab at ${released.slice(0, 12)}, not at ${head.slice(0, 12)}`);
    expect(result.stderr).toContain('hint: Fetch the tags, then run again: git fetch --tags origin');
    expect(fake.writes()).toEqual([]);
    expect(tagReads().map((r) => r.query.search)).toEqual(['v1.0.0']);
    expect(fake.state.release('v1.0.0')).toBeUndefined();

    execFileSync('git', ['fetch', '-q', '--tags', 'origin'], { cwd: cloneDir });
    const fetched = await cli([]);
    expect(fetched.code, fetched.stderr).toBe(0);
    expect(JSON.parse(fetched.stdout)).toMatchObject({ result: 'created', tag: 'v2.0.0', previousTag: 'v1.0.0', commitSha: head });
  });

  it('a dry run stops the same way, and a job token can read the tags', async () => {
    const result = await cli(['--dry-run'], { CI_JOB_TOKEN: JOB_TOKEN });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_VERSION_TAKEN');
    expect(tagReads()).toHaveLength(1);
    expect(tagReads()[0]!.headers['job-token']).toBe(JOB_TOKEN);
    expect(tagReads()[0]!.status).toBe(200);
  });
});

describe('an explicit tag the checkout lacks', RUNS_IN_A_ROW, () => {
  it('GitLab holds it at another commit and the notes would come from the checkout: E_TAG_NOT_FETCHED, zero writes', async () => {
    const result = await cli(['--tag', 'v1.0.0']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('error E_TAG_NOT_FETCHED');
    expect(result.stderr).toContain(`the notes would describe ${head.slice(0, 12)} while the release is attached to ${released.slice(0, 12)}`);
    expect(result.stderr).toContain('hint: Fetch the tag, then run again: git fetch origin tag v1.0.0');
    expect(fake.writes()).toEqual([]);

    execFileSync('git', ['fetch', '-q', 'origin', 'tag', 'v1.0.0'], { cwd: cloneDir });
    const fetched = await cli(['--tag', 'v1.0.0']);
    expect(fetched.code, fetched.stderr).toBe(0);
    expect(JSON.parse(fetched.stdout)).toMatchObject({ result: 'created', commitSha: released });
    expect(fake.state.release('v1.0.0')!.description).not.toContain('drop the old endpoint');
  });

  it('with notes given by the user, only the commit is GitLab\'s: a warning, and the plan shows the tag\'s commit', async () => {
    const result = await cli(['--tag', 'v1.0.0', '--description', 'Hand-picked notes', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Tag v1.0.0 is on GitLab at ${released.slice(0, 12)}, not at ${head.slice(0, 12)}`);
    expect(result.stderr).toContain(`commit    ${released} (existing tag)`);
  });

  it('not on GitLab either, in a checkout without any tag: the notes cover the whole history, and a warning says why', async () => {
    const result = await cli(['--tag', 'v9.0.0', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('This checkout has no tags: the previous release could not be found, so the notes of v9.0.0 cover the whole history');
    expect(result.stderr).toContain('git fetch --tags origin');
    execFileSync('git', ['fetch', '-q', '--tags', 'origin'], { cwd: cloneDir });
    const fetched = await cli(['--tag', 'v9.0.0', '--dry-run']);
    expect(fetched.stderr).not.toContain('This checkout has no tags');
    expect(JSON.parse(fetched.stdout)).toMatchObject({ previousTag: 'v1.0.0' });
  });
});
