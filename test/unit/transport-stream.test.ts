// Streamed bodies against a real HTTP server: sent with Content-Length, reopened per attempt, and a
// slow upload that keeps making progress is not cut by the per-request timeout.
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/gitlab/transport.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => { if (server) server.close(() => done()); else done(); }));

function sink(): Promise<{ url: string; seen: { length?: string; chunked?: string; bytes: number }[] }> {
  const seen: { length?: string; chunked?: string; bytes: number }[] = [];
  server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (c: Buffer) => { bytes += c.length; });
    req.on('end', () => {
      seen.push({ ...(req.headers['content-length'] ? { length: req.headers['content-length'] } : {}), ...(req.headers['transfer-encoding'] ? { chunked: req.headers['transfer-encoding'] } : {}), bytes });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"message":"201 Created"}');
    });
  });
  return new Promise((done) => server!.listen(0, '127.0.0.1', () => {
    const address = server!.address() as { port: number };
    done({ url: `http://127.0.0.1:${address.port}`, seen });
  }));
}

/** 8 chunks of 64 KiB, one every `gapMs`. */
function slowFile(gapMs: number): Readable {
  let left = 8;
  return new Readable({
    read() {
      setTimeout(() => { this.push(left-- > 0 ? Buffer.alloc(64 * 1024, 1) : null); }, gapMs);
    },
  });
}

describe('transport stream bodies', () => {
  it('sends the length, not chunks, and every byte; each attempt opens the source again', async () => {
    const { url, seen } = await sink();
    const transport = createTransport({ baseUrl: url, insecure: false, env: {} });
    let opened = 0;
    const body = { length: 8 * 64 * 1024, chunks: () => { opened += 1; return slowFile(1); } };
    for (let i = 0; i < 2; i += 1) {
      const answer = await transport.send({ url: new URL('/upload', url), method: 'PUT', headers: {}, body, timeoutMs: 5000 });
      expect(answer.status).toBe(201);
    }
    expect(opened).toBe(2);
    expect(seen).toEqual([{ length: String(8 * 64 * 1024), bytes: 8 * 64 * 1024 }, { length: String(8 * 64 * 1024), bytes: 8 * 64 * 1024 }]);
  });

  it('does not cut an upload that takes longer than the timeout while it makes progress', async () => {
    const { url, seen } = await sink();
    const transport = createTransport({ baseUrl: url, insecure: false, env: {} });
    const progress: number[] = [];
    // 8 × 60 ms ≈ 500 ms in all, with a 200 ms timeout: only the silences count.
    const answer = await transport.send({ url: new URL('/upload', url), method: 'PUT', headers: {}, body: { length: 8 * 64 * 1024, chunks: () => slowFile(60), onProgress: (n) => progress.push(n) }, timeoutMs: 200 });
    expect(answer.status).toBe(201);
    expect(seen[0]?.bytes).toBe(8 * 64 * 1024);
    expect(progress.at(-1)).toBe(8 * 64 * 1024);
  });

  it('still cuts a body that stalls longer than the timeout', async () => {
    const { url } = await sink();
    const transport = createTransport({ baseUrl: url, insecure: false, env: {} });
    const stalled = () => new Readable({ read() { /* never pushes */ } });
    await expect(transport.send({ url: new URL('/upload', url), method: 'PUT', headers: {}, body: { length: 10, chunks: stalled }, timeoutMs: 150 })).rejects.toThrow(/no answer within 150 ms/);
  });

  it('a refusal answered before the body is sent, then the connection closed, is the answer, not a write error', async () => {
    server = createServer((req, res) => {
      // As a proxy with a body size limit does: answer at once, read nothing, hang up.
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end('{"message":"413 Request Entity Too Large"}', () => req.socket.destroy());
    });
    const url = await new Promise<string>((done) => server!.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server!.address() as { port: number }).port}`)));
    const transport = createTransport({ baseUrl: url, insecure: false, env: {} });
    const mib = Buffer.alloc(1024 * 1024, 1);
    const chunks = function* () { for (let i = 0; i < 64; i += 1) yield mib; };
    const answer = await transport.send({ url: new URL('/upload', url), method: 'PUT', headers: {}, body: { length: 64 * mib.length, chunks }, timeoutMs: 5000 });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('Too Large');
  });
});
