/** A plan (dry run) or an applied plan → the flat Outputs every front-end writes. */
import type { ApplyResult } from './apply/apply-plan.js';
import type { ExistingRelease } from './model.js';
import type { OutputAsset, Outputs } from './outputs.js';
import type { ReleasePlan } from './plan/release-plan.js';

export function toOutputs(plan: ReleasePlan, applied: ApplyResult | undefined, notesFile: string): Outputs {
  const release = applied?.release;
  return {
    result: applied?.result ?? 'planned',
    releaseUrl: release?.webUrl ?? plan.releaseUrl,
    tag: plan.tag,
    version: plan.version,
    previousTag: plan.previousTag ?? '',
    commitSha: release?.commitSha ?? plan.commitSha,
    assets: release ? assetsOf(release) : plannedAssets(plan),
    milestones: release?.milestones ?? plannedMilestones(plan),
    evidence: applied?.evidence ?? (plan.evidence.kind === 'collect' ? 'planned' : 'skipped'),
    notesFile,
    notes: release?.description ?? plan.notes,
  };
}

export function skippedOutputs(skip: { commitSha: string; previousTag?: string }): Outputs {
  return {
    result: 'skipped', releaseUrl: '', tag: '', version: '', previousTag: skip.previousTag ?? '', commitSha: skip.commitSha,
    assets: [], milestones: [], evidence: 'skipped', notesFile: '', notes: '',
  };
}

function assetsOf(release: ExistingRelease): OutputAsset[] {
  return release.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: l.directAssetUrl, linkType: l.linkType }));
}

/** What the links will be after the plan: existing ones with the planned changes folded in. */
function plannedAssets(plan: ReleasePlan): OutputAsset[] {
  if (plan.release.kind === 'create') return plan.release.fields.links.map((l) => ({ name: l.name, url: l.url, directAssetUrl: directUrl(plan, l.directAssetPath, l.url), linkType: l.linkType }));
  let assets = plan.existing ? assetsOf(plan.existing) : [];
  for (const step of plan.links) {
    if (step.kind === 'delete') assets = assets.filter((a) => a.name !== step.name);
    else {
      const next = { name: step.link.name, url: step.link.url, directAssetUrl: directUrl(plan, step.link.directAssetPath, step.link.url), linkType: step.link.linkType };
      assets = step.kind === 'update' ? assets.map((a) => (a.name === step.was.name ? next : a)) : [next, ...assets];
    }
  }
  return assets;
}

function plannedMilestones(plan: ReleasePlan): string[] {
  if (plan.release.kind === 'create') return plan.release.fields.milestones ?? [];
  if (plan.release.kind === 'update' && plan.release.changed.milestones) return plan.release.changed.milestones;
  return plan.existing?.milestones ?? [];
}

/** GitLab's direct asset URL: `<release url>/downloads<path>` (behaviour sheet §3.3). */
function directUrl(plan: ReleasePlan, path: string | undefined, url: string): string {
  return path && plan.releaseUrl ? `${plan.releaseUrl}/downloads${path}` : url;
}

/** Web pages that exist before the release does: the commit and the changes since the previous tag. */
export function webLinks(plan: ReleasePlan, projectUrl: string | undefined): { commitUrl?: string; compareUrl?: string } {
  if (!projectUrl) return {};
  const commitUrl = `${projectUrl}/-/commit/${plan.commitSha}`;
  return plan.previousTag ? { commitUrl, compareUrl: `${projectUrl}/-/compare/${encodeURIComponent(plan.previousTag)}...${plan.commitSha}` } : { commitUrl };
}
