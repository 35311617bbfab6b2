/** Conformance of the fake GitLab, §7 F (evidence), G (group releases) and H (cross-cutting). */
import { describe, expect, it } from 'vitest';
import { call, DEV, EXPIRED, GUEST, JOB, MAINT, OAUTH, OUT, P, READ_API, REP, REVOKED, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
const tick = () => new Promise((done) => setTimeout(done, 20));
const evidences = (tag: string) => s.fake.state.release(tag)!.evidences.length;

describe('§7 F: evidence', () => {
  it('F79 EE: 202 with body 202 and a new evidence; reporter 403; unknown tag 404 body 404; CE: no route', async () => {
    expect((await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1' } })).status).toBe(201);
    await tick();
    expect(evidences('v0.1')).toBe(1); // collected by itself after a plain create
    for (const headers of [{ 'PRIVATE-TOKEN': DEV }, { 'PRIVATE-TOKEN': MAINT }, { 'JOB-TOKEN': JOB }] as Record<string, string>[]) {
      const answer = await call(s.fake, 'POST', `${P}/releases/v0.1/evidence`, { headers });
      expect([answer.status, answer.text]).toEqual([202, '202']);
    }
    expect(evidences('v0.1')).toBe(4);
    const [latest] = (await call(s.fake, 'GET', `${P}/releases/v0.1`, { token: DEV })).body.evidences.slice(-1);
    expect(latest).toEqual({ sha: expect.stringMatching(/^[0-9a-f]{64}$/), filepath: `${s.fake.webUrl}/-/releases/v0.1/evidences/4.json`, collected_at: expect.any(String) });
    expect(await call(s.fake, 'POST', `${P}/releases/v0.1/evidence`, { token: REP })).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
    expect(await call(s.fake, 'POST', `${P}/releases/v0.1/evidence`, { token: OUT })).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    const missing = await call(s.fake, 'POST', `${P}/releases/nope/evidence`, { token: DEV });
    expect([missing.status, missing.text]).toEqual([404, '404']);

    await s.restart({ edition: 'ce' });
    expect(await call(s.fake, 'POST', `${P}/releases/v0.1/evidence`, { token: DEV })).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
    expect((await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1' } })).status).toBe(201);
    await tick();
    expect(evidences('v0.1')).toBe(1); // automatic evidence is Free/CE too
  });
});

describe('§7 G: group releases', () => {
  it('G80 group list: released_at desc, simple=true, private group → 404 Group Not Found, job token ignored', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', released_at: new Date('2024-01-01T00:00:00Z') });
    s.fake.state.createRelease({ tag: 'v0.2', released_at: new Date('2024-02-01T00:00:00Z') });
    const full = await call(s.fake, 'GET', '/api/v4/groups/g/releases', { token: DEV });
    expect(full.body.map((r: { tag_name: string }) => r.tag_name)).toEqual(['v0.2', 'v0.1']);
    expect(full.body[0]).toHaveProperty('assets');
    const simple = await call(s.fake, 'GET', '/api/v4/groups/10/releases?simple=true&sort=asc', { token: DEV });
    expect(simple.body.map((r: object) => Object.keys(r))).toEqual([0, 1].map(() => ['name', 'tag_name', 'description', 'created_at', 'released_at', 'upcoming_release']));
    expect(simple.body[0].tag_name).toBe('v0.1');
    for (const headers of [{ 'PRIVATE-TOKEN': OUT }, { 'JOB-TOKEN': JOB }, {}] as Record<string, string>[]) {
      expect(await call(s.fake, 'GET', '/api/v4/groups/g/releases', { headers })).toMatchObject({ status: 404, body: { message: '404 Group Not Found' } });
    }
  });
});

describe('§7 H: cross-cutting', () => {
  it('H81 a read_api token may GET; POST/PUT/DELETE → 403 insufficient_scope', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect((await call(s.fake, 'GET', `${P}/releases/v0.1`, { token: READ_API })).status).toBe(200);
    const scope = {
      error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api read_api',
    };
    for (const [method, path] of [['POST', `${P}/releases`], ['PUT', `${P}/releases/v0.1`], ['DELETE', `${P}/releases/v0.1`]] as const) {
      const answer = await call(s.fake, method, path, { token: READ_API, json: { tag_name: 'v0.2', name: 'x' } });
      expect([answer.status, answer.body]).toEqual([403, scope]);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer realm=.*error="insufficient_scope"/);
    }
  });

  it('H82 throttled → 429 text/plain "Retry later\\n" with Retry-After, RateLimit-Reset, RateLimit-Remaining: 0', async () => {
    s.fake.faults.add({ method: 'GET', path: /\/releases$/, status: 429, retryAfter: 3 });
    const throttled = await call(s.fake, 'GET', `${P}/releases`, { token: DEV });
    expect([throttled.status, throttled.text, throttled.headers.get('content-type')]).toEqual([429, 'Retry later\n', 'text/plain']);
    expect(throttled.headers.get('retry-after')).toBe('3');
    expect(throttled.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(throttled.headers.get('ratelimit-reset')) - Date.now() / 1000).toBeGreaterThan(2);
    expect((await call(s.fake, 'GET', `${P}/releases`, { token: DEV })).status).toBe(200);
  });

  it('H84 moved project: GET by the old path → 301 to the numeric id; other methods → 405', async () => {
    await s.restart({ movedFrom: 'g/old-p' });
    const moved = await call(s.fake, 'GET', '/api/v4/projects/g%2Fold-p/releases?per_page=5', { token: DEV });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`${s.fake.url}${P}/releases?per_page=5`);
    expect(await call(s.fake, 'POST', '/api/v4/projects/g%2Fold-p/releases', { token: DEV, json: { tag_name: 'v0.1' } }))
      .toMatchObject({ status: 405, body: { message: 'Non GET methods are not allowed for moved projects' } });
    expect(await call(s.fake, 'GET', '/api/v4/projects/g%2Fold-p/releases', { token: OUT })).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });

  it('H85 upsert: GET 404 → POST 201; a racing POST → 409 → PUT 200; PUT on a tag without release → 403', async () => {
    const path = `${P}/releases/v0.1`;
    expect((await call(s.fake, 'GET', path, { token: DEV })).status).toBe(404);
    expect((await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1', name: 'A' } })).status).toBe(201);
    expect((await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1', name: 'B' } })).status).toBe(409);
    expect((await call(s.fake, 'PUT', path, { token: DEV, json: { name: 'B' } })).body.name).toBe('B');
    expect((await call(s.fake, 'GET', `${P}/releases/v0.2`, { token: DEV })).status).toBe(404);
    expect((await call(s.fake, 'PUT', `${P}/releases/v0.2`, { token: DEV, json: { name: 'B' } })).status).toBe(403);
  });

  it('H86 a job token in PRIVATE-TOKEN is skipped: the request is anonymous → 404 Project Not Found', async () => {
    const anonymous = { status: 404, body: { message: '404 Project Not Found' } };
    expect(await call(s.fake, 'GET', `${P}/releases`, { headers: { 'PRIVATE-TOKEN': JOB } })).toMatchObject(anonymous);
    expect(await call(s.fake, 'GET', `${P}/releases?private_token=${JOB}`)).toMatchObject(anonymous);
    expect((await call(s.fake, 'GET', `${P}/releases`, { headers: { 'PRIVATE-TOKEN': JOB, 'JOB-TOKEN': JOB } })).status).toBe(200);
  });
});

describe('authentication details (§1.3)', () => {
  it('job tokens are ignored outside job-token routes; milestones need a user (401)', async () => {
    expect(await call(s.fake, 'GET', P, { headers: { 'JOB-TOKEN': JOB } })).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    expect(await call(s.fake, 'GET', `${P}/repository/tags/v0.1`, { headers: { 'JOB-TOKEN': JOB } })).toMatchObject({ status: 404 });
    expect(await call(s.fake, 'GET', `${P}/milestones`, { headers: { 'JOB-TOKEN': JOB } })).toMatchObject({ status: 401, body: { message: '401 Unauthorized' } });
    expect((await call(s.fake, 'GET', P, { token: DEV })).body).toMatchObject({ id: 24, path_with_namespace: 'g/p', web_url: s.fake.webUrl, default_branch: 'main', name: 'p' });
  });

  it('the repository tags list takes a job token; search finds by substring, exact match first, or anchored', async () => {
    s.fake.state.addTag('V0.1-rc', { sha: s.c1, target: s.c1, created_at: new Date() });
    const names = async (query: string, options = { headers: { 'JOB-TOKEN': JOB } }) => {
      const answer = await call(s.fake, 'GET', `${P}/repository/tags${query}`, options);
      expect(answer.status).toBe(200);
      return (answer.body as { name: string }[]).map((t) => t.name);
    };
    expect((await names('?search=v0.1'))[0]).toBe('v0.1');
    expect(new Set(await names('?search=v0.1'))).toEqual(new Set(['v0.1', 'V0.1-rc']));
    expect(await names('?search=%5Ev0.2')).toEqual(['v0.2']);
    expect(await names('?search=rc%24')).toEqual(['V0.1-rc']);
    expect(await names('?search=nothing')).toEqual([]);
    const [tag] = (await call(s.fake, 'GET', `${P}/repository/tags?search=v0.2`, { token: DEV })).body as Record<string, any>[];
    expect(tag).toMatchObject({ name: 'v0.2', message: 'Second', commit: { id: s.c1 } });
    expect(await call(s.fake, 'GET', `${P}/repository/tags`, { token: GUEST })).toMatchObject({ status: 403 });
    expect(await call(s.fake, 'GET', `${P}/repository/tags`)).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
  });

  it('expired and revoked tokens → 401 with the OAuth bodies; OAuth Bearer and private_token work', async () => {
    expect(await call(s.fake, 'GET', `${P}/releases`, { token: EXPIRED })).toMatchObject({
      status: 401, body: { error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' },
    });
    expect(await call(s.fake, 'GET', `${P}/releases`, { token: REVOKED })).toMatchObject({
      status: 401, body: { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' },
    });
    expect((await call(s.fake, 'GET', `${P}/releases`, { headers: { Authorization: `Bearer ${OAUTH}` } })).status).toBe(200);
    expect((await call(s.fake, 'GET', `${P}/releases`, { headers: { Authorization: `Bearer ${DEV}` } })).status).toBe(200);
    expect((await call(s.fake, 'GET', `${P}/releases?private_token=${DEV}`)).status).toBe(200);
    expect((await call(s.fake, 'GET', P, { headers: { Authorization: `Bearer ${JOB}` } })).status).toBe(401);
  });

  it('milestones list: title, search, include_ancestors, state', async () => {
    await s.restart({ groupMilestones: ['g-1.0'] });
    const titles = async (query: string) => (await call(s.fake, 'GET', `${P}/milestones${query}`, { token: DEV })).body.map((m: { title: string }) => m.title);
    expect(await titles('')).toEqual(['m2', 'v1.0', 'v2.0']);
    expect(await titles('?title=v1.0')).toEqual(['v1.0']);
    expect(await titles('?search=V')).toEqual(['v1.0', 'v2.0']);
    expect(await titles('?include_ancestors=true')).toEqual(['g-1.0', 'm2', 'v1.0', 'v2.0']);
    expect(await titles('?state=closed')).toEqual([]);
    expect((await call(s.fake, 'GET', `${P}/milestones`)).status).toBe(401);
  });

  it('request formats: nested form bodies, query-string params, HEAD, "+" kept in a path segment', async () => {
    const form = 'tag_name=v1.0%2Bbuild&ref=main&assets[links][][name]=a&assets[links][][url]=https%3A%2F%2Fexample.com%2Fa&assets[links][][name]=b&assets[links][][url]=https%3A%2F%2Fexample.com%2Fb';
    const created = await call(s.fake, 'POST', `${P}/releases`, { token: DEV, form });
    expect(created.status).toBe(201);
    expect(created.body.assets.links.map((l: { name: string }) => l.name)).toEqual(['b', 'a']);
    expect((await call(s.fake, 'GET', `${P}/releases/v1.0+build`, { token: DEV })).body.tag_name).toBe('v1.0+build');
    expect((await call(s.fake, 'POST', `${P}/releases?tag_name=v0.1&name=From%20query`, { token: DEV })).body.name).toBe('From query');
    const head = await fetch(`${s.fake.url}${P}/releases/v0.1`, { method: 'HEAD', headers: { 'PRIVATE-TOKEN': DEV } });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('unknown routes → {"error":"404 Not Found"}; a wrong method on a known path → 405', async () => {
    expect(await call(s.fake, 'GET', '/api/v4/nothing', { token: DEV })).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
    const wrong = await call(s.fake, 'PATCH', `${P}/releases`, { token: DEV });
    expect([wrong.status, wrong.body, wrong.headers.get('allow')]).toEqual([405, { error: '405 Not Allowed' }, 'GET, POST']);
    expect((await call(s.fake, 'GET', `${P}/releases`, { token: DEV })).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('an API path under a doubled /api/v4 is an unknown route for every method, token or not', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
      expect(await call(s.fake, method, `/api/v4${P}/releases/v0.1`, { token: DEV })).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
    }
    expect(await call(s.fake, 'GET', `/api/v4${P}/releases`)).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
  });

  it('a path outside /api/v4 is Rails: a caller without a web session is sent to the sign-in page (HTML)', async () => {
    const missed = await call(s.fake, 'GET', `/gitlab${P}/releases/v0.1`, { token: DEV });
    expect([missed.status, missed.headers.get('location'), missed.headers.get('content-type')]).toEqual([302, `${s.fake.url}/users/sign_in`, 'text/html; charset=utf-8']);
    expect(missed.text).toContain('You are being <a href=');
    expect((await call(s.fake, 'POST', `/gitlab${P}/releases`, { token: DEV })).status).toBe(302);
    const page = await call(s.fake, 'GET', '/users/sign_in');
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  });
});
