// The GitHub Action's entry (bundled to dist/index.js). It only runs: the engine loads lazily.
import { createGitHubActionsHost } from './hosts/github-actions.js';
import { runOnHost } from './hosts/run-on-host.js';

process.exitCode = await runOnHost(createGitHubActionsHost());
