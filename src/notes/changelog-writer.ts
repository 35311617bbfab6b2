/**
 * conventional-changelog's generator over a range we already read. It is most of the JavaScript
 * a release loads, so it sits in a module of its own that generate-notes.ts loads lazily, while
 * git works. Two things it would do by itself are replaced: its tag lookup (a `git log --decorate`
 * over the whole history) by the release tags we already resolved, and its commit read by ours.
 */
import { ConventionalGitClient } from '@conventional-changelog/git-client';
import { ConventionalChangelog } from 'conventional-changelog';
import type { PresetConfig } from 'conventional-changelog-conventionalcommits';
import createPreset from 'conventional-changelog-conventionalcommits';
import type { ParsedCommit } from './commits.js';

/** Hands conventional-changelog our commits and no tags: it then never scans the history. */
class KnownRangeGitClient extends ConventionalGitClient {
  constructor(cwd: string, private readonly known: readonly ParsedCommit[]) {
    super(cwd);
  }

  override async *getSemverTags(): AsyncGenerator<string> {
    // The previous and current tags are given in the context; nothing to look up.
  }

  override async verify(rev: string): Promise<string> {
    // The range was resolved before: no `git rev-parse` of its own.
    return rev;
  }

  override async *getCommits(): AsyncGenerator<ParsedCommit> {
    yield* this.known;
  }
}

type Generator = ConventionalChangelog;

export interface ChangelogRequest {
  cwd: string;
  commits: readonly ParsedCommit[];
  preset: PresetConfig;
  context: Parameters<Generator['context']>[0];
  range: Parameters<Generator['commits']>[0];
  writer: Parameters<Generator['writer']>[0];
}

/** The changelog of `commits` as markdown, trimmed. */
export async function writeChangelog({ cwd, commits, preset, context, range, writer }: ChangelogRequest): Promise<string> {
  const generator = new ConventionalChangelog(new KnownRangeGitClient(cwd, commits))
    .config(createPreset(preset))
    .context(context)
    .commits(range)
    .writer(writer);
  let markdown = '';
  for await (const chunk of generator.write()) markdown += chunk;
  return markdown.trim();
}
