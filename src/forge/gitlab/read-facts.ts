/**
 * Every GitLab read of a run, in one place and one order: the release, GitLab's tag (only when the
 * checkout lacks it), the project's web URL, the milestones. Which token may read what is GitLab's
 * rule and lives here (behaviour sheet §1.3).
 */
import type { FactsWanted, ForgeFacts, MilestoneFacts } from '../forge.js';
import type { GitLabClient } from '../../gitlab/client.js';
import type { Auth } from '../../inputs/inputs.js';
import type { ExistingRelease } from '../../model.js';

export async function readGitLabFacts(client: GitLabClient | undefined, auth: Auth['kind'], want: FactsWanted): Promise<ForgeFacts> {
  if (!client) return { online: false, ...(want.projectUrl ? { projectUrl: want.projectUrl } : {}) };
  const release = await client.getRelease(want.tag);
  // A release names its commit itself; without one, GitLab may still hold the tag from an earlier run.
  const tagCommit = release?.commitSha ?? (want.tagExistsLocally ? undefined : await client.findTagCommit(want.tag));
  const projectUrl = await projectWebUrl(client, auth, want.projectUrl, release);
  const titles = want.milestonesToCheck(release);
  const milestones = titles ? await milestoneFacts(client, auth, titles) : undefined;
  const pkg = want.package ? await client.packages.contents(want.package.name, want.package.version) : undefined;
  return {
    ...(pkg ? { package: pkg } : {}),
    online: true,
    ...(release ? { release } : {}),
    ...(tagCommit ? { tagCommit } : {}),
    ...(projectUrl ? { projectUrl } : {}),
    ...(milestones ? { milestones } : {}),
  };
}

/** What a run's own writes or a racing run can change: the release and the package's files. */
export async function refreshGitLabFacts(client: GitLabClient | undefined, facts: ForgeFacts, want: FactsWanted): Promise<ForgeFacts> {
  if (!client) return facts;
  const { release: _release, package: _package, ...rest } = facts;
  const release = await client.getRelease(want.tag);
  const pkg = want.package ? await client.packages.contents(want.package.name, want.package.version) : undefined;
  return { ...rest, ...(release ? { release } : {}), ...(pkg ? { package: pkg } : {}) };
}

/** Links in notes point at GitLab, never at the checkout's remote (which may be GitHub). */
async function projectWebUrl(client: GitLabClient, auth: Auth['kind'], given: string | undefined, release: ExistingRelease | undefined): Promise<string | undefined> {
  if (given) return given;
  const fromRelease = release?.webUrl.split('/-/releases/')[0];
  if (fromRelease) return fromRelease;
  // GET /projects/:id ignores job tokens (behaviour sheet §1.3): only a private token may ask.
  if (auth === 'private') return (await client.getProject()).webUrl;
  return undefined;
}

async function milestoneFacts(client: GitLabClient, auth: Auth['kind'], titles: string[]): Promise<MilestoneFacts> {
  if (auth !== 'private') {
    return { kind: 'unchecked', why: 'Milestones not pre-checked: a job token cannot read the milestones API (401). GitLab still rejects unknown titles before it creates the tag.' };
  }
  return { kind: 'found', titles: await client.findMilestones(titles) };
}
