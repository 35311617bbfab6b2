/**
 * Self-hosted networks, for real: an HTTPS fake GitLab whose certificate a private CA signed (the
 * run fails without that CA and passes with it, given every way users give it), and a forward
 * proxy that must see the traffic (or not, with NO_PROXY).
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy, type TestProxy } from '../support/connect-proxy.js';
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';
import { createTestCertificates, type TestCertificates } from '../support/tls-certs.js';

const TOKEN = 'glpat-dev-token-000000000000';
let repo: TempRepo;
let certs: TestCertificates;
let https: FakeGitLab;
let http: FakeGitLab;
let proxy: TestProxy | undefined;

beforeAll(async () => {
  repo = createTempRepo('forge-net-');
  repo.commit('feat: over the network');
  certs = createTestCertificates();
  https = await startFakeGitLab({ repoDir: repo.dir, tls: { key: certs.key, cert: certs.cert } });
  http = await startFakeGitLab({ repoDir: repo.dir });
});
afterAll(async () => {
  await https.close();
  await http.close();
  repo.remove();
  rmSync(certs.dir, { recursive: true, force: true });
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

function cli(fake: FakeGitLab, tag: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  return runBundle('cli.js', ['--gitlab-url', fake.url, '--project', 'g/p', '--tag', tag, '--json', '--retries', '1', '--retry-max-wait', '1', '--timeout', '5', ...args], {
    cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN, ...env },
  });
}

describe('HTTPS with a private CA', () => {
  it('fails without the CA, with E_TLS and a hint naming every way to give it; nothing is written', async () => {
    https.reset();
    const result = await cli(https, 'v1.0.0');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error E_TLS');
    expect(result.stderr).toMatch(/ca-file.*CI_SERVER_TLS_CA_FILE.*NODE_EXTRA_CA_CERTS/s);
    expect(https.requests).toEqual([]);
  });

  it.each([
    ['ca-file as a path', {}, ['--ca-file', '__CA_FILE__']],
    ['ca-file as inline PEM', { FORGE_RELEASE_CA_FILE: '__CA_PEM__' }, []],
    ['CI_SERVER_TLS_CA_FILE (GitLab runner)', { CI_SERVER_TLS_CA_FILE: '__CA_FILE__' }, []],
    ['NODE_EXTRA_CA_CERTS', { NODE_EXTRA_CA_CERTS: '__CA_FILE__' }, []],
  ] as const)('succeeds with %s', async (label, env, args) => {
    const fill = (v: string) => v.replace('__CA_FILE__', certs.caFile).replace('__CA_PEM__', certs.caPem);
    const tag = `v1.1.${label.length}`;
    const result = await cli(https, tag, Object.fromEntries(Object.entries(env).map(([k, v]) => [k, fill(v)])), args.map(fill));
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ result: 'created', tag });
  });

  it('insecure skips the check, and says loudly that it did', async () => {
    const result = await cli(https, 'v1.2.0', {}, ['--insecure']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/warning: insecure: TLS certificates are NOT verified/);
  });
});

describe('proxies', () => {
  it('tunnels https through HTTPS_PROXY with CONNECT (the CA still checked end to end)', async () => {
    proxy = await startConnectProxy();
    const result = await cli(https, 'v2.0.0', { HTTPS_PROXY: proxy.url }, ['--ca-file', certs.caFile]);
    expect(result.code, result.stderr).toBe(0);
    const authority = new URL(https.url).host;
    expect(proxy.seen.length).toBeGreaterThan(0);
    expect(proxy.seen.every((s) => s.method === 'CONNECT' && s.target === authority)).toBe(true);
  });

  it('sends http through HTTP_PROXY as absolute URIs', async () => {
    proxy = await startConnectProxy();
    const result = await cli(http, 'v2.1.0', { HTTP_PROXY: proxy.url });
    expect(result.code, result.stderr).toBe(0);
    expect(proxy.seen.map((s) => s.method)).toContain('POST');
    expect(proxy.seen.every((s) => s.target.startsWith(`${http.url}/api/v4/projects/g%2Fp/`))).toBe(true);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    proxy = await startConnectProxy();
    const result = await cli(http, 'v2.2.0', { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' });
    expect(result.code, result.stderr).toBe(0);
    expect(proxy.seen).toEqual([]);
  });

  it('passes proxy credentials and never prints them', async () => {
    proxy = await startConnectProxy({ credentials: 'builder:s3cret-proxy-pass' });
    const withAuth = proxy.url.replace('http://', 'http://builder:s3cret-proxy-pass@');
    const result = await cli(https, 'v2.3.0', { HTTPS_PROXY: withAuth }, ['--ca-file', certs.caFile]);
    expect(result.code, result.stderr).toBe(0);
    expect(proxy.seen[0]?.authorization).toBe(`Basic ${Buffer.from('builder:s3cret-proxy-pass').toString('base64')}`);
    expect(result.stdout + result.stderr).not.toContain('s3cret-proxy-pass');
  });

  it('a proxy that refuses the tunnel is E_PROXY, without retries, and the password stays hidden', async () => {
    proxy = await startConnectProxy({ credentials: 'builder:right' });
    const result = await cli(https, 'v2.4.0', { HTTPS_PROXY: proxy.url.replace('http://', 'http://builder:wrong-pass-123@') }, ['--ca-file', certs.caFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error E_PROXY');
    expect(result.stderr).toContain('407');
    expect(result.stderr).not.toContain('wrong-pass-123');
    expect(proxy.seen).toHaveLength(1);
  });
});
