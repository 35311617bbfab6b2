import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstContained, isShallow, localTagCommit, parseTagLines, readReleaseTags, resolveCommit } from '../../src/git/read-git-facts.js';
import { assertFullHistory } from '../../src/notes/shallow.js';
import { createTempRepo, type TempRepo } from '../support/temp-git.js';

let repo: TempRepo;
let first: string;
let second: string;
let side: string;

beforeAll(() => {
  repo = createTempRepo('forge-facts-');
  first = repo.commit('feat: one');
  repo.tag('v1.0.0');
  repo.tag('v1.0.0-rc.1');
  repo.tag('v1.0');
  repo.tag('other-1.0.0');
  second = repo.commit('fix: two');
  repo.tag('v1.10.0', 'annotated');
  repo.tag('v1.9.0');
  repo.git('checkout', '-q', '-b', 'side');
  side = repo.commit('feat: side');
  repo.tag('v2.0.0');
  repo.git('checkout', '-q', 'main');
});
afterAll(() => repo.remove());

describe('release tags', () => {
  it('lists every prefix+semver tag, highest first, peeling annotated tags', async () => {
    expect(await readReleaseTags(repo.dir, 'v')).toEqual([
      { name: 'v2.0.0', version: '2.0.0', sha: side },
      { name: 'v1.10.0', version: '1.10.0', sha: second },
      { name: 'v1.9.0', version: '1.9.0', sha: second },
      { name: 'v1.0.0', version: '1.0.0', sha: first },
      { name: 'v1.0.0-rc.1', version: '1.0.0-rc.1', sha: first },
    ]);
  });

  it('finds the first candidate a commit contains, skipping tags of other branches', async () => {
    const tags = await readReleaseTags(repo.dir, 'v');
    expect((await firstContained(repo.dir, second, tags))?.name).toBe('v1.10.0');
    expect((await firstContained(repo.dir, first, tags))?.name).toBe('v1.0.0');
    expect((await firstContained(repo.dir, side, tags))?.name).toBe('v2.0.0');
    expect(await firstContained(repo.dir, first, tags.slice(0, 3))).toBeUndefined();
  });

  it('asks git in batches, so a long list of newer tags on other branches still ends in the right one', async () => {
    const others = Array.from({ length: 40 }, (_, i) => ({ name: 'v2.0.0', version: `3.0.${i}`, sha: side }));
    const tags = [...others, ...(await readReleaseTags(repo.dir, 'v'))];
    expect((await firstContained(repo.dir, second, tags))?.name).toBe('v1.10.0');
  });

  it('takes only tags with the prefix; an empty prefix takes bare versions', async () => {
    expect((await readReleaseTags(repo.dir, 'other-')).map((t) => t.name)).toEqual(['other-1.0.0']);
    expect(await readReleaseTags(repo.dir, '')).toEqual([]);
  });

  it('parses for-each-ref lines, refusing partial and padded versions', () => {
    expect(parseTagLines('v1.2\0a\0\nv01.2.3\0b\0\nv1.2.3\0c\0d\nx\0e\0', 'v')).toMatchObject([{ name: 'v1.2.3', version: '1.2.3', sha: 'd' }]);
  });
});

describe('refs', () => {
  it('resolves refs and tags to commits; unknown ones to undefined', async () => {
    expect(await resolveCommit(repo.dir, 'main')).toBe(second);
    expect(await resolveCommit(repo.dir, 'v1.10.0')).toBe(second);
    expect(await localTagCommit(repo.dir, 'v1.10.0')).toBe(second);
    expect(await localTagCommit(repo.dir, 'v9.9.9')).toBeUndefined();
    expect(await resolveCommit(repo.dir, 'no-such-branch')).toBeUndefined();
  });

  it('cannot be tricked into reading an option', async () => {
    expect(await resolveCommit(repo.dir, '--output=/tmp/forge-pwned')).toBeUndefined();
  });
});

describe('shallow clones', () => {
  it('are detected and refused with the fix for each CI', async () => {
    const clone = `${repo.dir}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
    expect(await isShallow(clone)).toBe(true);
    expect(await isShallow(repo.dir)).toBe(false);
    await expect(assertFullHistory(clone)).rejects.toMatchObject({ code: 'E_SHALLOW_CLONE', hint: expect.stringContaining('fetch-depth: 0') });
    await expect(assertFullHistory(clone)).rejects.toMatchObject({ hint: expect.stringContaining('GIT_DEPTH: 0') });
    execFileSync('rm', ['-rf', clone]);
  });
});
