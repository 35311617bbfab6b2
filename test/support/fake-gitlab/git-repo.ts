/**
 * The project's repository on the fake GitLab is a real git repository (options.repoDir). It is only
 * read: tags GitLab creates live in the fake's memory, so tests can reuse one repository.
 * git runs through execFile (no shell), with `--end-of-options` before anything a client sent.
 */
import { execFile } from 'node:child_process';

export interface RepoTag {
  sha: string;
  message?: string;
  /** The tag object for annotated tags, else the commit (the Tag entity's `target`). */
  target: string;
  created_at: Date | null;
}

export interface CommitInfo {
  id: string;
  parent_ids: string[];
  author_name: string;
  author_email: string;
  authored_date: Date;
  committer_name: string;
  committer_email: string;
  committed_date: Date;
  message: string;
  trailers: Record<string, string>;
  extended_trailers: Record<string, string[]>;
}

const FIELD = '\x00';
const RECORD = '\x1e';

function git(cwd: string | undefined, args: string[]): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => done(error ? undefined : stdout));
  });
}

export class GitRepo {
  private readonly commits = new Map<string, Promise<CommitInfo | undefined>>();

  constructor(private readonly dir: string | undefined) {}

  /** Existing tags at start: name → peeled commit, message of annotated tags. */
  async tags(): Promise<Map<string, RepoTag>> {
    const tags = new Map<string, RepoTag>();
    if (!this.dir) return tags;
    const format = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objecttype)', '%(*objectname)', '%(taggerdate:iso-strict)', '%(contents)'].join('%00');
    const out = await git(this.dir, ['for-each-ref', `--format=${format}%1e`, 'refs/tags']);
    for (const record of (out ?? '').split(RECORD)) {
      const [name, type, object, peeledType, peeled, taggedAt, contents] = record.replace(/^\n/, '').split(FIELD);
      if (!name || !object) continue;
      if (type === 'commit') tags.set(name, { sha: object, target: object, created_at: null });
      else if (type === 'tag' && peeledType === 'commit' && peeled) {
        tags.set(name, { sha: peeled, message: (contents ?? '').replace(/\n+$/, ''), target: object, created_at: taggedAt ? new Date(taggedAt) : null });
      }
    }
    return tags;
  }

  /** A branch, tag or SHA of the repository → its commit, as GitLab's `find_commit(ref)`. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (!this.dir) return undefined;
    const out = await git(this.dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    return out?.trim() || undefined;
  }

  commit(sha: string): Promise<CommitInfo | undefined> {
    let found = this.commits.get(sha);
    if (!found) {
      found = this.readCommit(sha);
      this.commits.set(sha, found);
    }
    return found;
  }

  private async readCommit(sha: string): Promise<CommitInfo | undefined> {
    if (!this.dir) return undefined;
    const format = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%(trailers:only,unfold)', '%B'].join('%x00');
    const out = await git(this.dir, ['show', '-s', `--format=${format}`, '--end-of-options', sha]);
    if (!out) return undefined;
    const [id, parents, an, ae, ad, cn, ce, cd, trailers, body] = out.split(FIELD);
    const extended = parseTrailers(trailers ?? '');
    return {
      id: id ?? sha, parent_ids: (parents ?? '').split(' ').filter(Boolean),
      author_name: an ?? '', author_email: ae ?? '', authored_date: new Date(ad ?? 0),
      committer_name: cn ?? '', committer_email: ce ?? '', committed_date: new Date(cd ?? 0),
      message: (body ?? '').replace(/\n+$/, ''),
      trailers: Object.fromEntries(Object.entries(extended).map(([key, values]) => [key, values.at(-1) ?? ''])),
      extended_trailers: extended,
    };
  }
}

function parseTrailers(text: string): Record<string, string[]> {
  const trailers: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const match = /^([^:\s]+):\s*(.*)$/.exec(line);
    if (match) (trailers[match[1]!] ??= []).push(match[2]!);
  }
  return trailers;
}

/** git's own ref-name rules (check-ref-format), as GitLab applies them to `refs/heads/<name>` (§4.3). */
export async function isValidRefFormat(ref: string): Promise<boolean> {
  return (await git(undefined, ['check-ref-format', ref])) !== undefined;
}
