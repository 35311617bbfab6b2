import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/hosts/host.js';
import { ReleaseError } from '../../src/errors.js';
import { MAX_SUMMARY_BYTES, bytes, renderFailureSummary, renderJobSummary, truncateBytes } from '../../src/hosts/job-summary.js';
import type { Outputs } from '../../src/outputs.js';

const SHA = 'c0ffee'.padEnd(40, '0');

function report(extra: Partial<Outputs> = {}, more: Partial<RunReport> = {}): RunReport {
  const outputs: Outputs = {
    result: 'created', releaseUrl: 'https://gitlab.example.com/g/p/-/releases/v1.2.0', tag: 'v1.2.0', version: '1.2.0',
    previousTag: 'v1.1.0', commitSha: SHA, evidence: 'collected', notesFile: '/runner/tmp/forge-release-notes.md',
    assets: [{ name: 'app.tar.gz', url: 'https://x/app.tar.gz', directAssetUrl: 'https://gitlab.example.com/g/p/-/releases/v1.2.0/downloads/app.tar.gz', linkType: 'package' }],
    milestones: ['M1', 'M2'], notes: '## Features\n\n* add login (abc1234)', ...extra,
  };
  return { outputs, planText: '+ release v1.2.0\n+ link app.tar.gz', dryRun: false, json: false, warnings: [], releaseExists: true, ...more };
}

