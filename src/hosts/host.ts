/**
 * A front-end is a Host: where raw inputs come from, how lines are printed and where outputs go.
 * The engine never knows which CI it runs in; each host is a thin adapter over `runOnHost`.
 */
import type { ReleaseError } from '../errors.js';
import type { OptionName, RawInputs } from '../options.js';
import type { Outputs } from '../outputs.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** Runs `body` inside a foldable log section where the host has them (GitHub log groups). */
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
}

/** What a finished (or planned) run hands to the host. */
export interface RunReport {
  outputs: Outputs;
  /** The plan as terraform-style text (+ create, ~ update, - delete, = unchanged). */
  planText: string;
  dryRun: boolean;
  /** --json: print the outputs as one JSON object on stdout. */
  json: boolean;
  /** Every warning the run printed, for summaries. */
  warnings: string[];
  /** Whether the release exists on GitLab now (a dry run's new release does not: never link it). */
  releaseExists: boolean;
  /** GitLab pages of the commit and of the changes since the previous tag, when the project URL is known. */
  commitUrl?: string;
  compareUrl?: string;
}

/** One log group of a run, as it went: what it printed and whether it finished. */
export interface PhaseRecord {
  title: string;
  lines: string[];
  state: 'done' | 'failed' | 'running';
}

export interface Host {
  readonly name: 'github-actions' | 'gitlab-ci' | 'terminal';
  /** Values the user gave on this surface (flags, INPUT_*, FORGE_RELEASE_*), by option name. */
  rawInputs(): RawInputs;
  /** How the user writes this option here: `with: evidence`, `inputs: evidence`, `--evidence`, `FORGE_RELEASE_EVIDENCE`. */
  labelOf(name: OptionName): string;
  /** The environment, for CI-context defaults (CI_*, GITHUB_*). */
  readonly env: NodeJS.ProcessEnv;
  readonly log: Logger;
  /** Called once a token is known, before anything is logged (GitHub: core.setSecret). */
  maskSecret(secret: string): void;
  writeReport(report: RunReport): Promise<void>;
  /** A failed run: the error, and the phases that ran before it (for a job summary). */
  showError(error: ReleaseError, phases: PhaseRecord[]): void | Promise<void>;
}
