/** Conformance of the fake GitLab, §7 E (Release Links API). */
import { beforeEach, describe, expect, it } from 'vitest';
import { call, DEV, JOB, OUT, P, REP, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
const LINKS = `${P}/releases/v0.1/assets/links`;
const request = (method: string, path: string, json?: unknown, token: string | null = DEV) => call(s.fake, method, path, { token: token ?? undefined, json });
const APP = { name: 'awesome-app.dmg', url: 'https://example.com/download/awesome-app.dmg', direct_asset_path: '/binaries/awesome-app.dmg' };

beforeEach(() => {
  s.fake.state.createRelease({ tag: 'v0.1' });
});

describe('§7 E: release links', () => {
  it('E63 list is newest first and paginated', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    s.fake.state.addLink('v0.1', { name: 'older', url: 'https://example.com/older', created_at: daysAgo(2) });
    s.fake.state.addLink('v0.1', { name: 'newer', url: 'https://example.com/newer', created_at: daysAgo(1) });
    const all = await request('GET', LINKS);
    expect(all.body.map((l: { name: string }) => l.name)).toEqual(['newer', 'older']);
    expect([all.headers.get('x-total'), all.headers.get('x-total-pages'), all.headers.get('x-per-page')]).toEqual(['2', '1', '20']);
    const second = await request('GET', `${LINKS}?per_page=1&page=2`);
    expect(second.body.map((l: { name: string }) => l.name)).toEqual(['older']);
    expect(second.headers.get('link')).toContain(`<${s.fake.url}${LINKS}?id=24&page=1&per_page=1&tag_name=v0.1>; rel="prev"`);
  });

  it('E64 create → 201 Link entity with link_type other', async () => {
    const { status, body } = await request('POST', LINKS, APP);
    expect(status).toBe(201);
    expect(body).toEqual({
      id: expect.any(Number), name: APP.name, url: APP.url,
      direct_asset_url: `${s.fake.webUrl}/-/releases/v0.1/downloads/binaries/awesome-app.dmg`, link_type: 'other',
    });
    expect(s.fake.state.release('v0.1')!.links[0]).toMatchObject({ filepath: '/binaries/awesome-app.dmg' });
    const viaJob = await call(s.fake, 'POST', LINKS, { headers: { 'JOB-TOKEN': JOB }, json: { name: 'j', url: 'https://example.com/j' } });
    expect(viaJob.status).toBe(201);
  });

  it('E65 duplicate name and url → array of messages; only the name → one message', async () => {
    s.fake.state.addLink('v0.1', { name: APP.name, url: APP.url });
    expect(await request('POST', LINKS, { name: APP.name, url: APP.url })).toMatchObject({ status: 400, body: { message: ['Name has already been taken', 'Url has already been taken'] } });
    expect(await request('POST', LINKS, { name: APP.name, url: 'https://example.com/other' })).toMatchObject({ status: 400, body: { message: ['Name has already been taken'] } });
  });

  it('E66 duplicate direct_asset_path → ["Filepath has already been taken"]', async () => {
    s.fake.state.addLink('v0.1', { name: 'first', url: 'https://example.com/first', filepath: APP.direct_asset_path });
    expect(await request('POST', LINKS, APP)).toMatchObject({ status: 400, body: { message: ['Filepath has already been taken'] } });
  });

  it('E67 empty name → ["Name can\'t be blank"]; empty url → both url messages', async () => {
    expect(await request('POST', LINKS, { ...APP, name: '' })).toMatchObject({ status: 400, body: { message: ["Name can't be blank"] } });
    expect(await request('POST', LINKS, { name: 'x', url: '' })).toMatchObject({ status: 400, body: { message: ["Url can't be blank", 'Url must be a valid URL'] } });
  });

  it('E68 bad url → ["Url is blocked: Only allowed schemes are http, https, ftp"]', async () => {
    expect(await request('POST', LINKS, { name: 'x', url: 'wrong_url' })).toMatchObject({ status: 400, body: { message: ['Url is blocked: Only allowed schemes are http, https, ftp'] } });
    expect(await request('POST', LINKS, { name: 'x', url: 'https://exa mple.com/x' })).toMatchObject({ status: 400, body: { message: ['Url is blocked: URI is invalid'] } });
    expect((await request('POST', LINKS, { name: 'x', url: '  https://localhost:8080/x ' })).body.url).toBe('https://localhost:8080/x');
  });

  it('E69 bad link_type (also "") → 400 {"error":"link_type does not have a valid value"}', async () => {
    for (const link_type of ['binary', '']) {
      expect(await request('POST', LINKS, { ...APP, link_type })).toMatchObject({ status: 400, body: { error: 'link_type does not have a valid value' } });
    }
    expect((await request('POST', LINKS, { ...APP, link_type: 'image' })).body.link_type).toBe('image');
  });

  it('E70 direct_asset_path of 129 characters → too long; 128 accepted; the format rules of §4.2', async () => {
    expect(await request('POST', LINKS, { ...APP, direct_asset_path: `/${'a'.repeat(128)}` })).toMatchObject({ status: 400, body: { message: ['Filepath is too long (maximum is 128 characters)'] } });
    expect((await request('POST', LINKS, { ...APP, direct_asset_path: `/${'a'.repeat(127)}` })).status).toBe(201);
    for (const [path, ok] of [['/example.com/path/to/file.exe', true], ['/sub_tr__ee.ex..ample-2--1/v99.com', true], ['//x', false], ['/a//b', false], ['/x.dmg-', false], ['/x.dmg.', false], ['/x.dmg_', false], ['/dir/é.txt', false], ['/a?b.txt', false]] as const) {
      const { status } = await request('POST', LINKS, { name: path, url: `https://example.com${encodeURI(path)}`, direct_asset_path: path });
      expect([path, status]).toEqual([path, ok ? 201 : 400]);
    }
  });

  it('E71 unknown release → 404 {"message":"404 Not found"} (lowercase f)', async () => {
    expect(await request('POST', `${P}/releases/nope/assets/links`, APP)).toMatchObject({ status: 404, body: { message: '404 Not found' } });
    expect(await request('GET', `${P}/releases/nope/assets/links`)).toMatchObject({ status: 404, body: { message: '404 Not found' } });
  });

  it('E72 update needs name or url → 400 at_least_one_of', async () => {
    const { id } = s.fake.state.addLink('v0.1', { name: 'a', url: 'https://example.com/a' });
    expect(await request('PUT', `${LINKS}/${id}`, { link_type: 'package' })).toMatchObject({ status: 400, body: { error: 'name, url are missing, at least one parameter must be provided' } });
  });

  it('E73 an update without link_type resets it to other', async () => {
    const { id } = s.fake.state.addLink('v0.1', { name: 'a', url: 'https://example.com/a', link_type: 'package' });
    const { status, body } = await request('PUT', `${LINKS}/${id}`, { name: 'x' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'x', link_type: 'other' });
    expect((await request('PUT', `${LINKS}/${id}`, { name: 'y', link_type: 'runbook' })).body.link_type).toBe('runbook');
  });

  it('E74 update path: new direct_asset_url, url unchanged; null clears the path; "" is invalid', async () => {
    const { id } = s.fake.state.addLink('v0.1', { name: 'a', url: 'https://example.com/a', filepath: '/binaries/old' });
    const moved = await request('PUT', `${LINKS}/${id}`, { name: 'awesome-app.msi', direct_asset_path: '/binaries/awesome-app.msi' });
    expect(moved.body.direct_asset_url).toBe(`${s.fake.webUrl}/-/releases/v0.1/downloads/binaries/awesome-app.msi`);
    expect(moved.body.url).toBe('https://example.com/a');
    expect((await request('PUT', `${LINKS}/${id}`, { name: 'b' })).body.direct_asset_url).toMatch(/\/downloads\/binaries\/awesome-app\.msi$/);
    const cleared = await request('PUT', `${LINKS}/${id}`, { name: 'b', direct_asset_path: null });
    expect(cleared.body.direct_asset_url).toBe('https://example.com/a');
    expect(s.fake.state.release('v0.1')!.links[0]!.filepath).toBeNull();
    expect(await request('PUT', `${LINKS}/${id}`, { name: 'b', direct_asset_path: '' })).toMatchObject({ status: 400, body: { message: ['Filepath is in an invalid format'] } });
  });

  it('E75 unknown link → 404 Not found; a non-integer id → 400 link_id is invalid', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect(await request(method, `${LINKS}/999999`, method === 'PUT' ? { name: 'x' } : undefined)).toMatchObject({ status: 404, body: { message: '404 Not found' } });
    }
    expect(await request('GET', `${LINKS}/abc`)).toMatchObject({ status: 400, body: { error: 'link_id is invalid' } });
  });

  it('E76 delete → 200 with the deleted link; assets.count drops by one', async () => {
    const { id } = s.fake.state.addLink('v0.1', { name: 'a', url: 'https://example.com/a' });
    s.fake.state.addLink('v0.1', { name: 'b', url: 'https://example.com/b' });
    expect((await request('GET', `${P}/releases/v0.1`)).body.assets.count).toBe(6);
    expect(await request('DELETE', `${LINKS}/${id}`)).toMatchObject({ status: 200, body: { id, name: 'a', url: 'https://example.com/a' } });
    expect((await request('GET', `${P}/releases/v0.1`)).body.assets.count).toBe(5);
  });

  it('E77 permissions: reporter and protected tags → 403, outsider → 404 private / 403 public; params are checked first', async () => {
    const { id } = s.fake.state.addLink('v0.1', { name: 'a', url: 'https://example.com/a' });
    const writes = (token: string | null) => [
      request('POST', LINKS, APP, token), request('PUT', `${LINKS}/${id}`, { name: 'x' }, token), request('DELETE', `${LINKS}/${id}`, undefined, token),
    ];
    for (const answer of await Promise.all(writes(REP))) expect(answer).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    for (const answer of await Promise.all(writes(OUT))) expect(answer).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    expect(await request('POST', LINKS, { name: 'no-url' }, OUT)).toMatchObject({ status: 400, body: { error: 'url is missing' } });
    await s.restart({ protectedTags: [{ pattern: 'v*', developersCanCreate: false }] });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await request('POST', LINKS, APP)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    await s.restart({ visibility: 'public' });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await request('POST', LINKS, APP, OUT)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect((await request('GET', LINKS, undefined, OUT)).status).toBe(200);
  });

  it('E78 a link without a path: direct_asset_url == url', async () => {
    const { body } = await request('POST', LINKS, { name: 'plain', url: 'https://example.com/plain' });
    expect(body.direct_asset_url).toBe('https://example.com/plain');
  });
});
