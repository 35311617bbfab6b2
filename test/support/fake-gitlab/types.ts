/**
 * The public surface of the fake GitLab: what tests pass in and get back.
 * Behaviour follows shared/gitlab/releases-api-behaviour.md ("the sheet"); section numbers refer to it.
 */
import type { PackageSettings } from './packages.js';
import type { FakeState } from './state.js';

export type Role = 'maintainer' | 'developer' | 'reporter' | 'guest' | 'outsider';

export interface TokenSpec {
  role: Role;
  kind: 'pat' | 'job' | 'oauth';
  /** PAT/OAuth scopes; default ['api']. Job tokens have none. */
  scopes?: ('api' | 'read_api')[];
  expired?: boolean;
  revoked?: boolean;
  /** A job token of a job that is no longer running (GitLab answers 401). */
  finished?: boolean;
  /** Default: the role's name, so a developer PAT and a developer job token are the same user. */
  username?: string;
}

export interface FakeGitLabOptions {
  /** A real git repository standing for the project's repository on GitLab. */
  repoDir?: string;
  milestones?: string[];
  groupMilestones?: string[];
  edition?: 'ee' | 'ce';
  tokens?: Record<string, TokenSpec>;
  protectedTags?: { pattern: string; developersCanCreate: boolean }[];
  visibility?: 'private' | 'public';
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** An old full path of the project (it was renamed from there): §1.1, scenario 84. */
  movedFrom?: string;
  /** A relative URL root such as `/gitlab` (GitLab's `relative_url_root`): the API lives under it. */
  urlRoot?: string;
  /** Projects in g or its subgroups beside g/p, e.g. `g/sub/q`: they only hold releases, seen by the group list. */
  otherProjects?: string[];
  /** The generic package registry's group setting and plan limit. */
  packages?: PackageSettings;
}

export interface RecordedRequest {
  method: string;
  /** Raw, still percent-encoded, without the query. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: any;
  /** What was answered, 0 if nothing was. */
  status: number;
}

export interface Fault {
  method?: string;
  path?: RegExp;
  /** How many matching requests it hits; default 1. */
  times?: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Handle the request for real, then answer this instead. */
  applyThen?: { status: number; body?: unknown };
  hang?: boolean;
  stall?: boolean;
  /** Reset the connection (RST) once the whole request arrived, before anything is applied or answered. */
  reset?: boolean;
  /** Reset the connection once this many bytes of the body have arrived (mid-upload): nothing is stored. */
  resetAfterBytes?: number;
  delayMs?: number;
  retryAfter?: number | 'http-date';
  resetOnly?: boolean;
}

export interface FakeGitLab {
  /** Where the API lives, with the relative URL root if any: http://127.0.0.1:PORT[/gitlab]. */
  url: string;
  webUrl: string;
  requests: RecordedRequest[];
  writes(): RecordedRequest[];
  reset(): void;
  faults: { add(fault: Fault): void; clear(): void; pending(): number };
  state: FakeState;
  /** The releases of another project (options.otherProjects), by full path. */
  stateOf(fullPath: string): FakeState;
  close(): Promise<void>;
}
