/** Conformance of the fake GitLab, §7 C (update a release) and D (delete a release). */
import { describe, expect, it } from 'vitest';
import { call, DEV, JOB, MAINT, OUT, P, REP, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
const put = (tag: string, json: unknown, token: string | null = DEV) => call(s.fake, 'PUT', `${P}/releases/${encodeURIComponent(tag)}`, { token: token ?? undefined, json });
const del = (tag: string, token: string = DEV) => call(s.fake, 'DELETE', `${P}/releases/${encodeURIComponent(tag)}`, { token });
const titles = (body: { milestones?: { title: string }[] }) => body.milestones?.map((m) => m.title);
const released = new Date('2024-05-01T12:00:00Z');

describe('§7 C: update', () => {
  it('C46 partial update changes only what was sent', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', name: 'Orig', released_at: released });
    const { status, body } = await put('v0.1', { description: 'Best release ever!' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'Orig', tag_name: 'v0.1', description: 'Best release ever!', released_at: released.toISOString() });
  });

  it('C47 empty update → 400 params is empty', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await put('v0.1', {})).toMatchObject({ status: 400, body: { message: 'params is empty' } });
  });

  it('C48 only undeclared fields (sha, assets, tag_message, ref) → 400 params is empty', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    for (const json of [{ sha: 'xxx' }, { assets: { links: [{ name: 'a', url: 'https://example.com/a' }] } }, { tag_message: 'm', ref: 'main' }]) {
      expect(await put('v0.1', json)).toMatchObject({ status: 400, body: { message: 'params is empty' } });
    }
  });

  it('C49 tag without a release → 403 (not 404), for PUT and DELETE', async () => {
    expect(await put('v0.1', { name: 'x' }, MAINT)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(await del('v0.1', MAINT)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('C50 git tag deleted under an existing release → 404 Tag does not exist', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    s.fake.state.deleteTag('v0.1');
    expect(await put('v0.1', { name: 'x' })).toMatchObject({ status: 404, body: { message: 'Tag does not exist' } });
  });

  it('C51 milestones: [] clears them (the key disappears)', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', milestones: ['v1.0'] });
    const { status, body } = await put('v0.1', { milestones: [] });
    expect(status).toBe(200);
    expect(body).not.toHaveProperty('milestones');
    expect(s.fake.state.release('v0.1')!.milestones).toEqual([]);
  });

  it('C52 an update without milestones keeps them', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', milestones: ['v1.0'] });
    expect(titles((await put('v0.1', { name: 'x' })).body)).toEqual(['v1.0']);
  });

  it('C53 milestones replace the set, by title or by id', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', milestones: ['v1.0'] });
    expect(titles((await put('v0.1', { milestones: ['v2.0'] })).body)).toEqual(['v2.0']);
    expect(titles((await put('v0.1', { milestones: ['v1.0', 'm2'] })).body)).toEqual(['m2', 'v1.0']);
    expect(titles((await put('v0.1', { milestone_ids: [2] })).body)).toEqual(['v2.0']);
    expect(titles((await put('v0.1', { milestone_ids: '1,3' })).body)).toEqual(['m2', 'v1.0']);
  });

  it('C54 unknown milestone on update → 400; the release is unchanged', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', name: 'Orig', milestones: ['v1.0'] });
    expect(await put('v0.1', { name: 'New', milestones: ['nope'] })).toMatchObject({ status: 400, body: { message: 'Milestone(s) not found: nope' } });
    expect(await put('v0.1', { milestone_ids: [77] })).toMatchObject({ status: 400, body: { message: 'Milestone id(s) not found: 77' } });
    expect(s.fake.state.release('v0.1')).toMatchObject({ name: 'Orig', milestones: [expect.objectContaining({ title: 'v1.0' })] });
  });

  it('C55 released_at update is echoed and upcoming_release recomputed', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect((await put('v0.1', { released_at: '2015-10-10T05:00:00Z' })).body).toMatchObject({ released_at: '2015-10-10T05:00:00.000Z', upcoming_release: false });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await put('v0.1', { released_at: future })).body.upcoming_release).toBe(true);
    expect((await put('v0.1', { released_at: 'later' })).body).toEqual({ error: 'released_at is invalid' });
  });

  it('C56 validation error on update is a hash, not a string', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', description: 'short' });
    const { status, body } = await put('v0.1', { description: 'x'.repeat(1_000_001) });
    expect(status).toBe(400);
    expect(body).toEqual({ message: { description: ['is too long (maximum is 1000000 characters)'] } });
    expect(s.fake.state.release('v0.1')!.description).toBe('short');
  });

  it('C57 protected tag on update: generic 403 for DEV; developers_can_create → 200', async () => {
    await s.restart({ protectedTags: [{ pattern: '*', developersCanCreate: false }] });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await put('v0.1', { name: 'x' })).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect((await put('v0.1', { name: 'x' }, MAINT)).status).toBe(200);
    expect((await call(s.fake, 'GET', `${P}/releases/v0.1`, { token: DEV })).body._links).not.toHaveProperty('edit_url');
    await s.restart({ protectedTags: [{ pattern: 'v*', developersCanCreate: true }] });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect((await put('v0.1', { name: 'x' })).status).toBe(200);
  });

  it('C58 reporter → 403; outsider: private → 404 Project Not Found, public → 403', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await put('v0.1', { name: 'x' }, REP)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(await put('v0.1', { name: 'x' }, OUT)).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    await s.restart({ visibility: 'public' });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await put('v0.1', { name: 'x' }, OUT)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(await put('v0.1', { name: 'x' }, null)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('C59 PUT never touches links', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'a', url: 'https://example.com/a', link_type: 'package' }] });
    const before = structuredClone(s.fake.state.release('v0.1')!.links);
    const { status, body } = await put('v0.1', { name: 'x', assets: { links: [{ name: 'b', url: 'https://example.com/b' }] } });
    expect(status).toBe(200);
    expect(body.assets.links.map((l: { name: string }) => l.name)).toEqual(['a']);
    expect(s.fake.state.release('v0.1')!.links).toEqual(before);
  });
});

describe('§7 D: delete', () => {
  it('D60 MAINT or DEV (or a job token) delete → 200 with the release; the tag stays; GET → 404', async () => {
    for (const [tag, headers] of [['v0.1', { 'PRIVATE-TOKEN': MAINT }], ['v0.2', { 'PRIVATE-TOKEN': DEV }], ['v0.2', { 'JOB-TOKEN': JOB }]] as const) {
      s.fake.state.createRelease({ tag, name: `R ${tag}`, links: [{ name: 'a', url: 'https://example.com/a' }] });
      const { status, body } = await call(s.fake, 'DELETE', `${P}/releases/${tag}`, { headers });
      expect(status).toBe(200);
      expect(body).toMatchObject({ tag_name: tag, name: `R ${tag}`, assets: { links: [expect.objectContaining({ name: 'a' })] } });
      expect(s.fake.state.tags().has(tag)).toBe(true);
      expect((await call(s.fake, 'GET', `${P}/releases/${tag}`, { token: DEV })).status).toBe(404);
    }
  });

  it('D61 delete under a protected tag: DEV → 403; developers_can_create → 200', async () => {
    await s.restart({ protectedTags: [{ pattern: 'v*', developersCanCreate: false }] });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await del('v0.1')).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    await s.restart({ protectedTags: [{ pattern: 'v*', developersCanCreate: true }] });
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect((await del('v0.1')).status).toBe(200);
  });

  it('D62 delete a release that does not exist → 403 Forbidden', async () => {
    expect(await del('nope', MAINT)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(await del('v0.1', REP)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });
});
