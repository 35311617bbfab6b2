/**
 * What a user gets before and after publication: the tarball `npm pack` makes is installed into an
 * empty project and run, on Node 24 and on the lowest supported Node, as `forge-release --version`
 * and as an offline `--dry-run` on a real git repository. Also checks what the tarball carries
 * (licences, the GitLab templates, no sources or tests), and the npx forms the README shows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentNodeBinDir, LOWEST_NODE, lowestNodeBinDir } from '../support/node-runtime.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const PKG = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, any>;
const TIMEOUT = 300_000;

let work: string;
let tarball: string;
let files: string[];
let app: string;
let repo: TempRepo;

/** Runs a command with `binDir`'s node first on PATH and a private npm cache (no stale npx install). */
function run(command: string, args: string[], binDir: string, cwd: string) {
  const env = { PATH: `${binDir}:${process.env.PATH}`, HOME: work, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false' };
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'forge-packed-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))[0];
  tarball = join(work, packed.filename as string);
  files = (packed.files as { path: string }[]).map((f) => f.path);
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, env: { ...process.env, npm_config_cache: join(work, 'npm-cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
  repo = createTempRepo('forge-packed-repo-');
  repo.commit('feat: first feature');
  repo.tag('v0.1.0');
  repo.commit('fix: mend the parser');
}, TIMEOUT);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  repo?.remove();
});

describe('the packed tarball', () => {
  it('carries the bundles, the templates, the licences and the docs, and no sources or tests', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'action.yml', '.gitlab-ci-template.yml', 'templates/release.yml', 'templates/release-plan.yml', 'dist/cli.js', 'dist/index.js',
      'dist/cli/THIRD-PARTY-LICENSES.txt', 'dist/action/THIRD-PARTY-LICENSES.txt']) expect(files, file).toContain(file);
    expect(files.filter((f) => /^(src|test|bench|scripts|examples|node_modules)\//.test(f))).toEqual([]);
  });

  it('names its home, licence and issue tracker', () => {
    expect(PKG.license).toBe('MIT');
    expect(PKG.repository.url).toMatch(/^git\+https:\/\/\S+\.git$/);
    expect(PKG.homepage).toMatch(/^https:\/\//);
    expect(PKG.bugs.url).toMatch(/^https:\/\//);
    expect(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} forge-release contributors\n/);
  });

  it('lists the licence of every package bundled into dist/', () => {
    for (const dir of ['cli', 'action']) {
      const licences = readFileSync(join(app, 'node_modules/forge-release/dist', dir, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
      for (const name of ['@gitbeaker/rest', 'semver', 'conventional-changelog-writer', 'conventional-commits-parser']) expect(licences, `${dir}: ${name}`).toContain(`\n${name}\n`);
    }
  });

  it('installs as one package with no dependencies', () => {
    const installed = readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['forge-release']);
  });
});

const runtimes = [
  { name: 'Node 24 (the tests\' runtime)', binDir: currentNodeBinDir, version: /^v24\./ },
  { name: `Node ${LOWEST_NODE} (the lowest supported)`, binDir: lowestNodeBinDir, version: new RegExp(`^v${LOWEST_NODE.replace(/\./g, '\\.')}$`) },
];

describe.each(runtimes)('installed and run on $name', ({ binDir, version }) => {
  let bin: string;
  beforeAll(() => { bin = binDir(); }, TIMEOUT);

  it('runs on that Node', () => {
    expect(run('node', ['-p', 'process.version'], bin, app).stdout.trim()).toMatch(version);
  });

  it('prints its version', () => {
    const r = run(join(app, 'node_modules/.bin/forge-release'), ['--version'], bin, app);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(PKG.version);
  });

  it('plans a release offline with --dry-run', () => {
    const r = run(join(app, 'node_modules/.bin/forge-release'), ['--dry-run', '--json'], bin, repo.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ result: 'planned', tag: 'v0.1.1', previousTag: 'v0.1.0' });
    expect(r.stderr).toContain('no GitLab server was read');
    expect(r.stderr).toContain('mend the parser');
  });
}, TIMEOUT);

describe('the npx forms the README shows before publication', () => {
  it('npx --yes ./forge-release-<version>.tgz', () => {
    const r = run('npx', ['--yes', `./${tarball.split('/').at(-1)}`, '--version'], currentNodeBinDir(), work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(PKG.version);
  }, TIMEOUT);

  it('npx --yes --package=<tarball> forge-release', () => {
    const r = run('npx', ['--yes', `--package=${tarball}`, 'forge-release', '--dry-run'], currentNodeBinDir(), repo.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Dry run: nothing was written.');
  }, TIMEOUT);
});
