/**
 * Routes next to the Releases API that a release tool meets: the project, its milestones, the
 * repository tags, and the group's releases. Only the tags list accepts a CI job token (§1.3); on
 * the others a JOB-TOKEN header is ignored and the request is anonymous.
 */
import { authorize, notFound, unauthorized } from './api-error.js';
import type { RequestContext } from './context.js';
import { PAGINATION_PARAMS, paginate } from './pagination.js';
import { byDatesAndTitle, milestoneEntity } from './milestones.js';
import { canReadCode, canReadProject, isProtectedTag } from './permissions.js';
import { commitEntity, isUpcoming, releaseEntity } from './release-entity.js';
import type { RepoTag } from './git-repo.js';
import type { ApiResponse } from './router.js';

/** `GET /projects/:id` (a subset of `API::Entities::Project`). */
export async function getProject(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.findProject();
  const created = project.createdAt.toISOString();
  const host = new URL(project.url).host;
  return {
    status: 200,
    body: {
      id: project.id, description: null, name: project.name, name_with_namespace: `${project.groupPath} / ${project.name}`,
      path: project.path, path_with_namespace: project.fullPath, created_at: created, default_branch: project.defaultBranch,
      tag_list: [], topics: [], ssh_url_to_repo: `git@${host}:${project.fullPath}.git`, http_url_to_repo: `${project.webUrl}.git`,
      web_url: project.webUrl, readme_url: null, forks_count: 0, avatar_url: null, star_count: 0, last_activity_at: created,
      visibility: project.visibility,
      namespace: { id: project.groupId, name: project.groupPath, path: project.groupPath, kind: 'group', full_path: project.groupPath, parent_id: null, avatar_url: null, web_url: `${project.url}/groups/${project.groupPath}` },
    },
  };
}

/** `GET /projects/:id/milestones`: `before { authenticate! }` comes first, so anonymous (and job token) → 401. */
export async function listMilestones(ctx: RequestContext): Promise<ApiResponse> {
  if (!ctx.caller()) throw unauthorized();
  const params = ctx.declare([
    { name: 'state', type: 'string', values: ['active', 'closed', 'all'], default: 'all' },
    { name: 'iids', type: 'integer-list' },
    { name: 'title', type: 'string' },
    { name: 'search', type: 'string' },
    { name: 'include_parent_milestones', type: 'boolean', default: false },
    { name: 'include_ancestors', type: 'boolean', default: false },
    ...PAGINATION_PARAMS,
  ]);
  const project = ctx.findProject();
  authorize(canReadProject(project, ctx.caller()));
  const withGroup = params.include_ancestors === true || params.include_parent_milestones === true;
  const search = (params.search as string | undefined)?.toLowerCase();
  const milestones = byDatesAndTitle(ctx.state.milestones()).filter((m) =>
    (withGroup || !m.group)
    && params.state !== 'closed'
    && (params.title === undefined || m.title === params.title)
    && (search === undefined || m.title.toLowerCase().includes(search))
    && (params.iids === undefined || (params.iids as number[]).includes(m.iid)));
  const page = paginate(milestones, ctx.params, params, ctx.requestUrl());
  return { status: 200, body: page.items.map((m) => milestoneEntity(m, project, false)), headers: page.headers };
}

/** `GET /projects/:id/repository/tags/:tag_name` (needs read_code). */
export async function getTag(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.findProject();
  authorize(canReadCode(project, ctx.caller()));
  const name = ctx.match.params.tag_name ?? '';
  const tag = ctx.state.tag(name);
  if (!tag) throw notFound('Tag');
  return { status: 200, body: await tagEntity(ctx, name, tag) };
}

/**
 * `GET /projects/:id/repository/tags` (needs read_code; accepts a job token, §1.3). `search` as
 * GitRefsFinder: `^`, `$` or `*` make it an anchored/wildcard pattern; otherwise a case-insensitive
 * substring match with an exact match moved first. Ordered by `order_by` (updated = the commit date).
 */
