/**
 * The CLI's runtime floor (Node.js 22.12.0) as a process: an older Node gets one clear line and
 * exit 2 before anything else loads. Checked with the oldest Node on this machine's PATH outside
 * node_modules (the system node), and with the reported version set before the entry runs.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { NODE_FLOOR, runtimeProblem } from '../../src/runtime-floor.js';
import { assertDistFresh, DIST_DIR } from '../support/run-bundle.js';

assertDistFresh();
const CLI = resolve(DIST_DIR, 'cli.js');

/** `node` executables on PATH that are not the devDependency npm puts first. */
function systemNodes(): string[] {
  return (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules')).flatMap((dir) => {
    try {
      accessSync(join(dir, 'node'), constants.X_OK);
      return [join(dir, 'node')];
    } catch {
      return [];
    }
  });
}

function run(node: string, args: string[]) {
  return spawnSync(node, args, { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
}

/** The entry run by this Node, reporting another version: set before the entry's first line runs. */
function runAs(version: string, args: string[]) {
  const preload = `data:text/javascript,Object.defineProperty(process.versions, "node", { value: ${JSON.stringify(version)} })`;
  return run(process.execPath, ['--import', preload, CLI, ...args]);
}

describe(`the CLI refuses Node.js older than ${NODE_FLOOR}`, () => {
  it('package.json engines states the same floor', () => {
    expect(pkg.engines.node).toBe(`>=${NODE_FLOOR}`);
  });

  it.each([['18.20.4'], ['20.19.0'], ['22.11.0']])('Node %s: one clear error, exit 2, nothing else runs', (version) => {
    const result = runAs(version, ['--dry-run']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`error E_RUNTIME: ${runtimeProblem(version, process.execPath)}\n`);
    expect(result.stderr).toContain(`needs Node.js 22.12.0 or later; this is Node.js ${version}`);
  });

  it.each([['22.12.0'], ['24.0.0']])('Node %s: runs', (version) => {
    const result = runAs(version, ['--version']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('the system node outside node_modules is judged by its real version', () => {
    const nodes = systemNodes();
    expect(nodes.length, 'no node on PATH outside node_modules').toBeGreaterThan(0);
    for (const node of nodes) {
      const version = run(node, ['-p', 'process.versions.node']).stdout.trim();
      const result = run(node, [CLI, '--version']);
      if (runtimeProblem(version, node)) {
        expect(result.status, `${node} ${version}`).toBe(2);
        expect(result.stderr).toContain(`this is Node.js ${version} (`);
      } else {
        expect(result.status, `${node} ${version}: ${result.stderr}`).toBe(0);
        expect(result.stdout.trim()).toBe(pkg.version);
      }
    }
  });
});
