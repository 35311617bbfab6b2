// The GitHub Action's entry (bundled to dist/index.js). It only runs: the engine loads lazily,
// after Node's compile cache is on, so the action's bundle is compiled once per runner.
import { enableCompileCache } from './compile-cache.js';
import { keepYoungGenerationSmall } from './young-generation.js';

enableCompileCache();
keepYoungGenerationSmall();
const { createGitHubActionsHost } = await import('./hosts/github-actions.js');
const { runOnHost } = await import('./hosts/run-on-host.js');
process.exitCode = await runOnHost(createGitHubActionsHost());
