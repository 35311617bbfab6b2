/**
 * Errors are data: a stable code a user can search for, a message that says what happened,
 * and a hint that says how to fix it. GitLab's own message is passed through unchanged in
 * `gitlab` so nobody has to guess what the server said.
 */

/** Exit code 2 = the user asked for something impossible (fix the inputs); 1 = the run failed. */
export type ExitCode = 1 | 2;

export interface GitLabFailure {
  status: number;
  method: string;
  /** The endpoint path without the host (never carries a token: tokens travel in headers). */
  endpoint: string;
  /** GitLab's `message` or `error`, as GitLab wrote it (string, array or hash flattened). */
  message: string;
}

export interface ReleaseErrorDetails {
  hint: string;
  exitCode?: ExitCode;
  gitlab?: GitLabFailure;
  /** Which input the problem is about, for usage errors. */
  input?: string;
  cause?: unknown;
}

export class ReleaseError extends Error {
  readonly code: string;
  readonly hint: string;
  readonly exitCode: ExitCode;
  readonly gitlab?: GitLabFailure;
  readonly input?: string;

  constructor(code: string, message: string, details: ReleaseErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ReleaseError';
    this.code = code;
    this.hint = details.hint;
    this.exitCode = details.exitCode ?? 1;
    if (details.gitlab) this.gitlab = details.gitlab;
    if (details.input) this.input = details.input;
  }
}

/** One bad input; the parser collects all of them before failing, so a user fixes them in one go. */
export interface InputProblem {
  /** The option the problem is about (or the word that is not one). */
  input: string;
  /** The input as the user wrote it on their surface: `--evidence`, `with: evidence`, `GITLAB_TOKEN`. */
  label?: string;
  message: string;
  hint: string;
}

export class InputError extends ReleaseError {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    const lines = problems.map((p) => `${labelOf(p)}: ${p.message}`);
    super('E_INPUT', `${problems.length} invalid input${problems.length === 1 ? '' : 's'}:\n  ${lines.join('\n  ')}`, {
      hint: problems.map((p) => `${labelOf(p)}: ${p.hint}`).join('\n'),
      exitCode: 2,
      input: problems[0]?.input,
    });
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** A problem without a surface's label comes from a command-line-only path (the release commands). */
function labelOf(problem: InputProblem): string {
  return problem.label ?? `--${problem.input}`;
}

/** The lines every host prints for a failure: what happened, GitLab's words (once), the fix. */
export function errorLines(error: ReleaseError): string[] {
  const lines = [error.message];
  if (error.gitlab && !error.message.includes(error.gitlab.message)) {
    lines.push(`GitLab answered ${error.gitlab.status} to ${error.gitlab.method} ${error.gitlab.endpoint}: ${error.gitlab.message}`);
  }
  return [...lines, ...error.hint.split('\n').map((line) => `hint: ${line}`)];
}

export function isReleaseError(error: unknown): error is ReleaseError {
  return error instanceof ReleaseError;
}

/** Anything thrown that is not ours becomes an E_INTERNAL with the original kept as cause. */
export function toReleaseError(error: unknown): ReleaseError {
  if (isReleaseError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ReleaseError('E_INTERNAL', `Unexpected failure: ${message}`, {
    hint: 'This is a bug in forge-release. Please report it with this log (the command line\'s --json output has the details).',
    cause: error,
  });
}
