// The action runs what is committed in dist/: it must equal a fresh build of the sources.
// `npm test` builds before running the suite, so any drift shows up here as a diff against HEAD.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

describe('dist/', () => {
  it('equals a fresh build (commit the rebuilt dist/)', () => {
    const changed = git('status', '--porcelain', '--untracked-files=all', '--', 'dist');
    expect(changed, `dist/ differs from a fresh build:\n${changed}\nRun npm run build and commit dist/.`).toBe('');
  });
});
