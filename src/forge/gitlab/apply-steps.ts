/** Each plan step as GitLab writes: the release API, the Links API (PUT /releases ignores assets), evidence. */
import { ReleaseError } from '../../errors.js';
import type { GitLabClient } from '../../gitlab/client.js';
import type { Logger } from '../../hosts/host.js';
import type { ExistingRelease, LinkStep } from '../../model.js';
import type { ReleasePlan } from '../../plan/release-plan.js';
import type { StepTable } from '../../plan/steps.js';
import type { StepResult } from '../forge.js';
import { collectEvidence } from './collect-evidence.js';
import { uploadFiles } from './upload-files.js';

export function gitlabWrites(client: GitLabClient, log: Logger): (release: ExistingRelease | undefined) => StepTable<Promise<StepResult>> {
  return (release) => ({
    upload: async ({ step }) => {
      const wrote = await uploadFiles(step, client, log);
      return { ...(release ? { release } : {}), ...(wrote ? { wrote } : {}) };
    },
    release: async ({ step }, plan) => {
      if (step.kind === 'create') return { release: await client.createRelease(step.fields), wrote: `+ release ${plan.tag} created`, created: true };
      if (step.kind === 'update') {
        return { release: await client.updateRelease(plan.tag, step.changed), wrote: `~ release ${plan.tag} updated: ${Object.keys(step.changed).join(', ')}` };
      }
      return release ? { release } : {};
    },
    link: async ({ step }, plan) => ({ release: await applyLinkStep(need(release, plan), step, client), wrote: linkWhat(step) }),
    evidence: async (_step, plan) => {
      const evidence = await collectEvidence(plan, client, log);
      // Evidence is a snapshot, not a change of the release: it is logged but not tallied as a write.
      if (evidence === 'collected') log.info(`+ evidence collected for ${plan.tag}`);
      return { ...(release ? { release } : {}), evidence };
    },
  });
}

function need(release: ExistingRelease | undefined, plan: ReleasePlan): ExistingRelease {
  if (!release) throw new ReleaseError('E_INTERNAL', `No release for ${plan.tag} after planning`, { hint: 'This is a bug; please report it.' });
  return release;
}

/** One Links API call, folded into the release value so outputs reflect what GitLab now holds. */
async function applyLinkStep(release: ExistingRelease, step: LinkStep, client: GitLabClient): Promise<ExistingRelease> {
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

function linkWhat(step: LinkStep): string {
  if (step.kind === 'create') return `+ link ${step.link.name} created`;
  if (step.kind === 'update') return `~ link ${step.link.name} updated`;
  return `- link ${step.name} deleted`;
}
