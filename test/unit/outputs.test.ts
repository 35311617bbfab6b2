import { describe, expect, it } from 'vitest';
import { OUTPUTS } from '../../src/options.js';
import { ReleaseError, toReleaseError } from '../../src/errors.js';
import { DOTENV_MAX_BYTES, toDotenv, toJsonFailure, toJsonOutput, toStepOutputs, type Outputs } from '../../src/outputs.js';
import { clearSecrets, registerSecret } from '../../src/redact.js';

const outputs = (extra: Partial<Outputs> = {}): Outputs => ({
  result: 'created', releaseUrl: 'https://g/p/-/releases/v1.0.0', tag: 'v1.0.0', version: '1.0.0', previousTag: '',
  commitSha: 'a'.repeat(40), assets: [{ name: 'a', url: 'https://x/a', directAssetUrl: 'https://x/a', linkType: 'other' }],
  milestones: ['m1'], evidence: 'collected', notesFile: '/tmp/notes.md', notes: '## Notes\n\n* one\n* two', ...extra,
});

describe('outputs', () => {
  it('gives every declared step output as a string, JSON for lists', () => {
    const step = toStepOutputs(outputs());
    expect(Object.keys(step)).toEqual(OUTPUTS.map((o) => o.name));
    expect(step.assets).toBe('[{"name":"a","url":"https://x/a","directAssetUrl":"https://x/a","linkType":"other"}]');
    expect(step.milestones).toBe('["m1"]');
    expect(step['previous-tag']).toBe('');
  });

  it('writes a dotenv GitLab accepts: one line per variable, no newline inside, under the size limit', () => {
    const { text, dropped } = toDotenv(outputs());
    const lines = text.trimEnd().split('\n');
    expect(dropped).toEqual([]);
    expect(lines).toHaveLength(OUTPUTS.length);
    for (const line of lines) expect(line).toMatch(/^[A-Z_]+=[^\n]*$/);
    expect(text).toContain('RELEASE_URL=https://g/p/-/releases/v1.0.0\n');
    expect(text).not.toContain('FORGE_RELEASE_');
  });

  it('drops a value that would break the dotenv limit instead of cutting it', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ name: `asset-${i}`, url: `https://x/${i}`, directAssetUrl: `https://x/${i}`, linkType: 'other' as const }));
    const { text, dropped } = toDotenv(outputs({ assets: many }));
    expect(dropped).toEqual(['RELEASE_ASSETS']);
    expect(Buffer.byteLength(text)).toBeLessThan(DOTENV_MAX_BYTES);
    expect(text).toContain('RELEASE_MILESTONES=["m1"]');
  });

  it('redacts registered secrets in every encoding', () => {
    registerSecret('glpat-marker-token/+=');
    try {
      const leaky = outputs({ notes: `x glpat-marker-token/+= y ${encodeURIComponent('glpat-marker-token/+=')}` });
      const json = JSON.stringify(toJsonOutput(leaky));
      expect(json).not.toContain('glpat-marker-token');
      expect(json).not.toContain(encodeURIComponent('glpat-marker-token/+='));
      expect(toDotenv(leaky).text).not.toContain('marker');
    } finally {
      clearSecrets();
    }
  });
});

describe('--json on failure', () => {
  it('carries code, message, hint; a bug also its stack; never a token', () => {
    registerSecret('glpat-failure-secret-000');
    const bug = toReleaseError(new TypeError('x is undefined glpat-failure-secret-000'));
    const json = toJsonFailure(bug) as { result: string; error: Record<string, string> };
    expect(json.result).toBe('failed');
    expect(json.error).toMatchObject({ code: 'E_INTERNAL', hint: expect.stringContaining('bug') });
    expect(json.error.stack).toContain('TypeError');
    expect(JSON.stringify(json)).not.toContain('glpat-failure-secret-000');
    expect((toJsonFailure(new ReleaseError('E_GIT', 'git failed', { hint: 'h' })) as { error: object }).error).toEqual({ code: 'E_GIT', message: 'git failed', hint: 'h' });
    clearSecrets();
  });
});
