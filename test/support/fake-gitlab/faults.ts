/**
 * Injected faults: the first armed fault matching a request's method and raw path takes it (once by
 * default). What a fault answers instead of GitLab lives here; how it breaks the connection (hang,
 * stall, reset) lives in the server.
 */
import { STATUS_CODES } from 'node:http';
import type { ApiResponse } from './router.js';
import type { Fault } from './types.js';

export class FaultQueue {
  private armed: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    this.armed.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.armed = [];
  }

  /** Hits left across all faults. */
  pending(): number {
    return this.armed.reduce((sum, entry) => sum + entry.left, 0);
  }

  take(method: string, path: string): Fault | undefined {
    const entry = this.armed.find(({ fault }) =>
      (fault.method === undefined || fault.method.toUpperCase() === method) && (fault.path === undefined || fault.path.test(path)));
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.armed.splice(this.armed.indexOf(entry), 1);
    return entry.fault;
  }
}

/** The answer of a `status` (or `applyThen`) fault: GitLab's `{"message":"<status> <reason>"}` unless a body is given. */
export function faultAnswer(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  const answer: ApiResponse = typeof body === 'string'
    ? { status, text: body, headers: { 'Content-Type': 'text/plain' } }
    : { status, body: body === undefined ? { message: `${status} ${STATUS_CODES[status] ?? ''}`.trim() } : body };
  return { ...answer, headers: { ...answer.headers, ...headers } };
}

/**
 * Rack::Attack's throttled answer (§1.6): text/plain `Retry later\n` and the RateLimit-* headers.
 * `Retry-After` is in seconds, or an HTTP-date; `resetOnly` leaves `RateLimit-Reset` as the only hint
 * of when to retry (no Retry-After, no RateLimit-ResetTime).
 */
export function throttledAnswer(fault: Fault): ApiResponse {
  const wait = typeof fault.retryAfter === 'number' ? fault.retryAfter : 1;
  const resetAt = Math.ceil(Date.now() / 1000) + wait;
  const resetDate = new Date(resetAt * 1000).toUTCString();
  const headers: Record<string, string> = {
    'Content-Type': 'text/plain', 'RateLimit-Name': 'throttle_authenticated_api', 'RateLimit-Limit': '2000',
    'RateLimit-Observed': '2001', 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(resetAt),
  };
  if (!fault.resetOnly) {
    headers['RateLimit-ResetTime'] = resetDate;
    headers['Retry-After'] = fault.retryAfter === 'http-date' ? resetDate : String(wait);
  }
  const text = typeof fault.body === 'string' ? fault.body : 'Retry later\n';
  return { status: 429, text, headers: { ...headers, ...fault.headers } };
}
