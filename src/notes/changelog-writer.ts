/**
 * conventional-changelog's writer over a range we already read, with the conventionalcommits
 * preset's templates. The writer, not the conventional-changelog generator around it: the
 * generator's own work (reading package.json and the git remote, looking up tags, reading
 * commits) is done before we get here, and it costs ~100 kB more JavaScript than the writer.
 * With our context it added nothing to the writer's input: no tags to look up (the previous and
 * current tags are given), no host (links come from the preset's format functions), and a
 * release heading whose date comes from the context, never from a commit.
 */
import createPreset, { type PresetConfig } from 'conventional-changelog-conventionalcommits';
import { writeChangelogString, type CommitKnownProps, type Options, type TemplateContext } from 'conventional-changelog-writer';
import type { ParsedCommit } from './commits.js';

export interface ChangelogRequest {
  commits: readonly ParsedCommit[];
  preset: PresetConfig;
  context: TemplateContext;
  writer: Options;
}

/** The changelog of `commits` as markdown, trimmed. */
export async function writeChangelog({ commits, preset, context, writer }: ChangelogRequest): Promise<string> {
  // The preset's types say `{}`; its writer options are the writer's own.
  const options = { ...(createPreset(preset) as { writer: Options }).writer, ...writer };
  const markdown = await writeChangelogString(commits as unknown as CommitKnownProps[], withoutDebugDump(context), options);
  return markdown.trim();
}

/**
 * The writer renders a debug dump of its whole template context on every run, even without a
 * debug logger (`options.debug(\`…${stringify(templateContext)}\`)`), through a circular-safe
 * JSON.stringify that is quadratic in the context's size: ~0.9 s and ~35 MB of peak RSS on a
 * 10,000-commit range, half the run. JSON.stringify asks `toJSON` first, and the writer copies the
 * context's own keys into the one it dumps, so the dump becomes one word. No template reads it.
 */
function withoutDebugDump(context: TemplateContext): TemplateContext {
  return { ...context, toJSON: () => '(not dumped)' } as TemplateContext;
}
