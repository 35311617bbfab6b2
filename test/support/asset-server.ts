/**
 * A plain file host standing for where release links point (a CDN, S3, another GitLab): serves
 * fixed bodies by path, answers 404 otherwise, and records every request's headers so a test can
 * prove the GitLab token never reached it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface AssetServer {
  /** http://localhost:PORT: another host name than the fake GitLab's 127.0.0.1. */
  url: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  /** Serve `body` at `path`; a string `redirect` answers 302 to that URL instead. */
  put(path: string, body: string | Buffer): void;
  redirect(path: string, location: string): void;
  /** Serve half of `body` at `path`, then cut the connection (a download that breaks off); the whole body after `times` breaks. */
  putBroken(path: string, body: string, times?: number): void;
  close(): Promise<void>;
}

export async function startAssetServer(): Promise<AssetServer> {
  const files = new Map<string, Buffer>();
  const redirects = new Map<string, string>();
  const broken = new Map<string, { body: Buffer; left: number }>();
  const requests: AssetServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    const location = redirects.get(path);
    if (location) return void res.writeHead(302, { Location: location }).end();
    const partial = broken.get(path);
    if (partial && partial.left > 0) {
      partial.left -= 1;
      if (partial.left === 0) files.set(path, partial.body);
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(partial.body.length) });
      res.write(partial.body.subarray(0, Math.floor(partial.body.length / 2)));
      return void setTimeout(() => res.destroy(), 20);
    }
    const body = files.get(path);
    if (!body) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}`,
    requests,
    put: (path, body) => void files.set(path, Buffer.from(body)),
    redirect: (path, location) => void redirects.set(path, location),
    putBroken: (path, body, times = Infinity) => void broken.set(path, { body: Buffer.from(body), left: times }),
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
