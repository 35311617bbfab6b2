/**
 * The forge seam: everything a run needs from the server that hosts releases, in one narrow
 * interface. plan/ and run.ts speak only in facts and plan steps; the forge's dialect (API paths,
 * error envelopes, which token may read what) stays in its implementation (src/forge/gitlab).
 */
import type { ReleaseError } from '../errors.js';
import type { EvidenceResult, ExistingRelease } from '../model.js';
import type { PlanStep } from '../plan/steps.js';
import type { ReleasePlan } from '../plan/release-plan.js';

/** What the run wants to know about the forge: the only input of readFacts. */
export interface FactsWanted {
  tag: string;
  /** The checkout has the tag: the forge's tag need not be looked up. */
  tagExistsLocally: boolean;
  /** The milestone titles to check, given the release read: only those the plan would send. */
  milestonesToCheck: (release: ExistingRelease | undefined) => string[] | undefined;
  /** Set when the user gave the project's web URL: no read needed. */
  projectUrl?: string;
  /** The package the release's files go to: its files are read. */
  package?: { name: string; version: string };
}

/** What a package version holds: the newest row per file name (the one the forge serves). */
export interface PackageFacts {
  exists: boolean;
  files: Map<string, { sha256: string; size: number }>;
}

export type MilestoneFacts =
  | { kind: 'found'; titles: string[] }
  /** The credential cannot read milestones: why, in the forge's words. */
  | { kind: 'unchecked'; why: string };

/** Every read of a run, taken once, before planning. */
export interface ForgeFacts {
  /** False: no server was read (no token or project); the plan assumes nothing exists. */
  online: boolean;
  release?: ExistingRelease;
  /** The commit of the forge's tag, when the checkout lacks the tag and the forge has it. */
  tagCommit?: string;
  projectUrl?: string;
  milestones?: MilestoneFacts;
  package?: PackageFacts;
}

/** What applying one step left behind: the release as the forge now holds it. */
export interface StepResult {
  release?: ExistingRelease;
  /** A log line saying what was written; undefined = nothing was written. */
  wrote?: string;
  created?: boolean;
  evidence?: EvidenceResult;
}

export interface Forge {
  readFacts(want: FactsWanted): Promise<ForgeFacts>;
  /** Fresh reads of what a run's own writes or a racing run can change (release, package files). */
  refresh(facts: ForgeFacts, want: FactsWanted): Promise<ForgeFacts>;
  /** The URL a release links for a file in the package registry (known before the upload). */
  packageFileUrl(packageName: string, packageVersion: string, fileName: string): string;
  /** The step as plan lines, in the forge's words (`+ POST /api/v4/projects/g%2Fp/releases  # …`). */
  describe(step: PlanStep, plan: ReleasePlan): string[];
  /** One step's writes; `release` is the release as the previous steps left it. */
  apply(step: PlanStep, plan: ReleasePlan, release: ExistingRelease | undefined): Promise<StepResult>;
  /** The forge's error → ours, and whether it means "the world is not what the plan assumed". */
  explain(error: unknown): { error: ReleaseError; stale: boolean };
}
