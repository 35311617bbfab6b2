/** The run's outputs as one flat value, and its three encodings: step outputs, dotenv, JSON. */
import type { ReleaseError } from './errors.js';
import { OUTPUTS } from './options.js';
import type { EvidenceResult, LinkType, RunResult } from './model.js';
import { redact, redactValue } from './redact.js';

export interface OutputAsset {
  name: string;
  url: string;
  directAssetUrl: string;
  linkType: LinkType;
  /** For a file uploaded by the run: what the registry holds. */
  sha256?: string;
  size?: number;
}

export interface Outputs {
  result: RunResult;
  releaseUrl: string;
  tag: string;
  version: string;
  previousTag: string;
  commitSha: string;
  assets: OutputAsset[];
  milestones: string[];
  evidence: EvidenceResult;
  notesFile: string;
  notes: string;
}

/** GitLab's dotenv limits (behaviour sheet §6.3): the file must be smaller than 5,120 bytes. */
export const DOTENV_MAX_BYTES = 5120;
export const DOTENV_MAX_VARIABLES = 20;

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Step outputs by action output name; every value a string. */
export function toStepOutputs(outputs: Outputs): Record<string, string> {
  const record = outputs as unknown as Record<string, unknown>;
  return Object.fromEntries(OUTPUTS.map((o) => [o.name, redact(asText(record[o.json] ?? ''))]));
}

/** The JSON object --json prints: every output plus the notes themselves. */
export function toJsonOutput(outputs: Outputs): Record<string, unknown> {
  return redactValue(outputs) as unknown as Record<string, unknown>;
}

/** What --json prints when a run fails, so a script can branch on `result` either way. */
export function toJsonFailure(error: ReleaseError): Record<string, unknown> {
  const { code, message, hint, gitlab, cause } = error;
  // A bug's report needs where it happened: E_INTERNAL's hint sends users here for it.
  const stack = code === 'E_INTERNAL' && cause instanceof Error ? { stack: cause.stack } : {};
  return redactValue({ result: 'failed', error: { code, message, hint, ...(gitlab ? { gitlab } : {}), ...stack } });
}

/**
 * A dotenv report GitLab accepts: one KEY=value a line, single-line values, no empty lines, under
 * 5,120 bytes. Values that would break those rules (a huge asset list) are dropped whole, with a
 * warning, rather than cut into something that parses as a different value.
 */
export function toDotenv(outputs: Outputs): { text: string; dropped: string[] } {
  const values = toStepOutputs(outputs);
  const lines: string[] = [];
  const dropped: string[] = [];
  let bytes = 0;
  for (const spec of OUTPUTS) {
    const value = (values[spec.name] ?? '').replace(/[\r\n]+/g, ' ').trim();
    const line = `${spec.dotenv}=${value}\n`;
    const size = Buffer.byteLength(line);
    if (bytes + size >= DOTENV_MAX_BYTES || lines.length >= DOTENV_MAX_VARIABLES) {
      dropped.push(spec.dotenv);
      continue;
    }
    lines.push(line);
    bytes += size;
  }
  return { text: lines.join(''), dropped };
}
