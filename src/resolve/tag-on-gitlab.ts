/**
 * The checkout may lack a tag GitLab has (GitLab created it, and nobody fetched since). When the
 * release found for our tag sits on another commit, a computed version is simply taken, and an
 * explicit tag keeps GitLab's commit: say so, rather than silently mixing the two.
 */
import { ReleaseError } from '../errors.js';
import type { Logger } from '../hosts/host.js';
import type { ExistingRelease } from '../model.js';
import type { ResolvedRelease } from './resolve-release.js';

export function checkTagOnGitLab(release: ResolvedRelease, existing: ExistingRelease | undefined, computed: boolean, log: Logger): void {
  const elsewhere = existing?.commitSha;
  if (!elsewhere || elsewhere === release.commitSha || release.tagExistsLocally) return;
  const short = (sha: string) => sha.slice(0, 12);
  if (computed) {
    throw new ReleaseError('E_VERSION_TAKEN', `The computed version ${release.tag} is already released on GitLab at ${short(elsewhere)}, not at ${short(release.commitSha)}`, {
      hint: 'This checkout lacks tags GitLab has: fetch them (git fetch --tags; actions/checkout with fetch-depth: 0) so the next version is computed from the latest release.',
    });
  }
  log.warn(`Tag ${release.tag} is on GitLab at ${short(elsewhere)}, which this checkout has no tag for; the release keeps GitLab's tag while the notes were computed up to ${short(release.commitSha)}. Fetch tags (git fetch --tags) to compute them for the tag's commit.`);
}
