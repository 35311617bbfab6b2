/**
 * What the local checkout says: which commit a ref or tag is, and which release tags a commit
 * contains. Tags come from `for-each-ref --merged`, never from a whole-history `git log` scan.
 */
import semver from 'semver';
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

export interface TagQuery {
  prefix: string;
  /** Only tags whose commit is an ancestor of (or equal to) this commit. */
  mergedInto: string;
}

/** Release tags (prefix + semver) contained in a commit, highest version first. */
export async function readReleaseTags(cwd: string, query: TagQuery): Promise<ReleaseTag[]> {
  // for-each-ref matches whole path components unless globbed: `refs/tags/v*`, not `refs/tags/v`.
  const pattern = query.prefix === '' ? 'refs/tags/' : `refs/tags/${query.prefix}*`;
  const format = '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)';
  const out = await git(['for-each-ref', `--merged=${query.mergedInto}`, format, pattern], { cwd });
  return parseTagLines(out, query.prefix).sort((a, b) => semver.rcompare(a.version, b.version));
}

/** `name\0object\0peeled` lines → release tags; names without the prefix or not semver are not releases. */
export function parseTagLines(out: string, prefix: string): ReleaseTag[] {
  const tags: ReleaseTag[] = [];
  for (const line of out.split('\n')) {
    const [name, object, peeled] = line.split('\0');
    if (!name || !object || !name.startsWith(prefix)) continue;
    const version = semver.valid(name.slice(prefix.length));
    // `v1.2` or `v1.2.3.4` are tags, not releases: semver precedence needs three numbers.
    if (version === null || version !== name.slice(prefix.length)) continue;
    tags.push({ name, version, sha: peeled || object });
  }
  return tags;
}

/** Whether the checkout is a shallow clone (notes and versions then miss history). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
}
