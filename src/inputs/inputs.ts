/** What a run is asked to do, once every raw string has been checked and typed. */
import type { AssetLink } from '../model.js';
import type { LocalFile } from './files.js';

export type NotesMode = 'replace' | 'append' | 'prepend' | 'keep' | 'overwrite';
export type EvidenceMode = 'auto' | 'always' | 'never';
export type BumpMode = 'auto' | 'major' | 'minor' | 'patch' | 'prerelease' | 'none';

export type Auth =
  | { kind: 'private'; token: string }
  | { kind: 'job'; token: string }
  | { kind: 'none' };

export interface Inputs {
  /** Base URL without a trailing slash (a relative URL root such as /gitlab is kept). */
  gitlabUrl: string;
  /** Numeric id or full path; undefined only in an offline dry run. */
  project?: string;
  projectUrl?: string;
  auth: Auth;
  tag?: string;
  ref?: string;
  name?: string;
  tagMessage?: string;
  releasedAt?: string;
  /** Explicit notes; undefined = generate from commits. */
  description?: string;
  notesMode: NotesMode;
  /** Commit type → notes heading (false hides), over the preset's defaults. */
  notesSections?: Record<string, string | false>;
  /** List non-conventional commits under Other Changes. */
  notesOtherCommits: boolean;
  /** undefined = leave the release's milestones as they are; [] = clear them. */
  milestones?: string[];
  /** undefined = leave the release's links alone. */
  assets?: AssetLink[];
  pruneLinks: boolean;
  /** Files to upload to the generic package registry; undefined = none. */
  files?: LocalFile[];
  /** undefined = derived from the tag prefix or the project (see package-name). */
  packageName?: string;
  /** undefined = the release's version. */
  packageVersion?: string;
  checksums: boolean;
  evidence: EvidenceMode;
  bump: BumpMode;
  tagPrefix: string;
  /** Pathspecs that limit the commits counted (empty = the whole repository). */
  paths: string[];
  prerelease?: string;
  initialVersion: string;
  majorOnZero: boolean;
  dryRun: boolean;
  notesFile?: string;
  dotenv?: string;
  json: boolean;
  cwd: string;
  timeoutMs: number;
  /** Bound on all of a run's waiting on GitLab (attempts and retry waits of every request). */
  deadlineMs: number;
  retries: number;
  retryMaxWaitMs: number;
  caPem?: string;
  insecure: boolean;
}
