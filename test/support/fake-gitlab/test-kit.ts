/**
 * For tests that drive the fake over plain HTTP: the sheet's §7 setting (project g/p; tags v0.1 and
 * v0.2 on commit C1, main at C2; one token per role) and a small fetch helper.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createTempRepo, type TempRepo } from '../temp-git.js';
import { startFakeGitLab } from './index.js';
import type { FakeGitLab, FakeGitLabOptions, TokenSpec } from './types.js';

export const DEV = 'glpat-dev-token-000000000000';
export const MAINT = 'glpat-maint-token-00000000000';
export const REP = 'glpat-reporter-token-0000000';
export const GUEST = 'glpat-guest-token-0000000000';
export const OUT = 'glpat-outsider-token-0000000';
export const READ_API = 'glpat-readapi-token-0000000';
export const EXPIRED = 'glpat-expired-token-00000000';
export const REVOKED = 'glpat-revoked-token-00000000';
export const OAUTH = 'oauth-dev-token-000000000000';
export const JOB = 'glcbt-job-token-00000000000';
export const FINISHED_JOB = 'glcbt-finished-token-000000';

/** Every role and kind the scenarios need; the developer's PAT, OAuth and job tokens are one user. */
export const SCENARIO_TOKENS: Record<string, TokenSpec> = {
  [DEV]: { role: 'developer', kind: 'pat' },
  [MAINT]: { role: 'maintainer', kind: 'pat' },
  [REP]: { role: 'reporter', kind: 'pat' },
  [GUEST]: { role: 'guest', kind: 'pat' },
  [OUT]: { role: 'outsider', kind: 'pat' },
  [READ_API]: { role: 'developer', kind: 'pat', scopes: ['read_api'] },
  [EXPIRED]: { role: 'developer', kind: 'pat', expired: true },
  [REVOKED]: { role: 'developer', kind: 'pat', revoked: true },
  [OAUTH]: { role: 'developer', kind: 'oauth' },
  [JOB]: { role: 'developer', kind: 'job' },
  [FINISHED_JOB]: { role: 'developer', kind: 'job', finished: true },
};

export interface ScenarioRepo {
  repo: TempRepo;
  c1: string;
  c2: string;
}

/** Tags v0.1 (lightweight) and v0.2 (annotated, "Second") on C1; main at C2. */
export function scenarioRepo(): ScenarioRepo {
  const repo = createTempRepo('fake-gitlab-');
  const c1 = repo.commit('feat: first', 'Body of the first commit.\n\nSigned-off-by: Ada <ada@example.com>');
  repo.tag('v0.1');
  repo.tag('v0.2', 'Second');
  const c2 = repo.commit('fix: second');
  return { repo, c1, c2 };
}

export function startScenario(setting: ScenarioRepo, options: FakeGitLabOptions = {}): Promise<FakeGitLab> {
  return startFakeGitLab({ repoDir: setting.repo.dir, milestones: ['v1.0', 'v2.0', 'm2'], tokens: SCENARIO_TOKENS, ...options });
}

export interface Scenario extends ScenarioRepo {
  fake: FakeGitLab;
  /** Replaces the fake with one started with these options (on the same repository). */
  restart(options: FakeGitLabOptions): Promise<FakeGitLab>;
}

/** Registers the hooks: one repository per file, a fresh fake per test. */
export function useScenario(options: FakeGitLabOptions = {}): Scenario {
  const scenario = {} as Scenario;
  beforeAll(() => {
    Object.assign(scenario, scenarioRepo());
  });
  afterAll(() => scenario.repo.remove());
  beforeEach(async () => {
    scenario.fake = await startScenario(scenario, options);
  });
  afterEach(() => scenario.fake.close());
  scenario.restart = async (changed) => {
    await scenario.fake.close();
    scenario.fake = await startScenario(scenario, { ...options, ...changed });
    return scenario.fake;
  };
  return scenario;
}

export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export interface Call {
  token?: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: string;
}

/** One request; `token` goes in PRIVATE-TOKEN. Redirects are not followed. */
export async function call(fake: FakeGitLab, method: string, path: string, options: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(options.token ? { 'PRIVATE-TOKEN': options.token } : {}), ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = options.form;
  }
  const response = await fetch(`${fake.url}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

export const P = '/api/v4/projects/24';
