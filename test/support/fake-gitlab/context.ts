/**
 * One request as a handler sees it: Grape's merged params, the caller (resolved lazily, as GitLab
 * does on first use of `current_user`), and `find_project!`.
 */
import { ApiError, apiError, authorize, notFound } from './api-error.js';
import { resolveCaller } from './auth.js';
import type { GitRepo } from './git-repo.js';
import { declare, type ParamRule, type ParamSpec, type Params } from './grape-params.js';
import { canReadProject, type Caller } from './permissions.js';
import type { Project } from './project.js';
import type { View } from './release-entity.js';
import type { RouteMatch } from './router.js';
import type { FakeState } from './state.js';
import type { TokenSpec } from './types.js';

/** A project with its releases: g/p, or one of options.otherProjects. */
export interface HostedProject {
  project: Project;
  state: FakeState;
  repo: GitRepo;
}

export interface App extends HostedProject {
  tokens: Record<string, TokenSpec>;
  /** Projects beside g/p (in g or its subgroups); they hold releases only. */
  others: HostedProject[];
  /** g and the subgroups of the other projects. */
  groups: { id: number; path: string }[];
}

export interface ApiRequest {
  method: string;
  rawPath: string;
  rawQuery: string;
  headers: Record<string, string>;
  /** Query string and body, merged (Rack nested params). */
  params: Params;
  /** The body's bytes as sent (the generic package PUT stores them). */
  rawBody?: Buffer;
}

export class RequestContext {
  readonly params: Params;
  private resolved?: { caller: Caller | null };

  constructor(
    readonly app: App,
    readonly request: ApiRequest,
    readonly match: RouteMatch,
  ) {
    this.params = { ...request.params, ...match.params };
  }

  get project(): Project {
    return this.app.project;
  }

  get state(): FakeState {
    return this.app.state;
  }

  caller(): Caller | null {
    this.resolved ??= { caller: resolveCaller(this.request, this.app.tokens, this.match.route.jobToken) };
    return this.resolved.caller;
  }

  view(): View {
    return { project: this.project, state: this.state, repo: this.app.repo, caller: this.caller() };
  }

  declare(declaration: (ParamSpec | ParamRule)[]): Params {
    return declare(this.params, declaration);
  }

  /** `find_project!(params[:id])`: the caller is resolved first (401 wins), then visibility (404). */
  findProject(): Project {
    const id = this.match.params.id ?? '';
    const caller = this.caller();
    const project = this.project;
    const byPath = (path: string | undefined) => path !== undefined && id.toLowerCase() === path.toLowerCase();
    const found = id === String(project.id) || (id.includes('/') && byPath(project.fullPath));
    const moved = !found && id.includes('/') && byPath(project.movedFrom);
    if (!(found || moved) || !canReadProject(project, caller)) throw notFound('Project');
    if (moved) throw this.movedProject();
    return project;
  }

  /** The `before { authorize_read_releases! }` of every project release route. */
  authorizeReadRelease(): Project {
    const project = this.findProject();
    authorize(canReadProject(project, this.caller()));
    return project;
  }

  /** Root of the fake + the raw path: the base of pagination links. */
  requestUrl(): string {
    return `${this.project.url}${this.request.rawPath}`;
  }

  /** A renamed project addressed by its old path (§1.1, scenario 84). */
  private movedProject(): ApiError {
    if (this.request.method !== 'GET' && this.request.method !== 'HEAD') {
      return apiError(405, 'Non GET methods are not allowed for moved projects');
    }
    const rawId = this.match.rawParams.id ?? '';
    const rest = this.request.rawPath.slice(this.request.rawPath.indexOf(`/projects/${rawId}`) + `/projects/${rawId}`.length);
    const location = `${this.project.url}/api/v4/projects/${this.project.id}${rest}${this.request.rawQuery ? `?${this.request.rawQuery}` : ''}`;
    return new ApiError(301, { message: `This resource has been moved permanently to ${location}` }, { Location: location });
  }
}
