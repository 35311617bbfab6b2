/** The plan is a value: everything a run will do, decided before anything is written. */
import type { EvidenceStep, ExistingRelease, LinkStep, ReleaseStep } from '../model.js';
import type { UploadStep } from './upload-step.js';

export interface ReleasePlan {
  tag: string;
  version: string;
  previousTag?: string;
  /** Pathspecs the notes and version were limited to (empty = the whole repository). */
  paths: string[];
  /** The commit the tag points at (or will point at once GitLab creates it). */
  commitSha: string;
  /** Whether the tag already exists (locally or on GitLab); tag_message is sent only when it does not. */
  tagExists: boolean;
  /** The release as GitLab holds it now; undefined = no release yet (or offline). */
  existing?: ExistingRelease;
  /** Release files to upload before the release step; undefined = the run has no files. */
  uploads?: UploadStep;
  release: ReleaseStep;
  links: LinkStep[];
  evidence: EvidenceStep;
  /** The description the release will have after the run. */
  notes: string;
  releaseUrl: string;
  /** No server was read: the plan assumes no release exists. */
  offline: boolean;
}

export { countWrites } from './steps.js';
