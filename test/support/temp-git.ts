/**
 * Small real git repositories for end-to-end tests: fixed authors and dates so SHAs are stable.
 * (Fixture repositories with golden notes live in test/fixtures/repos; this is for scenario setup.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  commit(subject: string, body?: string): string;
  tag(name: string, message?: string): void;
  remove(): void;
}

export function createTempRepo(prefix = 'forge-e2e-'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let tick = 0;
  const env = () => {
    const date = `2026-01-01T00:00:${String(tick).padStart(2, '0')}Z`;
    return {
      ...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com', GIT_COMMITTER_NAME: 'Ada',
      GIT_COMMITTER_EMAIL: 'ada@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date,
    };
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: env() }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  return {
    dir,
    git,
    commit(subject, body) {
      tick += 1;
      writeFileSync(join(dir, 'file.txt'), `${subject}\n${tick}\n`);
      git('add', 'file.txt');
      git('commit', '-q', '-m', body ? `${subject}\n\n${body}` : subject);
      return git('rev-parse', 'HEAD');
    },
    tag(name, message) {
      if (message) git('tag', '-a', name, '-m', message);
      else git('tag', name);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
