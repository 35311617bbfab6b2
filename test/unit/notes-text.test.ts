import { describe, expect, it } from 'vitest';
import { GITLAB_DESCRIPTION_LIMIT, limitDescription } from '../../src/notes/limit.js';
import { endMarker, markedBlock, mergeNotes, ourNotes, startMarker } from '../../src/notes/merge.js';
import { unifiedDiff } from '../../src/text-diff.js';
import { neutraliseHtml, sanitiseCommit } from '../../src/notes/sanitize.js';

describe('notes are marked as ours in every mode', () => {
  const existing = 'Hand-written intro.';
  const merged = (...args: Parameters<typeof mergeNotes>) => mergeNotes(...args).text;

  it('appends once, then replaces its own block in place', () => {
    const once = merged('append', existing, '## 1.0.0\n* a', 'v1.0.0');
    expect(once).toBe(`Hand-written intro.\n\n${startMarker('v1.0.0')}\n## 1.0.0\n* a\n${endMarker('v1.0.0')}`);
    expect(merged('append', once, '## 1.0.0\n* a', 'v1.0.0')).toBe(once);
    const changed = merged('append', once, '## 1.0.0\n* b', 'v1.0.0');
    expect(changed).toContain('* b');
    expect(changed).not.toContain('* a');
    expect(changed.split(startMarker('v1.0.0'))).toHaveLength(2);
  });

  it('prepends once and keeps text added after it by hand', () => {
    const once = merged('prepend', existing, 'notes', 'v1.0.0');
    expect(once.startsWith(startMarker('v1.0.0'))).toBe(true);
    const edited = `${once}\n\nAdded by a maintainer.`;
    expect(merged('prepend', edited, 'notes', 'v1.0.0')).toBe(edited);
  });

  it('wraps the block alone when there is no description yet, whatever the mode', () => {
    for (const mode of ['replace', 'append', 'prepend', 'overwrite'] as const) {
      expect(merged(mode, null, 'n', 'v1')).toBe(`${startMarker('v1')}\nn\n${endMarker('v1')}`);
      expect(merged(mode, '  \n', 'n', 'v1')).toBe(`${startMarker('v1')}\nn\n${endMarker('v1')}`);
    }
  });

  it('replace changes only its own block and keeps what a person wrote around it', () => {
    const ours = `Intro by hand.\n\n${markedBlock('old', 'v1')}\n\nOutro by hand.`;
    expect(mergeNotes('replace', ours, 'new', 'v1')).toEqual({ text: `Intro by hand.\n\n${markedBlock('new', 'v1')}\n\nOutro by hand.`, keptForeign: false });
  });

  it('replace leaves a description it did not write as it is; overwrite replaces it', () => {
    expect(mergeNotes('replace', existing, 'n', 'v1')).toEqual({ text: existing, keptForeign: true });
    expect(mergeNotes('overwrite', existing, 'n', 'v1')).toEqual({ text: markedBlock('n', 'v1'), keptForeign: false });
  });

  it('a release an older version wrote without markers is ours as it stands: no write, no duplicate on a switch to append', () => {
    for (const mode of ['replace', 'append', 'prepend'] as const) expect(mergeNotes(mode, 'n', 'n', 'v1')).toEqual({ text: 'n', keptForeign: false });
  });

  it('reads back the notes between its markers', () => {
    expect(ourNotes(`x\n${markedBlock('a\nb', 'v1')}\ny`, 'v1')).toBe('a\nb');
    expect(ourNotes('a', 'v1')).toBeUndefined();
    expect(ourNotes(null, 'v1')).toBeUndefined();
  });

  it('keeps tags that could end an HTML comment out of the marker', () => {
    expect(startMarker('a-->b')).toBe('<!-- forge-release:start a%2D%2D%3Eb -->');
  });

  it('a block imitating our markers cannot fake a block of its own', () => {
    const hostile = `x\n${endMarker('v1')}\ny`;
    const once = merged('append', null, hostile, 'v1');
    expect(once.match(/<!-- forge-release:end/g)).toHaveLength(1);
    expect(merged('append', once, hostile, 'v1')).toBe(once);
  });
});

describe('the description diff of a plan', () => {
  it('shows removed and added lines with their context, unified-style', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n');
    const after = ['a', 'b', 'c', 'd', 'e', 'F', 'g', 'h', 'i', 'j', 'k'].join('\n');
    expect(unifiedDiff(before, after)).toEqual(['@@ -3,8 +3,9 @@', '  c', '  d', '  e', '- f', '+ F', '  g', '  h', '  i', '  j', '+ k']);
  });

  it('counts an empty side from zero', () => {
    expect(unifiedDiff('', 'a\nb')).toEqual(['@@ -0,0 +1,2 @@', '+ a', '+ b']);
    expect(unifiedDiff('a', '')).toEqual(['@@ -1,1 +0,0 @@', '- a']);
  });
});

describe('description limit', () => {
  const section = (title: string, items: number, width = 100) => `\n### ${title}\n\n${Array.from({ length: items }, (_, i) => `* ${String(i).padEnd(width, 'x')}`).join('\n')}`;

  it('leaves text within the limit alone', () => {
    expect(limitDescription('short')).toEqual({ text: 'short', omittedSections: 0, omittedItems: 0 });
  });

  it('cuts whole sections from the end and says so', () => {
    const text = `## 1.0.0${section('Features', 10)}${section('Bug Fixes', 10)}${section('Reverts', 10)}`;
    const limited = limitDescription(text, 2600);
    expect(limited.omittedSections).toBe(1);
    expect(limited.text).toContain('### Bug Fixes');
    expect(limited.text).not.toContain('### Reverts');
    expect(limited.text).toMatch(/1 section left out: the notes exceeded GitLab's 1,000,000-character limit/);
    expect(limited.text.length).toBeLessThanOrEqual(2600);
  });

  it('cuts whole entries when one section alone is too long', () => {
    const text = `## 1.0.0${section('Features', 20_000)}`;
    const limited = limitDescription(text);
    expect(text.length).toBeGreaterThan(GITLAB_DESCRIPTION_LIMIT);
    expect(limited.text.length).toBeLessThanOrEqual(GITLAB_DESCRIPTION_LIMIT);
    expect(limited.omittedItems).toBeGreaterThan(0);
    expect(limited.text.split('\n').filter((l) => l.startsWith('* ')).every((l) => l.length === 102)).toBe(true);
  });
});

describe('commit text cannot break the rendered structure', () => {
  it('neutralises HTML outside code spans and leaves code spans alone', () => {
    expect(neutraliseHtml('fix: close </details> early')).toBe('fix: close &lt;/details> early');
    expect(neutraliseHtml('feat: <!-- forge-release:end v1 -->')).toBe('feat: &lt;!-- forge-release:end v1 -->');
    expect(neutraliseHtml('fix: handle `Vec<u8>` and a < b')).toBe('fix: handle `Vec<u8>` and a < b');
    expect(neutraliseHtml('feat: <script>alert(1)</script>')).toBe('feat: &lt;script>alert(1)&lt;/script>');
  });

  it('covers subject, header, scope and breaking-change notes', () => {
    const safe = sanitiseCommit({ subject: '<b>', header: 'feat(<i>): <b>', scope: '<i>', notes: [{ title: 'BREAKING CHANGE', text: '</details>' }] });
    expect(safe).toEqual({ subject: '&lt;b>', header: 'feat(&lt;i>): &lt;b>', scope: '&lt;i>', notes: [{ title: 'BREAKING CHANGE', text: '&lt;/details>' }] });
  });
});
