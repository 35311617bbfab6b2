/**
 * A GitLab error answer → a coded ReleaseError. GitLab's own words are kept verbatim in
 * `gitlab.message`; the hint says what usually causes that answer and how to fix it.
 */
import { ReleaseError, type GitLabFailure } from '../errors.js';
import { mention } from '../option-mention.js';

export type AuthKind = 'private' | 'job' | 'none';

/** GitLab's `message` may be a string, an array (link services) or a hash (release update). */
export function gitlabMessage(body: string, contentType: string): string {
  if (!contentType.includes('json')) return body.trim();
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return body.trim();
  }
  if (typeof data !== 'object' || data === null) return String(data);
  const record = data as Record<string, unknown>;
  const main = record.message ?? record.error;
  const text = flatten(main);
  const description = typeof record.error_description === 'string' ? `: ${record.error_description}` : '';
  return `${text}${description}`;
}

function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flatten).join('; ');
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => `${key} ${flatten(v)}`).join('; ');
  }
  return JSON.stringify(value) ?? '';
}

/**
 * GitLab's two 404s mean different things (behaviour sheet §1.2): `{"message":"404 Not Found"}` is
 * an endpoint saying "no such release"; `{"error":"404 Not Found"}` is Grape's catch-all saying "no
 * such route" — a wrong gitlab-url, not a missing release. A 404 that is not JSON at all did not
 * come from GitLab's API either (a web page, a proxy). Only the first may ever lead to a write.
 */
export function isRouteNotFound(status: number, body: string, contentType: string): boolean {
  if (status !== 404) return false;
  if (!contentType.includes('json')) return true;
  try {
    const data = JSON.parse(body) as Record<string, unknown> | null;
    return typeof data === 'object' && data !== null && data.message === undefined && data.error === '404 Not Found';
  } catch {
    return true;
  }
}

export interface AnswerContext {
  /** The GitLab the request went to: every error names it, so a wrong gitlab-url shows at once. */
  baseUrl?: string;
  routeNotFound?: boolean;
}

export function responseError(failure: GitLabFailure, auth: AuthKind, context: AnswerContext = {}): ReleaseError {
  const at = context.baseUrl ? ` at ${context.baseUrl}` : '';
  if (context.routeNotFound) {
    return new ReleaseError('E_GITLAB_ROUTE_NOT_FOUND', `GitLab${at} has no API route ${failure.method} ${failure.endpoint} (${failure.status}: ${failure.message})`, {
      hint: 'gitlab-url must be the base URL of the instance, e.g. https://gitlab.example.com (with its relative URL root such as /gitlab, if it has one), not the API URL (CI_API_V4_URL). Nothing was written.',
      gitlab: failure,
    });
  }
  const [code, hint] = codeAndHint(failure, auth);
  return new ReleaseError(code, `GitLab${at} refused ${failure.method} ${failure.endpoint} (${failure.status}): ${failure.message}`, { hint, gitlab: failure });
}

function codeAndHint({ status, message }: GitLabFailure, auth: AuthKind): [string, string] {
  if (status === 401) return ['E_GITLAB_UNAUTHORIZED', auth === 'job'
    ? 'The job token is invalid or its job has finished: job tokens only work while the job runs.'
    : 'The token is invalid, expired or revoked: create a new one (scope api) and store it as a masked secret.'];
  if (status === 403) return ['E_GITLAB_FORBIDDEN', forbiddenHint(message)];
  if (status === 404 && /Tag does not exist/.test(message)) {
    return ['E_GITLAB_TAG_MISSING', 'The release exists but its git tag was deleted: push the tag again (git push origin <tag>) or delete the release.'];
  }
  if (status === 404) return ['E_GITLAB_NOT_FOUND', auth === 'job'
    ? 'Check project (numeric id or full path). A job token only works for its own project or projects whose job-token allowlist includes it.'
    : 'Check project (numeric id or full path) and that the token can see it. A CI job token must be passed as job-token (JOB-TOKEN header), not as token.'];
  if (status === 405 && /moved projects/.test(message)) {
    return ['E_GITLAB_PROJECT_MOVED', 'The project was renamed or moved: use its numeric id (CI_PROJECT_ID) or its new path.'];
  }
  if (status === 409) return ['E_GITLAB_CONFLICT', 'Another run changed the release at the same time; run again to converge.'];
  if (/Milestone(?: id)?\(s\) not found/.test(message)) {
    return ['E_GITLAB_MILESTONE_NOT_FOUND', 'Create the milestone in the project (or, on Premium, its direct parent group) or fix the title; titles match exactly.'];
  }
  if (/^Target .* is invalid$|^Ref is not specified$/.test(message)) {
    return ['E_GITLAB_VALIDATION', `GitLab cannot find the commit to create the tag from: push it first (git push origin HEAD), or set ${mention('ref')} to a branch or commit GitLab has.`];
  }
  if (status === 400 || status === 422) return ['E_GITLAB_VALIDATION', 'GitLab refused the values; its message above says which. Fix that input and run again.'];
  if (status === 429) return ['E_GITLAB_RATE_LIMITED', 'GitLab kept rate-limiting within the retry budget: raise retries / retry-max-wait or run later.'];
  if (status >= 500) return ['E_GITLAB_UNAVAILABLE', 'GitLab failed within the retry budget; run again later (a re-run converges, nothing is duplicated).'];
  return ['E_GITLAB_UNEXPECTED', 'An answer forge-release does not expect; GitLab\'s message above may say more.'];
}

function forbiddenHint(message: string): string {
  if (/insufficient_scope/.test(message)) return 'The token lacks the api scope (read_api can only read): create one with scope api.';
  if (/protected/.test(message)) return 'The tag is protected: only roles allowed to create it may release it (Settings → Repository → Protected tags).';
  if (/job token not allowed|CI\/CD job token/.test(message)) {
    return 'Add this project to the target project\'s job-token allowlist (Settings → CI/CD → Job token permissions), or use a project access token.';
  }
  return 'The token\'s user needs the Developer role or higher, and the right to create this tag if it is protected; a job token acts with the permissions of the user who ran the job.';
}
