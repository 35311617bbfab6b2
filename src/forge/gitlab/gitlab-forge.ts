/** GitLab as a forge: its reads, its words, its writes, its errors (src/forge/forge.ts). */
import type { GitLabClient } from '../../gitlab/client.js';
import type { Logger } from '../../hosts/host.js';
import type { Auth } from '../../inputs/inputs.js';
import { byKind } from '../../plan/steps.js';
import type { Forge } from '../forge.js';
import { projectApiPath } from './api-path.js';
import { gitlabWrites } from './apply-steps.js';
import { gitlabDescriptions } from './describe-steps.js';
import { explainGitLabError } from './explain.js';
import { readGitLabFacts, refreshGitLabFacts } from './read-facts.js';

export interface GitLabForgeOptions {
  gitlabUrl: string;
  project?: string;
  auth: Auth['kind'];
  /** undefined = offline: facts say nothing exists, and nothing can be applied. */
  client?: GitLabClient;
  log: Logger;
}

export function createGitLabForge(options: GitLabForgeOptions): Forge {
  const { client } = options;
  const descriptions = gitlabDescriptions(projectApiPath(options.gitlabUrl, options.project));
  const writes = client ? gitlabWrites(client, options.log) : undefined;
  return {
    readFacts: (want) => readGitLabFacts(client, options.auth, want),
    refresh: (facts, want) => refreshGitLabFacts(client, facts, want),
    // `<gitlab-url>/api/v4/…`: the relative URL root stays in; it always serves the newest row (§3).
    packageFileUrl: (name, version, file) => `${options.gitlabUrl}/api/v4/projects/${encodeURIComponent(options.project ?? '<project>')}/packages/generic/${[name, version, file].map(encodeURIComponent).join('/')}`,
    describe: (step, plan) => byKind(descriptions, step, plan),
    apply: (step, plan, release) => {
      if (!writes) throw new Error('an offline plan cannot be applied');
      return byKind(writes(release), step, plan);
    },
    explain: explainGitLabError,
  };
}