describe('job summary', () => {
  it('shows the release link, tag → commit, result, assets, milestones, evidence and notes', () => {
    const md = renderJobSummary(report());
    expect(md).toContain('## Release [v1.2.0](https://gitlab.example.com/g/p/-/releases/v1.2.0)');
    expect(md).toContain(`| Tag | \`v1.2.0\` → \`${SHA}\` |`);
    expect(md).toContain('| Result | 🆕 created |');
    expect(md).toContain('| Previous tag | `v1.1.0` |');
    expect(md).toContain('| Milestones | M1, M2 |');
    expect(md).toContain('| Evidence | collected |');
    expect(md).toContain('| app.tar.gz | package | https://gitlab.example.com/g/p/-/releases/v1.2.0/downloads/app.tar.gz |');
    expect(md).toContain('<details><summary>Release notes</summary>\n\n## Features\n\n* add login (abc1234)\n\n</details>');
    expect(md).toContain('```diff\n+ release v1.2.0\n+ link app.tar.gz\n```');
  });

  it('names each result the way a reader expects', () => {
    expect(renderJobSummary(report({ result: 'unchanged' }))).toContain('| Result | ✅ unchanged (nothing to do) |');
    expect(renderJobSummary(report({ result: 'updated' }))).toContain('| Result | ✏️ updated |');
    const plan = renderJobSummary(report({ result: 'planned', evidence: 'planned' }, { dryRun: true }));
    expect(plan).toContain('## Release plan [v1.2.0]');
    expect(plan).toContain('planned (dry run: nothing was written)');
  });

  it('says so when there was nothing to release', () => {
    const md = renderJobSummary(report({ result: 'skipped', tag: '', releaseUrl: '', assets: [], notes: '' }, { planText: '' }));
    expect(md).toContain('nothing to release');
    expect(md).not.toContain('Release notes');
  });

  it('lists warnings and leaves out empty sections', () => {
    const md = renderJobSummary(report({ assets: [], milestones: [], previousTag: '' }, { warnings: ['insecure: TLS\nnot verified'] }));
    expect(md).toContain('### Warnings\n\n- insecure: TLS not verified');
    expect(md).not.toContain('### Assets');
    expect(md).not.toContain('Previous tag');
    expect(md).toContain('| Milestones | — |');
  });

  it('keeps table cells on one line and user text from becoming HTML', () => {
    const md = renderJobSummary(report({ assets: [{ name: 'a|b\n<script>', url: 'https://x', directAssetUrl: '', linkType: 'other' }] }));
    expect(md).toContain('| a\\|b &lt;script&gt; | other | https://x |');
    expect(md).not.toContain('<script>');
  });

  it('uses a fence longer than any backtick run in the plan', () => {
    const md = renderJobSummary(report({}, { planText: '~ description ```code```' }));
    expect(md).toContain('````diff\n~ description ```code```\n````');
  });

  it('stays under 1 MiB by shortening the notes first, and says where the full notes are', () => {
    const notes = `# Notes\n\n${'* a change that is described at length (ü)\n'.repeat(40_000)}`;
    expect(bytes(notes)).toBeGreaterThan(MAX_SUMMARY_BYTES);
    const md = renderJobSummary(report({ notes }));
    expect(bytes(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(bytes(md)).toBeGreaterThan(MAX_SUMMARY_BYTES - 1024);
    expect(md).toContain("Release notes shortened to keep this summary under GitHub's 1 MiB limit. The full notes are in `/runner/tmp/forge-release-notes.md`");
    expect(md).toContain('| app.tar.gz | package |');
    expect(md.endsWith('</details>\n')).toBe(true);
  });

  it('shortens the asset table when the notes alone are not enough', () => {
    const assets = Array.from({ length: 20_000 }, (_, i) => ({ name: `asset-${i}`, url: `https://x/${'p'.repeat(60)}/${i}`, directAssetUrl: '', linkType: 'other' as const }));
    const md = renderJobSummary(report({ assets, notes: 'n'.repeat(300_000) }));
    expect(bytes(md)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(md).toContain('Release notes left out of this summary');
    expect(md).toMatch(/…and \d+ more: see the `assets` output/);
    expect(md).toContain('| asset-0 | other |');
  });

  it('honours a smaller limit', () => {
    const md = renderJobSummary(report({ notes: 'x'.repeat(5000) }), 2000);
    expect(bytes(md)).toBeLessThanOrEqual(2000);
    expect(md).toContain('Release notes shortened');
  });
});

describe('truncateBytes', () => {
  it('never splits a multi-byte character', () => {
    expect(truncateBytes('aé€', 4)).toBe('aé');
    expect(truncateBytes('aé€', 3)).toBe('aé');
    expect(truncateBytes('aé€', 2)).toBe('a');
    expect(truncateBytes('short', 100)).toBe('short');
  });
});

describe('job summary of a dry run and of a failure', () => {
  it('a dry run of a new release links the commit and the changes, not the release page', () => {
    const md = renderJobSummary(report({ result: 'planned' }, {
      dryRun: true, releaseExists: false, commitUrl: 'https://gl/g/p/-/commit/abc', compareUrl: 'https://gl/g/p/-/compare/v1.1.0...abc',
    }));
    expect(md).toContain('## Release plan v1.2.0\n');
    expect(md).toContain('| On GitLab | [commit](https://gl/g/p/-/commit/abc) · [changes since v1.1.0](https://gl/g/p/-/compare/v1.1.0...abc) |');
  });

  it('a dry run of an existing release may link it', () => {
    expect(renderJobSummary(report({ result: 'planned' }, { dryRun: true, releaseExists: true }))).toContain('## Release plan [v1.2.0](');
  });

  it('a failure shows the code, message, hint, and each phase with what it found or wrote', () => {
    const error = new ReleaseError('E_GITLAB_FORBIDDEN', 'GitLab refused <the> link', { hint: 'Use a Developer token.' });
    const md = renderFailureSummary(error, [
      { title: 'Resolve the release', lines: ['Tag v1 (given) on commit abc', 'more'], state: 'done' },
      { title: 'Apply', lines: ['+ release v1 created', '~ link a updated'], state: 'failed' },
    ]);
    expect(md).toContain('## forge-release failed: `E_GITLAB_FORBIDDEN`\n\n> GitLab refused &lt;the&gt; link');
    expect(md).toContain('**Hint:** Use a Developer token.');
    expect(md).toContain('- ✅ **Resolve the release**\n  - Tag v1 (given) on commit abc\n- ❌ **Apply**: failed here\n  - + release v1 created\n  - ~ link a updated');
    expect(md).not.toContain('more');
    expect(md).toContain('GitLab confirmed 2 writes (above).');
  });
});
