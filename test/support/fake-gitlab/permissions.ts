/**
 * The role matrix (§1.4) and protected tags. A caller is null when anonymous; a job token acts as
 * its job's user with that user's role.
 */
import type { Project } from './project.js';
import type { Role } from './types.js';

export interface Caller {
  username: string;
  role: Role;
  kind: 'pat' | 'job' | 'oauth';
}

const RANK: Record<Role, number> = { outsider: 0, guest: 10, reporter: 20, developer: 30, maintainer: 40 };

const atLeast = (caller: Caller | null, role: Role) => caller !== null && RANK[caller.role] >= RANK[role];

/** `read_project` / `read_release`: members of a private project, anyone on a public one. */
export const canReadProject = (project: Project, caller: Caller | null) =>
  project.visibility === 'public' || atLeast(caller, 'guest');

/** `read_code` / `download_code`: reporter+ on a private project (guests see releases, not code). */
export const canReadCode = (project: Project, caller: Caller | null) =>
  project.visibility === 'public' || atLeast(caller, 'reporter');

/** `create_release` on the project: developer+. */
export const canCreateRelease = (caller: Caller | null) => atLeast(caller, 'developer');

/**
 * `Gitlab::UserAccess#can_create_tag?`: unprotected tags need developer+; a protected tag needs an
 * access level of any matching rule (maintainers, or developers where allowed).
 */
export function canCreateTag(project: Project, caller: Caller | null, tag: string): boolean {
  const rules = project.protectedTags.filter((rule) => globMatches(rule.pattern, tag));
  if (rules.length === 0) return atLeast(caller, 'developer');
  return atLeast(caller, 'maintainer') || (atLeast(caller, 'developer') && rules.some((rule) => rule.developersCanCreate));
}

/** `update_release` / `destroy_release` on a release (ReleasePolicy): developer+ who may create its tag. */
export const canChangeRelease = (project: Project, caller: Caller | null, tag: string) =>
  canCreateRelease(caller) && canCreateTag(project, caller, tag);

export const isProtectedTag = (project: Project, tag: string) =>
  project.protectedTags.some((rule) => globMatches(rule.pattern, tag));

/** GitLab's ref wildcard: `*` matches anything, `/` included. */
function globMatches(pattern: string, name: string): boolean {
  const regex = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${regex}$`).test(name);
}
