/** GitLab's error dialect: which answers mean "the plan was made from a state that no longer holds". */
import { toReleaseError, type ReleaseError } from '../../errors.js';

export function explainGitLabError(error: unknown): { error: ReleaseError; stale: boolean } {
  const known = toReleaseError(error);
  return { error: known, stale: isStalePlan(known) };
}

function isStalePlan(error: ReleaseError): boolean {
  if (error.code === 'E_WRITE_AMBIGUOUS' || error.code === 'E_GITLAB_CONFLICT') return true;
  const status = error.gitlab?.status;
  const message = error.gitlab?.message ?? '';
  const linkCall = error.gitlab?.endpoint.includes('/assets/links') ?? false;
  if (status === 404 && linkCall) return true; // link or release deleted by someone else
  if (status === 400 && /has already been taken/.test(message)) return true; // link created by a racing run
  // PUT on a tag whose release was deleted answers 403 (behaviour sheet §2.4): re-read tells which.
  if (status === 403 && error.gitlab?.method === 'PUT' && message === '403 Forbidden') return true;
  return false;
}
