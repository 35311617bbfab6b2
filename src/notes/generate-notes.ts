/**
 * Release notes with conventional-changelog 8's writer and the conventionalcommits preset,
 * imported statically (name-based preset loading breaks inside a bundle) into a module loaded on
 * demand (load-conventional.ts), and fed the commits and tags we already read (changelog-writer.ts).
 */
import type { CommitType, PresetConfig } from 'conventional-changelog-conventionalcommits';
import { readCommits, type ParsedCommit } from './commits.js';
import { loadConventional } from './load-conventional.js';
import { sanitiseCommit } from './sanitize.js';

export interface NotesRequest {
  cwd: string;
  /** Commits of the range when already read (to compute the version). */
  commits?: readonly ParsedCommit[];
  from?: string;
  previousTag?: string;
  to: string;
  /** Pathspecs that limit the commits (monorepo packages). */
  paths?: readonly string[];
  version: string;
  currentTag: string;
  /** GitLab project web URL; links are GitLab's (`-/commit/`, `-/compare/`, `-/issues/`). */
  projectUrl?: string;
  /** GitLab's base URL, where user profiles live (`@ada` → `<gitlabUrl>/ada`). */
  gitlabUrl: string;
  /** YYYY-MM-DD */
  date: string;
  /** Commit type → heading (false hides), over the preset's defaults. */
  sections?: Record<string, string | false>;
  /** List commits of no known type (non-conventional subjects) under Other Changes. */
  otherCommits?: boolean;
}

const OTHER: CommitType = { type: 'forge-release-other', section: 'Other Changes', effect: 'changelog' };

export async function generateNotes(request: NotesRequest): Promise<string> {
  const commits = request.commits ?? await readCommits(request.cwd, { ...(request.from ? { from: request.from } : {}), to: request.to, paths: request.paths ?? [] });
  const { writeChangelog, DEFAULT_COMMIT_TYPES } = await loadConventional();
  const linked = request.projectUrl !== undefined;
  const known = commitTypes(DEFAULT_COMMIT_TYPES, request.sections);
  const types = request.otherCommits ? [...known, OTHER] : known;
  const shown = request.otherCommits ? commits.map((c) => asOtherUnlessKnown(c, known)) : commits;
  return writeChangelog({
    commits: shown.map((c) => withoutInlineReferences(sanitiseCommit(c))),
    preset: { ...gitlabLinks(request), types, ...referenceSyntax },
    context: {
      version: request.version,
      currentTag: request.currentTag,
      ...(request.previousTag ? { previousTag: request.previousTag } : {}),
      date: request.date,
      linkReferences: linked,
      linkCompare: linked && request.previousTag !== undefined,
    },
    writer: { generateOn: () => false, doFlush: true, commitsSort: byFields('scope', 'subject'), noteGroupsSort: byFields('title'), notesSort: byFields('title', 'text') },
  });
}

/** A commit of no known type goes under Other Changes, its whole header as the entry. */
function asOtherUnlessKnown(commit: ParsedCommit, known: readonly CommitType[]): ParsedCommit {
  const type = commit.type?.toLowerCase();
  if (commit.revert || (type && known.some((t) => t.type === type))) return commit;
  return { ...commit, type: OTHER.type, scope: null, subject: commit.header } as unknown as ParsedCommit;
}

/** The preset's sections with the user's changes, in the preset's order; new types come last. */
function commitTypes(presetTypes: readonly CommitType[], sections: Record<string, string | false> = {}): CommitType[] {
  const entry = (type: string, heading: string | false): CommitType => heading === false
    ? { type, section: type, effect: 'hidden' }
    : { type, section: heading, effect: 'changelog' };
  const known = presetTypes.map((t) => (t.type in sections ? entry(t.type, sections[t.type]!) : { ...t }));
  const added = Object.entries(sections).filter(([type]) => !presetTypes.some((t) => t.type === type));
  return [...known, ...added.map(([type, heading]) => entry(type, heading))];
}

/** Code-point order: the preset's localeCompare spends ~30 ms setting up an ICU collator. */
function byFields(...fields: string[]) {
  return (a: object, b: object): number => {
    for (const field of fields) {
      const x = String((a as Record<string, unknown>)[field] ?? '');
      const y = String((b as Record<string, unknown>)[field] ?? '');
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** GitLab's compare route takes tag names as they are (`pkg/v1.0.0`, `app@1.0.0`); escape the rest. */
function tagInPath(tag: string): string {
  return encodeURIComponent(tag).replace(/%2F/g, '/').replace(/%40/g, '@');
}

// GitLab's reference forms in a subject: `#12` (issue), `!34` (merge request), each optionally
// after a project path (`group/project#12`). A `#` glued to a word (`foo#1`) is none, nor `#abc`.
const REFERENCE_PREFIX = /(?<![\w./-])(?:[\w.-]+(?:\/[\w.-]+)+)?[#!]/;
const REFERENCE_NUMBER = /\d+\b/;
// The writer takes RegExp prefixes (it inlines their source) though its types say string.
const referenceSyntax = { issuePrefixes: [REFERENCE_PREFIX], issuePattern: REFERENCE_NUMBER } as unknown as PresetConfig;

interface Reference {
  prefix?: string;
  owner?: string | null;
  repository?: string | null;
  issue?: string;
}

/** `-/issues/12` or `-/merge_requests/34`, in this project or in the one the reference names. */
function referenceUrl(projectUrl: string, gitlabUrl: string, reference: Reference): string {
  const prefix = String(reference.prefix ?? '#');
  const kind = prefix.endsWith('!') ? 'merge_requests' : 'issues';
  const project = prefix.slice(0, -1) || [reference.owner, reference.repository].filter(Boolean).join('/');
  return `${project ? `${gitlabUrl}/${project}` : projectUrl}/-/${kind}/${String(reference.issue)}`;
}

/** A cross-project reference linked where it stands in the subject is not listed again after it. */
function withoutInlineReferences(commit: ParsedCommit): ParsedCommit {
  const subject = commit.subject ?? '';
  const references = commit.references.filter((r) => !(r.owner || r.repository)
    || !subject.includes(`${[r.owner, r.repository].filter(Boolean).join('/')}${r.prefix}${r.issue}`));
  return { ...commit, references } as ParsedCommit;
}

/**
 * GitLab's routes (`-/commit/`, `-/compare/`, `-/issues/`, `-/merge_requests/`) from the project's
 * web URL, which may carry a relative URL root; never from the checkout's remote. No URL:
 * references stay plain text. `@word`s always do: GitLab links the users that exist itself, and
 * `@import` or `@fs` in a code-like subject is nobody.
 */
function gitlabLinks({ projectUrl, gitlabUrl, previousTag, currentTag }: NotesRequest): PresetConfig {
  if (projectUrl === undefined) return { formatIssueUrl: () => '', formatUserUrl: () => '', formatCommitUrl: () => '', formatCompareUrl: () => '' };
  return {
    formatCommitUrl: (_context, commit) => `${projectUrl}/-/commit/${String(commit.hash)}`,
    formatCompareUrl: () => `${projectUrl}/-/compare/${tagInPath(previousTag ?? '')}...${tagInPath(currentTag)}`,
    formatIssueUrl: (_context, reference) => referenceUrl(projectUrl, gitlabUrl, reference as Reference),
    formatUserUrl: () => '',
  };
}
