/**
 * The project's own history follows Conventional Commits from c57ab89 on (scripts/check-commits.ts):
 * the notes of its own releases, and `npm run dry-run` on this repository, depend on it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommits, messageProblem } from '../../scripts/check-commits.js';
import { createTempRepo } from '../support/temp-git.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('commit messages', () => {
  it('every commit after c57ab89 on HEAD\'s history is a conventional commit', () => {
    const { checked, problems } = checkCommits(ROOT);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('accepts conventional headers and git\'s own merge messages', () => {
    for (const message of ['feat(notes): group by scope', 'fix!: drop Node 20', 'test: vendor the schemas\n\nBody.', 'ci: count broken files',
      "Merge branch 'issue-12'", "Merge branch 'issue-12' into main", 'Merge 1a2b3c4d into 5e6f7a8b']) {
      expect(messageProblem(message), message).toBeUndefined();
    }
  });

  it('rejects the rest, saying why', () => {
    expect(messageProblem('Review: one error layout for both hosts')).toMatch(/"Review" is not a type/);
    expect(messageProblem('Fault matrix (8 request kinds × 11 faults)')).toMatch(/is not "type\(scope\): subject"/);
    expect(messageProblem('wip: half done')).toMatch(/"wip" is not a type/);
    expect(messageProblem('feat:no space')).toMatch(/is not "type\(scope\): subject"/);
  });

  it('checks only the commits after the base, and fails when the base is not there', () => {
    const repo = createTempRepo('forge-commits-');
    try {
      repo.commit('Initial import');
      const base = repo.git('rev-parse', '--short', 'HEAD');
      repo.commit('feat: a');
      repo.commit('Fixed stuff');
      expect(checkCommits(repo.dir, base)).toEqual({ checked: 2, problems: [expect.stringMatching(/: "Fixed stuff" is not/)] });
      expect(() => checkCommits(repo.dir, 'deadbeef')).toThrow(/not on HEAD's history/);
    } finally {
      repo.remove();
    }
  });
});
