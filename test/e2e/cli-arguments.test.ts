/**
 * What a user types on the command line, as a process: errors quote it as typed (never a
 * garbled `---v`), `help`, `-h` and `-v` do what most CLIs do, and --json speaks even on failure.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { startFakeGitLab, type FakeGitLab } from '../support/fake-gitlab/index.js';
import { runBundle } from '../support/run-bundle.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

const TOKEN = 'glpat-dev-token-000000000000';
let repo: TempRepo;
let fake: FakeGitLab;

beforeAll(async () => {
  repo = createTempRepo();
  repo.commit('feat: something');
  fake = await startFakeGitLab({ repoDir: repo.dir });
});
afterAll(async () => {
  await fake.close();
  repo.remove();
});
beforeEach(() => fake.reset());

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return runBundle('cli.js', args, { cwd: repo.dir, env: { GITLAB_TOKEN: TOKEN, FORGE_RELEASE_GITLAB_URL: fake.url, FORGE_RELEASE_PROJECT: 'g/p', ...env } });
}

describe('arguments as typed', () => {
  it.each([['help'], ['-h'], ['--help']])('%s prints the help, exit 0', async (word) => {
    const result = await cli([word]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: forge-release');
    expect(result.stdout).toContain('--dry-run');
  });

  it.each([['-v'], ['--version']])('%s prints the version, exit 0', async (flag) => {
    const result = await cli([flag]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('a short option that does not exist is named as typed, with a suggestion for a typo of a long one', async () => {
    const result = await cli(['-x', '--dyr-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-x: is not a known option');
    expect(result.stderr).toContain('--dyr-run: is not a known option');
    expect(result.stderr).toContain('Did you mean --dry-run?');
    expect(result.stderr).not.toMatch(/---|--x/);
    expect(fake.requests).toEqual([]);
  });

  it('--dry-run false says that a switch takes no separate value, and how to turn it off', async () => {
    const result = await cli(['--tag', 'v1.0.0', '--dry-run', 'false']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--dry-run false: --dry-run is a switch and takes no separate value');
    expect(result.stderr).toContain('--dry-run=false');
    expect(result.stderr).not.toContain('--false');
    expect(fake.requests).toEqual([]);
  });

  it('a stray word is quoted, not turned into a flag', async () => {
    const result = await cli(['publish']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"publish": is not an option');
    expect(result.stderr).not.toContain('--publish');
  });

  it('--dry-run=false runs for real', async () => {
    const result = await cli(['--tag', 'v1.0.0', '--dry-run=false', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ result: 'created' });
  });
});

describe('--json on failure', () => {
  const failed = (stdout: string) => JSON.parse(stdout) as { result: string; error: { code: string; message: string; hint: string; gitlab?: { status: number } } };

  it('a GitLab refusal prints {"result":"failed","error":{code,message,hint}} on stdout, exit 1', async () => {
    fake.faults.add({ method: 'POST', path: /\/releases$/, times: 1, status: 403, body: { message: '403 Forbidden' } });
    const result = await cli(['--tag', 'v2.0.0', '--json', '--retries', '0']);
    expect(result.code).toBe(1);
    const out = failed(result.stdout);
    expect(out.result).toBe('failed');
    expect(out.error.code).toMatch(/^E_[A-Z_]+$/);
    expect(out.error.message.length).toBeGreaterThan(5);
    expect(out.error.hint.length).toBeGreaterThan(5);
    expect(out.error.gitlab?.status).toBe(403);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('bad input (FORGE_RELEASE_JSON) and an argument that does not parse still answer in JSON, exit 2', async () => {
    const input = await cli(['--tag', 'HEAD'], { FORGE_RELEASE_JSON: 'true' });
    expect(input.code).toBe(2);
    expect(failed(input.stdout).error).toMatchObject({ code: 'E_INPUT', message: expect.stringContaining('--tag') });
    const argument = await cli(['--json', '--tagg', 'v1']);
    expect(argument.code).toBe(2);
    expect(failed(argument.stdout).error.hint).toContain('Did you mean --tag?');
    expect(fake.requests).toEqual([]);
  });

  it('without --json, stdout stays empty on failure', async () => {
    const result = await cli(['--tag', 'HEAD']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});

describe('an input error names the input as it was given', () => {
  it('a flag as --evidence, a variable as FORGE_RELEASE_EVIDENCE, a CI default as its variable', async () => {
    const flag = await cli(['--tag', 'v1.0.0', '--evidence', 'Always']);
    expect(flag.stderr).toContain('--evidence: "Always" is not one of auto, always, never');
    const variable = await cli(['--tag', 'v1.0.0'], { FORGE_RELEASE_EVIDENCE: 'Always' });
    expect(variable.stderr).toContain('FORGE_RELEASE_EVIDENCE: "Always" is not one of auto, always, never');
    expect(variable.stderr).not.toContain('--evidence');
    const context = await cli([], { CI_COMMIT_TAG: 'v1..0', GITLAB_TOKEN: `${TOKEN}\u00e9` });
    expect(context.stderr).toContain('CI_COMMIT_TAG: "v1..0" contains ".."');
    expect(context.stderr).toContain('GITLAB_TOKEN: contains a character that is not printable ASCII');
    for (const run of [flag, variable, context]) expect(run.code).toBe(2);
    expect(fake.requests).toEqual([]);
  });
});

describe('log sections in a terminal', () => {
  /** stderr split at the `── title` headings the terminal prints for each phase. */
  function sections(stderr: string): Record<string, string> {
    const found: Record<string, string> = {};
    let title = '(before)';
    for (const line of stderr.split('\n')) {
      if (line.startsWith('── ')) found[(title = line.slice(3))] = '';
      else found[title] = `${found[title] ?? ''}${line}\n`;
    }
    return found;
  }

  it('each heading holds its phase: the plan under Plan, the notes under Release notes, writes under Apply', async () => {
    const dry = sections((await cli(['--tag', 'v5.0.0', '--dry-run'])).stderr);
    expect(Object.keys(dry)).toEqual(['Resolve the release', 'Read GitLab', 'Release notes', 'Plan']);
    expect(dry['Resolve the release']).toContain('Tag v5.0.0 (given) on commit');
    expect(dry['Read GitLab']).toContain('Release v5.0.0 does not exist on GitLab yet.');
    expect(dry['Release notes']).toContain('something');
    expect(dry['Release notes']).not.toContain('POST');
    expect(dry.Plan).toContain('+ POST /api/v4/projects/g%2Fp/releases');
    expect(dry.Plan).toContain('Dry run: nothing was written. v5.0.0 would be created from');
    expect(dry.Plan).not.toContain('/-/releases/v5.0.0.');

    const real = sections((await cli(['--tag', 'v5.0.0'])).stderr);
    expect(real.Apply).toContain('+ release v5.0.0 created');
    expect(real.Apply).toContain(`Release v5.0.0 created: ${fake.webUrl}/-/releases/v5.0.0`);
  });
});
