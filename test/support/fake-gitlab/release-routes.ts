/**
 * The read, delete, redirect and evidence routes of the Releases API (§2.1, 2.2, 2.5-2.8). Every one
 * starts with the resource `before` filter (caller → project → read_release), then Grape's params.
 */
import { authorize, grapeError, notFound, recordNotFound } from './api-error.js';
import type { RequestContext } from './context.js';
import { isValidFilePath, type ParamSpec } from './grape-params.js';
import { PAGINATION_PARAMS, paginate } from './pagination.js';
import { canChangeRelease, canCreateRelease, canReadCode } from './permissions.js';
import { parseNestedQuery } from './request-body.js';
import { releaseEntity } from './release-entity.js';
import type { ApiResponse } from './router.js';
import type { Release } from './state.js';
import { toQuery, urlEncode } from './url-encoding.js';

const TAG_NAME: ParamSpec = { name: 'tag_name', type: 'string', required: true };
const INCLUDE_HTML: ParamSpec = { name: 'include_html_description', type: 'boolean' };

export async function listReleases(ctx: RequestContext): Promise<ApiResponse> {
  ctx.authorizeReadRelease();
  const params = ctx.declare([
    ...PAGINATION_PARAMS,
    { name: 'order_by', type: 'string', values: ['released_at', 'created_at'], default: 'released_at' },
    { name: 'sort', type: 'string', values: ['asc', 'desc'], default: 'desc' },
    INCLUDE_HTML,
    { name: 'updated_before', type: 'datetime' },
    { name: 'updated_after', type: 'datetime' },
  ]);
  const before = params.updated_before as Date | null | undefined;
  const after = params.updated_after as Date | null | undefined;
  // `Release.tagged`: releases with an empty tag are never listed; a deleted git tag does not matter.
  const releases = ctx.state.releases()
    .filter((r) => r.tag !== '' && (!before || r.updated_at < before) && (!after || r.updated_at > after));
  const ordered = sortReleases(releases, params.order_by as 'released_at' | 'created_at', params.sort as string);
  const page = paginate(ordered, ctx.params, params, ctx.requestUrl());
  const view = ctx.view();
  const body = await Promise.all(page.items.map((r) => releaseEntity(r, view, params.include_html_description === true)));
  return { status: 200, body, headers: page.headers };
}

/** No tie-breaker in GitLab (DB order); the fake breaks ties by id in the same direction. */
function sortReleases(releases: Release[], field: 'released_at' | 'created_at', sort: string): Release[] {
  const direction = sort === 'asc' ? 1 : -1;
  return [...releases].sort((a, b) => direction * (a[field].getTime() - b[field].getTime() || a.id - b.id));
}

export async function getRelease(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.authorizeReadRelease();
  const params = ctx.declare([TAG_NAME, INCLUDE_HTML]);
  authorize(canReadCode(project, ctx.caller()));
  const release = ctx.state.release(params.tag_name as string);
  if (!release) throw notFound();
  return { status: 200, body: await releaseEntity(release, ctx.view(), params.include_html_description === true) };
}

/** 200 with the deleted release (not 204); the git tag stays. No release for the tag → 403. */
export async function deleteRelease(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.authorizeReadRelease();
  const tag = ctx.declare([TAG_NAME]).tag_name as string;
  const release = ctx.state.release(tag);
  authorize(release !== undefined && canChangeRelease(project, ctx.caller(), tag));
  const body = await releaseEntity(release!, ctx.view());
  ctx.state.removeRelease(release!);
  return { status: 200, body };
}

/** `GET …/releases/:tag/downloads/*direct_asset_path` → 302 to the link's URL (§2.6). */
export async function downloadAsset(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.authorizeReadRelease();
  const params = ctx.declare([TAG_NAME, { name: 'direct_asset_path', type: 'string', required: true }]);
  const path = params.direct_asset_path as string;
  if (!isValidFilePath(path)) throw grapeError(['direct_asset_path should be a valid file path']);
  authorize(canReadCode(project, ctx.caller()));
  const release = ctx.state.release(params.tag_name as string);
  if (!release) throw notFound();
  const link = release.links.find((l) => l.filepath === `/${path}`);
  if (!link) throw recordNotFound();
  return redirect(link.url);
}

/** `GET …/releases/permalink/latest(/*suffix_path)` → 302 to the latest release (a path with the relative URL root), query kept minus order_by (§2.7). */
export async function latestRelease(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.authorizeReadRelease();
  const suffix = (ctx.declare([{ name: 'suffix_path', type: 'string' }]).suffix_path as string | undefined) ?? '';
  if (!isValidFilePath(suffix)) throw grapeError(['suffix_path should be a valid file path']);
  authorize(canReadCode(project, ctx.caller()));
  const latest = sortReleases(ctx.state.releases().filter((r) => r.tag !== ''), 'released_at', 'desc')[0];
  if (!latest) throw notFound();
  // Every query parameter but `order_by` travels along (GitLab plans other orders there).
  const query = parseNestedQuery(ctx.request.rawQuery);
  delete query.order_by;
  const queryText = toQuery(query);
  const location = `${project.urlRoot}/api/v4/projects/${project.id}/releases/${urlEncode(latest.tag)}${suffix ? `/${suffix}` : ''}${queryText ? `?${queryText}` : ''}`;
  return redirect(location);
}

/** Grape's `redirect`: 302, Location, and a text/plain sentence. */
function redirect(location: string): ApiResponse {
  return { status: 302, text: `This resource has been moved temporarily to ${location}.`, headers: { Location: location, 'Content-Type': 'text/plain' } };
}

/** EE `POST …/releases/:tag/evidence`: 202 with the body `202`; the evidence is collected after the answer. */
export async function collectEvidence(ctx: RequestContext): Promise<ApiResponse> {
  ctx.authorizeReadRelease();
  const tag = ctx.declare([TAG_NAME]).tag_name as string;
  authorize(canCreateRelease(ctx.caller()));
  const release = ctx.state.release(tag);
  if (!release) return { status: 404, body: 404 };
  return { status: 202, body: 202, afterResponse: () => ctx.state.collectEvidence(release) };
}
