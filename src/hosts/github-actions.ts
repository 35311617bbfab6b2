/**
 * The GitHub Action's host: inputs from INPUT_* (hyphens kept), outputs to
 * $GITHUB_OUTPUT, a job summary, log groups per phase, and failures as ::error annotations.
 * CI-context defaults (GITHUB_REF_NAME, GITHUB_SHA...) are the engine's job, not this adapter's.
 * The runner protocol is @actions/core's, which follows GitHub's changes to it; it reads and
 * writes process.env's runner files. Only the action bundle loads it: the CLI never imports this file.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { errorLines, type ReleaseError } from '../errors.js';
import { isGiven, optionsOn, type RawInputs } from '../options.js';
import { toStepOutputs } from '../outputs.js';
import { redact } from '../redact.js';
import type { Host, Logger, PhaseRecord, RunReport } from './host.js';
import { renderFailureSummary, renderJobSummary } from './job-summary.js';
import { resultLine } from './result-line.js';

export const NOTES_FILE_NAME = 'forge-release-notes.md';

export function createGitHubActionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    name: 'github-actions',
    env,
    rawInputs: () => readActionInputs(env),
    labelOf: (name) => `with: ${name}`,
    log: actionsLogger,
    maskSecret: (secret) => core.setSecret(secret),
    writeReport: (report) => writeReport(report, env),
    showError: (error, phases) => showError(error, phases, env),
  };
}

/** Every input the action offers that the workflow set; the notes go to a file by default. */
export function readActionInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: Record<string, string> = {};
  for (const option of optionsOn('action')) {
    const value = core.getInput(option.name);
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
  // Outside a runner there is nowhere to put outputs (@actions/core would fall back to the
  // deprecated ::set-output command).
  if (env.GITHUB_OUTPUT) for (const [name, value] of Object.entries(toStepOutputs(report.outputs))) core.setOutput(name, value);
  core.info(resultLine(report));
  await appendSummary(renderJobSummary(report), env);
}

/**
 * One ::error annotation titled with the code (the hint and GitLab's own words in its body), and
 * a job summary that says the same and what the run had done before it failed.
 */
export async function showError(error: ReleaseError, phases: PhaseRecord[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  core.error(redact(errorBody(error)), { title: error.code });
  await appendSummary(renderFailureSummary(error, phases), env);
}

/** Outside a runner (local runs, tests) there may be no summary file: that is not a failure. */
async function appendSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redact(markdown)).write();
}

export function errorBody(error: ReleaseError): string {
  return errorLines(error).join('\n');
}
