/**
 * The arguments of a release command (list, show, …), read with node:util's parseArgs: the
 * connection options of the option table (same names, FORGE_RELEASE_* variables and CI defaults
 * as the release step), the output switches every command shares, and the command's own options.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { rawFromEnv } from '../cli/parse-argv.js';
import { contextDefaults } from '../context-defaults.js';
import { InputError } from '../errors.js';
import { mergeRawInputs } from '../hosts/run-on-host.js';
import { parseConnectionInputs, type ConnectionInputs } from '../inputs/parse-inputs.js';
import { findOption, type OptionName, type RawInputs } from '../options.js';

export const CONNECTION_OPTIONS = ['gitlab-url', 'project', 'token', 'job-token', 'ca-file', 'insecure', 'timeout', 'deadline', 'retries', 'retry-max-wait'] as const satisfies readonly OptionName[];

export type OptionConfig = NonNullable<ParseArgsConfig['options']>;

/** Shared by every command: output format and help. */
const OUTPUT_OPTIONS: OptionConfig = {
  json: { type: 'boolean' },
  field: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export interface CommandArgs {
  connection: ConnectionInputs;
  /** The command's own options and the output switches, as parseArgs read them. */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  json: boolean;
  field?: string;
  help: boolean;
}

export function connectionOptionConfig(): OptionConfig {
  return Object.fromEntries(CONNECTION_OPTIONS.map((name) => [name, { type: findOption(name)?.kind === 'boolean' ? 'boolean' : 'string' }])) as OptionConfig;
}

/** argv after the command word → typed arguments; every problem is a usage error (exit 2). */
export function readCommandArgs(argv: string[], own: OptionConfig, env: NodeJS.ProcessEnv, cwd: string): CommandArgs {
  const parsed = parseOrExplain(argv, { ...connectionOptionConfig(), ...OUTPUT_OPTIONS, ...own });
  const values = parsed.values as CommandArgs['values'];
  const help = values.help === true;
  const explicit: RawInputs = {};
  for (const name of CONNECTION_OPTIONS) {
    const value = values[name];
    if (value !== undefined) explicit[name] = String(value);
  }
  // FORGE_RELEASE_<NAME> below flags, above CI defaults, read as the release step reads them.
  const raw = mergeRawInputs({ ...rawFromEnv(env), ...explicit }, contextDefaults(env));
  return {
    // --help must work without a valid connection.
    connection: help ? parseConnectionInputs({}, cwd) : parseConnectionInputs(pick(raw), cwd),
    values, positionals: parsed.positionals, json: values.json === true, help,
    ...(typeof values.field === 'string' ? { field: values.field } : {}),
  };
}

function parseOrExplain(argv: string[], options: OptionConfig) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs words its errors well ("Unknown option '--x'. To specify a positional …"); keep them.
    const message = (error as Error).message;
    const input = /'(?:--)?([^'\s]+)'/.exec(message)?.[1] ?? 'arguments';
    throw new InputError([{ input, message, hint: 'Run the command with --help for its options.' }]);
  }
}

/** Context defaults also bring tag, ref, …: the commands read only the connection. */
function pick(raw: RawInputs): RawInputs {
  return Object.fromEntries(CONNECTION_OPTIONS.flatMap((name) => (raw[name] === undefined ? [] : [[name, raw[name]]]))) as RawInputs;
}
