/**
 * What each committed bundle carries: the action speaks the runner protocol through @actions/core,
 * the CLI must never load it (nor its HTTP client and OIDC code), and the action stays within its
 * size budget with it. Markers are strings only @actions/core's code holds; the action bundle
 * having them shows they would be found in the CLI if it were there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/run-bundle.js';

const ACTION_BUDGET = 2.5 * 1024 * 1024;
const ACTIONS_CORE_MARKERS = ['ghadelimiter_', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'GITHUB_STEP_SUMMARY', 'add-mask'];

const filesOf = (folder: string) => readdirSync(join(DIST_DIR, folder)).map((name) => join(DIST_DIR, folder, name));
const textOf = (folder: string) => filesOf(folder).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('the bundles', () => {
  it('the action bundle carries @actions/core', () => {
    const action = textOf('action');
    for (const marker of ACTIONS_CORE_MARKERS) expect(action, marker).toContain(marker);
  });

  it('the CLI bundle, lazy chunks included, does not', () => {
    const cli = textOf('cli');
    for (const marker of ACTIONS_CORE_MARKERS) expect(cli, marker).not.toContain(marker);
    expect(readFileSync(join(DIST_DIR, 'cli.js'), 'utf8')).toBe("#!/usr/bin/env node\nimport './cli/index.js';\n");
  });

  it(`dist/index.js with dist/action/ stays under ${ACTION_BUDGET / 1024 / 1024} MB`, () => {
    const total = statSync(join(DIST_DIR, 'index.js')).size + filesOf('action').reduce((sum, f) => sum + statSync(f).size, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(ACTION_BUDGET);
  });
});
