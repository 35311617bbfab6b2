/**
 * Inputs that used to get through to GitLab, or fail only after the release existed: each one
 * now stops the run with exit 2 before the first request, or fails with its own code.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
let repo: TempRepo;
let fake: FakeGitLab;
let scratch: string;

beforeAll(async () => {
  repo = createTempRepo();
  repo.commit('feat: first');
  repo.tag('v1.0.0');
  repo.commit('feat!: second');
  fake = await startFakeGitLab({ repoDir: repo.dir });
  scratch = mkdtempSync(join(tmpdir(), 'forge-out-'));
  mkdirSync(join(scratch, 'a-directory'));
});
afterAll(async () => {
  await fake.close();
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});
beforeEach(() => fake.reset());

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', ...args], {
    cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN, FORGE_RELEASE_RETRIES: '0', ...env },
  });
}

describe('output paths are checked with the other inputs', () => {
  it.each([
    ['notes-file in a missing directory', ['--notes-file', join(tmpdir(), 'forge-no-such-dir', 'notes.md')], /--notes-file: cannot be written: the directory .*forge-no-such-dir does not exist/],
    ['dotenv in a missing directory', ['--dotenv', join(tmpdir(), 'forge-no-such-dir', 'release.env')], /--dotenv: cannot be written: the directory .*forge-no-such-dir does not exist/],
    ['dotenv that is a directory', ['--dotenv', '__DIR__'], /--dotenv: .*a-directory is a directory, not a file/],
    ['dotenv under a file (relative to cwd)', ['--dotenv', 'file.txt/release.env'], /--dotenv: cannot be written: .*file\.txt is a file, not a directory/],
  ])('%s: exit 2, nothing sent, no E_INTERNAL', async (_name, args, message) => {
    const result = await cli(['--tag', 'v2.0.0', ...args.map((a) => a.replace('__DIR__', join(scratch, 'a-directory')))]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('E_INTERNAL');
    expect(fake.requests).toEqual([]);
  });

  it('a file system failure after the release (disk full) has its own code, names the file, exit 1', async () => {
    const result = await cli(['--tag', 'v2.0.0', '--dotenv', '/dev/full', '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error E_OUTPUT_FILE: Could not write dotenv /dev/full (ENOSPC)');
    expect(result.stderr).not.toContain('This is a bug');
    expect(JSON.parse(result.stdout)).toMatchObject({ result: 'failed', error: { code: 'E_OUTPUT_FILE' } });
    // The release itself went through; a re-run converges and writes no more.
    fake.reset();
    const again = await cli(['--tag', 'v2.0.0', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ result: 'unchanged' });
    expect(fake.writes()).toEqual([]);
  });
});

describe('bad input that used to reach GitLab', () => {
  it('a token with a non-ASCII character: exit 2, zero requests, the token not echoed', async () => {
    const token = 'glpat-dev-token-00000000000\u2026';
    const result = await cli(['--tag', 'v2.0.0'], { GITLAB_TOKEN: token });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('GITLAB_TOKEN: contains a character that is not printable ASCII (character 28)');
    expect(result.stderr).not.toContain('glpat-dev-token');
    expect(fake.requests).toEqual([]);
  });

  it.each([['a..b'], ['main~1'], ['topic.lock']])('--ref %s: exit 2 before any request', async (ref) => {
    const result = await cli(['--tag', 'v3.0.0', '--ref', ref]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`--ref: "${ref}"`);
    expect(fake.requests).toEqual([]);
    expect(fake.state.tags().has('v3.0.0')).toBe(false);
  });
});

describe('prerelease is an identifier, and versioning inputs beside a tag are not silently ignored', () => {
  it.each([['true'], ['False'], ['YES'], ['no']])('--prerelease %s: exit 2 with a pointed hint, nothing sent', async (word) => {
    const result = await cli(['--prerelease', word]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`--prerelease: "${word}" would become the identifier (v2.0.0-${word}.1): prerelease is not a switch`);
    expect(result.stderr).toContain('e.g. rc (1.3.0-rc.1)');
    expect(fake.requests).toEqual([]);
  });

  it('bump, prerelease, initial-version and major-on-zero beside an explicit tag: a warning names them', async () => {
    const result = await cli(['--tag', 'v4.0.0', '--bump', 'minor', '--prerelease', 'rc', '--initial-version', '0.1.0', '--major-on-zero', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('warning: --bump, --prerelease, --initial-version, --major-on-zero ignored: --tag gives the tag v4.0.0, so no version is computed.');
    expect(fake.writes()).toEqual([]);
  });

  it('defaults beside a tag (bump auto, initial-version 1.0.0) warn about nothing', async () => {
    const result = await cli(['--tag', 'v4.0.0', '--bump', 'auto', '--initial-version', '1.0.0', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('ignored');
  });
});
