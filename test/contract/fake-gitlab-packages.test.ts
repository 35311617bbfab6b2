/** Conformance of the fake GitLab's generic package registry (generic-packages.md §2-4). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEV, JOB, P, REP, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
const GENERIC = `${P}/packages/generic`;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function put(path: string, body: string, headers: Record<string, string> = { 'PRIVATE-TOKEN': DEV }) {
  const response = await fetch(`${s.fake.url}${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream', ...headers }, body });
  return { status: response.status, body: await response.json() };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const get = async (path: string, token = DEV): Promise<any> => (await fetch(`${s.fake.url}${path}`, { headers: { 'PRIVATE-TOKEN': token } })).json();

describe('generic packages: PUT', () => {
  it('201 {"message":"201 Created"}; with select=package_file 200 and the file record with file_sha256', async () => {
    expect(await put(`${GENERIC}/app/1.0.0/a.bin`, 'one')).toEqual({ status: 201, body: { message: '201 Created' } });
    const selected = await put(`${GENERIC}/app/1.0.0/b.bin?select=package_file`, 'two');
    expect(selected.status).toBe(200);
    expect(selected.body).toMatchObject({ file_name: 'b.bin', size: 3, file_sha256: sha('two') });
    expect((await put(`${GENERIC}/app/1.0.0/c.bin?select=other`, 'x')).body).toEqual({ error: 'select does not have a valid value' });
  });

  it('a second PUT of a name adds a row (duplicates allowed by default); the download serves the newest', async () => {
    await put(`${GENERIC}/app/1.0.0/a.bin`, 'old');
    await put(`${GENERIC}/app/1.0.0/a.bin`, 'new');
    expect(s.fake.state.packages.rows('app', '1.0.0', 'a.bin').map((r) => r.file_sha256)).toEqual([sha('old'), sha('new')]);
    const download = await fetch(`${s.fake.url}${GENERIC}/app/1.0.0/a.bin`, { headers: { 'PRIVATE-TOKEN': DEV } });
    expect(await download.text()).toBe('new');
  });

  it('duplicates forbidden: 400 Duplicate package is not allowed, and no row is added', async () => {
    await s.restart({ packages: { duplicatesAllowed: false } });
    await put(`${GENERIC}/app/1.0.0/a.bin`, 'old');
    expect(await put(`${GENERIC}/app/1.0.0/a.bin`, 'new')).toEqual({ status: 400, body: { message: '400 Bad request - Duplicate package is not allowed' } });
    expect(s.fake.state.packages.rows('app', '1.0.0', 'a.bin')).toHaveLength(1);
  });

  it('names the registry refuses: 400 with the parameter; a file over the size limit: 400 File is too large', async () => {
    expect((await put(`${GENERIC}/app/1.0.0/a%20b.bin`, 'x')).body).toEqual({ error: 'file_name is invalid' });
    expect((await put(`${GENERIC}/app/1.0.0/~a.bin`, 'x')).body).toEqual({ error: 'file_name is invalid' });
    expect((await put(`${GENERIC}/a@b/1.0.0/a.bin`, 'x')).body).toEqual({ error: 'package_name is invalid' });
    expect((await put(`${GENERIC}/app/..1.0/a.bin`, 'x')).body).toEqual({ error: 'package_version is invalid' });
    await s.restart({ packages: { maxFileSize: 4 } });
    expect(await put(`${GENERIC}/app/1.0.0/a.bin`, 'too big')).toEqual({ status: 400, body: { message: '400 Bad request - File is too large' } });
  });

  it('job token in JOB-TOKEN works; Basic with a job token does not (the upload route has no basic_auth); anonymous 401; reporter 403', async () => {
    expect((await put(`${GENERIC}/app/1.0.0/a.bin`, 'x', { 'JOB-TOKEN': JOB })).status).toBe(201);
    const basic = `Basic ${Buffer.from(`gitlab-ci-token:${JOB}`).toString('base64')}`;
    expect((await put(`${GENERIC}/app/1.0.0/a.bin`, 'x', { Authorization: basic })).status).toBe(401);
    expect((await put(`${GENERIC}/app/1.0.0/a.bin`, 'x', {})).status).toBe(401);
    expect((await put(`${GENERIC}/app/1.0.0/a.bin`, 'x', { 'PRIVATE-TOKEN': REP })).status).toBe(403);
  });
});

describe('generic packages: lists', () => {
  it('the name filter is fuzzy, the version filter ignored (older servers), hidden packages only with status=hidden', async () => {
    await put(`${GENERIC}/app/1.0.0/a.bin`, 'x');
    await put(`${GENERIC}/app/2.0.0/a.bin`, 'x');
    await put(`${GENERIC}/my-app-extra/1.0.0/a.bin`, 'x');
    await put(`${GENERIC}/secret/1.0.0/a.bin?status=hidden`, 'x');
    const names = (body: { name: string; version: string }[]) => body.map((p) => `${p.name}@${p.version}`);
    expect(names(await get(`${P}/packages?package_type=generic&package_name=app&package_version=1.0.0`))).toEqual(['app@1.0.0', 'app@2.0.0', 'my-app-extra@1.0.0']);
    expect(names(await get(`${P}/packages?package_name=secret`))).toEqual([]);
    expect(names(await get(`${P}/packages?package_name=secret&status=hidden`))).toEqual(['secret@1.0.0']);
  });

  it('a PUT without status into a hidden package leaves it hidden; one with status changes it', async () => {
    await put(`${GENERIC}/secret/1.0.0/a.bin?status=hidden`, 'x');
    await put(`${GENERIC}/secret/1.0.0/b.bin`, 'y');
    expect(await get(`${P}/packages?package_name=secret`)).toEqual([]);
    await put(`${GENERIC}/secret/1.0.0/c.bin?status=default`, 'z');
    expect((await get(`${P}/packages?package_name=secret`)).map((p: { status: string }) => p.status)).toEqual(['default']);
  });

  it('package_files lists every row with file_sha256, oldest first', async () => {
    await put(`${GENERIC}/app/1.0.0/a.bin`, 'one');
    await put(`${GENERIC}/app/1.0.0/a.bin`, 'two');
    const [pkg] = await get(`${P}/packages?package_name=app`);
    const files = await get(`${P}/packages/${pkg.id}/package_files`);
    expect(files.map((f: { file_name: string; file_sha256: string }) => [f.file_name, f.file_sha256])).toEqual([['a.bin', sha('one')], ['a.bin', sha('two')]]);
  });
});
