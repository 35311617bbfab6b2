/**
 * What the local checkout says: which commit a ref or tag is, which release tags exist and when
 * each was made, and which of them a commit contains. Containment is a `for-each-ref --merged`
 * walk over the tags asked about: never a walk per candidate tag, never a `git log` scan.
 */
import type { SemVer } from 'semver';
import { releaseVersionOf } from '../version/release-names.js';
import { git, runGit } from './git.js';

export interface ReleaseTag {
  name: string;
  /** The version the tag stands for, without the prefix (valid semver). */
  version: string;
  /** The commit the tag points at (peeled for annotated tags). */
  sha: string;
  /** When the tag was made, in Unix seconds: tagger date if annotated, else the commit date. */
  date: number;
}

/** The commit a ref names in this checkout, or undefined when it names none. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const { stdout, code } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
  return code === 0 ? stdout.trim() : undefined;
}

/**
 * The commit a ref names (undefined when none) and whether the checkout is shallow, in one
 * rev-parse: a run without a tag needs both before anything else, each process costs milliseconds.
 */
export async function resolveCommitAndShallow(cwd: string, ref: string): Promise<{ sha?: string; shallow?: boolean }> {
  const { stdout, code } = await runGit(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
  const [shallow, sha] = stdout.split('\n');
  return { ...(code === 0 && sha ? { sha: sha.trim() } : {}), ...(shallow === 'true' || shallow === 'false' ? { shallow: shallow === 'true' } : {}) };
}

/** The commit a local tag points at, or undefined when the checkout has no such tag. */
export function localTagCommit(cwd: string, tag: string): Promise<string | undefined> {
  return resolveCommit(cwd, `refs/tags/${tag}`);
}

// Everything the run needs of a tag in one read: its commit (peeled), its date, and what it points
// at, so a release tag never needs a `rev-parse` of its own.
const TAG_FORMAT = '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)%00%(objecttype)%00%(*objecttype)';

/** `refs/tags/v*`, not `refs/tags/v`: for-each-ref matches whole path components unless globbed. */
function tagPattern(prefix: string): string {
  return prefix === '' ? 'refs/tags/' : `refs/tags/${prefix}*`;
}

/**
 * The names of the tags that start with the prefix, and whether the checkout is shallow: one
 * process that reads refs only. A tag's object (its date, its peeled commit) costs a read each, so
 * the names come first and only the few tags that can matter are read (readTags).
 */
export async function listTagNames(cwd: string, prefix: string): Promise<{ names: string[]; shallow: boolean }> {
  // `--tags=<glob>` prints the names below refs/tags/; its `*` also matches `/`, so this can list
  // more than the prefix (never less): callers keep the names that start with it.
  const tags = prefix === '' ? '--tags' : `--tags=${prefix}*`;
  const [shallow = '', ...names] = (await git(['rev-parse', '--is-shallow-repository', '--symbolic', tags], { cwd })).split('\n');
  return { names: names.filter(Boolean), shallow: shallow.trim() === 'true' };
}

/** A tag as read from its ref and object; `sha` is undefined when it does not end at a commit. */
export interface TagRef {
  name: string;
  sha?: string;
  date: number;
}

/**
 * The named tags that exist (all of them, or only those `mergedInto` contains: one
 * `for-each-ref --merged` walk, as short as the oldest tag asked about), keyed by name.
 */
export async function readTags(cwd: string, names: readonly string[], options: { mergedInto?: string } = {}): Promise<Map<string, TagRef>> {
  if (names.length === 0) return new Map();
  const merged = options.mergedInto === undefined ? [] : [`--merged=${options.mergedInto}`];
  const out = await git(['for-each-ref', ...merged, TAG_FORMAT, ...names.map((name) => `refs/tags/${name}`)], { cwd });
  // for-each-ref also lists `refs/tags/<name>/…` below a name: keep the names asked for only.
  const wanted = new Set(names);
  const tags = new Map<string, TagRef>();
  for (const line of out.split('\n')) {
    const tag = parseTagLine(line);
    if (tag !== undefined && wanted.has(tag.name)) tags.set(tag.name, tag);
  }
  return tags;
}

/** Every release tag (prefix + semver) of the checkout, highest version first. Reads refs only, no walk. */
export async function readReleaseTags(cwd: string, prefix: string): Promise<ReleaseTag[]> {
  const out = await git(['for-each-ref', TAG_FORMAT, tagPattern(prefix)], { cwd });
  // Compare parsed versions: rcompare on strings parses both sides on every comparison.
  return parseTagLines(out, prefix).sort((a, b) => b.semver.compare(a.semver)).map(({ semver: _, ...tag }) => tag);
}

/**
 * Names of the tags (all with the prefix, or just `names`) that `commit` contains, in one
 * `for-each-ref --merged` walk. git walks back only as far as the oldest tag asked about, so
 * asking about a few recent tags costs milliseconds where all of them cost the whole history.
 */
export async function tagsContainedIn(cwd: string, commit: string, which: { prefix: string } | { names: readonly string[] }): Promise<Set<string>> {
  const patterns = 'prefix' in which ? [tagPattern(which.prefix)] : which.names.map((name) => `refs/tags/${name}`);
  if (patterns.length === 0) return new Set();
  const out = await git(['for-each-ref', `--merged=${commit}`, '--format=%(refname:strip=2)', ...patterns], { cwd });
  return new Set(out.split('\n').filter(Boolean));
}

/**
 * `name\0object\0peeled\0date\0type\0peeledType` lines → release tags; names without the prefix
 * or not semver are not releases, nor are tags of a tree or a blob (no commit to release).
 */
export function parseTagLines(out: string, prefix: string): (ReleaseTag & { semver: SemVer })[] {
  const tags: (ReleaseTag & { semver: SemVer })[] = [];
  for (const line of out.split('\n')) {
    const tag = parseTagLine(line);
    const parsed = tag?.sha === undefined ? null : releaseVersionOf(tag.name, prefix);
    if (tag?.sha !== undefined && parsed !== null) tags.push({ name: tag.name, version: parsed.version, sha: tag.sha, date: tag.date, semver: parsed });
  }
  return tags;
}

/** One `name\0object\0peeled\0date\0type\0peeledType` line; the sha only when it ends at a commit. */
function parseTagLine(line: string): TagRef | undefined {
  const [name, object, peeled, date, type, peeledType] = line.split('\0');
  if (!name || !object) return undefined;
  const endsAt = peeledType || type;
  const sha = endsAt && endsAt !== 'commit' ? undefined : peeled || object;
  return { name, ...(sha !== undefined ? { sha } : {}), date: Number(date ?? 0) };
}

/** Whether the checkout is a shallow clone (notes and versions then miss history). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}
