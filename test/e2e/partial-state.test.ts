/**
 * Partial state (issue 5, item 3): what an earlier failure, or another user, can leave behind.
 * - A tag without a release: GitLab creates the tag before it saves the release, so a create that
 *   fails validation leaves the tag (behaviour sheet, scenario 24). The next run must create the
 *   release on that tag, and GitLab keeps the tag as it is (commit and message).
 * - A release whose git tag was deleted: an update fails with a clear E_GITLAB_TAG_MISSING.
 * - `--bump auto` on a commit that already carries the release tag: converge, do not bump again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import {
  assetsArg, errorCode, outputOf, releaseProblems, runCli, TOKEN, unclearFailure, writesOf, type WantedLink,
} from '../support/release-check.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const LINUX: WantedLink = { name: 'linux', url: 'https://dl.example.com/app-linux.tgz', link_type: 'package', filepath: '/bin/app-linux' };

let repo: TempRepo;
let c1: string;
let c2: string;
beforeAll(() => {
  repo = createTempRepo('forge-partial-');
  c1 = repo.commit('feat: first');
  c2 = repo.commit('fix: second');
});
afterAll(() => repo.remove());

async function withFake<T>(body: (fake: FakeGitLab) => Promise<T>, dir = repo.dir): Promise<T> {
  const fake = await startFakeGitLab({ repoDir: dir });
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

describe('a tag that exists without a release', () => {
  it('GitLab created the tag, then refused the release (scenario 24): the next run creates the release on it', async () => {
    await withFake(async (fake) => {
      // What a failed create leaves: the tag (on C1, annotated), no release.
      const failed = await fetch(`${fake.url}/api/v4/projects/g%2Fp/releases`, {
        method: 'POST', headers: { 'PRIVATE-TOKEN': TOKEN, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          tag_name: 'v2.0.0', ref: c1, tag_message: 'Tagged by the failed create',
          assets: { links: [{ name: 'dup', url: 'https://a.example.com/1' }, { name: 'dup', url: 'https://a.example.com/2' }] },
        }),
      });
      expect(failed.status).toBe(400);
      expect(((await failed.json()) as { message: string }).message).toMatch(/^Validation failed: Links have duplicate values \(dup\)/);
      expect(fake.state.tag('v2.0.0')).toMatchObject({ sha: c1, message: 'Tagged by the failed create' });
      expect(fake.state.release('v2.0.0')).toBeUndefined();

      // The next run, from another commit (HEAD = C2) and with another tag message.
      fake.reset();
      const args = ['--tag', 'v2.0.0', '--name', 'Two', '--description', 'Notes of two', '--tag-message', 'Another message', '--assets', assetsArg([LINUX])];
      const run = await runCli(fake, repo.dir, args);
      expect(run.code, run.stderr).toBe(0);
      const out = outputOf(run)!;
      expect(out.result).toBe('created');
      // One create, on the existing tag: GitLab ignored ref and tag_message, the tag is untouched.
      expect(writesOf(fake)).toEqual(['POST /api/v4/projects/g%2Fp/releases', 'POST /api/v4/projects/g%2Fp/releases/v2.0.0/evidence']);
      expect(releaseProblems(fake, {
        tag: 'v2.0.0', name: 'Two', description: 'Notes of two', links: [LINUX], milestones: [], tagSha: c1, tagMessage: 'Tagged by the failed create',
      })).toEqual([]);
      // The outputs tell the truth: the release is on C1 (where the tag is), not on HEAD.
      expect(out.commitSha).toBe(c1);
      expect(out.commitSha).not.toBe(c2);

      fake.reset();
      const again = await runCli(fake, repo.dir, args);
      expect(outputOf(again)?.result, again.stderr).toBe('unchanged');
      expect(writesOf(fake)).toEqual([]);
    });
  });
});

describe('a release whose git tag was deleted', () => {
  const arrange = (fake: FakeGitLab) => {
    fake.state.addTag('v3.0.0', { sha: c1, target: c1, created_at: null });
    fake.state.collectEvidence(fake.state.createRelease({ tag: 'v3.0.0', name: 'Three', description: 'Notes of three' }));
    fake.state.deleteTag('v3.0.0');
  };

  it('an update fails clearly with E_GITLAB_TAG_MISSING, GitLab\'s words and the fix; nothing else is sent', async () => {
    await withFake(async (fake) => {
      arrange(fake);
      const run = await runCli(fake, repo.dir, ['--tag', 'v3.0.0', '--name', 'Renamed', '--description', 'Notes of three']);
      expect(unclearFailure(run)).toEqual([]);
      expect(errorCode(run.stderr)).toBe('E_GITLAB_TAG_MISSING');
      expect(run.stderr).toContain('Tag does not exist');
      expect(run.stderr).toMatch(/hint: .*push the tag again/);
      // Not a stale plan: no re-read loop, no create attempt, one PUT and done.
      expect(writesOf(fake)).toEqual(['PUT /api/v4/projects/g%2Fp/releases/v3.0.0']);
      expect(fake.state.release('v3.0.0')).toMatchObject({ name: 'Three' });
    });
  });

  it('a run with nothing to change does not crash either: unchanged, zero writes', async () => {
    await withFake(async (fake) => {
      arrange(fake);
      const run = await runCli(fake, repo.dir, ['--tag', 'v3.0.0', '--name', 'Three', '--description', 'Notes of three']);
      expect(run.code, run.stderr).toBe(0);
      expect(outputOf(run)?.result).toBe('unchanged');
      expect(writesOf(fake)).toEqual([]);
    });
  });
});

describe('--bump auto on a commit that is already released', () => {
  it('HEAD carries the release tag: the run converges on it, result unchanged, zero writes', async () => {
    const own = createTempRepo('forge-partial-bump-');
    try {
      own.commit('feat: the first feature');
      own.tag('v1.0.0');
      own.commit('feat: a second feature');
      await withFake(async (fake) => {
        const args = ['--bump', 'auto', '--assets', assetsArg([LINUX])];
        const first = await runCli(fake, own.dir, args);
        expect(first.code, first.stderr).toBe(0);
        expect(outputOf(first)).toMatchObject({ result: 'created', tag: 'v1.1.0', previousTag: 'v1.0.0' });
        // CI fetches the tag GitLab created: HEAD now carries v1.1.0.
        own.tag('v1.1.0');
        fake.reset();
        const again = await runCli(fake, own.dir, args);
        expect(again.code, again.stderr).toBe(0);
        expect(again.stderr).toContain('already released as v1.1.0');
        expect(outputOf(again)).toMatchObject({ result: 'unchanged', tag: 'v1.1.0' });
        expect(writesOf(fake)).toEqual([]);
        expect(fake.state.releases().map((r) => r.tag)).toEqual(['v1.1.0']);
      }, own.dir);
    } finally {
      own.remove();
    }
  });
});
