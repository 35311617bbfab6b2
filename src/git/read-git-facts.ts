/**
 * What the local checkout says: which commit a ref or tag is, and which release tags a commit
 * contains. Tags come from `for-each-ref --merged`, never from a whole-history `git log` scan.
 */
import semver, { SemVer } from 'semver';
import { git, runGit } from './git.js';

export interface ReleaseTag {
  name: string;
  /** The version the tag stands for, without the prefix (valid semver). */
  version: string;
  /** The commit the tag points at (peeled for annotated tags). */
  sha: string;
}

/** The commit a ref names in this checkout, or undefined when it names none. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  const { stdout, code } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, okCodes: [1, 128] });
  return code === 0 ? stdout.trim() : undefined;
}

/** The commit a local tag points at, or undefined when the checkout has no such tag. */
export function localTagCommit(cwd: string, tag: string): Promise<string | undefined> {
  return resolveCommit(cwd, `refs/tags/${tag}`);
}

/**
 * Every release tag (prefix + semver) of the checkout, highest version first. No reachability
 * walk here: `for-each-ref --merged` over all tags walks back to the oldest of them, the whole
 * history on a large repository; `firstContained` asks only about the few that matter.
 */
export async function readReleaseTags(cwd: string, prefix: string): Promise<ReleaseTag[]> {
  // for-each-ref matches whole path components unless globbed: `refs/tags/v*`, not `refs/tags/v`.
  const pattern = prefix === '' ? 'refs/tags/' : `refs/tags/${prefix}*`;
  const out = await git(['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', pattern], { cwd });
  // Compare parsed versions: rcompare on strings parses both sides on every comparison.
  return parseTagLines(out, prefix).sort((a, b) => b.semver.compare(a.semver)).map(({ semver: _, ...tag }) => tag);
}

const BATCH = 16;

/** The first of `candidates` (in their order) that `commit` contains, asking git a batch at a time. */
export async function firstContained(cwd: string, commit: string, candidates: readonly ReleaseTag[]): Promise<ReleaseTag | undefined> {
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const out = await git(['for-each-ref', `--merged=${commit}`, '--format=%(refname:strip=2)', ...batch.map((t) => `refs/tags/${t.name}`)], { cwd });
    const contained = new Set(out.split('\n'));
    const found = batch.find((t) => contained.has(t.name));
    if (found) return found;
  }
  return undefined;
}

/** `name\0object\0peeled` lines → release tags; names without the prefix or not semver are not releases. */
export function parseTagLines(out: string, prefix: string): (ReleaseTag & { semver: SemVer })[] {
  const tags: (ReleaseTag & { semver: SemVer })[] = [];
  for (const line of out.split('\n')) {
    const [name, object, peeled] = line.split('\0');
    if (!name || !object || !name.startsWith(prefix)) continue;
    const parsed = semver.parse(name.slice(prefix.length));
    // `v1.2` or `v01.2.3` are tags, not releases: the name must be the version exactly.
    if (parsed === null || parsed.version !== name.slice(prefix.length)) continue;
    tags.push({ name, version: parsed.version, sha: peeled || object, semver: parsed });
  }
  return tags;
}

/** Whether the checkout is a shallow clone (notes and versions then miss history). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}
