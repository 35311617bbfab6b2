/**
 * Defaults that come from the CI the tool runs in. One function for every front-end, so the CLI
 * inside a GitHub job and the action behave alike. Explicit inputs always win over these.
 */
import type { RawInputs } from './options.js';

export function contextDefaults(env: NodeJS.ProcessEnv): RawInputs {
  const defaults: RawInputs = {};
  const set = (name: keyof RawInputs, value: string | undefined) => {
    if (value && value.trim() !== '' && defaults[name] === undefined) defaults[name] = value;
  };
  set('gitlab-url', env.CI_SERVER_URL);
  set('project', env.CI_PROJECT_ID);
  set('project-url', env.CI_PROJECT_URL);
  set('token', env.GITLAB_TOKEN);
  set('job-token', env.CI_JOB_TOKEN);
  set('tag', env.CI_COMMIT_TAG);
  set('tag', githubTag(env));
  set('ref', env.CI_COMMIT_SHA);
  set('ref', env.GITHUB_SHA);
  set('ca-file', env.CI_SERVER_TLS_CA_FILE);
  return defaults;
}

/** GITHUB_REF_NAME is a tag only when GITHUB_REF_TYPE says so (a branch push also sets it). */
function githubTag(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME) return stripTagRef(env.GITHUB_REF_NAME);
  if (env.GITHUB_REF?.startsWith('refs/tags/')) return stripTagRef(env.GITHUB_REF);
  return undefined;
}

/** Users paste `refs/tags/v1.2.0` as often as `v1.2.0`; the API wants the short name. */
export function stripTagRef(tag: string): string {
  return tag.startsWith('refs/tags/') ? tag.slice('refs/tags/'.length) : tag;
}
