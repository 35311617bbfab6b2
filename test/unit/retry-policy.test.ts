import { describe, expect, it } from 'vitest';
import { decide, isReplayable, replayOf, waitFor, type Outcome } from '../../src/gitlab/retry-policy.js';

const budget = { retries: 4, maxTotalWaitMs: 120_000 };
const state = (attempt = 0, waitedMs = 0) => ({ attempt, waitedMs, now: Date.parse('2026-12-01T12:00:00Z'), random: () => 0.5 });
const answer = (status: number, headers: Record<string, string> = {}): Outcome => ({ kind: 'response', status, headers: new Headers(headers) });

describe('retry policy', () => {
  it('retries 429 after Retry-After seconds', () => {
    expect(decide(answer(429, { 'retry-after': '7' }), false, budget, state())).toEqual({ retry: true, waitMs: 7000, reason: 'rate limited (429)' });
  });

  it('reads Retry-After as an HTTP-date', () => {
    const outcome = answer(429, { 'retry-after': 'Tue, 01 Dec 2026 12:00:03 GMT' });
    expect(waitFor(outcome, state())).toBe(3000);
  });

  it('falls back to RateLimit-Reset (Unix seconds) when there is no Retry-After', () => {
    const reset = String(Date.parse('2026-12-01T12:00:05Z') / 1000);
    expect(waitFor(answer(429, { 'ratelimit-reset': reset }), state())).toBe(5000);
  });

  it('backs off exponentially with jitter between half and all of the ceiling, capped at 30 s', () => {
    expect(waitFor(answer(502), state(0))).toBe(750);
    expect(waitFor(answer(502), state(3))).toBe(6000);
    expect(waitFor(answer(502), { ...state(10), random: () => 1 })).toBe(30_000);
    expect(waitFor(answer(502), { ...state(10), random: () => 0 })).toBe(15_000);
  });

  it.each([500, 502, 503, 504])('retries %i for a replayable request', (status) => {
    expect(decide(answer(status), true, budget, state()).retry).toBe(true);
  });

  it.each([500, 502, 504])('does not resend a POST answered %i: it may have been applied', (status) => {
    expect(decide(answer(status), false, budget, state())).toEqual({ retry: false, ambiguous: true });
  });

  it('resends a POST refused with 503 or 429 (nothing was applied)', () => {
    expect(decide(answer(503), false, budget, state()).retry).toBe(true);
    expect(decide(answer(429), false, budget, state()).retry).toBe(true);
  });

  it('never retries 4xx answers other than 429', () => {
    for (const status of [400, 401, 403, 404, 409, 422]) expect(decide(answer(status), true, budget, state())).toEqual({ retry: false, ambiguous: false });
  });

  it('resends anything that never left, but not a POST that may have arrived', () => {
    expect(decide({ kind: 'network', sent: false }, false, budget, state()).retry).toBe(true);
    expect(decide({ kind: 'network', sent: true }, false, budget, state())).toEqual({ retry: false, ambiguous: true });
    expect(decide({ kind: 'network', sent: true }, true, budget, state()).retry).toBe(true);
  });

  it('stops after the retry count and when the wait would pass the total cap', () => {
    expect(decide(answer(502), true, budget, state(4))).toEqual({ retry: false, ambiguous: false });
    expect(decide(answer(429, { 'retry-after': '60' }), true, budget, state(1, 61_000))).toEqual({ retry: false, ambiguous: false });
    expect(decide(answer(429, { 'retry-after': '60' }), true, budget, state(1, 60_000)).retry).toBe(true);
  });

  it('treats only POSTs that create something as unreplayable', () => {
    expect(isReplayable('POST', '/api/v4/projects/g%2Fp/releases')).toBe(false);
    expect(isReplayable('POST', '/api/v4/projects/g%2Fp/releases/v1/assets/links')).toBe(false);
    expect(isReplayable('POST', '/api/v4/projects/g%2Fp/releases/v1/evidence')).toBe(true);
    for (const method of ['GET', 'PUT', 'DELETE']) expect(isReplayable(method, '/x')).toBe(true);
  });
});

describe('the explicit "not replayable" marker', () => {
  const budget = { retries: 3, maxTotalWaitMs: 60_000 };
  const state = { attempt: 0, waitedMs: 0, now: 0, random: () => 0.5 };
  it('marks a write whose replay adds a row: never resent, even after a 503 once the body went out', () => {
    expect(replayOf('PUT', '/api/v4/projects/1/packages/generic/p/1/a.bin', 'never')).toBe('never');
    expect(replayOf('PUT', '/api/v4/projects/1/releases/v1')).toBe('yes');
    expect(replayOf('POST', '/api/v4/projects/1/releases')).toBe('no');
    expect(decide({ kind: 'response', status: 503, headers: new Headers() }, 'never', budget, state)).toEqual({ retry: false, ambiguous: true });
    expect(decide({ kind: 'response', status: 502, headers: new Headers() }, 'never', budget, state)).toEqual({ retry: false, ambiguous: true });
    expect(decide({ kind: 'network', sent: true }, 'never', budget, state)).toEqual({ retry: false, ambiguous: true });
    // Never sent at all: safe to send.
    expect(decide({ kind: 'network', sent: false }, 'never', budget, state)).toMatchObject({ retry: true });
    expect(decide({ kind: 'response', status: 503, headers: new Headers() }, 'no', budget, state)).toMatchObject({ retry: true });
  });
});
