/** Notes and versions need the history: a shallow clone fails early with the fix for each CI. */
import { ReleaseError } from '../errors.js';
import { isShallow } from '../git/read-git-facts.js';
import { mention } from '../option-mention.js';

export async function assertFullHistory(cwd: string): Promise<void> {
  if (!(await isShallow(cwd))) return;
  throw new ReleaseError('E_SHALLOW_CLONE', `${cwd} is a shallow clone: release notes and versions need the full history and the tags`, {
    hint: [
      'GitHub Actions: actions/checkout with `fetch-depth: 0`.',
      'GitLab CI: set the variable `GIT_DEPTH: 0` (the template does).',
      `Anywhere: \`git fetch --unshallow --tags\`. Or give the notes yourself (${mention('description')}) so no history is read.`,
    ].join('\n'),
  });
}
