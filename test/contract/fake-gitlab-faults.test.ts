/** The fake's own machinery: fault injection, request recording, close(), HTTPS. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGitLab } from '../support/fake-gitlab/index.js';
import { call, DEV, P, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();
const list = () => call(s.fake, 'GET', `${P}/releases`, { token: DEV });
const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((done) => setTimeout(done, 10));
  expect(check()).toBe(true);
};

/** The error code of a plain node:http GET (fetch wraps it). */
function errorCodeOf(url: string): Promise<string | undefined> {
  return new Promise((done) => {
    const req = httpRequest(url, { headers: { 'PRIVATE-TOKEN': DEV } }, (res) => {
      res.resume();
      res.on('end', () => done(undefined));
    });
    req.on('error', (error: NodeJS.ErrnoException) => done(error.code));
    req.end();
  });
}

describe('faults', () => {
  it('a status fault answers instead of GitLab, once by default; pending() counts hits left', async () => {
    s.fake.faults.add({ method: 'GET', path: /\/releases$/, status: 503 });
    expect(s.fake.faults.pending()).toBe(1);
    expect(await list()).toMatchObject({ status: 503, body: { message: '503 Service Unavailable' } });
    expect(s.fake.faults.pending()).toBe(0);
    expect((await list()).status).toBe(200);
    expect(s.fake.requests.map((r) => r.status)).toEqual([503, 200]);
  });

  it('times, method and path select requests; body and headers replace the answer; clear() disarms', async () => {
    s.fake.faults.add({ method: 'post', path: /\/releases$/, times: 2, status: 500, body: { message: 'boom' }, headers: { 'X-Extra': 'yes' } });
    expect((await list()).status).toBe(200);
    const first = await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1' } });
    expect([first.status, first.body, first.headers.get('x-extra')]).toEqual([500, { message: 'boom' }, 'yes']);
    expect(s.fake.faults.pending()).toBe(1);
    s.fake.faults.add({ status: 418, body: '<html>teapot</html>' });
    s.fake.faults.clear();
    expect(s.fake.faults.pending()).toBe(0);
    expect((await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1' } })).status).toBe(201);
    s.fake.faults.add({ status: 502, body: '<html>bad gateway</html>' });
    const html = await list();
    expect([html.status, html.text, html.headers.get('content-type')]).toEqual([502, '<html>bad gateway</html>', 'text/plain']);
  });

  it('applyThen handles the request for real, then answers its status (state changed, evidence collected)', async () => {
    s.fake.faults.add({ method: 'POST', path: /\/releases$/, applyThen: { status: 502 } });
    const answer = await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1', name: 'Applied' } });
    expect(answer).toMatchObject({ status: 502, body: { message: '502 Bad Gateway' } });
    expect(s.fake.state.release('v0.1')).toMatchObject({ name: 'Applied' });
    expect(s.fake.writes()[0]!.status).toBe(502);
    await waitFor(() => s.fake.state.release('v0.1')!.evidences.length === 1);
    expect((await call(s.fake, 'POST', `${P}/releases`, { token: DEV, json: { tag_name: 'v0.1' } })).status).toBe(409);
  });

  it('hang reads the request and never answers: the client times out; others are still served', async () => {
    s.fake.faults.add({ method: 'GET', path: /\/releases$/, hang: true });
    const hung = fetch(`${s.fake.url}${P}/releases`, { headers: { 'PRIVATE-TOKEN': DEV }, signal: AbortSignal.timeout(300) });
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(s.fake.requests[0]).toMatchObject({ method: 'GET', status: 0 });
    expect((await list()).status).toBe(200);
  });

  it('stall sends 200 headers and half a JSON body, never the rest', async () => {
    s.fake.faults.add({ path: /\/releases$/, stall: true });
    const response = await fetch(`${s.fake.url}${P}/releases`, { headers: { 'PRIVATE-TOKEN': DEV }, signal: AbortSignal.timeout(400) });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(s.fake.requests[0]!.status).toBe(200);
  });

  it('reset destroys the socket without answering: ECONNRESET', async () => {
    s.fake.faults.add({ path: /\/releases$/, reset: true, times: 2 });
    expect(await errorCodeOf(`${s.fake.url}${P}/releases`)).toBe('ECONNRESET');
    await expect(fetch(`${s.fake.url}${P}/releases`, { headers: { 'PRIVATE-TOKEN': DEV } })).rejects.toMatchObject({ cause: { code: 'ECONNRESET' } });
    expect(s.fake.requests.map((r) => r.status)).toEqual([0, 0]);
  });

  it('delayMs answers normally, or with the fault status, after the delay', async () => {
    s.fake.faults.add({ path: /\/releases$/, delayMs: 250 });
    s.fake.faults.add({ path: /\/releases$/, delayMs: 250, status: 504 });
    for (const expected of [200, 504]) {
      const started = Date.now();
      expect((await list()).status).toBe(expected);
      expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    }
  });

  it('429 faults have Rack::Attack\'s shape: Retry-After 1 by default, an HTTP-date, or only RateLimit-Reset', async () => {
    s.fake.faults.add({ status: 429 });
    s.fake.faults.add({ status: 429, retryAfter: 'http-date' });
    s.fake.faults.add({ status: 429, resetOnly: true, retryAfter: 2 });
    const plain = await list();
    expect([plain.text, plain.headers.get('retry-after'), plain.headers.get('ratelimit-name'), plain.headers.get('ratelimit-remaining')])
      .toEqual(['Retry later\n', '1', 'throttle_authenticated_api', '0']);
    for (const name of ['ratelimit-limit', 'ratelimit-observed', 'ratelimit-reset', 'ratelimit-resettime']) expect(plain.headers.get(name)).toBeTruthy();
    const dated = await list();
    const retryAt = Date.parse(dated.headers.get('retry-after')!);
    expect(retryAt).toBe(Number(dated.headers.get('ratelimit-reset')) * 1000);
    expect(retryAt).toBeGreaterThan(Date.now() - 1000);
    const resetOnly = await list();
    expect([resetOnly.status, resetOnly.headers.get('retry-after'), resetOnly.headers.get('ratelimit-resettime')]).toEqual([429, null, null]);
    expect(Number(resetOnly.headers.get('ratelimit-reset')) - Date.now() / 1000).toBeGreaterThan(1);
  });
});

describe('recording', () => {
  it('records method, raw path, query, lower-cased headers, parsed body and status; writes(); reset()', async () => {
    s.fake.state.createRelease({ tag: 'pkg/v1.2.0' });
    s.fake.state.createRelease({ tag: 'v0.2' });
    await call(s.fake, 'GET', `${P}/releases/pkg%2Fv1.2.0?include_html_description=true`, { token: DEV });
    await call(s.fake, 'PUT', `${P}/releases/v0.2`, { token: DEV, json: { name: 'x' } });
    await call(s.fake, 'POST', `${P}/releases`, { token: DEV, form: 'tag_name=v0.1&milestones[]=v1.0&milestones[]=v2.0' });
    expect(s.fake.requests[0]).toMatchObject({
      method: 'GET', path: `${P}/releases/pkg%2Fv1.2.0`, query: { include_html_description: 'true' }, headers: { 'private-token': DEV }, body: undefined, status: 200,
    });
    expect(s.fake.writes().map((r) => [r.method, r.body, r.status])).toEqual([
      ['PUT', { name: 'x' }, 200], ['POST', { tag_name: 'v0.1', milestones: ['v1.0', 'v2.0'] }, 201],
    ]);
    s.fake.faults.add({ status: 500 });
    s.fake.reset();
    expect(s.fake.requests).toEqual([]);
    expect(s.fake.faults.pending()).toBe(1);
    expect(s.fake.state.release('v0.1')!.milestones.map((m) => m.title)).toEqual(['v1.0', 'v2.0']);
  });

  it('a malformed JSON body → 400 and is recorded as text', async () => {
    const response = await fetch(`${s.fake.url}${P}/releases`, { method: 'POST', headers: { 'PRIVATE-TOKEN': DEV, 'Content-Type': 'application/json' }, body: '{"tag_name":' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'message body does not match declared format' });
    expect(s.fake.requests[0]!.body).toBe('{"tag_name":');
  });
});

describe('lifecycle', () => {
  it('close() returns even with hung and stalled connections open', async () => {
    s.fake.faults.add({ hang: true });
    s.fake.faults.add({ stall: true });
    const hung = fetch(`${s.fake.url}${P}/releases`).catch((error: Error) => error);
    const stalled = fetch(`${s.fake.url}${P}/releases`).then((r) => r.text()).catch((error: Error) => error);
    await waitFor(() => s.fake.requests.length === 2 && s.fake.requests[1]!.status === 200);
    const started = Date.now();
    await s.fake.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await hung).toBeInstanceOf(Error);
    expect(await stalled).toBeInstanceOf(Error);
  });

  it('serves HTTPS with the given key and certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-gitlab-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
        '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
      const cert = readFileSync(join(dir, 'cert.pem'));
      const fake = await startFakeGitLab({ tls: { key: readFileSync(join(dir, 'key.pem')), cert } });
      try {
        expect(fake.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
        expect(fake.webUrl).toBe(`${fake.url}/g/p`);
        const body = await new Promise<string>((done, fail) => {
          httpsRequest(`${fake.url}${P}`, { ca: cert, headers: { 'PRIVATE-TOKEN': DEV } }, (res) => {
            let text = '';
            res.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; }).on('end', () => done(text));
          }).on('error', fail).end();
        });
        expect(JSON.parse(body)).toMatchObject({ id: 24, web_url: fake.webUrl });
      } finally {
        await fake.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('default tokens when none are given, and no repository: no tags, refs unresolvable', async () => {
    const fake = await startFakeGitLab();
    try {
      expect((await call(fake, 'GET', `${P}/releases`, { token: 'glpat-maint-token-00000000000' })).status).toBe(200);
      expect((await call(fake, 'GET', `${P}/releases`, { token: 'glpat-reporter-token-0000000' })).status).toBe(200);
      expect((await call(fake, 'POST', `${P}/releases`, { token: 'glpat-readapi-token-0000000', json: { tag_name: 'v1' } })).status).toBe(403);
      expect((await call(fake, 'GET', `${P}/releases`, { headers: { 'JOB-TOKEN': 'glcbt-finished-token-000000' } })).status).toBe(401);
      const created = await call(fake, 'POST', `${P}/releases`, { headers: { 'JOB-TOKEN': 'glcbt-job-token-00000000000' }, json: { tag_name: 'v1', ref: 'main' } });
      expect(created).toMatchObject({ status: 400, body: { message: 'Target main is invalid' } });
      expect(fake.state.tags().size).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
