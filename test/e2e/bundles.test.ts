/**
 * What each committed bundle carries: the action speaks the runner protocol through @actions/core,
 * the CLI must never load it (nor its HTTP client and OIDC code), and the action stays within its
 * size budget with it. Markers are strings only @actions/core's code holds; the action bundle
 * having them shows they would be found in the CLI if it were there. The action loads the HTTP
 * client @actions/core's OIDC code uses only when that code asks for one (scripts/bundle.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST_DIR, REPO_ROOT, runBundle } from '../support/run-bundle.js';
import { createTempRepo } from '../support/temp-git.js';

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

describe("the action's HTTP client for @actions/core's OIDC code", () => {
  const HOOK = join(REPO_ROOT, 'test/support/loaded-files-hook.mjs');
  const CLIENT = join(DIST_DIR, 'action/http-client.cjs');
  const ON_DEMAND = join(DIST_DIR, 'action/http-client-on-demand.js');

  /** The files a process loaded, recorded by the hook: `run` starts it with the environment given. */
  async function loadedBy(run: (env: NodeJS.ProcessEnv) => unknown): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'forge-loaded-'));
    try {
      const list = join(dir, 'loaded.txt');
      writeFileSync(list, '');
      await run({ NODE_OPTIONS: `--import=${HOOK}`, FORGE_TEST_LOADED: list });
      return readFileSync(list, 'utf8').split('\n').filter(Boolean);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('is the real @actions/http-client, loaded when one is constructed', async () => {
    const seen: { authorization?: string; agent?: string }[] = [];
    const server = createServer((request, response) => {
      seen.push({ authorization: request.headers.authorization, agent: request.headers['user-agent'] });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ value: 'id-token' }));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const { HttpClient, BearerCredentialHandler } = await import(ON_DEMAND) as typeof import('@actions/http-client') & typeof import('@actions/http-client/lib/auth');
      const client = new HttpClient('forge-test', [new BearerCredentialHandler('t0ken')]);
      const { port } = server.address() as { port: number };
      const reply = await client.getJson<{ value: string }>(`http://127.0.0.1:${port}/token`);
      expect(reply.result).toEqual({ value: 'id-token' });
      expect(seen).toEqual([{ authorization: 'Bearer t0ken', agent: expect.stringContaining('forge-test') }]);
    } finally {
      server.close();
    }
    const loaded = await loadedBy((env) => execFileSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(ON_DEMAND)}); new m.HttpClient('x');`], { env: { ...process.env, ...env } }));
    expect(loaded, 'the hook sees what require() loads').toContain(CLIENT);
  });

  it("is not loaded by the action's run", async () => {
    const repo = createTempRepo('forge-action-loads-');
    const runner = mkdtempSync(join(tmpdir(), 'forge-runner-'));
    try {
      repo.commit('feat: first feature');
      repo.tag('v1.0.0');
      const { inputs } = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
      const given: Record<string, string> = { tag: 'v1.0.0', 'dry-run': 'true' };
      const env: NodeJS.ProcessEnv = { GITHUB_ACTIONS: 'true', RUNNER_TEMP: runner, GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary') };
      for (const [name, spec] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = given[name] ?? String(spec.default ?? '');
      for (const file of [env.GITHUB_OUTPUT!, env.GITHUB_STEP_SUMMARY!]) writeFileSync(file, '');
      let code = -1;
      const loaded = await loadedBy(async (hook) => ({ code } = await runBundle('index.js', [], { cwd: repo.dir, env: { ...env, ...hook } })));
      expect(code).toBe(0);
      expect(loaded).toContain(ON_DEMAND);
      expect(loaded).not.toContain(CLIENT);
    } finally {
      repo.remove();
      rmSync(runner, { recursive: true, force: true });
    }
  });
});
