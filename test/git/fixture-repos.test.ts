/**
 * Fixture repositories, git-cliff style: each folder of test/fixtures/repos has a commit.sh that
 * builds a repository (with lib.sh's fixed names and dates, so SHAs are stable), the CLI flags
 * of the case, and the expected outcome: expected.json (version, tag, previous tag, result) and
 * expected.md (the notes). The bundled CLI runs a real offline dry run on each.
 * FORGE_UPDATE_GOLDEN=1 writes the expected files; review them before committing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBundle } from '../support/run-bundle.js';

const REPOS = join(import.meta.dirname, '../fixtures/repos');
const CASES = readdirSync(REPOS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const scratch = mkdtempSync(join(tmpdir(), 'forge-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildRepo(name: string): string {
  const dir = join(scratch, name);
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['-C', dir, 'config', 'commit.gpgsign', 'false']);
  execFileSync('git', ['-C', dir, 'config', 'tag.gpgsign', 'false']);
  execFileSync('bash', ['-c', `source "${join(REPOS, 'lib.sh')}"; source "${join(REPOS, name, 'commit.sh')}"`], { cwd: dir });
  return dir;
}

function expectGolden(file: string, actual: string): void {
  if (process.env.FORGE_UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('fixture repositories', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThanOrEqual(12));

  it.each(CASES)('%s', async (name) => {
    const dir = buildRepo(name);
    const args = readFileSync(join(REPOS, name, 'args'), 'utf8').trim().split(/\s+/).filter(Boolean);
    const result = await runBundle('cli.js', ['--dry-run', '--json', '--project-url', 'https://gitlab.example.com/g/p', '--released-at', '2026-02-01T00:00:00Z', ...args], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, string>;
    const summary = { result: out.result, tag: out.tag, version: out.version, previousTag: out.previousTag };
    expectGolden(join(REPOS, name, 'expected.json'), `${JSON.stringify(summary, null, 2)}\n`);
    expectGolden(join(REPOS, name, 'expected.md'), `${out.notes ?? ''}\n`);
  });
});
