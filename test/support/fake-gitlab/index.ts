/**
 * A fake GitLab for tests: a real HTTP(S) server on 127.0.0.1 that answers the Releases, Release
 * Links and Evidence APIs (and the few routes around them) the way GitLab does, as written in
 * shared/gitlab/releases-api-behaviour.md. test/contract/fake-gitlab-*.test.ts pin it to that sheet.
 */
import { GitRepo } from './git-repo.js';
import { defineOtherProject, defineProject, groupsOf } from './project.js';
import { routesFor } from './routes.js';
import { FakeServer } from './server.js';
import { FakeState } from './state.js';
import type { FakeGitLab, FakeGitLabOptions, TokenSpec } from './types.js';

export type { FakeGitLab, FakeGitLabOptions, Fault, RecordedRequest, Role, TokenSpec } from './types.js';
export type { Evidence, FakeState, LinkInput, Milestone, Release, ReleaseInput, ReleaseLink } from './state.js';

export const DEFAULT_TOKENS: Readonly<Record<string, TokenSpec>> = {
  'glpat-dev-token-000000000000': { role: 'developer', kind: 'pat' },
  'glpat-maint-token-00000000000': { role: 'maintainer', kind: 'pat' },
  'glpat-reporter-token-0000000': { role: 'reporter', kind: 'pat' },
  'glpat-readapi-token-0000000': { role: 'developer', kind: 'pat', scopes: ['read_api'] },
  'glcbt-job-token-00000000000': { role: 'developer', kind: 'job' },
  'glcbt-finished-token-000000': { role: 'developer', kind: 'job', finished: true },
};

export async function startFakeGitLab(options: FakeGitLabOptions = {}): Promise<FakeGitLab> {
  const repo = new GitRepo(options.repoDir);
  const state = new FakeState(await repo.tags(), options.milestones ?? [], options.groupMilestones ?? []);
  if (options.packages?.duplicatesAllowed !== undefined) state.packages.duplicatesAllowed = options.packages.duplicatesAllowed;
  if (options.packages?.maxFileSize !== undefined) state.packages.maxFileSize = options.packages.maxFileSize;
  const server = new FakeServer(options.tls, options.urlRoot);
  const project = defineProject(options, await server.listen());
  const others = (options.otherProjects ?? []).map((fullPath, index) => ({
    project: defineOtherProject(project, fullPath, index), state: new FakeState(new Map(), [], []), repo: new GitRepo(undefined),
  }));
  const groups = groupsOf([project, ...others.map((o) => o.project)]);
  server.serve({ project, state, repo, tokens: options.tokens ?? DEFAULT_TOKENS, others, groups }, routesFor(project.edition));
  return {
    url: project.url,
    webUrl: project.webUrl,
    requests: server.requests,
    writes: () => server.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    reset: () => {
      server.requests.length = 0;
    },
    faults: server.faults,
    state,
    stateOf: (fullPath) => {
      const other = others.find((o) => o.project.fullPath === fullPath);
      if (!other) throw new Error(`fake GitLab: no project ${fullPath} (pass it in otherProjects)`);
      return other.state;
    },
    close: () => server.close(),
  };
}
