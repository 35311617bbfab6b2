/**
 * `API::Entities::Release` (§3.1): keys in GitLab's order, and the conditional ones: description_html
 * on request, author when present, code-derived fields (commit, commit_path, tag_path, sources,
 * evidences) only for callers who may read code, milestones only when there are some, edit_url
 * only for callers who may update the release.
 */
import { createHash } from 'node:crypto';
import type { CommitInfo, GitRepo } from './git-repo.js';
import { linkEntity, sortedLinks } from './links.js';
import { byDatesAndTitle, milestoneEntity } from './milestones.js';
import { canChangeRelease, canReadCode, canReadProject, type Caller } from './permissions.js';
import type { Project } from './project.js';
import type { FakeState, Release } from './state.js';
import { escapeSegment, toQuery } from './url-encoding.js';

export interface View {
  project: Project;
  state: FakeState;
  repo: GitRepo;
  caller: Caller | null;
}

const ARCHIVE_FORMATS = ['zip', 'tar.gz', 'tar.bz2', 'tar'];
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export const isUpcoming = (release: Release) => seconds(release.released_at) > seconds(new Date());
export const isHistorical = (release: Release) => seconds(release.released_at) < seconds(release.created_at);

export async function releaseEntity(release: Release, view: View, includeHtmlDescription = false) {
  const { project, state, caller } = view;
  const readCode = canReadCode(project, caller);
  const tag = state.tag(release.tag);
  const commit = tag ? await view.repo.commit(tag.sha) : undefined;
  const webTag = escapeSegment(release.tag);
  const links = sortedLinks(release.links).map((link) => linkEntity(link, release.tag, project));
  return {
    name: release.name ?? release.tag,
    tag_name: release.tag,
    description: release.description,
    created_at: release.created_at.toISOString(),
    released_at: release.released_at.toISOString(),
    upcoming_release: isUpcoming(release),
    ...(includeHtmlDescription ? { description_html: renderMarkdown(release.description) } : {}),
    ...(release.author ? { author: userEntity(release.author, view) } : {}),
    ...(readCode ? { commit: commit ? commitEntity(commit, project) : null } : {}),
    ...(release.milestones.length > 0 && canReadProject(project, caller)
      ? { milestones: byDatesAndTitle(release.milestones).map((m) => milestoneEntity(m, project, true)) } : {}),
    ...(readCode && commit ? { commit_path: `/${project.fullPath}/-/commit/${commit.id}` } : {}),
    ...(readCode ? { tag_path: `/${project.fullPath}/-/tags/${webTag}` } : {}),
    assets: {
      count: links.length + (readCode ? ARCHIVE_FORMATS.length : 0),
      ...(readCode ? { sources: sources(release.tag, project) } : {}),
      links,
    },
    ...(readCode ? { evidences: release.evidences.map((e) => ({ sha: e.sha, filepath: `${project.webUrl}/-/releases/${webTag}/evidences/${e.id}.json`, collected_at: e.collected_at.toISOString() })) } : {}),
    _links: releaseLinks(release, view),
  };
}

/** `Releases::Source`: `<web_url>/-/archive/<tag>/<project path>-<tag with / as ->.<format>`. */
function sources(tag: string, project: Project) {
  const archive = `${project.path}-${tag.replace(/\//g, '-')}`;
  const tagPath = tag.split('/').map(escapeSegment).join('/');
  return ARCHIVE_FORMATS.map((format) => ({ format, url: `${project.webUrl}/-/archive/${tagPath}/${escapeSegment(archive)}.${format}` }));
}

function releaseLinks(release: Release, view: View) {
  const web = view.project.webUrl;
  const list = (kind: string, state: string) => `${web}/-/${kind}?${toQuery({ release_tag: release.tag, scope: 'all', state })}`;
  const self = `${web}/-/releases/${escapeSegment(release.tag)}`;
  return {
    closed_issues_url: list('issues', 'closed'),
    closed_merge_requests_url: list('merge_requests', 'closed'),
    ...(canChangeRelease(view.project, view.caller, release.tag) ? { edit_url: `${self}/edit` } : {}),
    merged_merge_requests_url: list('merge_requests', 'merged'),
    opened_issues_url: list('issues', 'opened'),
    opened_merge_requests_url: list('merge_requests', 'opened'),
    self,
  };
}

/** `API::Entities::UserBasic`. */
export function userEntity(username: string, view: View) {
  const id = view.state.userId(username);
  const avatar = `https://www.gravatar.com/avatar/${createHash('sha256').update(username).digest('hex')}?s=80&d=identicon`;
  return {
    id, username, public_email: '', name: username, state: 'active', locked: false,
    avatar_url: avatar, avatar_path: `/uploads/-/system/user/avatar/${id}/avatar.png`, web_url: `${view.project.url}/${username}`,
  };
}

/** `API::Entities::Commit`. */
export function commitEntity(commit: CommitInfo, project: Project) {
  const committed = commit.committed_date.toISOString();
  return {
    id: commit.id, short_id: commit.id.slice(0, 8), created_at: committed, parent_ids: commit.parent_ids,
    title: commitTitle(commit.message), message: commit.message,
    author_name: commit.author_name, author_email: commit.author_email, authored_date: commit.authored_date.toISOString(),
    committer_name: commit.committer_name, committer_email: commit.committer_email, committed_date: committed,
    trailers: commit.trailers, extended_trailers: commit.extended_trailers, web_url: `${project.webUrl}/-/commit/${commit.id}`,
  };
}

/** `Commit#title`: the first line, cut at a word before 81 characters when it is 100 or longer. */
function commitTitle(message: string): string {
  const first = message.split('\n')[0] ?? '';
  if (first.length < 100) return first;
  const stop = first.lastIndexOf(' ', 80);
  return `${first.slice(0, stop > 0 ? stop : 80)}…`;
}

/** A stand-in for GitLab's Markdown pipeline: escaped paragraphs. */
function renderMarkdown(text: string | null): string {
  if (!text) return '';
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text.split(/\n{2,}/).map((paragraph) => `<p dir="auto">${escape(paragraph.trim())}</p>`).join('\n');
}
