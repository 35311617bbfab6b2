// The bad-input catalogue: every entry must fail parsing with exit code 2 and a problem that names
// the input, before anything could be sent. The e2e suite runs a sample of these through the CLI
// against the fake GitLab and checks that no request arrives.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseInputs } from '../../src/inputs/parse-inputs.js';
import type { RawInputs } from '../../src/options.js';

const dir = mkdtempSync(join(tmpdir(), 'forge-inputs-'));
mkdirSync(join(dir, 'a-directory'));
writeFileSync(join(dir, 'not-pem.txt'), 'hello');
const ok: RawInputs = { project: 'g/p', token: 'glpat-abcdefghijklmnop', tag: 'v1.0.0', cwd: dir };
const link = (extra: Record<string, unknown>) => JSON.stringify([{ name: 'app', url: 'https://example.com/app', ...extra }]);

export const BAD_INPUTS: [string, RawInputs, string][] = [
  ['gitlab-url not a URL', { 'gitlab-url': 'gitlab.example.com' }, 'gitlab-url'],
  ['gitlab-url ftp scheme', { 'gitlab-url': 'ftp://gitlab.example.com' }, 'gitlab-url'],
  ['gitlab-url javascript scheme', { 'gitlab-url': 'javascript:alert(1)' }, 'gitlab-url'],
  ['gitlab-url with credentials', { 'gitlab-url': 'https://user:pw@gitlab.example.com' }, 'gitlab-url'],
  ['gitlab-url with query', { 'gitlab-url': 'https://gitlab.example.com/?x=1' }, 'gitlab-url'],
  ['gitlab-url empty host', { 'gitlab-url': 'https://' }, 'gitlab-url'],
  ['project trailing slash', { project: 'g/p/' }, 'project'],
  ['project leading slash', { project: '/g/p' }, 'project'],
  ['project double slash', { project: 'g//p' }, 'project'],
  ['project bare name', { project: 'p' }, 'project'],
  ['project with spaces around', { project: ' g/p ' }, 'project'],
  ['project missing', { project: '' }, 'project'],
  ['token with trailing newline', { token: 'glpat-abcdefghijklmnop\n' }, 'token'],
  ['token with surrounding spaces', { token: ' glpat-abcdefghijklmnop ' }, 'token'],
  ['token with inner space', { token: 'glpat-abcd efghijklmnop' }, 'token'],
  ['job token with newline', { token: '', 'job-token': 'glcbt-abcdefghijklmno\n' }, 'job-token'],
  ['no token at all', { token: '' }, 'token'],
  ['tag HEAD', { tag: 'HEAD' }, 'tag'],
  ['tag starting with dash', { tag: '-x' }, 'tag'],
  ['tag with ..', { tag: 'a..b' }, 'tag'],
  ['tag ending .lock', { tag: 'v1.0.lock' }, 'tag'],
  ['tag with space', { tag: 'v1 0' }, 'tag'],
  ['tag with newline', { tag: 'v1\nrm -rf' }, 'tag'],
  ['tag with tilde', { tag: 'v1~1' }, 'tag'],
  ['tag with caret', { tag: 'v1^' }, 'tag'],
  ['tag with colon', { tag: 'v1:2' }, 'tag'],
  ['tag with question mark', { tag: 'v1?' }, 'tag'],
  ['tag with star', { tag: 'v*' }, 'tag'],
  ['tag with bracket', { tag: 'v[1]' }, 'tag'],
  ['tag with backslash', { tag: 'v1\\2' }, 'tag'],
  ['tag with @{', { tag: 'v@{1}' }, 'tag'],
  ['tag ending with dot', { tag: 'v1.' }, 'tag'],
  ['tag ending with slash', { tag: 'v1/' }, 'tag'],
  ['tag with //', { tag: 'a//b' }, 'tag'],
  ['tag component starting with dot', { tag: 'rel/.hidden' }, 'tag'],
  ['tag refs/heads/', { tag: 'refs/heads/main' }, 'tag'],
  ['tag @ alone', { tag: '@' }, 'tag'],
  ['ref starting with dash', { ref: '--upload-pack=x' }, 'ref'],
  ['ref with newline', { ref: 'main\nx' }, 'ref'],
  ['ref with space', { ref: 'ma in' }, 'ref'],
  ['ref that is a range', { ref: 'a..b' }, 'ref'],
  ['ref with ~ (a revision expression, not a name)', { ref: 'main~1' }, 'ref'],
  ['ref ending .lock', { ref: 'feature.lock' }, 'ref'],
  ['token with a non-ASCII character', { token: 'glpat-abcdefghij…klmnop' }, 'token'],
  ['job token with a smart quote', { token: '', 'job-token': '“glcbt-abcdefghijklmnop”' }, 'job-token'],
  ['notes-mode unknown', { 'notes-mode': 'merge' }, 'notes-mode'],
  ['evidence unknown', { evidence: 'sometimes' }, 'evidence'],
  ['bump unknown', { bump: 'huge' }, 'bump'],
  ['released-at not a date', { 'released-at': 'yesterday-ish' }, 'released-at'],
  ['released-at impossible day', { 'released-at': '2026-02-30T10:00:00Z' }, 'released-at'],
  ['released-at hour 25', { 'released-at': '2026-01-01T25:00:00Z' }, 'released-at'],
  ['released-at without zone', { 'released-at': '2026-01-01T10:00:00' }, 'released-at'],
  ['released-at date only', { 'released-at': '2026-01-01' }, 'released-at'],
  ['description-file missing', { 'description-file': 'nope.md' }, 'description-file'],
  ['description-file is a directory', { 'description-file': 'a-directory' }, 'description-file'],
  ['description and description-file', { description: 'x', 'description-file': 'not-pem.txt' }, 'description-file'],
  ['milestones listed twice', { milestones: 'v1, v1' }, 'milestones'],
  ['milestones and clear-milestones', { milestones: 'v1', 'clear-milestones': 'true' }, 'clear-milestones'],
  ['assets not JSON', { assets: '[{name:' }, 'assets'],
  ['assets not an array', { assets: '{"name":"a","url":"https://x"}' }, 'assets'],
  ['assets item not an object', { assets: '["https://x"]' }, 'assets'],
  ['assets missing url', { assets: '[{"name":"a"}]' }, 'assets'],
  ['assets missing name', { assets: '[{"url":"https://x/a"}]' }, 'assets'],
  ['assets empty name', { assets: '[{"name":"","url":"https://x/a"}]' }, 'assets'],
  ['assets javascript: url', { assets: link({ url: 'javascript:alert(1)' }) }, 'assets'],
  ['assets file: url', { assets: link({ url: 'file:///etc/passwd' }) }, 'assets'],
  ['assets torrent url', { assets: link({ url: 'torrent://x/y' }) }, 'assets'],
  ['assets relative url', { assets: link({ url: '/downloads/app' }) }, 'assets'],
  ['assets duplicate names', { assets: '[{"name":"a","url":"https://x/1"},{"name":"a","url":"https://x/2"}]' }, 'assets'],
  ['assets duplicate urls', { assets: '[{"name":"a","url":"https://x/1"},{"name":"b","url":"https://x/1"}]' }, 'assets'],
  ['assets duplicate paths', { assets: '[{"name":"a","url":"https://x/1","direct_asset_path":"/bin/a"},{"name":"b","url":"https://x/2","direct_asset_path":"/bin/a"}]' }, 'assets'],
  ['assets bad link_type', { assets: link({ link_type: 'binary' }) }, 'assets'],
  ['assets empty link_type', { assets: link({ link_type: '' }) }, 'assets'],
  ['assets path without slash', { assets: link({ direct_asset_path: 'bin/app' }) }, 'assets'],
  ['assets path with //', { assets: link({ direct_asset_path: '/a//b' }) }, 'assets'],
  ['assets path ending with dot', { assets: link({ direct_asset_path: '/x.dmg.' }) }, 'assets'],
  ['assets path too long', { assets: link({ direct_asset_path: `/${'a'.repeat(128)}` }) }, 'assets'],
  ['assets path with query', { assets: link({ direct_asset_path: '/bin/app?x=1' }) }, 'assets'],
  ['assets unknown key', { assets: link({ filename: 'x' }) }, 'assets'],
  ['assets name with whitespace', { assets: '[{"name":" a ","url":"https://x/1"}]' }, 'assets'],
  ['prune-links without assets', { 'prune-links': 'true' }, 'prune-links'],
  ['boolean not a boolean', { 'dry-run': 'maybe' }, 'dry-run'],
  ['timeout not a number', { timeout: 'fast' }, 'timeout'],
  ['timeout zero', { timeout: '0' }, 'timeout'],
  ['retries negative', { retries: '-1' }, 'retries'],
  ['retry-max-wait too big', { 'retry-max-wait': '99999' }, 'retry-max-wait'],
  ['ca-file missing', { 'ca-file': 'missing.pem' }, 'ca-file'],
  ['ca-file without a certificate', { 'ca-file': 'not-pem.txt' }, 'ca-file'],
  ['cwd not a directory', { cwd: join(dir, 'not-pem.txt') }, 'cwd'],
  ['tag-prefix starting with dash', { 'tag-prefix': '-v' }, 'tag-prefix'],
  ['prerelease with a dot', { prerelease: 'rc.1' }, 'prerelease'],
  ['prerelease true (a boolean elsewhere)', { prerelease: 'true', tag: '' }, 'prerelease'],
  ['prerelease Yes', { prerelease: 'Yes', tag: '' }, 'prerelease'],
  ['prerelease FALSE', { prerelease: 'FALSE', tag: '' }, 'prerelease'],
  ['prerelease no', { prerelease: 'no', tag: '' }, 'prerelease'],
  ['initial-version not semver', { 'initial-version': '1.0' }, 'initial-version'],
  ['project-url not a URL', { 'project-url': 'gitlab/g/p' }, 'project-url'],
  ['notes-sections not JSON', { 'notes-sections': '{docs: Documentation}' }, 'notes-sections'],
  ['notes-sections an array', { 'notes-sections': '["docs"]' }, 'notes-sections'],
  ['notes-sections with an empty heading', { 'notes-sections': '{"docs":""}' }, 'notes-sections'],
  ['notes-sections with a bad type', { 'notes-sections': '{"do cs":"Docs"}' }, 'notes-sections'],
  ['bump prerelease without an identifier', { bump: 'prerelease', tag: '' }, 'prerelease'],
  ['notes-file in a missing directory', { 'notes-file': 'no-such-dir/notes.md' }, 'notes-file'],
  ['notes-file that is a directory', { 'notes-file': 'a-directory' }, 'notes-file'],
  ['dotenv in a missing directory', { dotenv: join(dir, 'missing', 'release.env') }, 'dotenv'],
  ['dotenv under a file', { dotenv: 'not-pem.txt/release.env' }, 'dotenv'],
];

describe('bad input catalogue', () => {
  it('has at least 60 entries', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(BAD_INPUTS)('%s', (_label, raw, input) => {
    let error: unknown;
    try {
      parseInputs({ ...ok, ...raw });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.exitCode).toBe(2);
    const problem = inputError.problems.find((p) => p.input === input);
    expect(problem, `no problem names ${input}: ${inputError.message}`).toBeDefined();
    expect(problem!.hint.length).toBeGreaterThan(10);
  });
});

describe('problems are reported all at once', () => {
  it('collects every problem of one run', () => {
    try {
      parseInputs({ ...ok, tag: 'HEAD', evidence: 'x', assets: 'nope', 'released-at': 'soon' });
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).problems.map((p) => p.input).sort()).toEqual(['assets', 'evidence', 'released-at', 'tag']);
    }
  });

  it('never echoes a token in a problem', () => {
    try {
      parseInputs({ ...ok, token: 'glpat-secret-marker-123\n' });
      expect.unreachable();
    } catch (error) {
      expect(JSON.stringify((error as InputError).problems) + (error as Error).message).not.toContain('secret-marker');
    }
  });
});
