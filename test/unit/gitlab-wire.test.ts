import { describe, expect, it } from 'vitest';
import { errorLines, ReleaseError } from '../../src/errors.js';
import { classifyNetworkError } from '../../src/gitlab/network-failure.js';
import { gitlabMessage, isRouteNotFound, responseError } from '../../src/gitlab/response-error.js';
import { createBody, toExistingLink, toExistingRelease, updateBody } from '../../src/gitlab/wire.js';

const RELEASE_URL = 'https://gitlab.example.com/g/p/-/releases/pkg%2Fv1.0.0';

describe('GitLab entities → model', () => {
  it('reads back the direct asset path from direct_asset_url (GitLab does not return it)', () => {
    const link = toExistingLink({ id: 3, name: 'bin', url: 'https://dl.example.com/bin', direct_asset_url: `${RELEASE_URL}/downloads/bin/app-linux`, link_type: 'package' }, RELEASE_URL);
    expect(link).toEqual({ id: 3, name: 'bin', url: 'https://dl.example.com/bin', linkType: 'package', directAssetUrl: `${RELEASE_URL}/downloads/bin/app-linux`, directAssetPath: '/bin/app-linux' });
    expect(toExistingLink({ id: 4, name: 'doc', url: 'https://x.example', direct_asset_url: 'https://x.example', link_type: 'runbook' }, RELEASE_URL).directAssetPath).toBeUndefined();
  });

  it('maps a release entity, with absent milestones and evidences', () => {
    const release = toExistingRelease({
      tag_name: 'pkg/v1.0.0', name: null, description: null, created_at: '2026-01-01T00:00:00Z', released_at: '2026-01-02T00:00:00Z',
      upcoming_release: false, commit: { id: 'abc' }, assets: { links: [] }, _links: { self: RELEASE_URL },
    });
    expect(release).toEqual({
      tagName: 'pkg/v1.0.0', name: 'pkg/v1.0.0', description: null, createdAt: '2026-01-01T00:00:00Z', releasedAt: '2026-01-02T00:00:00Z',
      upcoming: false, commitSha: 'abc', milestones: [], links: [], evidenceCount: 0, webUrl: RELEASE_URL,
    });
  });
});

describe('model → request bodies', () => {
  it('creates with every field and the links in one body', () => {
    expect(createBody({ tagName: 'v1', name: 'One', description: 'n', ref: 'abc', tagMessage: 'm', milestones: ['M1'], releasedAt: '2026-01-01T00:00:00.000Z',
      links: [{ name: 'a', url: 'https://a.example', linkType: 'image', directAssetPath: '/a' }] })).toEqual({
      tag_name: 'v1', name: 'One', description: 'n', ref: 'abc', tag_message: 'm', milestones: ['M1'], released_at: '2026-01-01T00:00:00.000Z',
      assets: { links: [{ name: 'a', url: 'https://a.example', link_type: 'image', direct_asset_path: '/a' }] },
    });
  });

  it('updates only the changed fields; [] clears milestones', () => {
    expect(updateBody({ milestones: [] })).toEqual({ milestones: [] });
    expect(updateBody({ name: 'x' })).toEqual({ name: 'x' });
  });
});

describe('GitLab error answers', () => {
  it('flattens the three message shapes GitLab uses', () => {
    expect(gitlabMessage('{"message":"Release already exists"}', 'application/json')).toBe('Release already exists');
    expect(gitlabMessage('{"message":["Name has already been taken","Url has already been taken"]}', 'application/json')).toBe('Name has already been taken; Url has already been taken');
    expect(gitlabMessage('{"message":{"description":["is too long (maximum is 1000000 characters)"]}}', 'application/json')).toBe('description is too long (maximum is 1000000 characters)');
    expect(gitlabMessage('{"error":"tag_name is missing"}', 'application/json')).toBe('tag_name is missing');
    expect(gitlabMessage('{"error":"invalid_token","error_description":"Token is expired."}', 'application/json')).toBe('invalid_token: Token is expired.');
    expect(gitlabMessage('Retry later\n', 'text/plain')).toBe('Retry later');
  });

  it.each([
    [401, '401 Unauthorized', 'private', 'E_GITLAB_UNAUTHORIZED', /invalid, expired or revoked/],
    [401, '401 Unauthorized', 'job', 'E_GITLAB_UNAUTHORIZED', /job has finished/],
    [403, 'insufficient_scope: The request requires higher privileges', 'private', 'E_GITLAB_FORBIDDEN', /api scope/],
    [403, 'You are not allowed to create this tag as it is protected.', 'private', 'E_GITLAB_FORBIDDEN', /protected/],
    [403, '403 Forbidden - Authentication by CI/CD job token not allowed from a to b.', 'job', 'E_GITLAB_FORBIDDEN', /allowlist/],
    [404, '404 Project Not Found', 'private', 'E_GITLAB_NOT_FOUND', /job-token \(JOB-TOKEN header\)/],
    [404, 'Tag does not exist', 'private', 'E_GITLAB_TAG_MISSING', /tag was deleted/],
    [400, 'Milestone(s) not found: Nope', 'private', 'E_GITLAB_MILESTONE_NOT_FOUND', /milestone/],
    [400, 'Validation failed: Description is too long', 'private', 'E_GITLAB_VALIDATION', /refused the values/],
    [405, 'Non GET methods are not allowed for moved projects', 'private', 'E_GITLAB_PROJECT_MOVED', /numeric id/],
    [409, 'Release already exists', 'private', 'E_GITLAB_CONFLICT', /converge/],
    [429, 'Retry later', 'private', 'E_GITLAB_RATE_LIMITED', /retry/],
    [502, '502 Bad Gateway', 'private', 'E_GITLAB_UNAVAILABLE', /run again later/],
  ] as const)('%i %s → %s', (status, message, auth, code, hint) => {
    const error = responseError({ status, method: 'POST', endpoint: '/api/v4/projects/g%2Fp/releases', message }, auth);
    expect(error.code).toBe(code);
    expect(error.hint).toMatch(hint);
    expect(error.gitlab?.message).toBe(message);
    expect(error.message).toContain(message);
  });
});

