/**
 * When a request is tried again, and after how long. Pure, so the whole matrix is unit-tested.
 * A write GitLab may have applied (POST answered 500/502/504, reset or timed out after it was
 * sent) is never sent again blindly: the caller re-reads the release and plans again.
 */

export interface RetryBudget {
  /** Retries after the first attempt. */
  retries: number;
  /** Cap on the total time spent waiting between attempts of one request. */
  maxTotalWaitMs: number;
}

export type Outcome =
  | { kind: 'response'; status: number; headers: Headers }
  /** `sent`: the request may have reached GitLab (reset, timeout) rather than never left (refused, DNS). */
  | { kind: 'network'; sent: boolean; detail?: string };

export type Decision =
  | { retry: true; waitMs: number; reason: string }
  | { retry: false; ambiguous: boolean };

export interface RetryState {
  attempt: number;
  waitedMs: number;
  now: number;
  random: () => number;
}

const BASE_MS = 1000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Whether a request may be resent after an answer that says it may have been applied.
 * `never` is the caller's explicit marker for a write whose replay adds something (a package file
 * PUT stores a new row each time): even a 503 after the body went out is then ambiguous.
 */
export type Replay = 'yes' | 'no' | 'never';

/** Creating a release or a link twice is what must never happen; everything else is replayable. */
export function isReplayable(method: string, endpoint: string): boolean {
  return method !== 'POST' || endpoint.endsWith('/evidence');
}

export function replayOf(method: string, endpoint: string, marker?: 'never'): Replay {
  if (marker === 'never') return 'never';
  return isReplayable(method, endpoint) ? 'yes' : 'no';
}

export function decide(outcome: Outcome, replayable: boolean | Replay, budget: RetryBudget, state: RetryState): Decision {
  const transient = classify(outcome, replayable);
  if (transient === 'final') return { retry: false, ambiguous: false };
  if (transient === 'ambiguous') return { retry: false, ambiguous: true };
  if (state.attempt >= budget.retries) return { retry: false, ambiguous: false };
  const waitMs = waitFor(outcome, state);
  if (state.waitedMs + waitMs > budget.maxTotalWaitMs) return { retry: false, ambiguous: false };
  return { retry: true, waitMs, reason: reasonOf(outcome) };
}

function classify(outcome: Outcome, replay: boolean | Replay): 'retry' | 'ambiguous' | 'final' {
  const replayable = replay === true || replay === 'yes';
  if (outcome.kind === 'network') return !outcome.sent || replayable ? 'retry' : 'ambiguous';
  const { status } = outcome;
  // A 503 after an upload's body went out may come from a proxy behind which the file was stored.
  if (status === 503 && replay === 'never') return 'ambiguous';
  // 429 and 503 are refusals before the application ran (Rack::Attack, maintenance): safe to resend.
  if (status === 429 || status === 503) return 'retry';
  if (status === 500 || status === 502 || status === 504) return replayable ? 'retry' : 'ambiguous';
  return 'final';
}

/** Retry-After (seconds or HTTP-date), else RateLimit-Reset (Unix seconds), else backoff with jitter. */
export function waitFor(outcome: Outcome, state: RetryState): number {
  if (outcome.kind === 'response') {
    const told = serverWait(outcome.headers, state.now);
    if (told !== undefined) return told;
  }
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_MS * 2 ** state.attempt);
  // "Equal jitter": at least half the ceiling, so a retry never fires immediately after a failure.
  return Math.round(ceiling / 2 + state.random() * (ceiling / 2));
}

function serverWait(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get('ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

function reasonOf(outcome: Outcome): string {
  if (outcome.kind === 'network') return outcome.detail ?? (outcome.sent ? 'the connection failed' : 'GitLab could not be reached');
  return outcome.status === 429 ? 'rate limited (429)' : `GitLab answered ${outcome.status}`;
}
