/**
 * The client's package registry calls against the fake GitLab, in process: exact filtering of the
 * fuzzy list, the newest row per name, the JOB-TOKEN header, and a PUT that is never replayed.
 */
import { describe, expect, it } from 'vitest';
import { createGitLabClient } from '../../src/gitlab/client.js';
import { DEV, JOB, useScenario } from '../support/fake-gitlab/test-kit.js';

const s = useScenario();

function client(auth: { kind: 'private' | 'job'; token: string } = { kind: 'private', token: DEV }, retries = 2) {
  return createGitLabClient({
    gitlabUrl: s.fake.url, project: 'g/p', auth, timeoutMs: 5000, deadlineMs: 30_000, retries, retryMaxWaitMs: 2000,
    insecure: false, userAgent: 'test', onRetry: () => {}, env: {},
  });
}
const body = (text: string) => ({ length: Buffer.byteLength(text), chunks: () => [Buffer.from(text)] });

describe('GitLabClient.packages', () => {
  it('reads only the exact name and version, and the newest row of each file name', async () => {
    const c = client();
    await c.packages.upload('app', '1.0.0', 'a.bin', body('old'));
    await c.packages.upload('app', '1.0.0', 'a.bin', body('new!'));
    await c.packages.upload('app', '2.0.0', 'b.bin', body('other version'));
    await c.packages.upload('my-app', '1.0.0', 'c.bin', body('other name'));
    const contents = await c.packages.contents('app', '1.0.0');
    expect(contents.exists).toBe(true);
    expect([...contents.files.keys()]).toEqual(['a.bin']);
    expect(contents.files.get('a.bin')?.size).toBe(4);
    expect((await c.packages.contents('app', '3.0.0')).exists).toBe(false);
  });

  it('sends a job token as JOB-TOKEN, never as Basic auth', async () => {
    await client({ kind: 'job', token: JOB }).packages.upload('app', '1.0.0', 'a.bin', body('x'));
    const put = s.fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers['job-token']).toBe(JOB);
    expect(put.headers.authorization).toBeUndefined();
    expect(put.status).toBe(201);
  });

  it('never replays a PUT that may have been stored: 502 after applying → E_WRITE_AMBIGUOUS, one row', async () => {
    s.fake.faults.add({ method: 'PUT', path: /packages\/generic/, applyThen: { status: 502 } });
    await expect(client().packages.upload('app', '1.0.0', 'a.bin', body('x'))).rejects.toMatchObject({ code: 'E_WRITE_AMBIGUOUS' });
    expect(s.fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(s.fake.state.packages.rows('app', '1.0.0', 'a.bin')).toHaveLength(1);
  });

  it('resends a PUT refused before it ran (429), reopening the body', async () => {
    s.fake.faults.add({ method: 'PUT', path: /packages\/generic/, status: 429, headers: { 'Retry-After': '0' } });
    let opened = 0;
    await client().packages.upload('app', '1.0.0', 'a.bin', { length: 1, chunks: () => { opened += 1; return [Buffer.from('x')]; } });
    expect(opened).toBe(2);
    expect(s.fake.state.packages.rows('app', '1.0.0', 'a.bin')).toHaveLength(1);
  });
});
