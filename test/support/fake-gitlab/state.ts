/**
 * What the fake GitLab holds for project g/p: git tags, releases with links, milestones and evidences,
 * users. Field names follow GitLab's database columns (snake_case). Tests read it, and arrange it with
 * the helpers below, which skip GitLab's validations on purpose (arranging states an API call
 * could not reach, such as a release whose git tag was deleted).
 */
import { createHash } from 'node:crypto';
import type { RepoTag } from './git-repo.js';
import { PackageStore } from './packages.js';

export interface Milestone { id: number; iid: number; title: string; group: boolean; created_at: Date }
export interface ReleaseLink { id: number; name: string; url: string; filepath: string | null; link_type: string | null; created_at: Date }
export interface Evidence { id: number; sha: string; collected_at: Date }
export interface Release {
  id: number;
  tag: string;
  name: string | null;
  description: string | null;
  /** Username of the author; null = the author is gone (the entity omits `author`). */
  author: string | null;
  created_at: Date;
  released_at: Date;
  updated_at: Date;
  links: ReleaseLink[];
  milestones: Milestone[];
  evidences: Evidence[];
}

type Time = Date | string;
export interface LinkInput { name: string; url: string; filepath?: string | null; link_type?: string | null; created_at?: Time }
export interface ReleaseInput {
  tag: string;
  name?: string | null;
  description?: string | null;
  author?: string | null;
  created_at?: Time;
  released_at?: Time;
  updated_at?: Time;
  milestones?: string[];
  links?: LinkInput[];
}

const toDate = (time: Time | undefined, fallback: Date) => (time === undefined ? fallback : new Date(time));

export class FakeState {
  private readonly tagMap: Map<string, RepoTag>;
  private readonly releaseList: Release[] = [];
  private readonly milestoneList: Milestone[];
  private readonly users = new Map<string, number>();
  private readonly lastId = { release: 0, link: 0, evidence: 0 };
  /** The project's generic package registry. */
  readonly packages = new PackageStore();

  constructor(tags: Map<string, RepoTag>, projectMilestones: string[], groupMilestones: string[]) {
    this.tagMap = tags;
    const created_at = new Date();
    // iids count per owner (project, group); ids are global: the project's 1..n, then the group's.
    const owned = (titles: string[], group: boolean) => titles.map((title, index) => ({ title, group, iid: index + 1, created_at }));
    this.milestoneList = [...owned(projectMilestones, false), ...owned(groupMilestones, true)].map((m, index) => ({ id: index + 1, ...m }));
  }

  // ---- reading ----

  tags(): Map<string, RepoTag> {
    return new Map(this.tagMap);
  }

  tag(name: string): RepoTag | undefined {
    return this.tagMap.get(name);
  }

  releases(): Release[] {
    return [...this.releaseList];
  }

  release(tag: string): Release | undefined {
    return this.releaseList.find((r) => r.tag === tag);
  }

  milestones(): Milestone[] {
    return [...this.milestoneList];
  }

  userId(username: string): number {
    if (!this.users.has(username)) this.users.set(username, this.users.size + 1);
    return this.users.get(username)!;
  }

  // ---- arranging (tests) ----

  /** The git tag disappears; a release on it stays (GitLab: `tag_missing?`). */
  deleteTag(name: string): void {
    this.tagMap.delete(name);
  }

  /** A release as it is in GitLab's database; the tag need not exist. The author defaults to user `maintainer`. */
  createRelease(input: ReleaseInput): Release {
    if (this.release(input.tag)) throw new Error(`fake GitLab: a release for ${input.tag} exists already`);
    const created_at = toDate(input.created_at, new Date());
    const release = this.insertRelease({
      tag: input.tag, name: input.name ?? null, description: input.description ?? null,
      author: input.author === undefined ? 'maintainer' : input.author, created_at,
      released_at: toDate(input.released_at, created_at), updated_at: toDate(input.updated_at, created_at),
      milestones: (input.milestones ?? []).map((title) => this.arrangedMilestone(title)),
    });
    for (const link of input.links ?? []) this.addLink(input.tag, link);
    release.updated_at = toDate(input.updated_at, created_at); // adding the links touched it
    return release;
  }

  addLink(tag: string, input: LinkInput): ReleaseLink {
    const release = this.arrangedRelease(tag);
    const link = this.insertLink(release, { name: input.name, url: input.url, filepath: input.filepath ?? null, link_type: input.link_type === undefined ? 'other' : input.link_type });
    if (input.created_at !== undefined) link.created_at = new Date(input.created_at);
    return link;
  }

  editLink(tag: string, id: number, changes: Partial<Omit<ReleaseLink, 'id'>>): ReleaseLink {
    const link = this.arrangedRelease(tag).links.find((l) => l.id === id);
    if (!link) throw new Error(`fake GitLab: release ${tag} has no link ${id}`);
    return Object.assign(link, changes);
  }

  deleteRelease(tag: string): void {
    this.removeRelease(this.arrangedRelease(tag));
  }

  // ---- changes made by the API ----

  addTag(name: string, tag: RepoTag): void {
    this.tagMap.set(name, tag);
  }

  insertRelease(fields: Omit<Release, 'id' | 'links' | 'evidences'>): Release {
    const release: Release = { id: ++this.lastId.release, ...fields, links: [], evidences: [] };
    this.releaseList.push(release);
    return release;
  }

  insertLink(release: Release, fields: Omit<ReleaseLink, 'id' | 'created_at'>): ReleaseLink {
    const link: ReleaseLink = { id: ++this.lastId.link, ...fields, created_at: new Date() };
    release.links.push(link);
    this.touch(release);
    return link;
  }

  removeRelease(release: Release): void {
    this.releaseList.splice(this.releaseList.indexOf(release), 1);
  }

  /** `Releases::CreateEvidenceService`: a summary of the release, its SHA-256, and a touch. */
  collectEvidence(release: Release): Evidence {
    const summary = JSON.stringify({ release: { id: release.id, tag_name: release.tag, name: release.name, description: release.description, released_at: release.released_at, milestones: release.milestones.map((m) => m.title) } });
    const evidence = { id: ++this.lastId.evidence, sha: createHash('sha256').update(summary).digest('hex'), collected_at: new Date() };
    release.evidences.push(evidence);
    this.touch(release);
    return evidence;
  }

  /** Links and evidences `touch` their release (§2.12, §4.1). */
  touch(release: Release): void {
    release.updated_at = new Date();
  }

  private arrangedRelease(tag: string): Release {
    const release = this.release(tag);
    if (!release) throw new Error(`fake GitLab: no release for ${tag}`);
    return release;
  }

  private arrangedMilestone(title: string): Milestone {
    const milestone = this.milestoneList.find((m) => m.title === title);
    if (!milestone) throw new Error(`fake GitLab: no milestone ${title}`);
    return milestone;
  }
}
