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
import type { ReleaseFiles } from '../uploads/release-files.js';
import type { ReleasePlan } from './release-plan.js';
import { planReleaseStep } from './release-step.js';
import { planUploadStep } from './upload-step.js';

/** The release as the user wants it, independent of what exists. */
export interface DesiredRelease {
  tag: string;
  version: string;
  previousTag?: string;
  /** Pathspecs the notes and bump were limited to (shown in the plan); [] = the whole repository. */
  paths?: string[];
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
  /** Files to upload and link, with the URL each will have; undefined = none. */
  files?: { wanted: ReleaseFiles; urls: Map<string, string> };
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
  const links = desiredLinks(desired);
  const release = planReleaseStep({
    tag: desired.tag,
    name: desired.name,
    description: desired.notes,
    milestones: desired.milestones,
    releasedAt: desired.releasedAt,
    ref: commitSha,
    tagMessage: desired.tagMessage,
    links: links ?? [],
  }, existing, tagExists);
  const wanted = release.kind === 'create' ? release.fields.milestones : release.kind === 'update' ? release.changed.milestones : undefined;
  if (wanted?.length && forge.milestones) checkMilestones(wanted, forge.milestones);
  // A new release carries its links in the create body; only an existing one needs Links API calls.
  const linkSteps = existing ? planLinkSteps(links, existing.links, desired.pruneLinks) : [];
  const evidence = planEvidenceStep({ mode: desired.evidence, existing, releasedAt: desired.releasedAt, now });
  return {
    tag: desired.tag,
    version: desired.version,
    ...(desired.previousTag ? { previousTag: desired.previousTag } : {}),
    paths: desired.paths ?? [],
    commitSha,
    tagExists,
    ...(existing ? { existing } : {}),
    ...(desired.files ? { uploads: planUploadStep(desired.files.wanted, desired.files.urls, forge.package) } : {}),
    release,
    links: linkSteps,
    evidence,
    notes: desired.notes,
    releaseUrl: existing?.webUrl ?? predictReleaseUrl(forge.projectUrl, desired.tag),
    offline: !forge.online,
  };
}

/**
 * The user's links plus one per release file: name = file name, the registry's download URL,
 * type package, and /<file name> as direct asset path when GitLab's stricter path rule allows it.
 */
function desiredLinks(desired: DesiredRelease): AssetLink[] | undefined {
  if (!desired.files) return desired.links;
  const taken = new Set((desired.links ?? []).map((l) => l.name));
  const fileLinks = desired.files.wanted.files.filter((f) => !taken.has(f.link?.name ?? f.name)).map((f): AssetLink => {
    const path = f.link?.directAssetPath ?? `/${f.name}`;
    const url = desired.files!.urls.get(f.name) ?? '';
    return { name: f.link?.name ?? f.name, url, linkType: f.link?.linkType ?? 'package', ...(DIRECT_ASSET_PATH.test(path) && path.length <= 128 ? { directAssetPath: path } : {}) };
  });
  return [...(desired.links ?? []), ...fileLinks];
}

// Release-link direct_asset_path rule (generic-packages.md §7): no + ~ @, ends in a letter or digit.
const DIRECT_ASSET_PATH = /^\/[^/](?!.*\/\/.*)[-.\w/]+[\da-zA-Z]+$/;

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
