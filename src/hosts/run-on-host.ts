/**
 * The engine behind every front-end: raw inputs → checked inputs → run → report, with secrets
 * masked before the first line is printed and every failure turned into a coded error.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { contextDefaults } from '../context-defaults.js';
import { toReleaseError } from '../errors.js';
import { parseInputs } from '../inputs/parse-inputs.js';
import { isGiven, type RawInputs } from '../options.js';
import { toDotenv } from '../outputs.js';
import { formsOf, redact, registerSecret } from '../redact.js';
import type { Host, Logger } from './host.js';

export async function runOnHost(host: Host): Promise<number> {
  const warnings: string[] = [];
  try {
    const raw = mergeRawInputs(host.rawInputs(), contextDefaults(host.env));
    maskSecrets(host, raw);
    const log = safeLogger(host.log, warnings);
    const { inputs, warnings: inputWarnings } = parseInputs(raw);
    inputWarnings.forEach((w) => log.warn(w));
    if (inputs.insecure) log.warn('insecure: TLS certificates are NOT verified. Anyone on the network path can read the token. Use ca-file instead.');
    // The run pulls in gitbeaker and conventional-changelog: load it only when a run happens.
    const { run } = await import('../run.js');
    const report = { ...(await run(inputs, log)), warnings };
    if (inputs.dotenv) await writeDotenv(resolve(inputs.cwd, inputs.dotenv), report.outputs, log);
    await host.writeReport(report);
    return 0;
  } catch (error) {
    const failure = toReleaseError(error);
    host.showError(failure);
    return failure.exitCode;
  }
}

/**
 * Explicit values win over CI context defaults. An explicit job token beats a GITLAB_TOKEN that
 * merely sits in the environment: the user asked for that token.
 */
export function mergeRawInputs(explicit: RawInputs, context: RawInputs): RawInputs {
  const merged: RawInputs = { ...context };
  if (explicit['job-token'] !== undefined && explicit.token === undefined) delete merged.token;
  for (const [name, value] of Object.entries(explicit) as [keyof RawInputs, string | undefined][]) {
    if (isGiven(name, value)) merged[name] = value;
  }
  return merged;
}

function maskSecrets(host: Host, raw: RawInputs): void {
  for (const secret of [raw.token, raw['job-token']]) {
    if (!secret) continue;
    registerSecret(secret);
    // GitHub masks exact strings only: mask the encoded forms a URL or a Basic header would show.
    for (const form of formsOf(secret.trim())) host.maskSecret(form);
  }
}

function safeLogger(log: Logger, warnings: string[]): Logger {
  return {
    info: (message) => log.info(redact(message)),
    warn: (message) => {
      const clean = redact(message);
      warnings.push(clean);
      log.warn(clean);
    },
    group: (title, body) => log.group(title, body),
  };
}

async function writeDotenv(path: string, outputs: Parameters<typeof toDotenv>[0], log: Logger): Promise<void> {
  const { text, dropped } = toDotenv(outputs);
  if (dropped.length) log.warn(`dotenv: left out ${dropped.join(', ')} to stay within GitLab's limits (5,120 bytes, 20 variables).`);
  await writeFile(path, text);
}
