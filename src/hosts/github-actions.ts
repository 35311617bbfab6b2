/**
 * The GitHub Action's host: inputs from INPUT_* (hyphens kept), outputs to
 * $GITHUB_OUTPUT, a job summary, log groups per phase, and failures as ::error annotations.
 * CI-context defaults (GITHUB_REF_NAME, GITHUB_SHA...) are the engine's job, not this adapter's.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from './workflow-commands.js';
import { errorLines, type ReleaseError } from '../errors.js';
import { isGiven, optionsOn, type RawInputs } from '../options.js';
import { toStepOutputs } from '../outputs.js';
import { redact } from '../redact.js';
import type { Host, Logger, RunReport } from './host.js';
import { renderJobSummary } from './job-summary.js';

export const NOTES_FILE_NAME = 'forge-release-notes.md';

export function createGitHubActionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    name: 'github-actions',
    env,
    rawInputs: () => readActionInputs(env),
    log: actionsLogger,
    maskSecret: (secret) => core.setSecret(secret),
    writeReport: (report) => writeReport(report, env),
    showError,
  };
}

/** Every input the action offers that the workflow set; the notes go to a file by default. */
export function readActionInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: Record<string, string> = {};
  for (const option of optionsOn('action')) {
    const value = core.getInput(option.name, env);
    // The runner sets every input that has a default; an empty one that is set was chosen.
    const set = env[`INPUT_${option.name.toUpperCase()}`] !== undefined;
    if (value !== '' || (set && isGiven(option.name, value))) raw[option.name] = value;
  }
  // Notes can be far larger than an output should carry: a file in RUNNER_TEMP holds them.
  raw['notes-file'] ??= join(env.RUNNER_TEMP || tmpdir(), NOTES_FILE_NAME);
  return raw as RawInputs;
}

const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  group: (title, body) => core.group(title, body),
};

async function writeReport(report: RunReport, env: NodeJS.ProcessEnv): Promise<void> {
  for (const [name, value] of Object.entries(toStepOutputs(report.outputs))) core.setOutput(name, value, env);
  const { outputs } = report;
  if (outputs.result === 'skipped') core.info('Nothing to release.');
  else if (report.dryRun) core.info(`Dry run: nothing was written. ${outputs.tag} would be released${outputs.releaseUrl ? ` at ${outputs.releaseUrl}` : ''}.`);
  else core.info(`Release ${outputs.tag} ${outputs.result}: ${outputs.releaseUrl}`);
  core.appendSummary(redact(renderJobSummary(report)), env);
}

/** One ::error annotation titled with the code; the hint and GitLab's own words in its body. */
export function showError(error: ReleaseError): void {
  core.error(redact(errorBody(error)), error.code);
}

export function errorBody(error: ReleaseError): string {
  return errorLines(error).join('\n');
}
