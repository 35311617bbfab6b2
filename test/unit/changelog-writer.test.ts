// conventional-changelog-writer dumps its whole template context for its debug logger on every
// run (a quadratic, circular-safe JSON.stringify); ours answers that dump with one word, and the
// notes are the same as without it.
import { writeChangelogString, type CommitKnownProps } from 'conventional-changelog-writer';
import { describe, expect, it } from 'vitest';
import { writeChangelog } from '../../src/notes/changelog-writer.js';
import type { ParsedCommit } from '../../src/notes/commits.js';

function commit(i: number): ParsedCommit {
  return {
    type: i % 2 ? 'feat' : 'fix', scope: null, subject: `change number ${i}`, merge: null, header: `feat: change number ${i}`,
    body: null, footer: null, notes: [], references: [], mentions: [], revert: null, hash: i.toString(16).padStart(40, '0'),
  } as unknown as ParsedCommit;
}

describe('the changelog writer', () => {
  it('does not dump its template context, and writes the same notes', async () => {
    const commits = Array.from({ length: 200 }, (_, i) => commit(i));
    const context = { version: '1.2.0', currentTag: 'v1.2.0', previousTag: 'v1.1.0', date: '2026-12-02' };
    const dumps: string[] = [];
    const writer = { generateOn: () => false, doFlush: true, debug: (message: string) => dumps.push(message) };
    const ours = await writeChangelog({ commits, preset: {}, context, writer });
    const finalContext = dumps.find((m) => m.startsWith('Your final context is'));
    expect(finalContext).toBe('Your final context is:\n"(not dumped)"');

    const { default: createPreset } = await import('conventional-changelog-conventionalcommits');
    const options = { ...(createPreset({}) as { writer: object }).writer, generateOn: () => false, doFlush: true };
    const plain = await writeChangelogString(commits as unknown as CommitKnownProps[], context, options);
    expect(ours).toBe(plain.trim());
    expect(ours).toContain('* change number 199');
  });
});
