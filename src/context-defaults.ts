/**
 * Defaults that come from the CI the tool runs in. One function for every front-end, so the CLI
 * inside a GitHub job and the action behave alike. Explicit inputs always win over these.
 */
import type { OptionName, RawInputs } from './options.js';

/** Where a value came from, as the user would write it: `GITLAB_TOKEN`, `with: tag`, `--tag`. */
export type InputOrigins = Partial<Record<OptionName, string>>;

export function contextDefaults(env: NodeJS.ProcessEnv): RawInputs {
  return contextSources(env).values;
}

/** The defaults and, for each, the variable it came from: an error names `GITLAB_TOKEN`, not `--token`. */
export function contextSources(env: NodeJS.ProcessEnv): { values: RawInputs; origins: InputOrigins } {
  const values: RawInputs = {};
  const origins: InputOrigins = {};
  const set = (name: keyof RawInputs, from: string, value: string | undefined) => {
    if (value && value.trim() !== '' && values[name] === undefined) {
      values[name] = value;
      origins[name] = from;
    }
  };
  const fromEnv = (name: keyof RawInputs, variable: string) => set(name, variable, env[variable]);
  fromEnv('gitlab-url', 'CI_SERVER_URL');
  fromEnv('project', 'CI_PROJECT_ID');
  fromEnv('project-url', 'CI_PROJECT_URL');
  fromEnv('token', 'GITLAB_TOKEN');
  fromEnv('job-token', 'CI_JOB_TOKEN');
  fromEnv('tag', 'CI_COMMIT_TAG');
  set('tag', env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME ? 'GITHUB_REF_NAME' : 'GITHUB_REF', githubTag(env));
  fromEnv('ref', 'CI_COMMIT_SHA');
  fromEnv('ref', 'GITHUB_SHA');
  fromEnv('ca-file', 'CI_SERVER_TLS_CA_FILE');
  return { values, origins };
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
