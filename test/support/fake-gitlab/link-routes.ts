/**
 * The Release Links API (§2.10-2.14). Unlike the Releases API it authorizes in `after_validation`,
 * so a parameter error (400) wins over an unknown project (404). The release is found with
 * `find_by_tag!` (404 "Not found", lowercase f); validation errors are arrays of full messages.
 */
import { apiError, forbidden, recordNotFound } from './api-error.js';
import type { RequestContext } from './context.js';
import type { ParamRule, ParamSpec } from './grape-params.js';
import { fullMessage, LINK_TYPES, linkAttributes, linkEntity, linkErrors, sortedLinks, storedUrl, validLink, type LinkFields } from './links.js';
import { PAGINATION_PARAMS, paginate } from './pagination.js';
import { canChangeRelease } from './permissions.js';
import type { ApiResponse } from './router.js';
import type { Release, ReleaseLink } from './state.js';

const TAG_NAME: ParamSpec = { name: 'tag_name', type: 'string', required: true };
const LINK_ID: ParamSpec = { name: 'link_id', type: 'integer', required: true };
const PATHS: ParamSpec[] = [{ name: 'direct_asset_path', type: 'string' }, { name: 'filepath', type: 'string' }];
/** Grape-validated here, and defaulted: a PUT without it resets the type to `other` (§2.13). */
const LINK_TYPE: ParamSpec = { name: 'link_type', type: 'string', values: LINK_TYPES, default: 'other' };

/** Params first, then `after_validation { authorize! :read_release, user_project }`, then `find_by_tag!`. */
function releaseOf(ctx: RequestContext, declaration: (ParamSpec | ParamRule)[]) {
  const params = ctx.declare(declaration);
  ctx.authorizeReadRelease();
  const release = ctx.state.release(params.tag_name as string);
  if (!release) throw recordNotFound();
  return { params, release };
}

function linkOf(release: Release, id: unknown): ReleaseLink {
  const link = release.links.find((l) => l.id === id);
  if (!link) throw recordNotFound();
  return link;
}

/** The link services' `allowed?`: create/update/destroy_release on the release. */
function authorizeChange(ctx: RequestContext, release: Release): void {
  if (!canChangeRelease(ctx.project, ctx.caller(), release.tag)) throw forbidden();
}

function rejectInvalid(link: LinkFields, others: ReleaseLink[]): void {
  const errors = linkErrors(link, others);
  if (errors.length > 0) throw apiError(400, errors.map(fullMessage));
}

export async function listLinks(ctx: RequestContext): Promise<ApiResponse> {
  const { params, release } = releaseOf(ctx, [TAG_NAME, ...PAGINATION_PARAMS]);
  const page = paginate(sortedLinks(release.links), ctx.params, params, ctx.requestUrl());
  return { status: 200, body: page.items.map((link) => linkEntity(link, release.tag, ctx.project)), headers: page.headers };
}

export async function getLink(ctx: RequestContext): Promise<ApiResponse> {
  const { params, release } = releaseOf(ctx, [TAG_NAME, LINK_ID]);
  return { status: 200, body: linkEntity(linkOf(release, params.link_id), release.tag, ctx.project) };
}

export async function createLink(ctx: RequestContext): Promise<ApiResponse> {
  const { params, release } = releaseOf(ctx, [
    TAG_NAME, { name: 'name', type: 'string', required: true }, { name: 'url', type: 'string', required: true }, ...PATHS, LINK_TYPE,
  ]);
  authorizeChange(ctx, release);
  const attributes = linkAttributes(params);
  const fields: LinkFields = { name: attributes.name ?? null, url: storedUrl(attributes.url ?? null), filepath: attributes.filepath ?? null, link_type: attributes.link_type ?? 'other' };
  rejectInvalid(fields, release.links);
  const link = ctx.state.insertLink(release, validLink(fields));
  return { status: 201, body: linkEntity(link, release.tag, ctx.project) };
}

export async function updateLink(ctx: RequestContext): Promise<ApiResponse> {
  const { params, release } = releaseOf(ctx, [
    TAG_NAME, LINK_ID, { name: 'name', type: 'string' }, { name: 'url', type: 'string' }, ...PATHS, LINK_TYPE, { atLeastOneOf: ['name', 'url'] },
  ]);
  const link = linkOf(release, params.link_id);
  authorizeChange(ctx, release);
  const attributes = linkAttributes(params);
  if ('url' in attributes) attributes.url = storedUrl(attributes.url ?? null);
  const fields: LinkFields = { name: link.name, url: link.url, filepath: link.filepath, link_type: link.link_type, ...attributes };
  rejectInvalid(fields, release.links.filter((other) => other !== link));
  Object.assign(link, validLink(fields));
  ctx.state.touch(release);
  return { status: 200, body: linkEntity(link, release.tag, ctx.project) };
}

export async function deleteLink(ctx: RequestContext): Promise<ApiResponse> {
  const { params, release } = releaseOf(ctx, [TAG_NAME, LINK_ID]);
  const link = linkOf(release, params.link_id);
  authorizeChange(ctx, release);
  release.links.splice(release.links.indexOf(link), 1);
  ctx.state.touch(release);
  return { status: 200, body: linkEntity(link, release.tag, ctx.project) };
}
