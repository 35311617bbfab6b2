/**
 * Grape-style routing on the raw path (§1.1): `:name` matches one segment (`[^/]+`), decoded once
 * (`g%2Fp` → `g/p`, `+` stays `+`); `*name` the rest; `*name?` an optional rest. No match → the
 * catch-all `404 {"error":"404 Not Found"}`; a known path with another method → 405.
 */
import { ApiError, routeNotFound } from './api-error.js';
import type { RequestContext } from './context.js';

export interface ApiResponse {
  status: number;
  body?: unknown;
  /** A non-JSON body (e.g. the redirects' text/plain). */
  text?: string;
  headers?: Record<string, string>;
  /** Runs once the answer is sent (GitLab's async workers, e.g. evidence collection). */
  afterResponse?: () => void;
}

export type Handler = (ctx: RequestContext) => Promise<ApiResponse>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** `route_setting :authentication, job_token_allowed: true` */
  jobToken: boolean;
  handler: Handler;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
  rawParams: Record<string, string>;
}

export function matchRoute(routes: Route[], method: string, rawPath: string): RouteMatch {
  const matches = routes.flatMap((route) => {
    const params = matchPath(route.path, rawPath);
    return params ? [{ route, ...params }] : [];
  });
  const wanted = method === 'HEAD' ? 'GET' : method;
  const found = matches.find((match) => match.route.method === wanted);
  if (found) return found;
  if (matches.length > 0) {
    const allow = [...new Set(matches.map((m) => m.route.method))].join(', ');
    throw new ApiError(405, { error: '405 Not Allowed' }, { Allow: allow });
  }
  throw routeNotFound();
}

function matchPath(pattern: string, rawPath: string): Omit<RouteMatch, 'route'> | undefined {
  const want = pattern.split('/');
  const have = rawPath.split('/');
  const params: Record<string, string> = {};
  const rawParams: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith('*')) {
      const rest = have.slice(i);
      const optional = part.endsWith('?');
      if (rest.length === 0 && !optional) return undefined;
      const name = part.slice(1).replace(/\?$/, '');
      const decoded = rest.map(decodeOnce);
      if (decoded.includes(undefined) || (!optional && rest.join('') === '')) return undefined;
      rawParams[name] = rest.join('/');
      params[name] = decoded.join('/');
      return { params, rawParams };
    }
    const segment = have[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) {
      const decoded = decodeOnce(segment);
      if (segment === '' || decoded === undefined) return undefined;
      rawParams[part.slice(1)] = segment;
      params[part.slice(1)] = decoded;
    } else if (part !== segment) return undefined;
  }
  return have.length === want.length ? { params, rawParams } : undefined;
}

function decodeOnce(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
