/**
 * Bad input through the real CLI: exit code 2 (usage), every problem named at once, and not one
 * request reaches GitLab. The full catalogue of 80+ cases is checked at the parser level in
 * test/unit/inputs-bad.test.ts; here a cross-section runs as processes against the fake.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
let repo: TempRepo;
let fake: FakeGitLab;
let scratch: string;

beforeAll(async () => {
  repo = createTempRepo();
  repo.commit('feat: something');
  fake = await startFakeGitLab({ repoDir: repo.dir, milestones: ['M1'] });
  scratch = mkdtempSync(join(tmpdir(), 'forge-bad-'));
  mkdirSync(join(scratch, 'dir'));
});
afterAll(async () => {
  await fake.close();
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});

const cases: [string, string[], RegExp][] = [
  ['malformed assets JSON', ['--assets', '[{name:'], /assets/],
  ['duplicate link names', ['--assets', JSON.stringify([{ name: 'a', url: 'https://x.example/1' }, { name: 'a', url: 'https://x.example/2' }])], /assets/],
  ['javascript: link URL', ['--assets', JSON.stringify([{ name: 'a', url: 'javascript:alert(1)' }])], /assets/],
  ['file: link URL', ['--assets', JSON.stringify([{ name: 'a', url: 'file:///etc/passwd' }])], /assets/],
  ['direct_asset_path over 128 characters', ['--assets', JSON.stringify([{ name: 'a', url: 'https://x.example/1', direct_asset_path: `/${'a'.repeat(130)}` }])], /assets/],
  ['tag HEAD', ['--tag', 'HEAD'], /tag/],
  ['tag that looks like an option', ['--tag=-x'], /tag/],
  ['tag a..b', ['--tag', 'a..b'], /tag/],
  ['tag ending .lock', ['--tag', 'v1.0.lock'], /tag/],
  ['unknown notes mode', ['--notes-mode', 'merge'], /notes-mode/],
  ['impossible date', ['--released-at', '2026-02-30T00:00:00Z'], /released-at/],
  ['description file missing', ['--description-file', join(tmpdir(), 'no-such-notes.md')], /description-file/],
  ['description file is a directory', ['--description-file', '__DIR__'], /description-file/],
  ['project with a trailing slash', ['--project', 'g/p/'], /project/],
  ['gitlab-url without a scheme', ['--gitlab-url', 'gitlab.example.com'], /gitlab-url/],
  ['unknown evidence mode', ['--evidence', 'sometimes'], /evidence/],
  ['unknown flag', ['--tagg', 'v1'], /--tag/],
];

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const withDir = args.map((a) => a.replace('__DIR__', join(scratch, 'dir')));
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--tag', 'v1.0.0', ...withDir], {
    cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN, ...env },
  });
}

describe('bad input through the CLI', () => {
  it.each(cases)('%s: exit 2, the input named, no request sent', async (_name, args, names) => {
    fake.reset();
    const result = await cli(args);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(names);
    expect(result.stderr).toMatch(/hint|did you mean|expected|must|use/i);
    expect(fake.requests).toEqual([]);
  });

  it('reports every problem in one run, not one per run', async () => {
    fake.reset();
    const result = await cli(['--tag', 'HEAD', '--notes-mode', 'merge', '--assets', '[]x']);
    expect(result.code).toBe(2);
    for (const input of ['tag', 'notes-mode', 'assets']) expect(result.stderr).toContain(input);
    expect(fake.requests).toEqual([]);
  });

  it('a token with a trailing newline is refused without echoing it', async () => {
    fake.reset();
    const result = await cli([], { GITLAB_TOKEN: `${TOKEN}\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/token/);
    expect(result.stderr).not.toContain(TOKEN);
    expect(fake.requests).toEqual([]);
  });
});
