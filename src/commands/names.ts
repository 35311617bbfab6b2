/**
 * The words that start a release command. Kept apart from the commands so the CLI entry can
 * route without loading them (cold start is budgeted).
 */
export const COMMAND_NAMES = ['list', 'show', 'latest', 'download', 'delete'] as const;

export function isCommandName(word: string | undefined): word is (typeof COMMAND_NAMES)[number] {
  return (COMMAND_NAMES as readonly string[]).includes(word ?? '');
}
