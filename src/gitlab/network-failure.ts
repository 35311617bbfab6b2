/**
 * A failed fetch, sorted by what it means for a retry (did the request leave?) and for the user
 * (certificate, proxy, timeout or plain network), with the fix in the hint.
 */
import { ReleaseError } from '../errors.js';

export type NetworkKind = 'tls' | 'proxy' | 'timeout' | 'network';

export interface NetworkFailure {
  kind: NetworkKind;
  code: string;
  message: string;
  /** false = it never left (refused, DNS, connect timeout): safe to resend even a POST. */
  sent: boolean;
}

const NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'];
const TLS = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

export function classifyNetworkError(error: unknown, proxied: boolean): NetworkFailure {
  const { code: rawCode, message: rawMessage } = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = String(rawCode ?? 'UNKNOWN');
  const message = String(rawMessage ?? error);
  if (TLS.test(code)) return { kind: 'tls', code, message, sent: false };
  // A timeout may strike after GitLab received the request: count it as sent.
  if (code === 'TimeoutError') return { kind: 'timeout', code, message, sent: true };
  if (code === 'PROXY_REFUSED') return { kind: 'proxy', code, message, sent: false };
  const sent = !NOT_SENT.includes(code);
  return { kind: proxied && !sent ? 'proxy' : 'network', code, message, sent };
}

export interface FailureContext {
  method: string;
  endpoint: string;
  baseUrl: string;
  proxy?: string;
  timeoutMs: number;
  attempts: number;
}

export function networkError(failure: NetworkFailure, context: FailureContext): ReleaseError {
  const where = `${context.method} ${context.endpoint}`;
  const tries = `after ${context.attempts} attempt${context.attempts === 1 ? '' : 's'}`;
  switch (failure.kind) {
    case 'tls':
      return new ReleaseError('E_TLS', `The TLS certificate of ${context.baseUrl} is not trusted (${failure.code}: ${failure.message})`, {
        hint: 'Give the CA that signed it: ca-file (a PEM path or the PEM itself), CI_SERVER_TLS_CA_FILE, or NODE_EXTRA_CA_CERTS. `insecure: true` skips the check (unsafe).',
      });
    case 'proxy':
      return new ReleaseError('E_PROXY', `The proxy ${context.proxy ?? ''} failed ${where} (${failure.message}) ${tries}`, {
        hint: 'Check HTTPS_PROXY/HTTP_PROXY (and credentials), or add the GitLab host to NO_PROXY if it must be reached directly.',
      });
    case 'timeout':
      return new ReleaseError('E_TIMEOUT', `GitLab at ${context.baseUrl} did not answer ${where} within ${context.timeoutMs / 1000} s ${tries}`, {
        hint: 'Raise timeout (seconds) or retries, or check that GitLab is reachable from this runner.',
      });
    case 'network':
      return new ReleaseError('E_NETWORK', `Could not reach ${context.baseUrl} for ${where}: ${failure.code} ${failure.message} ${tries}`, {
        hint: 'Check gitlab-url, DNS and firewalls; behind a proxy set HTTPS_PROXY.',
      });
  }
}
