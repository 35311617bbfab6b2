/**
 * `files` globs with fs.globSync, which Node 22.12 (the floor) still marks experimental: the run
 * must not print Node's ExperimentalWarning, on the lowest supported Node and the current one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentNodeBinDir, LOWEST_NODE, lowestNodeBinDir } from '../support/node-runtime.js';
import { assertDistFresh, DIST_DIR } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

let repo: TempRepo;
beforeAll(() => {
  assertDistFresh();
  repo = createTempRepo('forge-glob-');
  repo.commit('feat: first');
  mkdirSync(join(repo.dir, 'out'));
  writeFileSync(join(repo.dir, 'out', 'app.tgz'), 'app');
});
afterAll(() => repo.remove());

describe('files globs print no ExperimentalWarning', () => {
  it.each([[`Node ${LOWEST_NODE}`, lowestNodeBinDir], ['the current Node', currentNodeBinDir]])('%s', (_name, binDir) => {
    const result = spawnSync(join(binDir(), 'node'), [resolve(DIST_DIR, 'cli.js'), '--cwd', repo.dir, '--tag', 'v1.0.0', '--project', 'g/p', '--files', 'out/*.tgz', '--dry-run'], {
      encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('+ PUT /api/v4/projects/g%2Fp/packages/generic/p/1.0.0/app.tgz');
    expect(result.stderr).not.toMatch(/ExperimentalWarning|experimental feature/);
  }, 300_000);
});
