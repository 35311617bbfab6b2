/**
 * Release files uploaded to the generic package registry and linked, in process against the fake
 * GitLab: create, identical re-run (zero writes), one changed file, duplicates forbidden, an
 * ambiguous PUT, job token, relative URL root, dry run and bad input before any request.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitLab, type FakeGitLab, type FakeGitLabOptions } from '../support/fake-gitlab/index.js';
import type { ProcessResult } from '../support/run-bundle.js';
import { runCliInProcess } from '../support/run-cli.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
const JOB_TOKEN = 'glcbt-job-token-00000000000';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let repo: TempRepo;
let fake: FakeGitLab | undefined;

beforeAll(() => {
  repo = createTempRepo('forge-files-');
  repo.commit('feat: first feature');
  mkdirSync(join(repo.dir, 'out', 'nested'), { recursive: true });
});
afterAll(() => repo.remove());
afterEach(async () => { await fake?.close(); fake = undefined; });

function write(name: string, text: string): void {
  writeFileSync(join(repo.dir, 'out', name), text);
}

async function start(options: FakeGitLabOptions = {}): Promise<FakeGitLab> {
  fake = await startFakeGitLab({ repoDir: repo.dir, ...options });
  return fake;
}

function cli(args: string[], env: NodeJS.ProcessEnv = { GITLAB_TOKEN: TOKEN }): Promise<ProcessResult> {
  return runCliInProcess(['--gitlab-url', fake!.url, '--project', 'g/p', '--json', '--tag', 'v1.0.0', '--retries', '1', '--retry-max-wait', '2', ...args], { cwd: repo.dir, env });
}

function json(result: ProcessResult): Record<string, any> {
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, any>;
}

const puts = () => fake!.writes().filter((w) => w.method === 'PUT' && w.path.includes('/packages/generic/'));

describe('release files', () => {
  it('uploads the files and SHA256SUMS before the release, links them, and an identical re-run sends zero writes', async () => {
    await start();
    write('app.tgz', 'app v1');
    write('notes.txt', 'notes');
    const out = json(await cli(['--files', 'out/app.tgz,out/notes.txt']));
    expect(out.result).toBe('created');
    const methods = fake!.writes().map((w) => `${w.method} ${w.path.replace(/^.*\/projects\/[^/]+/, '')}`);
    // The first file of a new package version goes alone; the others may go in any order after it.
    expect(methods[0]).toBe('PUT /packages/generic/p/1.0.0/app.tgz');
    expect(methods.slice(1, 3).sort()).toEqual(['PUT /packages/generic/p/1.0.0/SHA256SUMS', 'PUT /packages/generic/p/1.0.0/notes.txt']);
    expect(methods.slice(3)).toEqual(['POST /releases', 'POST /releases/v1.0.0/evidence']);
    expect(puts()[0]!.headers['content-length']).toBe(String('app v1'.length));
    const sums = fake!.state.packages.rows('p', '1.0.0', 'SHA256SUMS')[0]!.bytes.toString();
    expect(sums).toBe(`${sha('app v1')}  app.tgz\n${sha('notes')}  notes.txt\n`);
    const app = out.assets.find((a: any) => a.name === 'app.tgz');
    expect(app).toMatchObject({ url: `${fake!.url}/api/v4/projects/g%2Fp/packages/generic/p/1.0.0/app.tgz`, linkType: 'package', sha256: sha('app v1'), size: 6 });
    expect(app.directAssetUrl).toMatch(/\/-\/releases\/v1\.0\.0\/downloads\/app\.tgz$/);
    fake!.reset();
    const again = json(await cli(['--files', 'out/app.tgz,out/notes.txt']));
    expect(again.result).toBe('unchanged');
    expect(fake!.writes()).toEqual([]);
  });

  it('one changed file: exactly one PUT, the link stays; duplicates forbidden: a clear error and the release untouched', async () => {
    await start();
    write('app.tgz', 'app v1');
    json(await cli(['--files', 'out/app.tgz', '--checksums=false']));
    write('app.tgz', 'app v1, rebuilt');
    fake!.reset();
    const out = json(await cli(['--files', 'out/app.tgz', '--checksums=false']));
    expect(out.result).toBe('updated');
    expect(fake!.writes().map((w) => w.method)).toEqual(['PUT']);
    expect(fake!.state.packages.rows('p', '1.0.0', 'app.tgz')).toHaveLength(2);

    fake!.state.packages.duplicatesAllowed = false;
    write('app.tgz', 'app v1, rebuilt again');
    const refused = await cli(['--files', 'out/app.tgz', '--checksums=false', '--name', 'Renamed']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/E_PACKAGE_DUPLICATE/);
    expect(refused.stderr).toMatch(/app\.tgz changed/);
    expect(refused.stderr).toMatch(/new package version/);
    expect(refused.stderr).toMatch(/allow duplicates/);
    expect(fake!.state.release('v1.0.0')!.name).not.toBe('Renamed');
  });

  it('a package someone made hidden is found: the same file is not sent again, a changed one once, and it stays hidden', async () => {
    await start();
    write('app.tgz', 'hidden v1');
    const hidden = fake!.state.packages.findOrCreate('p', '1.0.0', 'hidden');
    fake!.state.packages.addFile(hidden, 'app.tgz', Buffer.from('hidden v1'));
    const out = json(await cli(['--files', 'out/app.tgz', '--checksums=false']));
    expect(out.result).toBe('created');
    expect(puts()).toEqual([]);
    expect(out.assets[0]).toMatchObject({ name: 'app.tgz', sha256: sha('hidden v1') });

    write('app.tgz', 'hidden v2');
    fake!.reset();
    json(await cli(['--files', 'out/app.tgz', '--checksums=false']));
    expect(puts()).toHaveLength(1);
    expect(fake!.state.packages.rows('p', '1.0.0', 'app.tgz')).toHaveLength(2);
    expect(hidden.status).toBe('hidden');
  });

  it('an upload applied then answered 502 is listed again, never sent twice', async () => {
    await start();
    write('app.tgz', 'app v2');
    fake!.faults.add({ method: 'PUT', path: /packages\/generic/, applyThen: { status: 502 } });
    const out = json(await cli(['--files', 'out/app.tgz', '--checksums=false']));
    expect(out.result).toBe('created');
    expect(puts()).toHaveLength(1);
    expect(fake!.state.packages.rows('p', '1.0.0', 'app.tgz')).toHaveLength(1);
  });

  it('a reset once the body arrived (not stored) is listed again and uploaded once more: one row', async () => {
    await start();
    write('app.tgz', 'app v3');
    fake!.faults.add({ method: 'PUT', path: /packages\/generic/, reset: true });
    const out = json(await cli(['--files', 'out/app.tgz', '--checksums=false']));
    expect(out.result).toBe('created');
    expect(fake!.state.packages.rows('p', '1.0.0', 'app.tgz')).toHaveLength(1);
  });

  it('a reset in the middle of the body is listed again and the whole file sent once more: one row, every byte', async () => {
    await start();
    const big = Buffer.alloc(6 * 1024 * 1024, 'x');
    big.write('the last megabytes differ', big.length - 100);
    writeFileSync(join(repo.dir, 'out', 'big.bin'), big);
    fake!.faults.add({ method: 'PUT', path: /packages\/generic/, resetAfterBytes: 1024 * 1024 });
    const out = json(await cli(['--files', 'out/big.bin', '--checksums=false']));
    expect(out.result).toBe('created');
    const rows = fake!.state.packages.rows('p', '1.0.0', 'big.bin');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.file_sha256).toBe(createHash('sha256').update(big).digest('hex'));
    // The cut attempt arrived with part of the body only; the package list was read before the second.
    const seen = fake!.requests.map((r) => `${r.method} ${r.path.replace(/^.*\/projects\/[^/]+/, '')}`);
    const [cut, again] = seen.flatMap((line, i) => (line === 'PUT /packages/generic/p/1.0.0/big.bin' ? [i] : []));
    expect(String(fake!.requests[cut!]!.body).length).toBeLessThan(big.length);
    expect(again).toBeDefined();
    expect(seen.slice(cut! + 1, again).some((line) => line.startsWith('GET /packages'))).toBe(true);
  });

  it('works with a job token (JOB-TOKEN header) and under a relative URL root', async () => {
    await start({ urlRoot: '/gitlab' });
    write('app.tgz', 'app v4');
    const out = json(await cli(['--files', 'out/app.tgz', '--checksums=false', '--package-name', 'tool'], { CI_JOB_TOKEN: JOB_TOKEN }));
    expect(puts()[0]!.headers['job-token']).toBe(JOB_TOKEN);
    expect(puts()[0]!.headers.authorization).toBeUndefined();
    expect(out.assets[0].url).toBe(`${fake!.url}/api/v4/projects/g%2Fp/packages/generic/tool/1.0.0/app.tgz`);
    expect(new URL(out.assets[0].url).pathname.startsWith('/gitlab/api/v4/')).toBe(true);
  });

  it('dry run: PUT lines with size and sha256, = for files GitLab holds, GETs only', async () => {
    await start();
    write('app.tgz', 'app v5');
    write('notes.txt', 'same notes');
    json(await cli(['--files', 'out/notes.txt', '--checksums=false']));
    fake!.reset();
    const dry = await cli(['--files', 'out/app.tgz,out/notes.txt', '--checksums=false', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain(`+ PUT /api/v4/projects/g%2Fp/packages/generic/p/1.0.0/app.tgz  # 6 B, sha256 ${sha('app v5').slice(0, 12)}…`);
    expect(dry.stderr).toContain('= notes.txt (same sha256 on GitLab)');
    expect(fake!.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('an assets entry with "path" uploads one file and links it with its own name and type', async () => {
    await start();
    write('tool-linux.bin', 'tool');
    const assets = JSON.stringify([{ path: 'out/tool-*.bin', name: 'Tool (Linux)', link_type: 'image' }, { name: 'docs', url: 'https://docs.example.com' }]);
    const out = json(await cli(['--assets', assets, '--checksums=false']));
    expect(out.assets.map((a: any) => [a.name, a.linkType, a.url]).sort()).toEqual([
      ['Tool (Linux)', 'image', `${fake!.url}/api/v4/projects/g%2Fp/packages/generic/p/1.0.0/tool-linux.bin`],
      ['docs', 'other', 'https://docs.example.com'],
    ]);
    expect(fake!.state.packages.rows('p', '1.0.0', 'tool-linux.bin')).toHaveLength(1);
    write('tool-mac.bin', 'tool');
    const two = await cli(['--assets', assets]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/matches 2 files/);
  });

  it('bad input fails with exit 2 before any request', async () => {
    await start();
    write('a b.txt', 'x');
    writeFileSync(join(repo.dir, 'out', 'nested', 'notes.txt'), 'other');
    write('notes.txt', 'one');
    const cases: [string[], RegExp][] = [
      [['--files', 'out/*.zip'], /"out\/\*\.zip" matches no file/],
      [['--files', 'out/a b.txt'], /file name "a b\.txt" is refused/],
      [['--files', 'out/notes.txt,out/nested/notes.txt'], /have the same file name notes\.txt/],
      [['--files', 'out/nested'], /matches the directory out\/nested/],
      [['--files', 'out/notes.txt', '--package-name', 'a/b'], /--package-name: "a\/b" is refused/],
      [['--files', 'out/notes.txt', '--package-version', '..1'], /--package-version/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
    }
    expect(fake!.requests).toEqual([]);
  });
});
