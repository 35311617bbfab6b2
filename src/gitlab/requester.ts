/**
 * The requester gitbeaker sends every call through. gitbeaker's own retries (429/502 only, about
 * 0.3 s in all, Retry-After ignored) are replaced by ours: a per-attempt timeout that also covers
 * a body that never ends, retries by retry-policy, and errors that carry GitLab's own words.
 * Nothing here ever puts a request header (the token) into an error.
 */
import { createRequesterFn } from '@gitbeaker/requester-utils';
import { ReleaseError } from '../errors.js';
import { deadlineError, remainingMs, seconds, type RunDeadline } from './deadline.js';
import { classifyNetworkError, networkError, type NetworkFailure } from './network-failure.js';
import { gitlabMessage, isRouteNotFound, responseError, type AuthKind } from './response-error.js';
import { decide, replayOf, type Outcome, type RetryBudget } from './retry-policy.js';
import type { HttpAnswer, StreamBody, Transport } from './transport.js';

export interface RetryNotice {
  method: string;
  endpoint: string;
  reason: string;
  attempt: number;
  waitMs: number;
}

export interface RequesterOptions {
  transport: Transport;
  baseUrl: string;
  auth: AuthKind;
  timeoutMs: number;
  /** Bounds every attempt and retry wait of the whole run, across requests. */
  deadline: RunDeadline;
  budget: RetryBudget;
  userAgent: string;
  onRetry: (notice: RetryNotice) => void;
}

export interface HandlerOptions {
  method: string;
  headers: Record<string, string>;
  body?: string | StreamBody;
  searchParams?: string;
  prefixUrl: string;
  /** `never`: the caller marks a write that must not be resent after it may have been applied. */
  replay?: 'never';
}

type Answer = HttpAnswer;
type Attempt = { kind: 'answer'; answer: Answer } | { kind: 'failed'; failure: NetworkFailure };

export function createRequester(options: RequesterOptions) {
  return createRequesterFn((_service, request) => Promise.resolve(request), (endpoint, request) => send(endpoint, request as unknown as HandlerOptions, options));
}

/** The same policy for calls gitbeaker does not make (streamed uploads): timeouts, retries, errors. */
export function createSender(options: RequesterOptions) {
  return (endpoint: string, request: HandlerOptions) => send(endpoint, request, options);
}

