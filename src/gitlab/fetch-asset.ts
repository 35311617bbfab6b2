/**
 * Opens a release asset for streaming. The token goes only to the GitLab server's origin: a link
 * to another host, or a redirect that leaves GitLab (the downloads route answers 302 to the link's
 * URL, §2.6), is fetched without it. Redirects are followed by hand for that reason, only to
 * http(s) and at most five times; failures before the body are retried like any GET.
 */
import type { IncomingMessage } from 'node:http';
import { ReleaseError } from '../errors.js';
import { classifyNetworkError, networkError } from './network-failure.js';
import type { RetryNotice } from './requester.js';
import { gitlabMessage } from './response-error.js';
import { decide, type Outcome, type RetryBudget } from './retry-policy.js';
import type { Transport } from './transport.js';

export interface AssetSource {
  /** The only origin the token is sent to. */
  gitlabOrigin: string;
  /** PRIVATE-TOKEN or JOB-TOKEN. */
  authHeaders: Record<string, string>;
  transportFor(url: URL): Transport;
  timeoutMs: number;
  budget: RetryBudget;
  userAgent: string;
  onRetry(notice: RetryNotice): void;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = [301, 302, 303, 307, 308];

/** The 2xx answer with its body unread. */
export async function openAsset(url: URL, source: AssetSource): Promise<IncomingMessage> {
  let waitedMs = 0;
  for (let attempt = 0; ; attempt += 1) {
    let outcome: Outcome;
    let failure: ReleaseError;
    try {
      const { response, at } = await follow(url, source);
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 300) return response;
      const text = await readCapped(response, 64 * 1024);
      const headers = new Headers(Object.entries(response.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
      outcome = { kind: 'response', status, headers };
      failure = downloadRefused(at, status, gitlabMessage(text, response.headers['content-type'] ?? ''));
    } catch (error) {
      if (error instanceof ReleaseError) throw error;
      const network = classifyNetworkError(error, false);
      outcome = { kind: 'network', sent: network.sent };
      failure = networkError(network, { method: 'GET', endpoint: shown(url), baseUrl: url.origin, timeoutMs: source.timeoutMs, attempts: attempt + 1 });
      if (network.kind === 'tls') throw failure;
    }
    const decision = decide(outcome, true, source.budget, { attempt, waitedMs, now: Date.now(), random: Math.random });
    if (!decision.retry) throw failure;
    source.onRetry({ method: 'GET', endpoint: shown(url), reason: decision.reason, attempt: attempt + 1, waitMs: decision.waitMs });
    await new Promise((resolve) => setTimeout(resolve, decision.waitMs));
    waitedMs += decision.waitMs;
  }
}

async function follow(url: URL, source: AssetSource): Promise<{ response: IncomingMessage; at: URL }> {
  let target = url;
  for (let hops = 0; ; hops += 1) {
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      throw new ReleaseError('E_DOWNLOAD_FAILED', `Refusing to follow ${shown(url)} to a ${target.protocol} URL`, { hint: 'Only http(s) assets can be downloaded; fix the link\'s URL.' });
    }
    const headers = { 'user-agent': source.userAgent, ...(target.origin === source.gitlabOrigin ? source.authHeaders : {}) };
    const response = await source.transportFor(target).open({ url: target, method: 'GET', headers, timeoutMs: source.timeoutMs });
    const location = response.headers.location;
    if (!REDIRECTS.includes(response.statusCode ?? 0) || !location) return { response, at: target };
    response.resume();
    if (hops >= MAX_REDIRECTS) {
      throw new ReleaseError('E_DOWNLOAD_FAILED', `${shown(url)} redirected more than ${MAX_REDIRECTS} times`, { hint: 'The link\'s server redirects in a loop; fix the link\'s URL.' });
    }
    target = new URL(location, target);
  }
}

async function readCapped(response: IncomingMessage, cap: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    if (size < cap) chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks).subarray(0, cap).toString('utf8');
}

function downloadRefused(at: URL, status: number, message: string): ReleaseError {
  const onGitLab = message !== '' ? `: ${message.slice(0, 300)}` : '';
  return new ReleaseError('E_DOWNLOAD_FAILED', `GET ${shown(at)} answered ${status}${onGitLab}`, {
    gitlab: { status, method: 'GET', endpoint: shown(at), message },
    hint: status === 404
      ? 'The file is gone from where the link points (or the release has no such path); fix or remove the link.'
      : status === 401 || status === 403
        ? 'The server refused the file: forge-release sends the token to the GitLab server only, never to other hosts.'
        : 'Try again later; the server of the link failed.',
  });
}

/** A URL as printed: no query or fragment (a pre-signed URL carries its credentials there). */
export function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
