/**
 * Smoke tests of the release commands through the bundle (dist/cli.js), the way users run them;
 * test/contract/release-commands.test.ts covers their logic in-process.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAssetServer } from '../support/asset-server.js';
import { DEV, useScenario } from '../support/fake-gitlab/test-kit.js';
import { runBundle, type ProcessResult } from '../support/run-bundle.js';

const s = useScenario();

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runBundle('cli.js', args, { cwd: s.repo.dir, env: { CI_SERVER_URL: s.fake.url, CI_PROJECT_ID: '24', GITLAB_TOKEN: DEV, ...env } });
}

describe('release commands through dist/cli.js', () => {
  it('list --json, show --notes-only and latest --field tag; exit 3 when there is no release', async () => {
    expect(await cli(['latest', '--field', 'tag'])).toMatchObject({ code: 3, stdout: '' });
    s.fake.state.createRelease({ tag: 'v0.1', description: 'First notes', released_at: '2024-01-01T00:00:00Z' });
    s.fake.state.createRelease({ tag: 'v0.2', released_at: '2024-02-01T00:00:00Z' });
    const list = await cli(['list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { tag: string }) => r.tag)).toEqual(['v0.2', 'v0.1']);
    expect(await cli(['show', 'v0.1', '--notes-only'])).toMatchObject({ code: 0, stdout: 'First notes\n' });
    expect(await cli(['latest', '--field', 'tag'])).toMatchObject({ code: 0, stdout: 'v0.2\n' });
    expect((await cli(['show', '--help'])).stdout).toContain('Usage: forge-release show TAG [--notes-only]');
    expect((await cli(['release', '--help'])).stdout).toContain('Usage: forge-release [options]');
  });

  it('download verifies against SHA256SUMS; delete needs --yes', async () => {
    const assets = await startAssetServer();
    const dir = mkdtempSync(join(tmpdir(), 'forge-download-'));
    try {
      assets.put('/app', 'binary');
      assets.put('/sums', `${createHash('sha256').update('binary').digest('hex')}  app\n`);
      s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'app', url: `${assets.url}/app`, filepath: '/bin/app' }, { name: 'SHA256SUMS', url: `${assets.url}/sums` }] });
      const download = await cli(['download', 'v0.1', '--dir', dir, '--asset', 'app']);
      expect(download.code, download.stderr).toBe(0);
      expect(download.stdout).toContain('Every file matched SHA256SUMS.');
      expect(readdirSync(dir)).toEqual(['app']);
      expect(readFileSync(join(dir, 'app'), 'utf8')).toBe('binary');
      expect(download.stderr + download.stdout).not.toContain(DEV);
    } finally {
      await assets.close();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await cli(['delete', 'v0.1'])).toMatchObject({ code: 2 });
    expect(s.fake.writes()).toEqual([]);
    const deleted = await cli(['delete', 'v0.1', '--yes']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toContain('Deleted release v0.1 (the git tag stays).');
    expect(s.fake.state.release('v0.1')).toBeUndefined();
  });
});
