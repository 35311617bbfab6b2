/**
 * The few GitHub Actions runner protocols the action speaks: INPUT_* variables, workflow commands
 * on stdout (`::add-mask::`, `::warning::`, `::error title=…::`, `::group::`), and the
 * $GITHUB_OUTPUT / $GITHUB_STEP_SUMMARY files. @actions/core does the same, but pulls its OIDC
 * client with @actions/http-client and undici into the bundle: 1.06 MB of the action's 1.13 MB.
 * The escaping follows @actions/core's (command.js, file-command.js) exactly.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/** INPUT_<NAME> with the hyphens kept, trimmed, as the runner passes `with:` values. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issueCommand(command: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

export const setSecret = (secret: string) => issueCommand('add-mask', secret);
export const info = (message: string) => process.stdout.write(`${message}${EOL}`);
export const warning = (message: string) => issueCommand('warning', message);
export const error = (message: string, title: string) => issueCommand('error', message, { title });

export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  issueCommand('group', title);
  try {
    return await body();
  } finally {
    issueCommand('endgroup', '');
  }
}

/** `name<<delimiter` blocks, so a value may span lines; the delimiter is random, as @actions/core's. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  // Outside a runner there is nowhere to put outputs (the deprecated ::set-output is not used).
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`);
}

/** Outside a runner (local runs, tests) there may be no summary file: that is not a failure. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}
