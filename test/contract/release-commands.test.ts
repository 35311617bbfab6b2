/**
 * The commands over existing releases (list, show, latest, download, delete) in-process against the
 * fake GitLab: requests sent, output printed, exit codes. test/e2e/release-commands.test.ts runs a
 * few of them through the bundle.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/dispatch.js';
import { startAssetServer, type AssetServer } from '../support/asset-server.js';
import { DEV, JOB, READ_API, REP, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario({ otherProjects: ['g/sub/q'] });

interface Ran { code: number; stdout: string; stderr: string }

async function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => { stdout += t; }, stderr: (t: string) => { stderr += t; } };
  const code = await runCommand(command, ['--gitlab-url', s.fake.url, ...args], { FORGE_RELEASE_PROJECT: 'g/p', FORGE_RELEASE_TOKEN: DEV, ...env }, io);
  return { code, stdout, stderr };
}
const json = (ran: Ran) => JSON.parse(ran.stdout);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('list', () => {
  it('lists newest first with tag, name, date, state, asset count and URL', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', name: 'First', released_at: '2024-01-01T00:00:00Z', links: [{ name: 'a', url: 'https://example.com/a' }] });
    s.fake.state.createRelease({ tag: 'v0.2', released_at: daysFromNow(3) });
    const text = await run('list', []);
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^TAG\s+NAME\s+RELEASED\s+STATE\s+ASSETS\s+URL$/);
    expect(lines[1]).toMatch(/^v0\.2\s+v0\.2\s+\S+ \S+\s+upcoming\s+0\s+http:\/\/127\.0\.0\.1:\d+\/g\/p\/-\/releases\/v0\.2$/);
    expect(lines[2]).toMatch(/^v0\.1\s+First\s+2024-01-01 00:00\s+historical\s+1\s+http/);
    const data = json(await run('list', ['--json']));
    expect(data).toEqual([
      { tag: 'v0.2', name: 'v0.2', releasedAt: expect.any(String), createdAt: expect.any(String), upcoming: true, historical: false, assetCount: 0, url: `${s.fake.webUrl}/-/releases/v0.2` },
      { tag: 'v0.1', name: 'First', releasedAt: '2024-01-01T00:00:00.000Z', createdAt: expect.any(String), upcoming: false, historical: true, assetCount: 1, url: `${s.fake.webUrl}/-/releases/v0.1` },
    ]);
    expect((await run('list', ['--field', 'tag', '--sort', 'asc'])).stdout).toBe('v0.1\nv0.2\n');
  });

  it('follows the pages until --limit, asking for at most 100 per page', async () => {
    for (let i = 0; i < 130; i += 1) s.fake.state.createRelease({ tag: `r${i}`, released_at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString() });
    const ran = await run('list', ['--limit', '120', '--field', 'tag']);
    expect(ran.code).toBe(0);
    const tags = ran.stdout.trim().split('\n');
    expect(tags).toHaveLength(120);
    expect([tags[0], tags[119]]).toEqual(['r129', 'r10']);
    const pages = s.fake.requests.filter((r) => r.path === '/api/v4/projects/g%2Fp/releases');
    expect(pages.map((r) => [r.query.page ?? '1', r.query.per_page])).toEqual([['1', '100'], ['2', '100']]);
    expect(pages[0]!.query).toMatchObject({ order_by: 'released_at', sort: 'desc' });
    s.fake.reset();
    expect((await run('list', ['--field', 'tag'])).stdout.trim().split('\n')).toHaveLength(20);
    expect(s.fake.requests).toHaveLength(1);
    s.fake.reset();
    const byCreation = await run('list', ['--order-by', 'created_at', '--sort', 'asc', '--limit', '3', '--field', 'tag']);
    expect(byCreation.stdout).toBe('r0\nr1\nr2\n');
  });

  it('lists a group with its subgroups (GitLab\'s short form); a job token is refused before any request', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', released_at: '2024-01-01T00:00:00Z' });
    s.fake.stateOf('g/sub/q').createRelease({ tag: 'q-1.0', released_at: '2024-02-01T00:00:00Z' });
    const ran = await run('list', ['--group', 'g', '--json']);
    expect(ran.code).toBe(0);
    expect(json(ran).map((r: { tag: string; assetCount: unknown; url: unknown }) => [r.tag, r.assetCount, r.url])).toEqual([['q-1.0', null, null], ['v0.1', null, null]]);
    expect(s.fake.requests.at(-1)).toMatchObject({ path: '/api/v4/groups/g/releases', query: { simple: 'true' } });
    expect((await run('list', ['--group', 'g'])).stdout).toMatch(/^TAG\s+NAME\s+RELEASED\s+STATE\nq-1\.0/);
    const unknown = await run('list', ['--group', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('404 Group Not Found');
    expect(unknown.stderr).toContain('hint: Check --group nope');
    s.fake.reset();
    const job = await run('list', ['--group', 'g'], { FORGE_RELEASE_TOKEN: '', FORGE_RELEASE_JOB_TOKEN: JOB });
    expect(job.code).toBe(2);
    expect(job.stderr).toContain('--group: cannot be listed with a job token');
    expect(job.stderr).toContain('ignores a job token');
    expect(job.stdout).toBe('');
    expect(s.fake.requests).toEqual([]);
  });

  it('bad options are usage errors naming the option; nothing is sent', async () => {
    for (const args of [['--limit', '0'], ['--sort', 'up'], ['--order-by', 'name'], ['--group', 'g', '--order-by', 'created_at'], ['--nope']]) {
      const ran = await run('list', args);
      expect(ran.code, args.join(' ')).toBe(2);
      expect(ran.stderr).toMatch(/error E_INPUT/);
    }
    expect((await run('list', [], { FORGE_RELEASE_TOKEN: '' })).stderr).toContain('--token: no token was given');
    expect(s.fake.requests).toEqual([]);
  });
});

describe('show', () => {
  it('shows name, tag → commit, dates, milestones, evidence, every link and the description', async () => {
    s.fake.state.createRelease({
      tag: 'v0.1', name: 'Big one', description: '## Notes\n\n- a fix', milestones: ['v1.0'],
      links: [{ name: 'app', url: 'https://example.com/app', filepath: '/bin/app', link_type: 'package' }, { name: 'docs', url: 'https://example.com/docs', link_type: 'runbook' }],
    });
    s.fake.state.collectEvidence(s.fake.state.release('v0.1')!);
    const ran = await run('show', ['v0.1']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Big one\n');
    expect(ran.stdout).toContain(`  tag          v0.1 → ${s.c1}`);
    expect(ran.stdout).toContain('  milestones   v1.0');
    expect(ran.stdout).toMatch(/ {2}evidence {5}1 collected, latest \d{4}-\d\d-\d\d \d\d:\d\d UTC \(sha256 [0-9a-f]{12}…\)/);
    expect(ran.stdout).toContain(`    app [package]\n      url     https://example.com/app\n      direct  ${s.fake.webUrl}/-/releases/v0.1/downloads/bin/app`);
    expect(ran.stdout).toContain('    docs [runbook]\n      url     https://example.com/docs\n');
    expect(ran.stdout.endsWith('## Notes\n\n- a fix\n')).toBe(true);
    const data = json(await run('show', ['v0.1', '--json']));
    expect(Object.keys(data)).toEqual(['tag', 'name', 'releasedAt', 'createdAt', 'upcoming', 'historical', 'assetCount', 'url', 'commit', 'milestones', 'evidences', 'links', 'description']);
    expect(data).toMatchObject({ commit: s.c1, milestones: ['v1.0'], evidences: [{ sha: expect.stringMatching(/^[0-9a-f]{64}$/), collectedAt: expect.any(String) }] });
    expect(data.links[1]).toEqual({ name: 'app', linkType: 'package', url: 'https://example.com/app', directAssetUrl: `${s.fake.webUrl}/-/releases/v0.1/downloads/bin/app` });
    expect((await run('show', ['v0.1', '--notes-only'])).stdout).toBe('## Notes\n\n- a fix\n');
    expect((await run('show', ['refs/tags/v0.1', '--field', 'commit'])).stdout).toBe(`${s.c1}\n`);
  });

  it('exit 3 for a tag without a release; exit 1 (with GitLab\'s words) when the project is not visible; 2 without a tag', async () => {
    const missing = await run('show', ['v0.2']);
    expect([missing.code, missing.stdout]).toEqual([3, '']);
    expect(missing.stderr).toContain('error E_RELEASE_NOT_FOUND: Project g/p has no release for tag v0.2');
    const hidden = await run('show', ['v0.1'], { FORGE_RELEASE_PROJECT: 'g/other' });
    expect(hidden.code).toBe(1);
    expect(hidden.stderr).toContain('404 Project Not Found');
    expect((await run('show', [])).code).toBe(2);
  });
});

describe('latest', () => {
  it('is the release with the newest released date, upcoming ones included (GitLab\'s permalink); --field tag for scripts', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', released_at: '2020-01-01T00:00:00Z' }); // historical
    s.fake.state.createRelease({ tag: 'v0.2', released_at: daysFromNow(-1) });
    expect((await run('latest', ['--field', 'tag'])).stdout).toBe('v0.2\n');
    expect(s.fake.requests.map((r) => [r.path, r.status])).toEqual([
      ['/api/v4/projects/g%2Fp/releases/permalink/latest', 302], ['/api/v4/projects/24/releases/v0.2', 200],
    ]);
    s.fake.state.createRelease({ tag: 'v1.0.0', released_at: daysFromNow(7) });
    const data = json(await run('latest', ['--json']));
    expect(data).toEqual({ tag: 'v1.0.0', version: '1.0.0', name: 'v1.0.0', releasedAt: expect.any(String), upcoming: true, url: `${s.fake.webUrl}/-/releases/v1.0.0` });
    expect((await run('latest', [])).stdout).toBe(`v1.0.0  1.0.0  ${s.fake.webUrl}/-/releases/v1.0.0\n`);
  });

  it('exit 3 when the project has no release', async () => {
    const ran = await run('latest', ['--field', 'tag']);
    expect([ran.code, ran.stdout]).toEqual([3, '']);
    expect(ran.stderr).toContain('has no release yet');
  });
});

describe('delete', () => {
  it('refuses without --yes (exit 2, nothing sent); --dry-run shows the DELETE and sends none', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', description: 'notes' });
    const refused = await run('delete', ['v0.1']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes: is required to delete release v0.1');
    expect(s.fake.requests).toEqual([]);
    const dry = await run('delete', ['v0.1', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: would send DELETE /api/v4/projects/g%2Fp/releases/v0.1');
    expect(s.fake.writes()).toEqual([]);
    expect(s.fake.state.release('v0.1')).toBeDefined();
  });

  it('with --yes deletes the release, keeps the tag and prints what it held', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', name: 'Old', description: 'x'.repeat(42), links: [{ name: 'app', url: 'https://example.com/app', filepath: '/bin/app' }] });
    const ran = await run('delete', ['v0.1', '--yes']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Deleted release v0.1 (the git tag stays).');
    expect(ran.stdout).toContain('  description  42 characters');
    expect(ran.stdout).toContain(`    app [other] https://example.com/app (direct ${s.fake.webUrl}/-/releases/v0.1/downloads/bin/app)`);
    expect(s.fake.writes().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['DELETE /api/v4/projects/g%2Fp/releases/v0.1 200']);
    expect(s.fake.state.release('v0.1')).toBeUndefined();
    expect(s.fake.state.tag('v0.1')).toBeDefined();
    expect((await run('delete', ['v0.1', '--yes'])).code).toBe(3);
  });

  it('--json holds the whole release for recreating it; a reporter is refused with GitLab\'s 403', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', description: 'the notes', milestones: ['v2.0'] });
    const refused = await run('delete', ['v0.1', '--yes'], { FORGE_RELEASE_TOKEN: REP });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('403');
    const data = json(await run('delete', ['v0.1', '--yes', '--json']));
    expect(data).toMatchObject({ deleted: true, request: 'DELETE /api/v4/projects/g%2Fp/releases/v0.1', release: { tag: 'v0.1', description: 'the notes', milestones: ['v2.0'], links: [] } });
    s.fake.state.createRelease({ tag: 'v0.2' });
    expect((await run('delete', ['v0.2', '--yes'], { FORGE_RELEASE_TOKEN: READ_API })).stderr).toContain('insufficient_scope');
  });
});

describe('download', () => {
  let assets: AssetServer;
  let dir: string;
  beforeEach(async () => {
    assets = await startAssetServer();
    dir = mkdtempSync(join(tmpdir(), 'forge-download-'));
  });
  afterEach(async () => {
    await assets.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');

  function release(sums: string) {
    assets.put('/files/app.tar.gz', 'the app');
    assets.put('/files/notes.txt', 'some notes');
    assets.put('/files/SHA256SUMS', sums);
    s.fake.state.createRelease({
      tag: 'v0.1', links: [
        { name: 'app.tar.gz', url: `${assets.url}/files/app.tar.gz`, filepath: '/bin/app.tar.gz', link_type: 'package' },
        { name: 'notes.txt', url: `${assets.url}/files/notes.txt` },
        { name: 'SHA256SUMS', url: `${assets.url}/files/SHA256SUMS`, filepath: '/SHA256SUMS' },
      ],
    });
  }

  it('downloads every link, verified against SHA256SUMS; the token goes to GitLab only', async () => {
    release(`${sha('the app')}  app.tar.gz\n${sha('some notes')} *notes.txt\n`);
    const ran = await run('download', ['v0.1', '--dir', dir, '--json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'app.tar.gz', 'notes.txt']);
    expect(readFileSync(join(dir, 'app.tar.gz'), 'utf8')).toBe('the app');
    const data = json(ran);
    expect(data).toMatchObject({ tag: 'v0.1', dir, verified: true });
    const sumsSize = readFileSync(join(dir, 'SHA256SUMS')).length;
    expect(data.files.map((f: { name: string; verified: unknown; size: number }) => [f.name, f.verified, f.size])).toEqual([['SHA256SUMS', null, sumsSize], ['notes.txt', true, 10], ['app.tar.gz', true, 7]]);
    expect(data.files[2]).toMatchObject({ path: join(dir, 'app.tar.gz'), sha256: sha('the app'), source: expect.stringMatching(/\/api\/v4\/projects\/g%2Fp\/releases\/v0\.1\/downloads\/bin\/app\.tar\.gz$/) });
    // Paths go through GitLab's downloads route (with the token), which redirects to the asset host (without it).
    const viaGitLab = s.fake.requests.filter((r) => r.path.includes('/downloads/'));
    expect(viaGitLab.map((r) => [r.path, r.status, r.headers['private-token']])).toEqual([
      ['/api/v4/projects/g%2Fp/releases/v0.1/downloads/SHA256SUMS', 302, DEV],
      ['/api/v4/projects/g%2Fp/releases/v0.1/downloads/bin/app.tar.gz', 302, DEV],
    ]);
    expect(assets.requests.map((r) => r.path).sort()).toEqual(['/files/SHA256SUMS', '/files/app.tar.gz', '/files/notes.txt']);
    for (const request of assets.requests) expect(Object.keys(request.headers).filter((h) => /token|authorization/i.test(h))).toEqual([]);
  });

  it('a tampered SHA256SUMS fails the run and leaves no file of the mismatching asset', async () => {
    release(`${sha('the app')}  app.tar.gz\n${sha('other notes')}  notes.txt\n`);
    const ran = await run('download', ['v0.1', '--dir', dir, '--asset', 'notes.txt']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain('error E_CHECKSUM_MISMATCH: notes.txt does not match SHA256SUMS');
    expect(readdirSync(dir)).toEqual([]);
    // A file the list does not name is not kept either.
    assets.put('/files/SHA256SUMS', `${sha('the app')}  app.tar.gz\n`);
    const unlisted = await run('download', ['v0.1', '--dir', dir]);
    expect(unlisted.code).toBe(1);
    expect(unlisted.stderr).toContain('E_CHECKSUM_MISSING');
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('--asset picks links; an unknown name is a usage error; a 404 asset fails with no partial file', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'gone.bin', url: `${assets.url}/files/gone.bin`, filepath: '/gone.bin' }, { name: 'ok.bin', url: `${assets.url}/files/ok.bin` }] });
    assets.put('/files/ok.bin', 'ok');
    const picked = await run('download', ['v0.1', '--dir', dir, '--asset', 'ok.bin']);
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stdout).toContain('The release links no SHA256SUMS: the files were not verified.');
    expect(readdirSync(dir)).toEqual(['ok.bin']);
    const unknown = await run('download', ['v0.1', '--dir', dir, '--asset', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('release v0.1 has no link named "nope"');
    const gone = await run('download', ['v0.1', '--dir', dir, '--asset', 'gone.bin', '--retries', '0']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/E_DOWNLOAD_FAILED: GET http:\/\/localhost:\d+\/files\/gone\.bin answered 404/);
    expect(readdirSync(dir)).toEqual(['ok.bin']);
    expect((await run('download', ['v9', '--dir', dir])).code).toBe(3);
  });

  it('falls back to the link URL where GitLab has no downloads route (before 15.4: the catch-all 404)', async () => {
    assets.put('/files/app', 'app');
    s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'app', url: `${assets.url}/files/app`, filepath: '/bin/app' }] });
    s.fake.faults.add({ method: 'GET', path: /\/downloads\//, status: 404, body: { error: '404 Not Found' } });
    const ran = await run('download', ['v0.1', '--dir', dir]);
    expect(ran.code, ran.stderr).toBe(0);
    expect(readFileSync(join(dir, 'app'), 'utf8')).toBe('app');
    expect(s.fake.requests.at(-1)).toMatchObject({ path: '/api/v4/projects/g%2Fp/releases/v0.1/downloads/bin/app', status: 404 });
    expect(assets.requests.map((r) => r.path)).toEqual(['/files/app']);
    // A missing path on a route that exists (lowercase f) is an error, not a fallback.
    s.fake.faults.add({ method: 'GET', path: /\/downloads\//, status: 404, body: { message: '404 Not found' } });
    expect((await run('download', ['v0.1', '--dir', dir])).stderr).toContain('answered 404: 404 Not found');
  });

  it('a download that breaks off leaves no file, not even a partial one', async () => {
    assets.putBroken('/files/big.bin', 'x'.repeat(64 * 1024));
    s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'big.bin', url: `${assets.url}/files/big.bin` }] });
    const ran = await run('download', ['v0.1', '--dir', dir, '--retries', '0']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/error E_DOWNLOAD_FAILED: big\.bin broke off: aborted \(from http:\/\/localhost:\d+\/files\/big\.bin\)/);
    expect(ran.stderr).toContain('Nothing partial was kept');
    expect(readdirSync(dir)).toEqual([]);
    // Within the retry budget a break-off is fetched again from the start.
    assets.putBroken('/files/big.bin', 'y'.repeat(64 * 1024), 1);
    const retried = await run('download', ['v0.1', '--dir', dir, '--retries', '1']);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stderr).toMatch(/warning: GET http:\/\/localhost:\d+\/files\/big\.bin: big\.bin broke off \(aborted\); retry 1 in/);
    expect(readFileSync(join(dir, 'big.bin'), 'utf8')).toBe('y'.repeat(64 * 1024));
  });

  it('a link on the GitLab host itself gets the token; a redirect from there to another host drops it', async () => {
    // The fake's downloads route is on the GitLab origin: a link whose URL is the fake's route of another link.
    assets.put('/files/real.bin', 'real');
    s.fake.state.createRelease({ tag: 'v0.1', links: [
      { name: 'real.bin', url: `${assets.url}/files/real.bin`, filepath: '/real.bin' },
      { name: 'alias.bin', url: `${s.fake.url}/api/v4/projects/24/releases/v0.1/downloads/real.bin` },
    ] });
    const ran = await run('download', ['v0.1', '--dir', dir, '--asset', 'alias.bin']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(readFileSync(join(dir, 'alias.bin'), 'utf8')).toBe('real');
    expect(s.fake.requests.at(-1)).toMatchObject({ path: '/api/v4/projects/24/releases/v0.1/downloads/real.bin', headers: { 'private-token': DEV } });
    expect(assets.requests.at(-1)!.headers).not.toHaveProperty('private-token');
  });
});

describe('under a relative URL root (/gitlab), with a job token', () => {
  it('list, latest (its redirect carries the root) and download (GitLab\'s route under the root) all work', async () => {
    await s.restart({ urlRoot: '/gitlab' });
    const assets = await startAssetServer();
    const dir = mkdtempSync(join(tmpdir(), 'forge-download-'));
    try {
      assets.put('/app', 'app bytes');
      s.fake.state.createRelease({ tag: 'v0.1', released_at: '2024-01-01T00:00:00Z', links: [{ name: 'app', url: `${assets.url}/app`, filepath: '/bin/app' }] });
      s.fake.state.createRelease({ tag: 'v0.2', released_at: '2024-02-01T00:00:00Z' });
      const env = { FORGE_RELEASE_TOKEN: '', CI_JOB_TOKEN: JOB };
      expect((await run('list', ['--field', 'url'], env)).stdout).toBe(`${s.fake.url}/g/p/-/releases/v0.2\n${s.fake.url}/g/p/-/releases/v0.1\n`);
      expect((await run('latest', ['--field', 'tag'], env)).stdout).toBe('v0.2\n');
      expect(s.fake.requests.at(-1)).toMatchObject({ path: '/gitlab/api/v4/projects/24/releases/v0.2', status: 200 });
      const ran = await run('download', ['v0.1', '--dir', dir], env);
      expect(ran.code, ran.stderr).toBe(0);
      expect(readFileSync(join(dir, 'app'), 'utf8')).toBe('app bytes');
      expect(s.fake.requests.at(-1)).toMatchObject({ path: '/gitlab/api/v4/projects/g%2Fp/releases/v0.1/downloads/bin/app', status: 302, headers: { 'job-token': JOB } });
      expect(s.fake.requests.every((r) => r.path.startsWith('/gitlab/api/v4/'))).toBe(true);
    } finally {
      await assets.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
