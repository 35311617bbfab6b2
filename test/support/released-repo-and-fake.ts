/**
 * The setting several CLI-process tests share: one repository with `feat: first feature` tagged
 * v1.0.0, and a fresh fake GitLab per test. Hooks are registered by the call, in the test file.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from './fake-gitlab/index.js';
import { createTempRepo, type TempRepo } from './temp-git.js';

export interface ReleasedRepoAndFake {
  repo: TempRepo;
  fake: FakeGitLab;
}

export function useReleasedRepoAndFake(prefix: string): ReleasedRepoAndFake {
  const ctx = {} as ReleasedRepoAndFake;
  beforeAll(() => {
    ctx.repo = createTempRepo(prefix);
    ctx.repo.commit('feat: first feature');
    ctx.repo.tag('v1.0.0');
  });
  afterAll(() => ctx.repo.remove());
  beforeEach(async () => {
    ctx.fake = await startFakeGitLab({ repoDir: ctx.repo.dir });
  });
  afterEach(async () => ctx.fake.close());
  return ctx;
}
