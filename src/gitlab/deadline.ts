/**
 * One deadline for all of a run's waiting on GitLab. The per-request timeout and the retry budget
 * bound one request; a server that accepts connections and never answers would still hold the job
 * for every request × every retry (30 s × 5 attempts each with the defaults). The deadline cuts
 * each attempt and each retry wait to what is left, and says what was being waited for.
 */
import { ReleaseError } from '../errors.js';

export interface RunDeadline {
  /** Epoch milliseconds after which nothing more is waited for. */
  at: number;
  /** The whole budget, for messages. */
  totalMs: number;
}

export function startDeadline(totalMs: number, now = Date.now()): RunDeadline {
  return { at: now + totalMs, totalMs };
}

export function remainingMs(deadline: RunDeadline, now = Date.now()): number {
  return Math.max(0, deadline.at - now);
}

/** `what`: the wait that ran out, e.g. "GET /api/v4/… had no answer within the 4.2 s left". */
export function deadlineError(deadline: RunDeadline, baseUrl: string, what: string, write: boolean): ReleaseError {
  const applied = write ? ' It may or may not have been applied.' : '';
  return new ReleaseError('E_DEADLINE', `The run's deadline of ${seconds(deadline.totalMs)} ran out waiting for GitLab at ${baseUrl}: ${what}.${applied}`, {
    hint: 'Check that GitLab answers (a server that accepts connections but never answers holds every request until the deadline); raise deadline (seconds) if it is slow but alive. A re-run converges: nothing is duplicated.',
  });
}

export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
