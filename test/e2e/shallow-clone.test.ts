/**
 * A shallow clone is refused before any notes or version are computed from its cut-off history,
 * whichever git process answered the shallow question (the tag listing, the ref's rev-parse).
 * The CLI in this process, offline dry runs, in a real `git clone --depth 1`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/run-cli.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

let origin: TempRepo;
let shallow: string;

beforeAll(() => {
  origin = createTempRepo('forge-shallow-origin-');
  origin.commit('feat: first feature');
  origin.tag('v1.0.0');
  origin.commit('fix: a crash');
  origin.tag('v1.0.1', 'annotated');
  origin.commit('feat: another feature');
  shallow = mkdtempSync(join(tmpdir(), 'forge-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin.dir}`, shallow]);
  execFileSync('git', ['fetch', '-q', '--depth', '1', 'origin', 'tag', 'v1.0.1'], { cwd: shallow });
});
afterAll(() => {
  origin.remove();
  rmSync(shallow, { recursive: true, force: true });
});

describe('a shallow clone', () => {
  it('is refused for an explicit tag, with the fix for each CI', async () => {
    const run = await runCliInProcess(['--dry-run', '--tag', 'v1.0.1'], { cwd: shallow });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('E_SHALLOW_CLONE');
    expect(run.stderr).toContain('fetch-depth: 0');
  });

  it('is refused when the version is computed', async () => {
    const run = await runCliInProcess(['--dry-run', '--bump', 'auto'], { cwd: shallow });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('E_SHALLOW_CLONE');
  });

  it('still releases with a given description, which reads no history', async () => {
    const run = await runCliInProcess(['--dry-run', '--tag', 'v1.0.1', '--description', 'Hand-written notes.'], { cwd: shallow });
    expect(run.stderr).not.toContain('E_SHALLOW_CLONE');
    expect(run.code).toBe(0);
  });

  it('is no obstacle once the history is complete', async () => {
    const run = await runCliInProcess(['--dry-run', '--tag', 'v1.0.1'], { cwd: origin.dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('previous release v1.0.0');
  });
});
