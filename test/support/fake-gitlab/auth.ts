/**
 * Who is calling (§1.3, `find_user_from_sources`). Order: a Bearer job token (job-token routes only)
 * → OAuth (Bearer / access_token) → PAT (private_token, PRIVATE-TOKEN, Bearer) → job token
 * (JOB-TOKEN, job_token, token; job-token routes only) → anonymous. On other routes a job token in
 * its own header is ignored, so the request is anonymous.
 */
import { ApiError, unauthorized } from './api-error.js';
import type { Caller } from './permissions.js';
import type { TokenSpec } from './types.js';

export interface Credentials {
  method: string;
  headers: Record<string, string>;
  params: Record<string, unknown>;
}

const JOB_TOKEN_PREFIX = 'glcbt-';

export function resolveCaller(request: Credentials, tokens: Record<string, TokenSpec>, jobTokenAllowed: boolean): Caller | null {
  const param = (name: string) => (typeof request.params[name] === 'string' ? (request.params[name] as string) : undefined);
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  const lookup = (value: string | undefined) => (value === undefined ? undefined : tokens[value]);

  if (jobTokenAllowed && lookup(bearer)?.kind === 'job') return jobCaller(lookup(bearer)!);

  const oauthValue = bearer ?? param('access_token');
  const oauth = lookup(oauthValue);
  if (oauth?.kind === 'oauth') return accessTokenCaller(oauth, request.method);

  // The PAT finder skips job tokens: a CI_JOB_TOKEN in PRIVATE-TOKEN leaves the request anonymous (scenario 86).
  const patValue = [param('private_token'), request.headers['private-token'], oauthValue]
    .find((value) => value !== undefined && value !== '' && !value.startsWith(JOB_TOKEN_PREFIX) && lookup(value)?.kind !== 'job');
  if (patValue !== undefined) {
    const pat = lookup(patValue);
    if (pat?.kind !== 'pat') throw unauthorized();
    return accessTokenCaller(pat, request.method);
  }
  if (bearer !== undefined) throw unauthorized();

  const jobValue = request.headers['job-token'] ?? param('job_token') ?? param('token');
  if (jobTokenAllowed && jobValue !== undefined) {
    const job = lookup(jobValue);
    if (job?.kind !== 'job') throw unauthorized();
    return jobCaller(job);
  }
  return null;
}

function jobCaller(spec: TokenSpec): Caller {
  if (spec.finished) throw unauthorized();
  return { username: spec.username ?? spec.role, role: spec.role, kind: 'job' };
}

/** api_guard.rb `validate_access_token!`: expiry, revocation, then scopes (`read_api` only for GET/HEAD). */
function accessTokenCaller(spec: TokenSpec, method: string): Caller {
  if (spec.expired) throw invalidToken('Token is expired. You can either do re-authorization or token refresh.');
  if (spec.revoked) throw invalidToken('Token was revoked. You have to re-authorize from the user.');
  const scopes = spec.scopes ?? ['api'];
  const reading = method === 'GET' || method === 'HEAD';
  if (!scopes.includes('api') && !(reading && scopes.includes('read_api'))) {
    const description = 'The request requires higher privileges than provided by the access token.';
    throw new ApiError(403, { error: 'insufficient_scope', error_description: description, scope: 'api read_api' }, {
      'WWW-Authenticate': `Bearer realm="Protected by OAuth 2.0", error="insufficient_scope", error_description="${description}", scope="api read_api"`,
    });
  }
  return { username: spec.username ?? spec.role, role: spec.role, kind: spec.kind };
}

function invalidToken(description: string): ApiError {
  return new ApiError(401, { error: 'invalid_token', error_description: description }, {
    'WWW-Authenticate': `Bearer realm="Protected by OAuth 2.0", error="invalid_token", error_description="${description}"`,
  });
}
