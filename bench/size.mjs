// Scenario 5: what the entries weigh (the shims dist/cli.js and dist/index.js import the chunk
// folders dist/cli/ and dist/action/, so the folder totals are the figures), what a dry run
// actually loads, the npm tarball, and that the packed package installs with zero dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytes } from './table.mjs';
import { REPO_ROOT, cleanEnv } from './tools.mjs';

// The action carries @actions/core (and its HTTP client) for the runner protocol; the CLI never loads it.
const ENTRY_BUDGETS = { cli: 1.5 * 1024 * 1024, action: 2.5 * 1024 * 1024 };

export function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** Bytes of the files under `dist` that one run loads (a module hook records them). */
function loadedBytes(node, dist, args, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'forge-bench-loaded-'));
  try {
    const list = join(dir, 'loaded');
    writeFileSync(list, '');
    const hook = join(import.meta.dirname, 'loaded-files-hook.mjs');
    const r = spawnSync(node, ['--import', hook, join(dist, 'cli.js'), ...args], { cwd, env: cleanEnv({ FORGE_BENCH_LOADED: list }), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cli.js ${args.join(' ')} failed: ${r.stderr.trim().split('\n').at(-1)}`);
    const files = new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean).map((u) => fileURLToPath(u)).filter((p) => p.startsWith(dist)));
    return { bytes: [...files].reduce((s, f) => s + statSync(f).size, 0), files: files.size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Packs exactly the bundle under test (package.json's `files` from a staging copy): { tarball, packed, stage, remove }. */
export function packTarball(dist) {
  const stage = mkdtempSync(join(tmpdir(), 'forge-bench-pack-'));
  const remove = () => rmSync(stage, { recursive: true, force: true });
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    cpSync(join(REPO_ROOT, 'package.json'), join(stage, 'package.json'));
    for (const f of pkg.files) if (f !== 'dist/' && existsSync(join(REPO_ROOT, f))) cpSync(join(REPO_ROOT, f), join(stage, f), { recursive: true });
    cpSync(dist, join(stage, 'dist'), { recursive: true });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', stage], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))[0];
    return { tarball: join(stage, packed.filename), packed, stage, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Packs the bundle under test and installs the tarball into an empty app. */
function packAndInstall(dist) {
  const { tarball, packed, stage, remove } = packTarball(dist);
  try {
    const app = join(stage, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    const installed = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/forge-release/package.json'), 'utf8'));
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies });
    return { packed, installed, declared };
  } finally {
    remove();
  }
}

export function sizes({ node, dist, repo, tag }) {
  const rows = [];
  for (const [entry, folder] of [['cli.js', 'cli'], ['index.js', 'action']]) {
    const total = statSync(join(dist, entry)).size + folderBytes(join(dist, folder));
    rows.push({ scenario: '5 size', subject: `dist/${entry} + dist/${folder}/`, value: bytes(total), detail: `shim ${bytes(statSync(join(dist, entry)).size)}; ${readdirSync(join(dist, folder)).length} files`, budget: `< ${bytes(ENTRY_BUDGETS[folder])}`, pass: total < ENTRY_BUDGETS[folder] });
  }
  const version = loadedBytes(node, dist, ['--version'], repo);
  const dry = loadedBytes(node, dist, ['--dry-run', '--tag', tag, '--cwd', repo], repo);
  rows.push({ scenario: '5 size', subject: 'loaded by cli.js --version', value: bytes(version.bytes), detail: `${version.files} files` });
  rows.push({ scenario: '5 size', subject: 'loaded by cli.js --dry-run', value: bytes(dry.bytes), detail: `${dry.files} files` });
  const { packed, installed, declared } = packAndInstall(dist);
  rows.push({ scenario: '5 size', subject: 'npm pack tarball', value: bytes(packed.size), detail: `${bytes(packed.unpackedSize)} unpacked, ${packed.entryCount} files` });
  const extra = installed.filter((n) => n !== 'forge-release');
  rows.push({
    scenario: '5 size', subject: 'runtime dependencies installed', value: String(extra.length),
    detail: `node_modules: ${installed.join(', ')}${declared.length ? `; declared: ${declared.join(', ')}` : ''}`, budget: '0', pass: extra.length === 0 && declared.length === 0,
  });
  return rows;
}
