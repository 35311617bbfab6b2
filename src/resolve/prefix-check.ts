/**
 * A prefix that matches none of the release tags turns every release into a "first release" over
 * the whole history. When other version-like tags exist (`1.2.3` while the prefix is `v`), say so.
 */
import { git } from '../git/git.js';
import type { Logger } from '../hosts/host.js';
import { mention } from '../option-mention.js';

const VERSION_LIKE = /^(.*?)(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export async function warnAboutOtherPrefixes(cwd: string, prefix: string, hasReleaseTags: boolean, log: Logger): Promise<void> {
  if (hasReleaseTags) return;
  const names = (await git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags/'], { cwd })).split('\n').filter(Boolean);
  const found = otherPrefixes(names);
  if (found.size === 0) return;
  const listed = [...found].sort((a, b) => b[1].count - a[1].count).slice(0, 5)
    .map(([other, { count, example }]) => `${other === '' ? 'no prefix' : `"${other}"`} (${count}, e.g. ${example})`).join(', ');
  log.warn(`No release tag has the prefix "${prefix}", but the history has version-like tags with ${listed}. `
    + `If they are this project's releases, give their prefix as ${mention('tag-prefix')} (an empty value for tags such as 1.2.3); otherwise this is a first release over all history.`);
}

/** Prefix → how many version-like tags carry it, with one example. */
export function otherPrefixes(names: readonly string[]): Map<string, { count: number; example: string }> {
  const found = new Map<string, { count: number; example: string }>();
  for (const name of names) {
    const prefix = VERSION_LIKE.exec(name)?.[1];
    if (prefix === undefined) continue;
    const entry = found.get(prefix) ?? { count: 0, example: name };
    entry.count += 1;
    found.set(prefix, entry);
  }
  return found;
}
