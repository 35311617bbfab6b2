// Scenario 9: a 1 GiB release file uploaded to a local sink, forge-release against `curl -T` on the
// same sink. Throughput is timed by the sink (request to last byte of the body), so start-up and
// hashing do not count for either; forge-release's peak RSS shows the file is streamed, not read whole.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, peakRss } from './measure.mjs';

const SIZE = 1024 ** 3;
export const UPLOAD_RSS_BUDGET = 120 * 1024 * 1024;
const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export async function upload({ node, dist, quick }) {
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-upload-'));
  const sink = { process: undefined };
  try {
    const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '--allow-empty', '-m', 'feat: bench');
    git('tag', 'v1.0.0');
    const sha = git('rev-parse', 'HEAD');
    const file = join(dir, 'big.bin');
    const fd = openSync(file, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 7);
    for (let i = 0; i < SIZE / chunk.length; i += 1) writeSync(fd, chunk);
    closeSync(fd);
    const record = join(dir, 'record.jsonl');
    sink.process = spawn(node, [join(import.meta.dirname, 'upload-sink.mjs'), record, sha], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise((done) => sink.process.stdout.once('data', (d) => done(String(d).trim())));
    const base = `http://127.0.0.1:${port}`;
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const forge = {
      label: 'forge', cmd: node, cwd: dir, env,
      args: [join(dist, 'cli.js'), '--gitlab-url', base, '--project', 'g/p', '--token', 'glpat-bench-token-0000000', '--tag', 'v1.0.0', '--description', 'bench',
        '--files', 'big.bin', '--checksums=false', '--evidence', 'never', '--package-name', 'bench', '--cwd', dir, '--timeout', '60', '--deadline', '600'],
    };
    const curl = { label: 'curl', cmd: 'curl', cwd: dir, env, args: ['-sS', '-f', '-T', file, '-H', 'PRIVATE-TOKEN: x', '-o', '/dev/null', `${base}/api/v4/projects/g%2Fp/packages/generic/bench/1.0.0/big.bin`] };
    const runs = quick ? 2 : 4;
    for (let i = 0; i < runs; i += 1) {
      for (const command of i % 2 ? [curl, forge] : [forge, curl]) {
        const r = spawnSync(command.cmd, command.args, { cwd: command.cwd, env: command.env, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`${command.label}: exit ${r.status}\n${r.stderr.split('\n').slice(-5).join('\n')}`);
      }
    }
    const rss = peakRss(forge);
    const rows = readFileSync(record, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    if (rows.some((r) => r.bytes !== SIZE)) throw new Error('the sink received a body of the wrong size');
    const ms = (agent) => median(rows.filter((r) => agent(r.agent)).map((r) => r.ms));
    const forgeMs = ms((a) => a.startsWith('forge-release'));
    const curlMs = ms((a) => a.startsWith('curl'));
    const rate = (t) => `${(SIZE / 1024 / 1024 / (t / 1000)).toFixed(0)} MB/s`;
    const ratio = curlMs / forgeMs;
    return [
      { scenario: '9 upload 1 GiB', subject: 'curl -T', value: rate(curlMs), detail: `median of ${runs}` },
      { scenario: '9 upload 1 GiB', subject: 'forge-release --files', value: rate(forgeMs), detail: `${ratio.toFixed(2)}× curl's throughput`, budget: '≥ 0.9× curl', pass: ratio >= 0.9 },
      { scenario: '9 upload 1 GiB', subject: 'forge peak RSS', value: rss === undefined ? 'n/a' : mb(rss), detail: 'the whole run, file streamed', budget: `< ${mb(UPLOAD_RSS_BUDGET)}`, pass: rss === undefined ? undefined : rss < UPLOAD_RSS_BUDGET },
    ];
  } finally {
    sink.process?.kill();
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  const { distDir, nodeBinary } = await import('./tools.mjs');
  for (const row of await upload({ node: nodeBinary(), dist: distDir(), quick: process.argv.includes('--quick') })) console.log(row);
}
