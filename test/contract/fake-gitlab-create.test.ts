/**
 * Conformance of the fake GitLab, §7 A (create a release): one test per scenario of
 * shared/gitlab/releases-api-behaviour.md, driven over plain HTTP.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { call, DEV, FINISHED_JOB, JOB, MAINT, OUT, P, REP, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
/** `token: null` = anonymous. */
const post = (json: unknown, token: string | null = DEV, path = `${P}/releases`) => call(s.fake, 'POST', path, { token: token ?? undefined, json });
const link = (name: string, extra: Record<string, unknown> = {}) => ({ name, url: `https://example.com/${name}`, ...extra });
const tick = () => new Promise((done) => setTimeout(done, 20));

describe('§7 A: create release', () => {
  it('A1 existing tag, minimal body → 201 with defaults', async () => {
    const { status, body } = await post({ tag_name: 'v0.1' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ name: 'v0.1', tag_name: 'v0.1', description: null, upcoming_release: false, assets: { count: 4, links: [] } });
    expect(body.released_at).toBe(body.created_at);
    expect(body.commit.id).toBe(s.c1);
    expect(body.assets.sources.map((x: { format: string }) => x.format)).toEqual(['zip', 'tar.gz', 'tar.bz2', 'tar']);
    expect(body).not.toHaveProperty('milestones');
    expect(body).not.toHaveProperty('description_html');
  });

  it('A2 existing tag + ref → ref ignored, no tag created or moved', async () => {
    const before = s.fake.state.tags();
    const { status, body } = await post({ tag_name: 'v0.1', ref: 'main' });
    expect(status).toBe(201);
    expect(body.commit.id).toBe(s.c1);
    expect(s.fake.state.tags()).toEqual(before);
  });

  it('A3 existing tag + tag_message → the tag message is unchanged', async () => {
    expect((await post({ tag_name: 'v0.2', tag_message: 'Other' })).status).toBe(201);
    expect((await post({ tag_name: 'v0.1', tag_message: 'Other' })).status).toBe(201);
    expect(s.fake.state.tags().get('v0.2')).toMatchObject({ sha: s.c1, message: 'Second' });
    expect(s.fake.state.tags().get('v0.1')!.message).toBeUndefined();
  });

  it('A4 new tag without ref → 422 Ref is not specified; no release, no tag', async () => {
    const { status, body } = await post({ tag_name: 'v9' });
    expect(status).toBe(422);
    expect(body).toEqual({ message: 'Ref is not specified' });
    expect(s.fake.state.release('v9')).toBeUndefined();
    expect(s.fake.state.tags().has('v9')).toBe(false);
  });

  it('A5 new tag from ref → 201, tag created at C2 (in memory only, not in repoDir)', async () => {
    const { status, body } = await post({ tag_name: 'v4.0', ref: 'main' });
    expect(status).toBe(201);
    expect(body.commit.id).toBe(s.c2);
    expect(s.fake.state.tags().get('v4.0')).toMatchObject({ sha: s.c2 });
    expect(s.fake.state.tags().get('v4.0')!.message).toBeUndefined();
    expect(execFileSync('git', ['tag', '--list', 'v4.0'], { cwd: s.repo.dir, encoding: 'utf8' })).toBe('');
  });

  it('A6 annotated tag: tag_message (stripped) becomes the new tag\'s message', async () => {
    expect((await post({ tag_name: 'v4.0', ref: s.c2, tag_message: '  Annotated\n' })).status).toBe(201);
    expect(s.fake.state.tags().get('v4.0')).toMatchObject({ sha: s.c2, message: 'Annotated' });
    const tag = await call(s.fake, 'GET', `${P}/repository/tags/v4.0`, { token: DEV });
    expect(tag.body).toMatchObject({ name: 'v4.0', message: 'Annotated', commit: { id: s.c2 }, release: { tag_name: 'v4.0' } });
  });

  it('A7 duplicate release → 409 Release already exists; the release is unchanged', async () => {
    await post({ tag_name: 'v0.1', name: 'First' });
    const { status, body } = await post({ tag_name: 'v0.1', name: 'Second', description: 'x' });
    expect(status).toBe(409);
    expect(body).toEqual({ message: 'Release already exists' });
    expect(s.fake.state.release('v0.1')).toMatchObject({ name: 'First', description: null });
  });

  it('A8 invalid tag names (§4.3) → 400 Tag name invalid, no tag', async () => {
    for (const tag_name of ['HEAD', '', '-x', 'refs/heads/x', 'refs/remotes/x', 'a..b', 'a b', 'x.lock', 'x/', 'a@{b', 'x~1', '.hidden']) {
      const { status, body } = await post({ tag_name, ref: 'main' });
      expect([tag_name, status, body]).toEqual([tag_name, 400, { message: 'Tag name invalid' }]);
    }
    expect([...s.fake.state.tags().keys()].sort()).toEqual(['v0.1', 'v0.2']);
    expect((await post({ tag_name: 'release/v1.0+build.7', ref: 'main' })).status).toBe(201);
  });

  it('A9 missing tag_name → 400 {"error":"tag_name is missing"}', async () => {
    const { status, body } = await post({ name: 'x' });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'tag_name is missing' });
  });

  it('A10 unresolvable ref → 400 Target <ref> is invalid', async () => {
    const { status, body } = await post({ tag_name: 'v9', ref: 'no-such-branch' });
    expect(status).toBe(400);
    expect(body).toEqual({ message: 'Target no-such-branch is invalid' });
    expect(s.fake.state.tags().has('v9')).toBe(false);
  });

  it('A11 milestones by title, by id, and as a comma-separated form value', async () => {
    const byTitle = await post({ tag_name: 'v0.1', milestones: ['v1.0'] });
    expect(byTitle.status).toBe(201);
    expect(byTitle.body.milestones.map((m: { title: string }) => m.title)).toEqual(['v1.0']);
    expect(byTitle.body.milestones[0]).toMatchObject({ id: 1, iid: 1, project_id: 24, state: 'active', issue_stats: { total: 0, closed: 0 } });
    const byId = await post({ tag_name: 'v0.2', milestone_ids: [1] });
    expect(byId.body.milestones.map((m: { title: string }) => m.title)).toEqual(['v1.0']);
    const form = await call(s.fake, 'POST', `${P}/releases`, { token: DEV, form: 'tag_name=v3&ref=main&milestones=v2.0%2Cv1.0' });
    expect(form.status).toBe(201);
    expect(form.body.milestones.map((m: { title: string }) => m.title)).toEqual(['v1.0', 'v2.0']);
  });

  it('A12 unknown milestone title → 400 before the tag is created (no tag, no release)', async () => {
    const { status, body } = await post({ tag_name: 'v9', ref: 'main', milestones: ['xyz'] });
    expect(status).toBe(400);
    expect(body).toEqual({ message: 'Milestone(s) not found: xyz' });
    expect(s.fake.state.tags().has('v9')).toBe(false);
    expect(s.fake.state.releases()).toEqual([]);
  });

  it('A13 partially unknown titles → only the missing ones, ", "-joined, in request order', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', milestones: ['v9.9', 'v1.0', 'v111.0'] });
    expect(status).toBe(400);
    expect(body).toEqual({ message: 'Milestone(s) not found: v9.9, v111.0' });
  });

  it('A14 a milestone that is not the project\'s (another project; a group one on CE) → not found', async () => {
    // The fake hosts only g/p: any milestone outside it and its group is unknown, as in GitLab.
    expect((await post({ tag_name: 'v0.1', milestones: ['of-another-project'] })).body).toEqual({ message: 'Milestone(s) not found: of-another-project' });
    await s.restart({ groupMilestones: ['g-1.0'], edition: 'ce' });
    expect((await post({ tag_name: 'v0.1', milestones: ['g-1.0'] })).body).toEqual({ message: 'Milestone(s) not found: g-1.0' });
    await s.restart({ groupMilestones: ['g-1.0'], edition: 'ee' });
    const ee = await post({ tag_name: 'v0.1', milestones: ['g-1.0'] });
    expect(ee.status).toBe(201);
    expect(ee.body.milestones[0]).toMatchObject({ title: 'g-1.0', group_id: 10 });
    expect(ee.body.milestones[0]).not.toHaveProperty('project_id');
  });

  it('A15 unknown milestone id → 400 Milestone id(s) not found', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', milestone_ids: [999999] });
    expect(status).toBe(400);
    expect(body).toEqual({ message: 'Milestone id(s) not found: 999999' });
  });

  it('A16 milestones and milestone_ids together → 400 Grape mutual exclusion', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', milestones: ['v1.0'], milestone_ids: [1] });
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'milestones, milestone_ids Cannot specify milestones and milestone_ids at the same time' });
  });

  it('A17 empty milestones → 201 and no milestones key (null is coerced to [] too)', async () => {
    const empty = await post({ tag_name: 'v0.1', milestones: [] });
    expect(empty.status).toBe(201);
    expect(empty.body).not.toHaveProperty('milestones');
    const nil = await post({ tag_name: 'v0.2', milestones: null });
    expect(nil.status).toBe(201);
    expect(nil.body).not.toHaveProperty('milestones');
  });

  it('A18 past released_at → echoed, not upcoming, no evidence ever collected', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', released_at: '2019-03-20T10:00:00Z' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ released_at: '2019-03-20T10:00:00.000Z', upcoming_release: false, evidences: [] });
    await tick();
    expect(s.fake.state.release('v0.1')!.evidences).toEqual([]);
  });

  it('A19 future released_at → upcoming, no evidence collected', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const { body } = await post({ tag_name: 'v0.1', released_at: tomorrow });
    expect(body.upcoming_release).toBe(true);
    await tick();
    expect(s.fake.state.release('v0.1')!.evidences).toEqual([]);
    expect((await call(s.fake, 'GET', `${P}/releases/v0.1`, { token: DEV })).body.evidences).toEqual([]);
  });

  it('A20 time zones: no zone is UTC, an offset is converted to UTC', async () => {
    expect((await post({ tag_name: 'v0.1', released_at: '2019-03-25 10:00:00' })).body.released_at).toBe('2019-03-25T10:00:00.000Z');
    expect((await post({ tag_name: 'v0.2', released_at: '2019-03-25T10:00:00+09:00' })).body.released_at).toBe('2019-03-25T01:00:00.000Z');
  });

  it('A21 bad date → 400 {"error":"released_at is invalid"}', async () => {
    for (const released_at of ['yesterday-ish', '2019-02-30T10:00:00Z', 12]) {
      const { status, body } = await post({ tag_name: 'v0.1', released_at });
      expect([status, body]).toEqual([400, { error: 'released_at is invalid' }]);
    }
  });

  it('A22 links on create → newest first, link_type as sent (default other), count 6', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', assets: { links: [link('alpha'), link('beta', { link_type: 'package' })] } });
    expect(status).toBe(201);
    expect(body.assets.count).toBe(6);
    expect(body.assets.links.map((l: { name: string; link_type: string }) => [l.name, l.link_type])).toEqual([['beta', 'package'], ['alpha', 'other']]);
    expect(Object.keys(body.assets.links[0])).toEqual(['id', 'name', 'url', 'direct_asset_url', 'link_type']);
  });

  it('A23 duplicate link names in one request → 400 Validation failed: Links have duplicate values (alpha)', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', assets: { links: [link('alpha'), link('alpha', { url: 'https://example.com/other' })] } });
    expect(status).toBe(400);
    expect(body.message).toMatch(/^Validation failed: Links have duplicate values \(alpha\) for #<Release:0x[0-9a-f]+> scope$/);
    expect(s.fake.state.release('v0.1')).toBeUndefined();
  });

  it('A24 a failed save after tag creation leaves the tag; the retry uses it', async () => {
    const failed = await post({ tag_name: 'v5', ref: 'main', assets: { links: [link('dup'), link('dup')] } });
    expect(failed.status).toBe(400);
    expect(s.fake.state.tags().get('v5')).toMatchObject({ sha: s.c2 });
    expect(s.fake.state.release('v5')).toBeUndefined();
    const retry = await post({ tag_name: 'v5', ref: s.c1, assets: { links: [link('dup')] } });
    expect(retry.status).toBe(201);
    expect(retry.body.commit.id).toBe(s.c2);
  });

  it('A25 bad link URL scheme → 400 Validation failed: Links url is blocked; ftp is accepted', async () => {
    const bad = await post({ tag_name: 'v0.1', assets: { links: [{ name: 't', url: 'torrent://x/y' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ message: 'Validation failed: Links url is blocked: Only allowed schemes are http, https, ftp' });
    expect((await post({ tag_name: 'v0.1', assets: { links: [{ name: 'f', url: 'ftp://example.com/f' }] } })).status).toBe(201);
  });

  it('A26 direct asset path → direct_asset_url under /-/releases/<tag>/downloads/; filepath alias; direct_asset_path wins', async () => {
    const { body } = await post({ tag_name: 'v0.1', assets: { links: [
      link('a', { direct_asset_path: '/bin/app' }), link('b', { filepath: '/bin/old' }), link('c', { direct_asset_path: '/bin/new', filepath: '/bin/ignored' }),
    ] } });
    const urls = Object.fromEntries(body.assets.links.map((l: { name: string; direct_asset_url: string }) => [l.name, l.direct_asset_url]));
    expect(urls).toEqual({
      a: `${s.fake.webUrl}/-/releases/v0.1/downloads/bin/app`, b: `${s.fake.webUrl}/-/releases/v0.1/downloads/bin/old`, c: `${s.fake.webUrl}/-/releases/v0.1/downloads/bin/new`,
    });
    expect(s.fake.state.release('v0.1')!.links.map((l) => l.filepath)).toEqual(['/bin/app', '/bin/old', '/bin/new']);
  });

  it('A27 bad direct asset path → 400 Validation failed: Links filepath is in an invalid format', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', assets: { links: [link('a', { direct_asset_path: 'bin/app' })] } });
    expect(status).toBe(400);
    expect(body).toEqual({ message: 'Validation failed: Links filepath is in an invalid format' });
  });

  it('A28 invalid link_type on create-release → 400 \'foo\' is not a valid link_type (no Grape enum here)', async () => {
    const { status, body } = await post({ tag_name: 'v0.1', assets: { links: [link('a', { link_type: 'foo' })] } });
    expect(status).toBe(400);
    expect(body).toEqual({ message: "'foo' is not a valid link_type" });
  });

  it('A29 description limit: 1,000,001 characters → 400; exactly 1,000,000 accepted', async () => {
    const tooLong = await post({ tag_name: 'v0.1', description: 'x'.repeat(1_000_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toEqual({ message: 'Validation failed: Description is too long (maximum is 1000000 characters)' });
    expect((await post({ tag_name: 'v0.1', description: 'x'.repeat(1_000_000) })).status).toBe(201);
  });

  it('A30 reporter → 403 {"message":"403 Forbidden"}', async () => {
    const { status, body } = await post({ tag_name: 'v0.1' }, REP);
    expect(status).toBe(403);
    expect(body).toEqual({ message: '403 Forbidden' });
  });

  it('A31 protected tag: DEV gets the protected-tag message even before 409; MAINT and developers_can_create pass', async () => {
    await s.restart({ protectedTags: [{ pattern: '*', developersCanCreate: false }] });
    const protectedMessage = { message: 'You are not allowed to create this tag as it is protected.' };
    expect(await post({ tag_name: 'v0.1' })).toMatchObject({ status: 403, body: protectedMessage });
    expect((await post({ tag_name: 'v0.1' }, MAINT)).status).toBe(201);
    expect(await post({ tag_name: 'v0.1' })).toMatchObject({ status: 403, body: protectedMessage });
    await s.restart({ protectedTags: [{ pattern: 'v*', developersCanCreate: false }, { pattern: '*', developersCanCreate: true }] });
    expect((await post({ tag_name: 'v0.1' })).status).toBe(201);
  });

  it('A32 outsider: private → 404 Project Not Found; public → 403 Forbidden', async () => {
    expect(await post({ tag_name: 'v0.1' }, OUT)).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    await s.restart({ visibility: 'public' });
    expect(await post({ tag_name: 'v0.1' }, OUT)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(await post({ tag_name: 'v0.1' }, null)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('A33 no token on private → 404 Project Not Found; unknown job or PAT token → 401', async () => {
    expect(await post({ tag_name: 'v0.1' }, null)).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    const badJob = await call(s.fake, 'POST', `${P}/releases`, { headers: { 'JOB-TOKEN': 'yadayada' }, json: { tag_name: 'v0.1' } });
    expect(badJob).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
    expect(await post({ tag_name: 'v0.1' }, 'glpat-unknown')).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });

  it('A34 job token: header, job_token param or Bearer → 201 as the job\'s user; finished job → 401', async () => {
    const header = await call(s.fake, 'POST', `${P}/releases`, { headers: { 'JOB-TOKEN': JOB }, json: { tag_name: 'v0.1' } });
    expect(header.status).toBe(201);
    expect(header.body.author.username).toBe('developer');
    const param = await call(s.fake, 'POST', `${P}/releases?job_token=${JOB}`, { json: { tag_name: 'v0.2' } });
    expect(param.status).toBe(201);
    const bearer = await call(s.fake, 'POST', `${P}/releases`, { headers: { Authorization: `Bearer ${JOB}` }, json: { tag_name: 'v4', ref: 'main' } });
    expect(bearer.status).toBe(201);
    const finished = await call(s.fake, 'POST', `${P}/releases`, { headers: { 'JOB-TOKEN': FINISHED_JOB }, json: { tag_name: 'v5', ref: 'main' } });
    expect(finished).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
  });

  it('A35 project by encoded path ≡ numeric id; an unencoded slash → catch-all 404', async () => {
    expect((await post({ tag_name: 'v0.1' }, DEV, '/api/v4/projects/g%2Fp/releases')).status).toBe(201);
    expect((await call(s.fake, 'GET', `${P}/releases/v0.1`, { token: DEV })).status).toBe(200);
    const unencoded = await post({ tag_name: 'v0.2' }, DEV, '/api/v4/projects/g/p/releases');
    expect(unencoded).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
    expect(await post({ tag_name: 'v0.2' }, DEV, '/api/v4/projects/p/releases')).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });
});
