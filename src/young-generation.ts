/**
 * Keeps V8's young generation at its starting size. By default it doubles under the notes
 * writer's allocation rate on a large range (10,000 commits: ~190 MB peak RSS, of which at most
 * ~30 MB is live), where `--max-semi-space-size=1` kept it at ~130 MB and no slower. That flag is
 * read only when the heap is set up, but the growth factor is read at every resize, so it can be
 * set here, at the entry, before anything is loaded: users need no NODE_OPTIONS. Measured in
 * bench/ (scenario 3). A young-generation flag of the user's own wins.
 */
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  const own = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => /semi[-_]space/.test(arg));
  if (!own) setFlagsFromString('--semi-space-growth-factor=1');
}
