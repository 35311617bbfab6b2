/**
 * An option named inside a message or hint ("give the tag: --tag") is written the way the user
 * gives it on their surface: `--tag` on the command line, `with: tag` in a workflow, `inputs: tag`
 * in the GitLab template. Messages are made deep in the engine, before anyone knows the surface,
 * so they carry a marker that the host turns into its own words when it prints them.
 */
import { ReleaseError } from './errors.js';
import { findOption, type OptionName } from './options.js';

const MARKER = /\{option:([a-z][a-z0-9-]*)\}/g;

export function mention(name: OptionName): string {
  return `{option:${name}}`;
}

/** Every marker in `text` as `labelOf` writes that option; the CLI's spelling for anything else. */
export function inSurfaceWords(text: string, labelOf: (name: OptionName) => string): string {
  return text.replace(MARKER, (_, name: string) => (findOption(name) ? labelOf(name as OptionName) : `--${name}`));
}

/** The same error with its message and hint in the surface's words (the error itself when it names no option). */
export function errorInSurfaceWords(error: ReleaseError, labelOf: (name: OptionName) => string): ReleaseError {
  const message = inSurfaceWords(error.message, labelOf);
  const hint = inSurfaceWords(error.hint, labelOf);
  if (message === error.message && hint === error.hint) return error;
  return new ReleaseError(error.code, message, {
    hint,
    exitCode: error.exitCode,
    ...(error.gitlab ? { gitlab: error.gitlab } : {}),
    ...(error.input ? { input: error.input } : {}),
    ...(error.cause !== undefined ? { cause: error.cause } : {}),
  });
}
