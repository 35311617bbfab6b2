/**
 * The GitLab client: the endpoints a run uses, through gitbeaker with our requester. Project and
 * tag travel as one URL-encoded path segment each (`group%2Fsub%2Fproj`, `pkg%2Fv1.2.0`): gitbeaker
 * encodes every path parameter with encodeURIComponent.
 */
import { GroupReleases, ProjectMilestones, ProjectReleases, Projects, ReleaseLinks, Tags } from '@gitbeaker/rest';
import { ReleaseError } from '../errors.js';
import type { Auth } from '../inputs/inputs.js';
import type { AssetLink, EvidenceResult, ExistingLink, ExistingRelease, ReleaseFields } from '../model.js';
import { startDeadline } from './deadline.js';
import type { BasicReleaseEntity, ReleaseDetails } from './release-details.js';
import { createPackageRegistry, type PackageRegistry } from './packages.js';
import { createRequester, createSender, type RetryNotice } from './requester.js';
import { createTransport } from './transport.js';
import { createBody, linkBody, toExistingLink, toExistingRelease, updateBody, type LinkEntity, type ReleaseEntity } from './wire.js';

export interface GitLabClientOptions {
  gitlabUrl: string;
  project: string;
  auth: Exclude<Auth, { kind: 'none' }>;
  timeoutMs: number;
  /** All of the run's waiting on GitLab, from the client's creation. */
  deadlineMs: number;
  retries: number;
  retryMaxWaitMs: number;
  caPem?: string;
  insecure: boolean;
  userAgent: string;
  onRetry: (notice: RetryNotice) => void;
  env?: NodeJS.ProcessEnv;
}

export interface GitLabClient {
  /** The generic package registry of the project (release files). */
  packages: PackageRegistry;
  getRelease(tag: string): Promise<ExistingRelease | undefined>;
  /** The commit GitLab's tag points at, or undefined when GitLab has no such tag. */
  findTagCommit(tag: string): Promise<string | undefined>;
  createRelease(fields: ReleaseFields): Promise<ExistingRelease>;
  updateRelease(tag: string, changed: Parameters<typeof updateBody>[0]): Promise<ExistingRelease>;
  createLink(release: ExistingRelease, link: AssetLink): Promise<ExistingLink>;
  updateLink(release: ExistingRelease, id: number, link: AssetLink, clearPath: boolean): Promise<ExistingLink>;
  deleteLink(tag: string, id: number): Promise<void>;
  collectEvidence(tag: string): Promise<EvidenceResult>;
  getProject(): Promise<{ webUrl: string }>;
  /** Titles of the given ones that exist in the project or its ancestor groups. */
  findMilestones(titles: string[]): Promise<string[]>;
  // The release commands (src/commands): reads and the one delete, GitLab's entities as sent.
  /** GET /projects/:id/releases, following the pages until `limit` releases or the last page. */
  listReleases(options: ListOptions): Promise<ReleaseDetails[]>;
  /** GET /groups/:id/releases?simple=true (no job token there: GitLab treats the call as anonymous). */
  listGroupReleases(group: string, options: Omit<ListOptions, 'orderBy'>): Promise<BasicReleaseEntity[]>;
  /** GET /releases/:tag; undefined when the project has no release for the tag. */
  showRelease(tag: string): Promise<ReleaseDetails | undefined>;
  /** GET /releases/permalink/latest, whose same-origin redirect the requester follows; undefined = no release. */
  latestRelease(): Promise<ReleaseDetails | undefined>;
  /** DELETE /releases/:tag: GitLab answers with the deleted release and keeps the tag. */
  deleteRelease(tag: string): Promise<ReleaseDetails>;
}

export interface ListOptions {
  limit: number;
  orderBy: 'released_at' | 'created_at';
  sort: 'asc' | 'desc';
}

const MAX_PER_PAGE = 100;

