/** One Links API call, folded into the release value so outputs reflect what GitLab now holds. */
import type { GitLabClient } from '../gitlab/client.js';
import type { ExistingRelease, LinkStep } from '../model.js';

export async function applyLinkStep(release: ExistingRelease, step: LinkStep, client: GitLabClient): Promise<ExistingRelease> {
  switch (step.kind) {
    case 'create': {
      const created = await client.createLink(release, step.link);
      return { ...release, links: [created, ...release.links] };
    }
    case 'update': {
      const clearPath = step.link.directAssetPath === undefined && step.was.directAssetPath !== undefined;
      const updated = await client.updateLink(release, step.id, step.link, clearPath);
      return { ...release, links: release.links.map((l) => (l.id === step.id ? updated : l)) };
    }
    case 'delete':
      await client.deleteLink(release.tagName, step.id);
      return { ...release, links: release.links.filter((l) => l.id !== step.id) };
  }
}
