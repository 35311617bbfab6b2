/** planRelease: pure. What GitLab holds + what was asked → the steps that close the gap. */
import type { Inputs } from '../inputs/inputs.js';
import type { ExistingRelease } from '../model.js';
import { planEvidenceStep } from './evidence-step.js';
import { planLinkSteps } from './link-steps.js';
import type { ReleasePlan } from './release-plan.js';
import { planReleaseStep } from './release-step.js';

export interface PlanInput {
  inputs: Inputs;
  tag: string;
  version: string;
  previousTag?: string;
  commitSha: string;
  tagExists: boolean;
  existing?: ExistingRelease;
  /** The final description, already merged with the existing one per notes-mode and size-limited. */
  notes: string;
  projectUrl?: string;
  offline: boolean;
  now: Date;
}

export function planRelease(input: PlanInput): ReleasePlan {
  const { inputs, existing } = input;
  const release = planReleaseStep({
    tag: input.tag,
    name: inputs.name,
    description: input.notes,
    milestones: inputs.milestones,
    releasedAt: inputs.releasedAt,
    ref: input.commitSha,
    tagMessage: inputs.tagMessage,
    links: inputs.assets ?? [],
  }, existing, input.tagExists);
  // A new release carries its links in the create body; only an existing one needs Links API calls.
  const links = existing ? planLinkSteps(inputs.assets, existing.links, inputs.pruneLinks) : [];
  const evidence = planEvidenceStep({
    mode: inputs.evidence,
    existing,
    releasedAt: inputs.releasedAt,
    now: input.now,
  });
  return {
    tag: input.tag,
    version: input.version,
    ...(input.previousTag ? { previousTag: input.previousTag } : {}),
    paths: inputs.paths,
    commitSha: input.commitSha,
    tagExists: input.tagExists,
    ...(existing ? { existing } : {}),
    release,
    links,
    evidence,
    notes: input.notes,
    releaseUrl: existing?.webUrl ?? predictReleaseUrl(input.projectUrl, input.tag),
    offline: input.offline,
  };
}

/** GitLab's release page: `<project web url>/-/releases/<tag, escaped>` (behaviour sheet §3.1). */
export function predictReleaseUrl(projectUrl: string | undefined, tag: string): string {
  return projectUrl ? `${projectUrl}/-/releases/${railsPathSegment(tag)}` : '';
}

/** Rails escapes a path segment but keeps sub-delimiters, `:` and `@`: `v1.0.0+build` stays as is. */
function railsPathSegment(text: string): string {
  return encodeURIComponent(text).replace(/%(2B|40|3A|24|26|2C|3B|3D)/g, (escaped) => decodeURIComponent(escaped));
}
