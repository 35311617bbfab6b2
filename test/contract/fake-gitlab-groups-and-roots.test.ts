/**
 * The fake's group tree (§2.9: a group lists its subgroups' releases; a job token is ignored there)
 * and a relative URL root (§2.7: the permalink redirect carries it), which the release commands
 * (list --group, latest, download) are tested through.
 */
import { describe, expect, it } from 'vitest';
import { call, DEV, JOB, P, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario({ otherProjects: ['g/sub/q', 'h/x'] });
const tags = (body: { tag_name: string }[]) => body.map((r) => r.tag_name);

describe('group releases across subgroups', () => {
  it('a group lists the releases of its projects and of its subgroups\' projects, newest first; a subgroup only its own', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', released_at: '2024-01-01T00:00:00Z' });
    s.fake.stateOf('g/sub/q').createRelease({ tag: 'q-1.0', released_at: '2024-02-01T00:00:00Z' });
    s.fake.stateOf('h/x').createRelease({ tag: 'x-1.0', released_at: '2024-03-01T00:00:00Z' });
    const all = await call(s.fake, 'GET', '/api/v4/groups/g/releases', { token: DEV });
    expect(all.status).toBe(200);
    expect(tags(all.body)).toEqual(['q-1.0', 'v0.1']);
    expect(all.body[0]._links.self).toBe(`${s.fake.url}/g/sub/q/-/releases/q-1.0`);
    expect(all.headers.get('x-total')).toBe('2');
    expect(tags((await call(s.fake, 'GET', '/api/v4/groups/g%2Fsub/releases', { token: DEV })).body)).toEqual(['q-1.0']);
    expect(tags((await call(s.fake, 'GET', '/api/v4/groups/11/releases?sort=asc', { token: DEV })).body)).toEqual(['q-1.0']);
    expect(tags((await call(s.fake, 'GET', '/api/v4/groups/h/releases', { token: DEV })).body)).toEqual(['x-1.0']);
    expect(await call(s.fake, 'GET', '/api/v4/groups/nope/releases', { token: DEV })).toMatchObject({ status: 404, body: { message: '404 Group Not Found' } });
  });

  it('pages through the group list with offset headers', async () => {
    for (let i = 1; i <= 3; i += 1) s.fake.stateOf('g/sub/q').createRelease({ tag: `q-${i}`, released_at: `2024-0${i}-01T00:00:00Z` });
    const page = await call(s.fake, 'GET', '/api/v4/groups/g/releases?simple=true&per_page=2&page=2', { token: DEV });
    expect(tags(page.body)).toEqual(['q-1']);
    expect([page.headers.get('x-page'), page.headers.get('x-next-page'), page.headers.get('x-total-pages')]).toEqual(['2', '', '2']);
  });

  it('a job token is ignored: a private group answers 404 Group Not Found, a public one shows what anonymous sees', async () => {
    s.fake.state.createRelease({ tag: 'v0.1' });
    expect(await call(s.fake, 'GET', '/api/v4/groups/g/releases', { headers: { 'JOB-TOKEN': JOB } })).toMatchObject({ status: 404, body: { message: '404 Group Not Found' } });
    expect((await call(s.fake, 'GET', `${P}/releases`, { headers: { 'JOB-TOKEN': JOB } })).status).toBe(200);
    await s.restart({ otherProjects: ['g/sub/q'], visibility: 'public' });
    s.fake.state.createRelease({ tag: 'v0.1' });
    const asJob = await call(s.fake, 'GET', '/api/v4/groups/g/releases', { headers: { 'JOB-TOKEN': JOB } });
    expect(asJob.status).toBe(200);
    // Anonymous: no edit_url, which a developer's token would get.
    expect(asJob.body[0]._links).not.toHaveProperty('edit_url');
    expect((await call(s.fake, 'GET', '/api/v4/groups/g/releases', { token: DEV })).body[0]._links).toHaveProperty('edit_url');
  });
});

describe('relative URL root', () => {
  it('serves the API under the root only, and every URL it builds carries the root', async () => {
    await s.restart({ urlRoot: '/gitlab' });
    expect(s.fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gitlab$/);
    s.fake.state.createRelease({ tag: 'v0.1', released_at: '2024-01-01T00:00:00Z', links: [{ name: 'app', url: 'https://example.com/app', filepath: '/bin/app' }] });
    s.fake.state.createRelease({ tag: 'v0.2', released_at: '2024-02-01T00:00:00Z' });
    const list = await call(s.fake, 'GET', `${P}/releases?per_page=1`, { token: DEV });
    expect(list.status).toBe(200);
    expect(list.body[0]._links.self).toBe(`${s.fake.url}/g/p/-/releases/v0.2`);
    expect(list.headers.get('link')).toContain(`<${s.fake.url}${P}/releases?`);
    const latest = await call(s.fake, 'GET', `${P}/releases/permalink/latest`, { token: DEV });
    expect([latest.status, latest.headers.get('location')]).toEqual([302, '/gitlab/api/v4/projects/24/releases/v0.2']);
    const one = await call(s.fake, 'GET', `${P}/releases/v0.1`, { token: DEV });
    expect(one.body.assets.links[0].direct_asset_url).toBe(`${s.fake.url}/g/p/-/releases/v0.1/downloads/bin/app`);
    // Outside the root is not the API: the web app's answer for an unknown page (web-routes.ts).
    const outside = await fetch(`${new URL(s.fake.url).origin}${P}/releases`, { headers: { 'PRIVATE-TOKEN': DEV }, redirect: 'manual' });
    expect([outside.status, outside.headers.get('content-type'), outside.headers.get('location')]).toEqual([302, 'text/html; charset=utf-8', `${s.fake.url}/users/sign_in`]);
  });
});