export async function listTags(ctx: RequestContext): Promise<ApiResponse> {
  const project = ctx.findProject();
  authorize(canReadCode(project, ctx.caller()));
  const params = ctx.declare([
    { name: 'sort', type: 'string', values: ['asc', 'desc'], default: 'desc' },
    { name: 'order_by', type: 'string', values: ['name', 'updated', 'version'], default: 'updated' },
    { name: 'search', type: 'string' },
    { name: 'page_token', type: 'string' },
    ...PAGINATION_PARAMS,
  ]);
  const dated = await Promise.all([...ctx.state.tags()].map(async ([name, tag]) => ({ name, tag, date: (await ctx.app.repo.commit(tag.sha))?.committed_date.getTime() ?? 0 })));
  const direction = params.sort === 'asc' ? 1 : -1;
  const ordered = dated.sort((a, b) => direction * (params.order_by === 'updated' ? a.date - b.date || a.name.localeCompare(b.name) : a.name.localeCompare(b.name, 'en', { numeric: params.order_by === 'version' })));
  const found = searchRefs(ordered, params.search as string | undefined);
  const page = paginate(found, ctx.params, params, ctx.requestUrl());
  return { status: 200, body: await Promise.all(page.items.map((t) => tagEntity(ctx, t.name, t.tag))), headers: page.headers };
}

function searchRefs<T extends { name: string }>(refs: T[], search: string | undefined): T[] {
  if (!search) return refs;
  const term = search.toLowerCase();
  if (/[\^$*]/.test(search)) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\^', '^').replace(/\\\*/g, '.*?').replace('\\$', '$');
    const pattern = new RegExp(escaped);
    return refs.filter((r) => pattern.test(r.name.toLowerCase()));
  }
  const matches = refs.filter((r) => r.name.toLowerCase().includes(term));
  const exact = matches.findIndex((r) => r.name.toLowerCase() === term);
  return exact === -1 ? matches : [matches[exact]!, ...matches.filter((_, i) => i !== exact)];
}

/** `API::Entities::Tag`. */
async function tagEntity(ctx: RequestContext, name: string, tag: RepoTag) {
  const project = ctx.project;
  const commit = await ctx.app.repo.commit(tag.sha);
  const release = ctx.state.release(name);
  return {
    name, message: tag.message ?? null, target: tag.target, commit: commit ? commitEntity(commit, project) : null,
    release: release ? { tag_name: release.tag, description: release.description } : null,
    protected: isProtectedTag(project, name), created_at: tag.created_at?.toISOString() ?? null,
  };
}

/**
 * `GET /groups/:id/releases` (§2.9): the releases of every project in the group and its subgroups,
 * by released_at then id. Members of g/p count as members of every group; groups are as visible as g/p.
 */
export async function listGroupReleases(ctx: RequestContext): Promise<ApiResponse> {
  const id = (ctx.match.params.id ?? '').toLowerCase();
  const caller = ctx.caller();
  const group = ctx.app.groups.find((g) => String(g.id) === id || g.path.toLowerCase() === id);
  if (!group || !canReadProject(ctx.project, caller)) throw notFound('Group');
  const params = ctx.declare([
    { name: 'sort', type: 'string', values: ['asc', 'desc'], default: 'desc' },
    { name: 'simple', type: 'boolean', default: false },
    ...PAGINATION_PARAMS,
  ]);
  const direction = params.sort === 'asc' ? 1 : -1;
  const hosted = [ctx.app, ...ctx.app.others].filter((h) => h.project.fullPath.startsWith(`${group.path}/`));
  const releases = hosted.flatMap((h) => h.state.releases().filter((r) => r.tag !== '').map((release) => ({ release, h })))
    .sort((a, b) => direction * (a.release.released_at.getTime() - b.release.released_at.getTime() || a.release.id - b.release.id || a.h.project.id - b.h.project.id));
  const page = paginate(releases, ctx.params, params, ctx.requestUrl());
  const body = params.simple
    ? page.items.map(({ release: r }) => ({ name: r.name ?? r.tag, tag_name: r.tag, description: r.description, created_at: r.created_at.toISOString(), released_at: r.released_at.toISOString(), upcoming_release: isUpcoming(r) }))
    : await Promise.all(page.items.map(({ release, h }) => releaseEntity(release, { project: h.project, state: h.state, repo: h.repo, caller })));
  return { status: 200, body, headers: page.headers };
}
