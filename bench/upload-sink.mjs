// A GitLab stand-in for the upload bench, run as its own process: one release that already holds
// the file's link (so the only write is the upload), an empty package list (so every run uploads),
// and a PUT route that drains the body and records how long it took from request to last byte.
// argv: <record file> <commit sha>. Prints the port on stdout.
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [record, sha] = process.argv.slice(2);
const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  const base = `http://127.0.0.1:${server.address().port}`;
  const json = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)); };
  const path = (req.url ?? '').split('?')[0];
  if (req.method === 'PUT' && path.includes('/packages/generic/')) {
    let bytes = 0;
    req.on('data', (chunk) => { bytes += chunk.length; });
    req.on('end', () => {
      appendFileSync(record, `${JSON.stringify({ bytes, ms: Number(process.hrtime.bigint() - started) / 1e6, agent: req.headers['user-agent'] ?? '' })}\n`);
      json(201, { message: '201 Created' });
    });
    return;
  }
  req.resume();
  if (req.method === 'GET' && path.endsWith('/releases/v1.0.0')) {
    const web = `${base}/g/p/-/releases/v1.0.0`;
    return json(200, {
      tag_name: 'v1.0.0', name: 'v1.0.0', description: 'bench', released_at: '2026-01-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z',
      upcoming_release: false, commit: { id: sha }, milestones: [], evidences: [{ sha: 'x', filepath: 'x', collected_at: '2026-01-01T00:00:00.000Z' }],
      assets: { links: [{ id: 1, name: 'big.bin', url: `${base}/api/v4/projects/g%2Fp/packages/generic/bench/1.0.0/big.bin`, link_type: 'package', direct_asset_url: `${web}/downloads/big.bin` }] },
      _links: { self: web },
    });
  }
  if (req.method === 'GET' && path.endsWith('/packages')) return json(200, []);
  return json(404, { error: '404 Not Found' });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
