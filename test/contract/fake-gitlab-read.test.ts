/** Conformance of the fake GitLab, §7 B (read releases). */
import { describe, expect, it } from 'vitest';
import { call, DEV, GUEST, MAINT, OUT, P, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
const get = (path: string, token: string | null = DEV) => call(s.fake, 'GET', path, { token: token ?? undefined });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const tags = (body: { tag_name: string }[]) => body.map((r) => r.tag_name);

describe('§7 B: read', () => {
  it('B36 default order is released_at desc; order_by=created_at&sort=asc orders by creation', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', released_at: daysAgo(2), created_at: daysAgo(3) });
    s.fake.state.createRelease({ tag: 'v0.2', released_at: daysAgo(1), created_at: daysAgo(1) });
    s.fake.state.createRelease({ tag: 'v0.3', released_at: daysAgo(5), created_at: daysAgo(2) });
    expect(tags((await get(`${P}/releases`)).body)).toEqual(['v0.2', 'v0.1', 'v0.3']);
    expect(tags((await get(`${P}/releases?order_by=created_at&sort=asc`)).body)).toEqual(['v0.1', 'v0.3', 'v0.2']);
    expect(tags((await get(`${P}/releases?sort=asc`)).body)).toEqual(['v0.3', 'v0.1', 'v0.2']);
    expect((await get(`${P}/releases?order_by=name`)).body).toEqual({ error: 'order_by does not have a valid value' });
    expect((await get(`${P}/releases?sort=up`)).body).toEqual({ error: 'sort does not have a valid value' });
  });

  it('B37 pagination headers, Link on the fake\'s host, per_page clamped to 100, beyond the end empty', async () => {
    for (let i = 1; i <= 25; i++) s.fake.state.createRelease({ tag: `r${i}`, released_at: new Date(Date.UTC(2020, 0, i)) });
    const page2 = await get(`${P}/releases?per_page=10&page=2`);
    expect(page2.body).toHaveLength(10);
    expect(page2.body[0].tag_name).toBe('r15');
    const header = (name: string) => page2.headers.get(name);
    expect([header('x-page'), header('x-per-page'), header('x-next-page'), header('x-prev-page'), header('x-total'), header('x-total-pages')])
      .toEqual(['2', '10', '3', '1', '25', '3']);
    const link = (page: number) => `<${s.fake.url}${P}/releases?id=24&order_by=released_at&page=${page}&per_page=10&sort=desc>`;
    expect(header('link')).toBe(`${link(1)}; rel="prev", ${link(3)}; rel="next", ${link(1)}; rel="first", ${link(3)}; rel="last"`);
    const clamped = await get(`${P}/releases?per_page=500`);
    expect([clamped.body.length, clamped.headers.get('x-per-page'), clamped.headers.get('x-total-pages')]).toEqual([25, '100', '1']);
    const beyond = await get(`${P}/releases?per_page=10&page=9`);
    expect([beyond.body, beyond.headers.get('x-next-page'), beyond.headers.get('x-prev-page')]).toEqual([[], '', '']);
    expect((await get(`${P}/releases?per_page=abc`)).body).toEqual({ error: 'per_page is invalid' });
    expect((await get(`${P}/releases?per_page=0`)).body).toEqual([]);
    expect((await get(`${P}/releases?per_page=-3`)).headers.get('x-per-page')).toBe('20');
  });

  it('B38 description_html only with include_html_description=true', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', description: 'notes & <b>' });
    expect((await get(`${P}/releases/v0.1`)).body).not.toHaveProperty('description_html');
    expect((await get(`${P}/releases/v0.1?include_html_description=false`)).body).not.toHaveProperty('description_html');
    const html = await get(`${P}/releases/v0.1?include_html_description=true`);
    expect(html.body.description_html).toBe('<p dir="auto">notes &amp; &lt;b&gt;</p>');
    expect(Object.keys(html.body).slice(0, 7)).toEqual(['name', 'tag_name', 'description', 'created_at', 'released_at', 'upcoming_release', 'description_html']);
    expect(tags((await get(`${P}/releases?include_html_description=true`)).body)).toEqual(['v0.1']);
  });

  it('B39 tag with a slash: %2F in the route, tag_path and _links; unencoded → 404', async () => {
    s.fake.state.createRelease({ tag: 'debian/2.4.0-1' });
    const one = await get(`${P}/releases/debian%2F2.4.0-1`);
    expect(one.status).toBe(200);
    expect(one.body.tag_name).toBe('debian/2.4.0-1');
    const [listed] = (await get(`${P}/releases`)).body;
    expect(listed.tag_path).toBe('/g/p/-/tags/debian%2F2.4.0-1');
    expect(listed._links.self).toBe(`${s.fake.webUrl}/-/releases/debian%2F2.4.0-1`);
    expect(listed._links.opened_issues_url).toBe(`${s.fake.webUrl}/-/issues?release_tag=debian%2F2.4.0-1&scope=all&state=opened`);
    expect(listed.assets.sources[0].url).toBe(`${s.fake.webUrl}/-/archive/debian/2.4.0-1/p-debian-2.4.0-1.zip`);
    expect(await get(`${P}/releases/debian/2.4.0-1`)).toMatchObject({ status: 404, body: { error: '404 Not Found' } });
  });

  it('B40 missing release: member → 404 Not Found; anonymous → 404 Project Not Found; guest → 403', async () => {
    expect(await get(`${P}/releases/non_exist_tag`, MAINT)).toMatchObject({ status: 404, body: { message: '404 Not Found' } });
    expect(await get(`${P}/releases/non_exist_tag`, null)).toMatchObject({ status: 404, body: { message: '404 Project Not Found' } });
    expect(await get(`${P}/releases/non_exist_tag`, GUEST)).toMatchObject({ status: 403, body: { message: '403 Forbidden' } });
  });

  it('B41 guest view: the list hides code; GET one → 403; on a public project everything shows', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'a', url: 'https://example.com/a' }] });
    s.fake.state.collectEvidence(s.fake.state.release('v0.1')!);
    const [guestView] = (await get(`${P}/releases`, GUEST)).body;
    for (const key of ['commit', 'commit_path', 'tag_path', 'evidences']) expect(guestView).not.toHaveProperty(key);
    expect(guestView.assets).toEqual({ count: 1, links: [expect.objectContaining({ name: 'a' })] });
    expect(guestView).toMatchObject({ tag_name: 'v0.1', name: 'v0.1' });
    expect(guestView._links).not.toHaveProperty('edit_url');
    expect((await get(`${P}/releases/v0.1`, GUEST)).status).toBe(403);
    await s.restart({ visibility: 'public' });
    s.fake.state.createRelease({ tag: 'v0.1' });
    for (const token of [GUEST, OUT, null]) {
      const { status, body } = await get(`${P}/releases/v0.1`, token);
      expect(status).toBe(200);
      expect(body).toMatchObject({ commit: { id: s.c1 }, tag_path: '/g/p/-/tags/v0.1', assets: { count: 4 } });
    }
  });

  it('B42 permalink/latest → 302 to the latest release, query kept minus order_by, suffix appended', async () => {
    expect(await get(`${P}/releases/permalink/latest`)).toMatchObject({ status: 404, body: { message: '404 Not Found' } });
    s.fake.state.createRelease({ tag: 'v0.1', released_at: daysAgo(2) });
    s.fake.state.createRelease({ tag: 'v0.2', released_at: daysAgo(1) });
    const latest = await get(`${P}/releases/permalink/latest?include_html_description=true&order_by=x`);
    expect(latest.status).toBe(302);
    expect(latest.headers.get('location')).toBe('/api/v4/projects/24/releases/v0.2?include_html_description=true');
    const suffixed = await get(`${P}/releases/permalink/latest/downloads/bin/example.exe`);
    expect(suffixed.headers.get('location')).toBe('/api/v4/projects/24/releases/v0.2/downloads/bin/example.exe');
    expect((await get(`${P}/releases/permalink/latest/..%2F..%2Fetc`)).body).toEqual({ error: 'suffix_path should be a valid file path' });
  });

  it('B43 download: 302 to the link URL; unknown path → 404 Not found (lowercase); unknown tag → 404 Not Found', async () => {
    s.fake.state.createRelease({ tag: 'v0.1', links: [{ name: 'big', url: 'https://example.com/big.exe', filepath: '/bin/bigfile.exe' }] });
    const found = await get(`${P}/releases/v0.1/downloads/bin/bigfile.exe`);
    expect(found.status).toBe(302);
    expect(found.headers.get('location')).toBe('https://example.com/big.exe');
    expect(await get(`${P}/releases/v0.1/downloads/bin/not_existing.exe`)).toMatchObject({ status: 404, body: { message: '404 Not found' } });
    expect(await get(`${P}/releases/v9/downloads/bin/bigfile.exe`)).toMatchObject({ status: 404, body: { message: '404 Not Found' } });
  });

  it('B44 updated_before / updated_after filter on updated_at', async () => {
    s.fake.state.createRelease({ tag: 'old', updated_at: daysAgo(4) });
    s.fake.state.createRelease({ tag: 'new', updated_at: daysAgo(1) });
    expect(tags((await get(`${P}/releases?updated_before=${daysAgo(2).toISOString()}`)).body)).toEqual(['old']);
    expect(tags((await get(`${P}/releases?updated_after=${daysAgo(2).toISOString()}`)).body)).toEqual(['new']);
    expect((await get(`${P}/releases?updated_before=soon`)).body).toEqual({ error: 'updated_before is invalid' });
  });

  it('B45 orphan release (git tag missing) is listed with its tag_name; commit null, no commit_path', async () => {
    s.fake.state.createRelease({ tag: 'v1.1.5' });
    s.fake.state.createRelease({ tag: 'v0.1' });
    s.fake.state.deleteTag('v0.1');
    const listed = (await get(`${P}/releases`)).body;
    expect(tags(listed).sort()).toEqual(['v0.1', 'v1.1.5']);
    for (const release of listed) {
      expect(release.commit).toBeNull();
      expect(release).not.toHaveProperty('commit_path');
      expect(release.tag_path).toBe(`/g/p/-/tags/${release.tag_name}`);
    }
  });
});
