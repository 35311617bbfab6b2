/**
 * The checkout may lack a tag GitLab has (`git clone --no-tags`, a CI fetch that skips tags, a tag
 * GitLab created since). A release is attached to GitLab's tag, so when GitLab's tag sits on
 * another commit than the one the version and notes were computed for, the run would publish notes
 * that describe the wrong commit: stop before any write and say which fetch fixes it.
 */
import { ReleaseError } from '../errors.js';
import { git } from '../git/git.js';
import type { Logger } from '../hosts/host.js';
import type { ExistingRelease } from '../model.js';
import type { ResolvedRelease } from './resolve-release.js';

export interface TagOnGitLab {
  existing?: ExistingRelease;
  /** The commit of GitLab's tag, when it was read (only for a tag the checkout lacks). */
  tagCommit?: string;
}

const short = (sha: string) => sha.slice(0, 12);

export interface TagOrigin {
  /** The version was computed from the checkout's tags (no explicit tag). */
  computed: boolean;
  /** The notes come from the checkout's commits (no explicit description). */
  generatedNotes: boolean;
}

export function checkTagOnGitLab(release: ResolvedRelease, gitlab: TagOnGitLab, origin: TagOrigin, log: Logger): void {
  const elsewhere = gitlab.tagCommit ?? gitlab.existing?.commitSha;
  if (!elsewhere || elsewhere === release.commitSha || release.tagExistsLocally) return;
  const what = gitlab.existing ? 'released' : 'a tag';
  if (origin.computed) {
    throw new ReleaseError('E_VERSION_TAKEN', `The computed version ${release.tag} is already ${what} on GitLab at ${short(elsewhere)}, not at ${short(release.commitSha)}: this checkout lacks GitLab's tags, so the version and the notes were computed from the wrong previous release`, {
      hint: 'Fetch the tags, then run again: git fetch --tags origin (GitHub Actions: actions/checkout with fetch-depth: 0; GitLab CI: GIT_DEPTH: 0).',
    });
  }
  if (!origin.generatedNotes) {
    // Notes given by the user describe no commit range: only the commit is GitLab's, say so.
    log.warn(`Tag ${release.tag} is on GitLab at ${short(elsewhere)}, not at ${short(release.commitSha)} where this checkout is: GitLab keeps its tag, the release is attached to ${short(elsewhere)}.`);
    return;
  }
  throw new ReleaseError('E_TAG_NOT_FETCHED', `Tag ${release.tag} is on GitLab at ${short(elsewhere)}, but this checkout has no such tag: the notes would describe ${short(release.commitSha)} while the release is attached to ${short(elsewhere)}`, {
    hint: `Fetch the tag, then run again: git fetch origin tag ${release.tag} (or git fetch --tags origin); the notes are then computed for the tag's commit.`,
  });
}

/**
 * An explicit tag with no earlier release tag in sight: in a checkout without any tag that is most
 * likely a fetch without tags, and the notes silently cover the whole history.
 */
export async function warnWithoutTags(cwd: string, release: ResolvedRelease, log: Logger): Promise<void> {
  if (release.previousTag) return;
  // Two are enough to know whether any tag besides the release's own is here.
  const tags = (await git(['for-each-ref', '--count=2', '--format=%(refname)', 'refs/tags/'], { cwd })).split('\n').filter(Boolean);
  if (tags.length > (release.tagExistsLocally ? 1 : 0)) return;
  log.warn(`This checkout has no tags${release.tagExistsLocally ? ` besides ${release.tag}` : ''}: the previous release could not be found, so the notes of ${release.tag} cover the whole history. If earlier releases exist, fetch their tags (git fetch --tags origin) and run again.`);
}