describe("GitLab's two 404s", () => {
  it('tells the route catch-all (and anything not JSON) from an endpoint\'s own 404', () => {
    expect(isRouteNotFound(404, '{"error":"404 Not Found"}', 'application/json')).toBe(true);
    expect(isRouteNotFound(404, '<html>Not Found</html>', 'text/html')).toBe(true);
    expect(isRouteNotFound(404, '{"message":"404 Not Found"}', 'application/json')).toBe(false);
    expect(isRouteNotFound(404, '{"message":"404 Project Not Found"}', 'application/json')).toBe(false);
    expect(isRouteNotFound(400, '{"error":"tag_name is missing"}', 'application/json')).toBe(false);
  });

  it('a route-404 has its own code and names the GitLab it came from; the others name it too', () => {
    const failure = { status: 404, method: 'GET', endpoint: '/api/v4/api/v4/projects/g%2Fp/releases/v1', message: '404 Not Found' };
    const route = responseError(failure, 'private', { baseUrl: 'https://gitlab.example.com/api/v4', routeNotFound: true });
    expect(route.code).toBe('E_GITLAB_ROUTE_NOT_FOUND');
    expect(route.message).toBe('GitLab at https://gitlab.example.com/api/v4 has no API route GET /api/v4/api/v4/projects/g%2Fp/releases/v1 (404: 404 Not Found)');
    expect(route.hint).toMatch(/not the API URL \(CI_API_V4_URL\)/);
    const release = responseError(failure, 'private', { baseUrl: 'https://gitlab.example.com' });
    expect([release.code, release.message]).toEqual(['E_GITLAB_NOT_FOUND', 'GitLab at https://gitlab.example.com refused GET /api/v4/api/v4/projects/g%2Fp/releases/v1 (404): 404 Not Found']);
  });
});

describe('the failure lines every host prints', () => {
  it('quotes GitLab once and gives every hint line', () => {
    const failure = { status: 400, method: 'POST', endpoint: '/api/v4/projects/g%2Fp/releases', message: 'Milestone(s) not found: M9' };
    expect(errorLines(responseError(failure, 'private'))).toEqual([
      'GitLab refused POST /api/v4/projects/g%2Fp/releases (400): Milestone(s) not found: M9',
      expect.stringMatching(/^hint: Create the milestone/),
    ]);
    const rephrased = new ReleaseError('E_WRITE_AMBIGUOUS', 'POST /x may or may not have been applied', { hint: 'one\ntwo', gitlab: { ...failure, status: 502, message: '502 Bad Gateway' } });
    expect(errorLines(rephrased)).toEqual([
      'POST /x may or may not have been applied',
      'GitLab answered 502 to POST /api/v4/projects/g%2Fp/releases: 502 Bad Gateway',
      'hint: one',
      'hint: two',
    ]);
  });
});

describe('network failures', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });

  it('knows which failures never left the machine', () => {
    expect(classifyNetworkError(err('ECONNREFUSED'), false)).toMatchObject({ kind: 'network', sent: false });
    expect(classifyNetworkError(err('ENOTFOUND'), false)).toMatchObject({ kind: 'network', sent: false });
    expect(classifyNetworkError(err('ECONNRESET'), false)).toMatchObject({ kind: 'network', sent: true });
    expect(classifyNetworkError(err('TimeoutError'), false)).toMatchObject({ kind: 'timeout', sent: true });
  });

  it('tells certificate and proxy problems apart', () => {
    expect(classifyNetworkError(err('DEPTH_ZERO_SELF_SIGNED_CERT'), false).kind).toBe('tls');
    expect(classifyNetworkError(err('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), false).kind).toBe('tls');
    expect(classifyNetworkError(err('ERR_TLS_CERT_ALTNAME_INVALID'), false).kind).toBe('tls');
    expect(classifyNetworkError(err('PROXY_REFUSED'), true).kind).toBe('proxy');
    expect(classifyNetworkError(err('ECONNREFUSED'), true).kind).toBe('proxy');
  });
});
