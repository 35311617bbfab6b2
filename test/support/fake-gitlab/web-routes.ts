/**
 * What lies outside the API: Rails, not Grape. GitLab's API catch-all (`route :any, '*path'`) only
 * covers `/api/v4/…`; any other unknown path reaches ApplicationController#route_not_found, which
 * for a caller without a web session (API tokens are not read there) redirects to the sign-in page
 * (`redirect_to new_user_session_path`): 302 text/html, then a 200 HTML page. A client with a wrong
 * gitlab-url (a relative URL root the instance does not have) meets exactly this.
 */
import type { ApiResponse } from './router.js';

const SIGN_IN = '/users/sign_in';
const HTML = { 'Content-Type': 'text/html; charset=utf-8' };

/** The answer of a path outside the API, or undefined for an API path. */
export function webAnswer(path: string, serverUrl: string): ApiResponse | undefined {
  if (path.startsWith('/api/v4/')) return undefined;
  if (path === SIGN_IN) {
    return { status: 200, text: '<!DOCTYPE html>\n<html><head><title>Sign in · GitLab</title></head><body><form action="/users/sign_in" method="post"></form></body></html>\n', headers: HTML };
  }
  const location = `${serverUrl}${SIGN_IN}`;
  return { status: 302, text: `<html><body>You are being <a href="${location}">redirected</a>.</body></html>`, headers: { ...HTML, Location: location } };
}
