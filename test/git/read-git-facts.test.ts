import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isShallow, localTagCommit, parseTagLines, readReleaseTags, readTags, resolveCommit, resolveCommitAndShallow, tagsContainedIn } from '../../src/git/read-git-facts.js';
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
  it('lists every prefix+semver tag, highest first, peeling annotated tags, with the date each was made', async () => {
    expect(await readReleaseTags(repo.dir, 'v')).toEqual([
      { name: 'v2.0.0', version: '2.0.0', sha: side, date: expect.any(Number) },
      { name: 'v1.10.0', version: '1.10.0', sha: second, date: expect.any(Number) },
      { name: 'v1.9.0', version: '1.9.0', sha: second, date: expect.any(Number) },
      { name: 'v1.0.0', version: '1.0.0', sha: first, date: expect.any(Number) },
      { name: 'v1.0.0-rc.1', version: '1.0.0-rc.1', sha: first, date: expect.any(Number) },
    ]);
  });

  it('dates a lightweight tag by its commit and an annotated tag by its tagger', async () => {
    const commitDate = Number(repo.git('log', '-1', '--format=%ct', second));
    const read = await readTags(repo.dir, ['v1.9.0', 'v1.10.0', 'v1.0', 'v9.9.9']);
    expect(read.get('v1.9.0')?.date).toBe(commitDate);
    expect(read.get('v1.10.0')?.date).toBe(Number(repo.git('for-each-ref', '--format=%(taggerdate:unix)', 'refs/tags/v1.10.0')));
    expect(read.get('v1.0')?.date).toBe(Number(repo.git('log', '-1', '--format=%ct', first)));
    expect(read.has('v9.9.9')).toBe(false);
  });

  it('names the tags a commit contains in one walk, skipping tags of other branches', async () => {
    expect([...await tagsContainedIn(repo.dir, second, { prefix: 'v' })].sort()).toEqual(['v1.0', 'v1.0.0', 'v1.0.0-rc.1', 'v1.10.0', 'v1.9.0']);
    expect([...await tagsContainedIn(repo.dir, first, { prefix: 'v' })].sort()).toEqual(['v1.0', 'v1.0.0', 'v1.0.0-rc.1']);
    expect(await tagsContainedIn(repo.dir, side, { prefix: 'v' })).toContain('v2.0.0');
    expect([...await tagsContainedIn(repo.dir, second, { names: ['v2.0.0', 'v1.9.0'] })]).toEqual(['v1.9.0']);
    expect(await tagsContainedIn(repo.dir, second, { names: [] })).toEqual(new Set());
  });

  it('takes only tags with the prefix; an empty prefix takes bare versions', async () => {
    expect((await readReleaseTags(repo.dir, 'other-')).map((t) => t.name)).toEqual(['other-1.0.0']);
    expect(await readReleaseTags(repo.dir, '')).toEqual([]);
  });

  it('parses for-each-ref lines, refusing partial and padded versions', () => {
    expect(parseTagLines('v1.2\0a\0\nv01.2.3\0b\0\nv1.2.3\0c\0d\nx\0e\0', 'v')).toMatchObject([{ name: 'v1.2.3', version: '1.2.3', sha: 'd' }]);
  });

  it('takes a tag only when it ends at a commit: a tag of a tree or a blob releases nothing', () => {
    const lines = ['v1.0.0\0t1\0\0 5\0tree\0', 'v2.0.0\0a2\0b2\0 6\0tag\0blob', 'v3.0.0\0a3\0c3\0 7\0tag\0commit', 'v4.0.0\0c4\0\0 8\0commit\0'];
    expect(parseTagLines(lines.join('\n'), 'v').map((t) => [t.name, t.sha])).toEqual([['v3.0.0', 'c3'], ['v4.0.0', 'c4']]);
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
    expect(await resolveCommitAndShallow(clone, 'HEAD')).toEqual({ sha: second, shallow: true });
    expect(await resolveCommitAndShallow(repo.dir, 'v1.10.0')).toEqual({ sha: second, shallow: false });
    expect(await resolveCommitAndShallow(repo.dir, 'no-such-branch')).toEqual({ shallow: false });
    await expect(assertFullHistory(clone)).rejects.toMatchObject({ code: 'E_SHALLOW_CLONE', hint: expect.stringContaining('fetch-depth: 0') });
    await expect(assertFullHistory(clone)).rejects.toMatchObject({ hint: expect.stringContaining('GIT_DEPTH: 0') });
    execFileSync('rm', ['-rf', clone]);
  });
});