async function send(endpoint: string, request: HandlerOptions, options: RequesterOptions) {
  const url = new URL(endpoint, request.prefixUrl.endsWith('/') ? request.prefixUrl : `${request.prefixUrl}/`);
  url.search = request.searchParams ?? '';
  const method = request.method;
  const path = url.pathname;
  const replayable = replayOf(method, path, request.replay);
  let waitedMs = 0;
  let mayHaveApplied = false;
  const write = method !== 'GET' && method !== 'HEAD';
  for (let attempt = 0; ; attempt += 1) {
    const attemptMs = Math.min(options.timeoutMs, remainingMs(options.deadline));
    if (attemptMs <= 0) throw deadlineError(options.deadline, options.baseUrl, `${method} ${path} could not be sent any more`, false);
    const result = await attemptOnce(url, request, options, attemptMs);
    if (result.kind === 'failed' && result.failure.kind === 'timeout' && attemptMs < options.timeoutMs) {
      throw deadlineError(options.deadline, options.baseUrl, `${method} ${path} had no answer within the ${seconds(attemptMs)} left (attempt ${attempt + 1})`, write);
    }
    if (result.kind === 'answer' && result.answer.status < 400) return parsed(result.answer, method, path, options.baseUrl);
    if (result.kind === 'answer' && alreadyDeleted(method, result.answer.status, mayHaveApplied)) return { body: null, headers: {}, status: 204 };
    const outcome: Outcome = result.kind === 'answer'
      ? { kind: 'response', status: result.answer.status, headers: result.answer.headers }
      : { kind: 'network', sent: result.failure.sent, detail: failureDetail(result.failure, options.timeoutMs) };
    mayHaveApplied ||= possiblyApplied(outcome);
    const final = result.kind === 'failed' && (result.failure.kind === 'tls' || result.failure.code === 'PROXY_REFUSED');
    const decision = final ? { retry: false as const, ambiguous: false } : decide(outcome, replayable, options.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
    if (decision.retry && decision.waitMs >= remainingMs(options.deadline)) {
      const why = `${method} ${path} failed (${decision.reason}), and its retry in ${seconds(decision.waitMs)} would come after the deadline`;
      throw deadlineError(options.deadline, options.baseUrl, why, write && mayHaveApplied);
    }
    if (decision.retry) {
      options.onRetry({ method, endpoint: path, reason: decision.reason, attempt: attempt + 1, waitMs: decision.waitMs });
      await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
      waitedMs += decision.waitMs;
      continue;
    }
    const error = failureOf(result, method, path, attempt + 1, options);
    throw decision.ambiguous ? ambiguous(error, method, path) : error;
  }
}

/** What a retry notice says of a failed exchange: "no answer within 30 s", "ECONNRESET". */
function failureDetail(failure: NetworkFailure, timeoutMs: number): string {
  return failure.kind === 'timeout' ? `no answer within ${timeoutMs / 1000} s` : `${failure.code} (${failure.message})`;
}

/** A 500/502/504, a reset or a timeout after the request left: GitLab may have done it. */
function possiblyApplied(outcome: Outcome): boolean {
  return outcome.kind === 'network' ? outcome.sent : [500, 502, 504].includes(outcome.status);
}

/**
 * A DELETE resent after an answer that may have been applied, now answered 404: the first attempt
 * most likely did it. Reporting that as "not found" would tell the caller nothing was deleted, so a
 * run that removed a link would say `unchanged`; the goal (the thing is gone) is reached either way.
 */
function alreadyDeleted(method: string, status: number, mayHaveApplied: boolean): boolean {
  return method === 'DELETE' && status === 404 && mayHaveApplied;
}

async function attemptOnce(url: URL, request: HandlerOptions, options: RequesterOptions, timeoutMs: number): Promise<Attempt> {
  const headers = { ...request.headers, 'user-agent': options.userAgent, accept: 'application/json' };
  try {
    let target = url;
    for (let hops = 0; ; hops += 1) {
      const answer = await options.transport.send({ url: target, method: request.method, headers, ...(request.body !== undefined ? { body: request.body } : {}), timeoutMs });
      // Only GETs, and only to our own origin: a redirect elsewhere must not receive the token.
      const next = sameOriginRedirect(answer.status, answer.headers.get('location'), target);
      if (!next || request.method !== 'GET' || hops >= 3) return { kind: 'answer', answer };
      target = next;
    }
  } catch (error) {
    return { kind: 'failed', failure: classifyNetworkError(error, options.transport.proxy !== undefined) };
  }
}

/** GitLab redirects GETs of a renamed project to its numeric id (behaviour sheet §1.1). */
function sameOriginRedirect(status: number, location: string | null, from: URL): URL | undefined {
  if (![301, 302, 307, 308].includes(status) || !location) return undefined;
  const next = new URL(location, from);
  return next.origin === from.origin ? next : undefined;
}

function parsed(answer: Answer, method: string, endpoint: string, baseUrl: string) {
  const type = answer.headers.get('content-type') ?? '';
  // Every API route we call answers JSON; a web page (a sign-in redirect, a wrong URL root) read as
  // data would make a plan out of nonsense.
  if (answer.text !== '' && !type.includes('json')) {
    throw new ReleaseError('E_GITLAB_ROUTE_NOT_FOUND', `${baseUrl} answered ${method} ${endpoint} with ${type.split(';')[0] || 'no content type'} (${answer.status}), not GitLab's API JSON`, {
      hint: 'gitlab-url must be the base URL of the instance, e.g. https://gitlab.example.com (with its relative URL root such as /gitlab, if it has one). Nothing was written.',
    });
  }
  const body = answer.text === '' ? null : type.includes('json') ? JSON.parse(answer.text) : answer.text;
  return { body, headers: Object.fromEntries(answer.headers.entries()), status: answer.status };
}

function failureOf(result: Attempt, method: string, endpoint: string, attempts: number, options: RequesterOptions): ReleaseError {
  if (result.kind === 'failed') {
    return networkError(result.failure, { method, endpoint, baseUrl: options.baseUrl, timeoutMs: options.timeoutMs, attempts, ...(options.transport.proxy ? { proxy: options.transport.proxy } : {}) });
  }
  const { status, headers, text } = result.answer;
  const type = headers.get('content-type') ?? '';
  const message = gitlabMessage(text, type);
  return responseError({ status, method, endpoint, message }, options.auth, { baseUrl: options.baseUrl, routeNotFound: isRouteNotFound(status, text, type) });
}

/** GitLab may have applied it: the caller must read before anything is sent again. */
function ambiguous(cause: ReleaseError, method: string, endpoint: string): ReleaseError {
  return new ReleaseError('E_WRITE_AMBIGUOUS', `${method} ${endpoint} may or may not have been applied (${cause.message})`, {
    hint: 'forge-release reads the release again before retrying; if this persists, run again: the run converges without duplicates.',
    ...(cause.gitlab ? { gitlab: cause.gitlab } : {}),
  });
}
