/** A plan (dry run) or an applied plan → the flat Outputs every front-end writes. */
import type { ApplyResult } from './apply/apply-plan.js';
import type { ExistingRelease } from './model.js';
import type { OutputAsset, Outputs } from './outputs.js';
import type { ReleasePlan } from './plan/release-plan.js';
import { plannedAssets } from './plan/steps.js';

export function toOutputs(plan: ReleasePlan, applied: ApplyResult | undefined, notesFile: string): Outputs {
  const release = applied?.release;
  return {
    result: applied?.result ?? 'planned',
    releaseUrl: release?.webUrl ?? plan.releaseUrl,
    tag: plan.tag,
    version: plan.version,
    previousTag: plan.previousTag ?? '',
    commitSha: release?.commitSha ?? plan.commitSha,
    assets: (release ? assetsOf(release) : plannedAssets(plan)).map(withFileFacts(plan)),
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

function plannedMilestones(plan: ReleasePlan): string[] {
  if (plan.release.kind === 'create') return plan.release.fields.milestones ?? [];
  if (plan.release.kind === 'update' && plan.release.changed.milestones) return plan.release.changed.milestones;
  return plan.existing?.milestones ?? [];
}

/** An uploaded file's link also says what was uploaded: its sha256 and size. */
function withFileFacts(plan: ReleasePlan): (asset: OutputAsset) => OutputAsset {
  const files = new Map((plan.uploads?.files ?? []).map((f) => [f.url, f.file]));
  return (asset) => {
    const file = files.get(asset.url);
    return file ? { ...asset, sha256: file.sha256, size: file.size } : asset;
  };
}

/** Web pages that exist before the release does: the commit and the changes since the previous tag. */
export function webLinks(plan: ReleasePlan, projectUrl: string | undefined): { commitUrl?: string; compareUrl?: string } {
  if (!projectUrl) return {};
  const commitUrl = `${projectUrl}/-/commit/${plan.commitSha}`;
  return plan.previousTag ? { commitUrl, compareUrl: `${projectUrl}/-/compare/${encodeURIComponent(plan.previousTag)}...${plan.commitSha}` } : { commitUrl };
}
