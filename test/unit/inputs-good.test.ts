import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/inputs/parse-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'forge-inputs-ok-'));
writeFileSync(join(dir, 'notes.md'), '# Notes\n');
const base = { project: 'g/sub/p', token: 'glpat-abcdefghijklmnop', cwd: dir };

describe('parseInputs', () => {
  it('types every value and applies the table defaults', () => {
    const { inputs } = parseInputs({ ...base, tag: 'refs/tags/v1.2.0', 'gitlab-url': 'https://gitlab.example.com/gitlab/' });
    expect(inputs).toMatchObject({
      gitlabUrl: 'https://gitlab.example.com/gitlab', project: 'g/sub/p', tag: 'v1.2.0',
      projectUrl: 'https://gitlab.example.com/gitlab/g/sub/p', auth: { kind: 'private' }, notesMode: 'replace',
      evidence: 'auto', bump: 'auto', tagPrefix: 'v', initialVersion: '1.0.0', dryRun: false, timeoutMs: 30_000, deadlineMs: 120_000, retries: 4,
    });
    expect(inputs.milestones).toBeUndefined();
    expect(inputs.assets).toBeUndefined();
  });

  it('prefers a private token over a job token', () => {
    expect(parseInputs({ ...base, 'job-token': 'glcbt-abcdefghijklmnop' }).inputs.auth.kind).toBe('private');
    expect(parseInputs({ ...base, token: undefined, 'job-token': 'glcbt-abcdefghijklmnop' }).inputs.auth).toEqual({ kind: 'job', token: 'glcbt-abcdefghijklmnop' });
  });

  it('allows an offline dry run without project or token', () => {
    const { inputs } = parseInputs({ cwd: dir, 'dry-run': 'true' });
    expect(inputs.dryRun).toBe(true);
    expect(inputs.auth.kind).toBe('none');
    expect(inputs.project).toBeUndefined();
  });

  it('splits milestones on commas and newlines and clears them on request', () => {
    expect(parseInputs({ ...base, milestones: 'v1.0, Sprint 3\nQ4' }).inputs.milestones).toEqual(['v1.0', 'Sprint 3', 'Q4']);
    expect(parseInputs({ ...base, 'clear-milestones': 'true' }).inputs.milestones).toEqual([]);
  });

  it('reads assets, defaulting link_type and accepting the deprecated filepath with a warning', () => {
    const { inputs, warnings } = parseInputs({ ...base, assets: '[{"name":"a","url":"ftp://x/a"},{"name":"b","url":"https://x/b","filepath":"/bin/b","link_type":"package"}]' });
    expect(inputs.assets).toEqual([
      { name: 'a', url: 'ftp://x/a', linkType: 'other' },
      { name: 'b', url: 'https://x/b', linkType: 'package', directAssetPath: '/bin/b' },
    ]);
    expect(warnings.join()).toContain('filepath');
  });

  it('reads the description from a file relative to cwd and normalises released-at to UTC', () => {
    const { inputs } = parseInputs({ ...base, 'description-file': 'notes.md', 'released-at': '2019-03-25T10:00:00+09:00' });
    expect(inputs.description).toBe('# Notes\n');
    expect(inputs.releasedAt).toBe('2019-03-25T01:00:00.000Z');
  });

  it('accepts an inline PEM as ca-file', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    expect(parseInputs({ ...base, 'ca-file': pem }).inputs.caPem).toBe(pem);
  });
});
