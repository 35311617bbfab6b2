/**
 * planRelease: pure. The release the user wants + what git and the forge hold → the steps that
 * close the gap. Every read happened before (run.ts gathers the facts); nothing here asks anyone.
 */
import { ReleaseError } from '../errors.js';
import type { MilestoneFacts, ForgeFacts } from '../forge/forge.js';
import type { EvidenceMode } from '../inputs/inputs.js';
import type { AssetLink } from '../model.js';
import { planEvidenceStep } from './evidence-step.js';
import { planLinkSteps } from './link-steps.js';
import type { ReleasePlan } from './release-plan.js';
import { planReleaseStep } from './release-step.js';

/** The release as the user wants it, independent of what exists. */
export interface DesiredRelease {
  tag: string;
  version: string;
  previousTag?: string;
  name?: string;
  /** The final description, already merged with the existing one per notes-mode and size-limited. */
  notes: string;
  /** undefined = leave the release's milestones as they are; [] = clear them. */
  milestones?: string[];
  releasedAt?: string;
  tagMessage?: string;
  /** undefined = leave the release's links alone. */
  links?: AssetLink[];
  pruneLinks: boolean;
  evidence: EvidenceMode;
}

/** What the checkout says. */
export interface GitFacts {
  commitSha: string;
  tagExistsLocally: boolean;
}

export function planRelease(desired: DesiredRelease, git: GitFacts, forge: ForgeFacts, now: Date): ReleasePlan {
  const existing = forge.release;
  // A release names its commit itself; without one, the forge's tag wins over the checkout.
  const commitSha = existing?.commitSha ?? forge.tagCommit ?? git.commitSha;
  const tagExists = git.tagExistsLocally || existing !== undefined || forge.tagCommit !== undefined;
  const release = planReleaseStep({
    tag: desired.tag,
    name: desired.name,
    description: desired.notes,
    milestones: desired.milestones,
    releasedAt: desired.releasedAt,
    ref: commitSha,
    tagMessage: desired.tagMessage,
    links: desired.links ?? [],
  }, existing, tagExists);
  const wanted = release.kind === 'create' ? release.fields.milestones : release.kind === 'update' ? release.changed.milestones : undefined;
  if (wanted?.length && forge.milestones) checkMilestones(wanted, forge.milestones);
  // A new release carries its links in the create body; only an existing one needs Links API calls.
  const links = existing ? planLinkSteps(desired.links, existing.links, desired.pruneLinks) : [];
  const evidence = planEvidenceStep({ mode: desired.evidence, existing, releasedAt: desired.releasedAt, now });
  return {
    tag: desired.tag,
    version: desired.version,
    ...(desired.previousTag ? { previousTag: desired.previousTag } : {}),
    commitSha,
    tagExists,
    ...(existing ? { existing } : {}),
    release,
    links,
    evidence,
    notes: desired.notes,
    releaseUrl: existing?.webUrl ?? predictReleaseUrl(forge.projectUrl, desired.tag),
    offline: !forge.online,
  };
}

/** Unknown titles fail before any write, in GitLab's own wording. */
function checkMilestones(wanted: string[], facts: MilestoneFacts): void {
  if (facts.kind === 'unchecked') return;
  const missing = wanted.filter((title) => !facts.titles.includes(title));
  if (missing.length === 0) return;
  throw new ReleaseError('E_GITLAB_MILESTONE_NOT_FOUND', `Milestone(s) not found: ${missing.join(', ')}`, {
    hint: 'Create the milestone in the project (or its direct parent group on Premium), or fix the title; titles match exactly.',
    input: 'milestones',
  });
}

/** Whether planning will need to know which milestones exist: only when it would send them. */
export function milestonesToCheck(wanted: string[] | undefined, existing: { milestones: string[] } | undefined): string[] | undefined {
  if (!wanted?.length) return undefined;
  if (existing && wanted.length === existing.milestones.length && wanted.every((m) => existing.milestones.includes(m))) return undefined;
  return wanted;
}

/** GitLab's release page: `<project web url>/-/releases/<tag, escaped>` (behaviour sheet §3.1). */
export function predictReleaseUrl(projectUrl: string | undefined, tag: string): string {
  return projectUrl ? `${projectUrl}/-/releases/${railsPathSegment(tag)}` : '';
}

/** Rails escapes a path segment but keeps sub-delimiters, `:` and `@`: `v1.0.0+build` stays as is. */
function railsPathSegment(text: string): string {
  return encodeURIComponent(text).replace(/%(2B|40|3A|24|26|2C|3B|3D)/g, (escaped) => decodeURIComponent(escaped));
}
