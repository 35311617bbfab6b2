import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/cli/help.js';
import { parseArgv, parseCommandLine, rawFromEnv } from '../../src/cli/parse-argv.js';
import { contextDefaults, contextSources } from '../../src/context-defaults.js';
import { InputError } from '../../src/errors.js';
import { mergeRawInputs } from '../../src/hosts/run-on-host.js';
import { optionsOn } from '../../src/options.js';
import { VERSION } from '../../src/version.js';
import pkg from '../../package.json' with { type: 'json' };

describe('parseArgv', () => {
  it('reads --name value, --name=value and bare booleans', () => {
    expect(parseArgv(['--tag', 'v1.0.0', '--project=g/p', '--dry-run', '--prune-links=false'])).toEqual({ tag: 'v1.0.0', project: 'g/p', 'dry-run': 'true', 'prune-links': 'false' });
  });

  it('keeps a value that starts with dashes when given with =', () => {
    expect(parseArgv(['--description=--- notes ---'])).toEqual({ description: '--- notes ---' });
  });

  it('reports unknown flags, stray words and missing values together, as usage errors', () => {
    try {
      parseArgv(['--tga', 'v1', 'stray', '--name']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).exitCode).toBe(2);
      // v1 is read as the typo's value, not reported a second time.
      expect((error as InputError).problems.map((p) => p.label)).toEqual(['--tga', '"stray"', '--name']);
      expect((error as InputError).problems[0]?.hint).toContain('--tag');
    }
  });

  it('names a short option, a switch given a value and a forgotten value as typed', () => {
    try {
      parseArgv(['-x', '--dry-run', 'false', '--tag', '--json']);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).message).toContain('-x: is not a known option');
      expect((error as InputError).message).toContain('--dry-run false: --dry-run is a switch and takes no separate value');
      expect((error as InputError).message).toContain('--tag: needs a value');
      expect((error as InputError).hint).toContain('--dry-run=false');
    }
  });

  it('takes everything after -- as a word, and --flag=false as a value', () => {
    expect(parseArgv(['--json=false', '--tag=-x'])).toEqual({ json: 'false', tag: '-x' });
    expect(() => parseArgv(['--', '--tag'])).toThrow(/"--tag": is not an option/);
  });

  it('serves other commands: their own option specs, and as many positionals as they allow', () => {
    const specs = [{ name: 'out', kind: 'path' as const, placeholder: 'DIR' }, { name: 'all', kind: 'boolean' as const }];
    expect(parseCommandLine(['v1.0.0', '--out', 'dl', '--all'], specs, { positionals: 1 })).toEqual({ values: { out: 'dl', all: 'true' }, positionals: ['v1.0.0'] });
    expect(() => parseCommandLine(['v1', 'v2'], specs, { positionals: 1 })).toThrow(/"v2": is not an option/);
    expect(() => parseCommandLine(['--tag', 'v1'], specs)).toThrow(/--tag: is not a known option/);
  });

  it('reads FORGE_RELEASE_* variables for every CLI option', () => {
    expect(rawFromEnv({ FORGE_RELEASE_GITLAB_URL: 'https://g', FORGE_RELEASE_DRY_RUN: 'true', FORGE_RELEASE_UNKNOWN: 'x' })).toEqual({ 'gitlab-url': 'https://g', 'dry-run': 'true' });
  });

  it('documents every CLI option in --help', () => {
    const help = helpText();
    for (const option of optionsOn('cli')) expect(help).toContain(`--${option.name}`);
  });
});

describe('CI context defaults', () => {
  it('reads GitLab CI variables', () => {
    expect(contextDefaults({ CI_SERVER_URL: 'https://gl', CI_PROJECT_ID: '24', CI_PROJECT_URL: 'https://gl/g/p', CI_COMMIT_TAG: 'v1', CI_COMMIT_SHA: 'abc', CI_JOB_TOKEN: 'job', CI_SERVER_TLS_CA_FILE: '/ca.pem' }))
      .toEqual({ 'gitlab-url': 'https://gl', project: '24', 'project-url': 'https://gl/g/p', tag: 'v1', ref: 'abc', 'job-token': 'job', 'ca-file': '/ca.pem' });
  });

  it('takes the GitHub tag only from a tag ref, stripping refs/tags/', () => {
    expect(contextDefaults({ GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v2.0.0', GITHUB_SHA: 'def' })).toEqual({ tag: 'v2.0.0', ref: 'def' });
    expect(contextDefaults({ GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main', GITHUB_REF: 'refs/heads/main' })).toEqual({});
    expect(contextDefaults({ GITHUB_REF: 'refs/tags/v3.0.0' })).toEqual({ tag: 'v3.0.0' });
  });

  it('records which variable each default came from, for error messages', () => {
    expect(contextSources({ GITLAB_TOKEN: 'glpat-x', GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v2', GITHUB_SHA: 'def' }).origins)
      .toEqual({ token: 'GITLAB_TOKEN', tag: 'GITHUB_REF_NAME', ref: 'GITHUB_SHA' });
    expect(contextSources({ GITHUB_REF: 'refs/heads/main' }).origins).toEqual({});
  });

  it('lets explicit inputs win, and an explicit job token beat an ambient GITLAB_TOKEN', () => {
    expect(mergeRawInputs({ tag: 'v9' }, { tag: 'v1', ref: 'abc' })).toEqual({ tag: 'v9', ref: 'abc' });
    expect(mergeRawInputs({ 'job-token': 'explicit' }, { token: 'ambient' })).toEqual({ 'job-token': 'explicit' });
    expect(mergeRawInputs({ tag: '' }, { tag: 'v1' })).toEqual({ tag: 'v1' });
  });
});

describe('version', () => {
  it('equals package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});
