/**
 * The CLI's host: progress and the plan on stderr, --json on stdout, and in GitLab CI the
 * phases as collapsible log sections. Flags beat FORGE_RELEASE_* variables beat CI defaults.
 */
import { parseArgv, rawFromEnv } from '../cli/parse-argv.js';
import { errorLines, type ReleaseError } from '../errors.js';
import { parseBoolean } from '../inputs/scalars.js';
import { envNameOf, findOption, type OptionName, type RawInputs } from '../options.js';
import { toJsonFailure, toJsonOutput } from '../outputs.js';
import { redact } from '../redact.js';
import type { Host, Logger, RunReport } from './host.js';
import { resultLine } from './result-line.js';
import { runOnHost } from './run-on-host.js';

export interface TerminalIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: TerminalIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env, io: TerminalIo = processIo): Promise<number> {
  return runOnHost(createTerminalHost(argv, env, io));
}

export function createTerminalHost(argv: string[], env: NodeJS.ProcessEnv, io: TerminalIo): Host {
  const err = (line: string) => io.stderr(`${redact(line)}\n`);
  let raw: RawInputs | undefined;
  let flags: RawInputs = {};
  return {
    name: env.GITLAB_CI === 'true' ? 'gitlab-ci' : 'terminal',
    env,
    rawInputs: () => {
      flags = parseArgv(argv);
      return (raw = { ...rawFromEnv(env), ...flags });
    },
    labelOf: (name) => labelOf(name, flags, env),
    log: logger(err, env.GITLAB_CI === 'true'),
    maskSecret: () => {},
    writeReport: async (report) => writeReport(report, io, err),
    showError: (error) => {
      showError(error, err);
      if (wantsJson(raw, argv, env)) io.stdout(`${JSON.stringify(toJsonFailure(error), null, 2)}\n`);
    },
  };
}

function logger(err: (line: string) => void, sections: boolean): Logger {
  let n = 0;
  return {
    info: (message) => err(message),
    warn: (message) => err(`warning: ${message}`),
    group: async (title, body) => {
      // GitLab's collapsible sections; elsewhere a plain heading.
      const id = `forge_release_${(n += 1)}`;
      if (sections) err(`\u001b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${id}[collapsed=false]\r\u001b[0K${title}`);
      else err(`── ${title}`);
      try {
        return await body();
      } finally {
        if (sections) err(`\u001b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\u001b[0K`);
      }
    },
  };
}

async function writeReport(report: RunReport, io: TerminalIo, err: (line: string) => void): Promise<void> {
  // The notes and the plan were printed in their own groups; this is the closing line.
  err(`\n${resultLine(report)}`);
  if (report.json) io.stdout(`${JSON.stringify(toJsonOutput(report.outputs), null, 2)}\n`);
}

/**
 * A flag is named as a flag. A variable is named as the variable, except where the GitLab CI
 * template set it from one of its inputs: there the user wrote `inputs: name` (the token comes
 * from the CI/CD variable that `token-variable` names).
 */
function labelOf(name: OptionName, flags: RawInputs, env: NodeJS.ProcessEnv): string {
  if (flags[name] !== undefined) return `--${name}`;
  const variable = envNameOf(name);
  if (env.FORGE_TPL_TOOL_VERSION === undefined) return env[variable] ? variable : `--${name}`;
  if (name === 'token' && env.FORGE_TPL_TOKEN_VARIABLE) return `${env.FORGE_TPL_TOKEN_VARIABLE} (inputs: token-variable)`;
  const templateInput = name === 'dotenv' || !findOption(name)?.notOn?.includes('template');
  return templateInput ? `inputs: ${name}` : variable;
}

/** --json, read from the parsed inputs, or from argv itself when the arguments did not parse. */
function wantsJson(raw: RawInputs | undefined, argv: string[], env: NodeJS.ProcessEnv): boolean {
  const value = raw ? raw.json : argv.includes('--json') ? 'true' : argv.find((a) => a.startsWith('--json='))?.slice(7) ?? env.FORGE_RELEASE_JSON;
  if (value === undefined) return false;
  const parsed = parseBoolean(value);
  return parsed.ok && parsed.value;
}

function showError(error: ReleaseError, err: (line: string) => void): void {
  const [message, ...details] = errorLines(error);
  err(`error ${error.code}: ${message}`);
  for (const line of details) err(`  ${line}`);
}
