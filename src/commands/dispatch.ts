/**
 * `forge-release <command> …` for the commands over existing releases: reads the arguments, runs the
 * command, prints text (or --json, or --field), and turns failures into the release step's exit
 * codes: 0 done, 1 failed, 2 invalid input (nothing sent), 3 the release was not found.
 */
import { errorLines, InputError, ReleaseError, toReleaseError } from '../errors.js';
import { errorInSurfaceWords } from '../option-mention.js';
import type { GitLabClient } from '../gitlab/client.js';
import type { TerminalIo } from '../hosts/terminal.js';
import { redact } from '../redact.js';
import { VERSION } from '../version.js';
import { readCommandArgs, type CommandArgs } from './args.js';
import { RELEASE_NOT_FOUND, type CommandContext, type CommandResult } from './command.js';
import { commandHelp } from './help.js';
import { COMMANDS } from './registry.js';

const processIo: TerminalIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function runCommand(name: string, argv: string[], env: NodeJS.ProcessEnv = process.env, io: TerminalIo = processIo): Promise<number> {
  const command = COMMANDS.find((c) => c.name === name)!;
  const err = (line: string) => io.stderr(`${redact(line)}\n`);
  try {
    const args = readCommandArgs(argv, command.options, env, process.cwd());
    if (args.help) {
      io.stdout(`${commandHelp(command)}\n`);
      return 0;
    }
    const result = await command.run(contextFor(args, err));
    io.stdout(redact(render(result, args)));
    return 0;
  } catch (error) {
    const failure = errorInSurfaceWords(toReleaseError(error), (option) => `--${option}`);
    const [message, ...details] = errorLines(failure);
    err(`error ${failure.code}: ${message}`);
    for (const line of details) err(`  ${line}`);
    return failure.code === RELEASE_NOT_FOUND ? 3 : failure.exitCode;
  }
}

function contextFor(args: CommandArgs, note: (line: string) => void): CommandContext {
  let client: Promise<GitLabClient> | undefined;
  const { connection } = args;
  return {
    args,
    connection,
    note,
    project: () => {
      if (connection.project) return connection.project;
      throw new InputError([{ input: 'project', message: 'is required', hint: 'Pass --project group/name (or its numeric id); GitLab CI sets CI_PROJECT_ID.' }]);
    },
    client: () => (client ??= createClient(args, note)),
  };
}

async function createClient({ connection }: CommandArgs, note: (line: string) => void): Promise<GitLabClient> {
  const { auth } = connection;
  if (auth.kind === 'none') {
    throw new InputError([{ input: 'token', message: 'no token was given', hint: 'Pass --token (read_api is enough to read; api to delete) or --job-token; in GitLab CI, CI_JOB_TOKEN is used by itself.' }]);
  }
  if (connection.insecure) note('warning: insecure: TLS certificates are NOT verified. Anyone on the network path can read the token. Use ca-file instead.');
  const { createGitLabClient } = await import('../gitlab/client.js');
  return createGitLabClient({
    gitlabUrl: connection.gitlabUrl, project: connection.project ?? '', auth,
    timeoutMs: connection.timeoutMs, deadlineMs: connection.deadlineMs, retries: connection.retries, retryMaxWaitMs: connection.retryMaxWaitMs,
    ...(connection.caPem ? { caPem: connection.caPem } : {}), insecure: connection.insecure, userAgent: `forge-release/${VERSION}`,
    onRetry: (r) => note(`warning: ${r.method} ${r.endpoint}: ${r.reason}; retry ${r.attempt} in ${(r.waitMs / 1000).toFixed(1)} s`),
  });
}

/** --json: one JSON value; --field: that field (of each item of a list), one per line; else the text. */
function render(result: CommandResult, args: CommandArgs): string {
  if (args.field !== undefined) return fieldLines(result.data, args.field);
  if (args.json) return `${JSON.stringify(result.data, null, 2)}\n`;
  return result.text.endsWith('\n') ? result.text : `${result.text}\n`;
}

function fieldLines(data: unknown, field: string): string {
  const items = Array.isArray(data) ? data : [data];
  const lines = items.map((item) => {
    const record = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (!(field in record)) {
      throw new ReleaseError('E_INPUT', `--field ${field}: no such field`, { hint: Object.keys(record).length ? `Fields: ${Object.keys(record).join(', ')}.` : 'This output has no fields: drop --field.', exitCode: 2, input: 'field' });
    }
    const value = record[field];
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

