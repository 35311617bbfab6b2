/**
 * The engine behind every front-end: raw inputs → checked inputs → run → report, with secrets
 * masked before the first line is printed and every failure turned into a coded error.
 */
import { resolve } from 'node:path';
import { contextSources, type InputOrigins } from '../context-defaults.js';
import { toReleaseError } from '../errors.js';
import { parseInputs, type LabelOf } from '../inputs/parse-inputs.js';
import { isGiven, type RawInputs } from '../options.js';
import { toDotenv } from '../outputs.js';
import { writeOutputFile } from '../outputs-file.js';
import { errorInSurfaceWords, inSurfaceWords } from '../option-mention.js';
import { formsOf, redact, registerSecret } from '../redact.js';
import type { Host, Logger, PhaseRecord } from './host.js';

export async function runOnHost(host: Host): Promise<number> {
  const warnings: string[] = [];
  const phases: PhaseRecord[] = [];
  try {
    const explicit = host.rawInputs();
    const context = contextSources(host.env);
    const raw = mergeRawInputs(explicit, context.values);
    maskSecrets(host, raw);
    const log = safeLogger(host, warnings, phases);
    const { inputs, warnings: inputWarnings } = parseInputs(raw, labeller(host, explicit, context.origins));
    inputWarnings.forEach((w) => log.warn(w));
    if (inputs.insecure) log.warn('insecure: TLS certificates are NOT verified. Anyone on the network path can read the token. Use ca-file instead.');
    // The run pulls in gitbeaker and conventional-changelog: load it only when a run happens.
    const { run } = await import('../run.js');
    const report = { ...(await run(inputs, log)), warnings };
    if (inputs.dotenv) await writeDotenv(resolve(inputs.cwd, inputs.dotenv), report.outputs, log);
    await host.writeReport(report);
    return 0;
  } catch (error) {
    const failure = errorInSurfaceWords(toReleaseError(error), (name) => host.labelOf(name));
    await host.showError(failure, phases);
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

/** A value the user gave is named as they wrote it; one the CI context supplied, by its variable. */
function labeller(host: Host, explicit: RawInputs, context: InputOrigins): LabelOf {
  return (name) => (explicit[name] ?? '') === '' && context[name] ? context[name] : host.labelOf(name);
}

function maskSecrets(host: Host, raw: RawInputs): void {
  for (const secret of [raw.token, raw['job-token']]) {
    if (!secret) continue;
    registerSecret(secret);
    // GitHub masks exact strings only: mask the encoded forms a URL or a Basic header would show.
    for (const form of formsOf(secret.trim())) host.maskSecret(form);
  }
}

/**
 * Redacts every line, names options the way this surface writes them, and records each group's
 * lines and fate for a failed run's summary.
 */
function safeLogger(host: Host, warnings: string[], phases: PhaseRecord[]): Logger {
  const { log } = host;
  const current = () => phases.findLast((phase) => phase.state === 'running');
  const words = (message: string) => inSurfaceWords(redact(message), (name) => host.labelOf(name));
  return {
    info: (message) => {
      const clean = words(message);
      current()?.lines.push(clean);
      log.info(clean);
    },
    warn: (message) => {
      const clean = words(message);
      warnings.push(clean);
      log.warn(clean);
    },
    group: async (title, body) => {
      const phase: PhaseRecord = { title, lines: [], state: 'running' };
      phases.push(phase);
      try {
        const result = await log.group(title, body);
        phase.state = 'done';
        return result;
      } catch (error) {
        phase.state = 'failed';
        throw error;
      }
    },
  };
}

async function writeDotenv(path: string, outputs: Parameters<typeof toDotenv>[0], log: Logger): Promise<void> {
  const { text, dropped } = toDotenv(outputs);
  if (dropped.length) log.warn(`dotenv: left out ${dropped.join(', ')} to stay within GitLab's limits (5,120 bytes, 20 variables).`);
  await writeOutputFile(path, text, 'dotenv');
}
