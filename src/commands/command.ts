/** What a release command is: its words for --help, its own options, and a run that returns data and text. */
import type { GitLabClient } from '../gitlab/client.js';
import type { ConnectionInputs } from '../inputs/parse-inputs.js';
import type { CommandArgs, OptionConfig } from './args.js';

export interface CommandContext {
  args: CommandArgs;
  connection: ConnectionInputs;
  /** The project, or a usage error naming --project. */
  project(): string;
  /** The GitLab client (created on first use; needs a token). */
  client(): Promise<GitLabClient>;
  /** Progress and notices, on stderr. */
  note(line: string): void;
}

export interface CommandResult {
  /** The one JSON value --json prints, and where --field reads from (per item of an array). */
  data: unknown;
  /** What a person reads on stdout. */
  text: string;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly options: OptionConfig;
  /** `[flag, description]` lines of --help for the command's own options. */
  readonly optionHelp: readonly (readonly [string, string])[];
  readonly examples: readonly string[];
  run(ctx: CommandContext): Promise<CommandResult>;
}

export const RELEASE_NOT_FOUND = 'E_RELEASE_NOT_FOUND';
