// What the bench runs and on what: the Node the project pins (devDependency `node`), the bundle
// under test (FORGE_DIST_DIR, default dist/), git, git-cliff's native binary (installed into the
// bench cache, not into package.json: the registry holds only its linux-x64 binary package, which
// broke `npm ci` for the lock file) and conventional-changelog's CLI. Plus the machine's facts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheRoot } from './synthetic-repo.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const GIT_CLIFF_VERSION = '2.14.2';

/** node_modules/.bin/node (Node 24, as the project's scripts use), else the running node. */
export function nodeBinary() {
  const pinned = join(REPO_ROOT, 'node_modules/.bin/node');
  return existsSync(pinned) ? realpathSync(pinned) : process.execPath;
}

export function distDir() {
  return resolve(REPO_ROOT, process.env.FORGE_DIST_DIR ?? 'dist');
}

/** A clean environment, the same for every tool: no token, no CI variables, no colours. */
export function cleanEnv(extra = {}) {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LC_ALL: 'C', NO_COLOR: '1', ...extra };
}

export function conventionalChangelogCli() {
  const pkg = join(REPO_ROOT, 'node_modules/conventional-changelog/package.json');
  const { version, bin } = JSON.parse(readFileSync(pkg, 'utf8'));
  return { path: join(REPO_ROOT, 'node_modules/conventional-changelog', bin['conventional-changelog']), version };
}

/** git-cliff's native binary, installed once into the bench cache; undefined (with why) if it cannot be. */
export function gitCliff(log) {
  const dir = join(cacheRoot(), `git-cliff-${GIT_CLIFF_VERSION}`);
  const binary = join(dir, `node_modules/git-cliff-${process.platform}-${process.arch}/bin/git-cliff`);
  if (!existsSync(binary)) {
    log(`installing git-cliff ${GIT_CLIFF_VERSION} into ${dir}…`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `git-cliff@${GIT_CLIFF_VERSION}`], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(binary)) return { missing: `npm install git-cliff failed: ${(r.stderr || r.error?.message || '').trim().split('\n').at(-1)}` };
  }
  return { path: binary, version: execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() };
}

export function machine(node) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpus: cpus().length,
    model,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    kernel: `${process.platform} ${release()}`,
    node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
    git: execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace(/^git version /, ''),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}