export function createGitLabClient(options: GitLabClientOptions): GitLabClient {
  const transport = createTransport({ baseUrl: options.gitlabUrl, ...(options.caPem ? { caPem: options.caPem } : {}), insecure: options.insecure, env: options.env ?? process.env });
  const requesterOptions = {
    transport, baseUrl: options.gitlabUrl, auth: options.auth.kind, timeoutMs: options.timeoutMs, deadline: startDeadline(options.deadlineMs),
    budget: { retries: options.retries, maxTotalWaitMs: options.retryMaxWaitMs }, userAgent: options.userAgent, onRetry: options.onRetry,
  };
  const requesterFn = createRequester(requesterOptions);
  // JOB-TOKEN for job tokens: sent as PRIVATE-TOKEN GitLab would treat the call as anonymous.
  const token = options.auth.kind === 'job' ? { jobToken: options.auth.token } : { token: options.auth.token };
  const config = { host: options.gitlabUrl, requesterFn, queryTimeout: 0, ...token } as const;
  const releases = new ProjectReleases(config);
  const links = new ReleaseLinks(config);
  const project = options.project;

  return {
    packages: createPackageRegistry(createSender(requesterOptions), options.gitlabUrl, project, options.auth),
    async getRelease(tag) {
      try {
        return toExistingRelease(await releases.show(project, tag) as unknown as ReleaseEntity);
      } catch (error) {
        if (isReleaseNotFound(error)) return undefined;
        throw error;
      }
    },
    async findTagCommit(tag) {
      // The tags list, not GET /repository/tags/:tag: only the list accepts a job token (§1.3).
      // Its search is a case-insensitive substring match with the exact name first.
      const found = await new Tags(config).all(project, { search: tag, perPage: 20, maxPages: 1 } as never) as unknown as { name: string; commit?: { id: string } | null }[];
      return found.find((t) => t.name === tag)?.commit?.id;
    },
    async createRelease(fields) {
      return toExistingRelease(await releases.create(project, createBody(fields) as never) as unknown as ReleaseEntity);
    },
    async updateRelease(tag, changed) {
      return toExistingRelease(await releases.edit(project, tag, updateBody(changed)) as unknown as ReleaseEntity);
    },
    async createLink(release, link) {
      const { name, url, ...rest } = linkBody(link);
      return toExistingLink(await links.create(project, release.tagName, name!, url!, rest as never) as unknown as LinkEntity, release.webUrl);
    },
    async updateLink(release, id, link, clearPath) {
      // Always resend link_type: a PUT without it resets the type to `other` (§2.13).
      const body = { ...linkBody(link), ...(clearPath ? { direct_asset_path: null } : {}) };
      return toExistingLink(await links.edit(project, release.tagName, id, body as never) as unknown as LinkEntity, release.webUrl);
    },
    async deleteLink(tag, id) {
      await links.remove(project, tag, id);
    },
    async collectEvidence(tag) {
      try {
        await releases.createEvidence(project, tag);
        return 'collected';
      } catch (error) {
        // Free/CE: the route does not exist (404 {"error":"404 Not Found"}, Grape's catch-all).
        if (error instanceof ReleaseError && error.code === 'E_GITLAB_ROUTE_NOT_FOUND') return 'unavailable';
        throw error;
      }
    },
    async getProject() {
      const entity = await new Projects(config).show(project) as unknown as { web_url: string };
      return { webUrl: entity.web_url };
    },
    async findMilestones(titles) {
      const all = await new ProjectMilestones(config).all(project, { includeAncestors: true, perPage: 100 } as never) as unknown as { title: string }[];
      const known = new Set(all.map((m) => m.title));
      return titles.filter((title) => known.has(title));
    },
    async listReleases({ limit, orderBy, sort }) {
      const all = await releases.all(project, { ...pages(limit), orderBy, sort } as never) as unknown as ReleaseDetails[];
      return all.slice(0, limit);
    },
    async listGroupReleases(group, { limit, sort }) {
      const all = await new GroupReleases(config).all(group, { ...pages(limit), sort, simple: true } as never) as unknown as BasicReleaseEntity[];
      return all.slice(0, limit);
    },
    async showRelease(tag) {
      try {
        return await releases.show(project, tag) as unknown as ReleaseDetails;
      } catch (error) {
        if (isReleaseNotFound(error)) return undefined;
        throw error;
      }
    },
    async latestRelease() {
      try {
        return await releases.showLatest(project) as unknown as ReleaseDetails;
      } catch (error) {
        if (isReleaseNotFound(error)) return undefined;
        throw error;
      }
    },
    async deleteRelease(tag) {
      return await releases.remove(project, tag) as unknown as ReleaseDetails;
    },
  };
}

/** gitbeaker follows `Link: rel="next"` while fewer than maxPages × perPage items arrived. */
function pages(limit: number): { perPage: number; maxPages: number } {
  const perPage = Math.min(limit, MAX_PER_PAGE);
  return { perPage, maxPages: Math.ceil(limit / perPage) };
}

/**
 * GET /releases/:tag answers `{"message":"404 Not Found"}` for a missing release. `Project Not Found`
 * is another matter, and so is the route-404 `{"error":"404 Not Found"}` of a wrong gitlab-url
 * (E_GITLAB_ROUTE_NOT_FOUND): reading that as "no release yet" would send a create to nowhere.
 */
function isReleaseNotFound(error: unknown): boolean {
  return error instanceof ReleaseError && error.code === 'E_GITLAB_NOT_FOUND' && error.gitlab?.message === '404 Not Found';
}
