// Scenario 8 (issue 14): where CI users wait, the cold `npx`. Each run gets a fresh, empty npm
// cache (npm_config_cache in a new temp folder) and an empty working folder, and is timed to its
// first byte of output: forge-release from its packed tarball, semantic-release and release-it from
// the registry, interleaved round by round. Also what each one installs (the npx folder on disk).
// Budget: forge-release ≤ 0.2× semantic-release. Needs the network (the registry); --quick: 1 round.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { median } from './measure.mjs';
import { packTarball } from './size.mjs';
import { bytes, ms, ratio } from './table.mjs';
import { cleanEnv } from './tools.mjs';

export const NPX_RATIO = 0.2;

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** One cold npx: ms to the first byte on stdout, the output's first line, and the installed bytes. */
function coldRun(node, args) {
  const cache = mkdtempSync(join(tmpdir(), 'forge-bench-npm-cache-'));
  const cwd = mkdtempSync(join(tmpdir(), 'forge-bench-npx-cwd-'));
  // The machine's network set-up (proxy, extra certificate authorities), the same for every tool.
  const network = Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|https?_proxy|no_proxy)$/i.test(name)));
  // The pinned Node first on PATH: npx and the tools it starts run on it (forge-release needs ≥ 22.12).
  const env = cleanEnv({
    ...network,
    PATH: `${dirname(node)}:${process.env.PATH}`, npm_config_cache: cache,
    npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_loglevel: 'error',
  });
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first;
    let stdout = '';
    let stderr = '';
    const child = spawn('npx', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      first ??= Number(process.hrtime.bigint() - started) / 1e6;
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0 || first === undefined) return reject(new Error(`npx ${args.join(' ')}: exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
        const npx = join(cache, '_npx');
        resolve({ ms: first, line: stdout.trim().split('\n')[0], installed: folderBytes(npx) });
      } finally {
        rmSync(cache, { recursive: true, force: true });
        rmSync(cwd, { recursive: true, force: true });
      }
    });
  });
}

export async function coldNpx({ node, dist, quick }) {
  const pack = packTarball(dist);
  try {
    const tools = [
      ['forge-release (packed tarball)', ['--yes', `--package=${pack.tarball}`, 'forge-release', '--version']],
      ['semantic-release', ['--yes', 'semantic-release', '--version']],
      ['release-it', ['--yes', 'release-it', '--version']],
    ];
    const samples = new Map(tools.map(([name]) => [name, []]));
    const rounds = quick ? 1 : 3;
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < tools.length; i++) {
        const [name, args] = tools[(i + round) % tools.length];
        samples.get(name).push(await coldRun(node, args));
      }
    }
    const stat = (name) => ({ median: median(samples.get(name).map((s) => s.ms)), last: samples.get(name).at(-1) });
    const [forge, semantic, releaseIt] = tools.map(([name]) => stat(name));
    const scenario = `8 cold npx (empty cache, ${rounds} round${rounds > 1 ? 's' : ''})`;
    const row = (name, s) => ({ scenario, subject: `npx ${name} --version`, value: ms(s.median), detail: `prints ${s.last.line}; installs ${bytes(s.last.installed)}` });
    return [
      row('forge-release (packed tarball)', forge),
      row('semantic-release', semantic),
      row('release-it', releaseIt),
      { scenario, subject: 'forge ÷ semantic-release', value: ratio(forge.median, semantic.median), detail: `${ratio(forge.median, releaseIt.median)} release-it`, budget: `≤ ${NPX_RATIO.toFixed(2)}×`, pass: forge.median / semantic.median <= NPX_RATIO },
    ];
  } finally {
    pack.remove();
  }
}
