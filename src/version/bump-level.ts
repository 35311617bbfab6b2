/**
 * How far conventional commits move the version, the semantic-release way: a breaking change is
 * major, feat is minor, fix/perf/revert is patch, anything else (docs, chore, non-conventional
 * subjects) releases nothing.
 */
import type { ParsedCommit } from '../notes/commits.js';

export type BumpLevel = 'major' | 'minor' | 'patch';

export interface BumpVerdict {
  level?: BumpLevel;
  /** Why, for the log: "1 breaking change, 2 features, 3 fixes". */
  reason: string;
}

const PATCH_TYPES = ['fix', 'perf', 'revert'];
const MINOR_TYPES = ['feat', 'feature'];

export function bumpLevelOf(commits: readonly ParsedCommit[]): BumpVerdict {
  let breaking = 0;
  let features = 0;
  let fixes = 0;
  for (const commit of commits) {
    const type = commit.revert ? 'revert' : (commit.type ?? '').toLowerCase();
    if (commit.notes.length > 0) breaking += 1;
    else if (MINOR_TYPES.includes(type)) features += 1;
    else if (PATCH_TYPES.includes(type)) fixes += 1;
  }
  const reason = `${plural(breaking, 'breaking change')}, ${plural(features, 'feature')}, ${plural(fixes, 'fix', 'fixes')} in ${plural(commits.length, 'commit')}`;
  if (breaking > 0) return { level: 'major', reason };
  if (features > 0) return { level: 'minor', reason };
  if (fixes > 0) return { level: 'patch', reason };
  return { reason };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
