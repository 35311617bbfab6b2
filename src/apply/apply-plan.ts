/**
 * applyPlan: the only writer. Convergence, not rollback: when a write fails in a way that means
 * "the world is not what the plan assumed" (an ambiguous POST, a 409, a link someone deleted),
 * the release is read again and planned again, a bounded number of times.
 */
import { ReleaseError } from '../errors.js';
import type { GitLabClient } from '../gitlab/client.js';
import type { Logger } from '../hosts/host.js';
import type { EvidenceResult, ExistingRelease, RunResult } from '../model.js';
import type { ReleasePlan } from '../plan/release-plan.js';
import { applyLinkStep } from './apply-link-step.js';
import { collectEvidence } from './collect-evidence.js';

export interface ApplyDeps {
  client: GitLabClient;
  log: Logger;
  /** Reads GitLab again and plans again: called after a write that met a changed world. */
  replan: () => Promise<ReleasePlan>;
  maxRounds?: number;
}

export interface ApplyResult {
  result: RunResult;
  release: ExistingRelease;
  evidence: EvidenceResult;
  plan: ReleasePlan;
}

export async function applyPlan(first: ReleasePlan, deps: ApplyDeps): Promise<ApplyResult> {
  const rounds = deps.maxRounds ?? 3;
  const done = { wrote: false, created: false };
  let plan = first;
  for (let round = 1; ; round += 1) {
    try {
      const release = await applyReleaseAndLinks(plan, deps.client, done, deps.log);
      const evidence = await collectEvidence(plan, deps.client, deps.log);
      if (evidence === 'collected') deps.log.info(`+ evidence collected for ${plan.tag}`);
      if (!done.wrote) deps.log.info('= nothing to write: GitLab already holds this release.');
      const result: RunResult = done.created ? 'created' : done.wrote ? 'updated' : 'unchanged';
      return { result, release, evidence, plan };
    } catch (error) {
      if (round >= rounds || !isStalePlan(error)) throw error;
      deps.log.warn(`${(error as Error).message}: reading the release again and re-planning (round ${round + 1} of ${rounds}).`);
      plan = await deps.replan();
    }
  }
}

interface WriteTally { wrote: boolean; created: boolean }

/**
 * Runs one write and tallies it when GitLab applied it, or may have (an ambiguous answer): a run
 * whose POST met 409 because a racing run created the release did not create it.
 */
async function tally<T>(done: WriteTally, isCreate: boolean, write: () => Promise<T>, what: string, log: Logger): Promise<T> {
  const mark = () => { done.wrote = true; done.created ||= isCreate; };
  try {
    const answer = await write();
    mark();
    // Logged as it happens: a failed run's summary shows what GitLab already holds.
    log.info(what);
    return answer;
  } catch (error) {
    if (error instanceof ReleaseError && error.code === 'E_WRITE_AMBIGUOUS') mark();
    throw error;
  }
}

async function applyReleaseAndLinks(plan: ReleasePlan, client: GitLabClient, done: WriteTally, log: Logger): Promise<ExistingRelease> {
  let release = plan.existing;
  const step = plan.release;
  if (step.kind === 'create') release = await tally(done, true, () => client.createRelease(step.fields), `+ release ${plan.tag} created`, log);
  else if (step.kind === 'update') {
    const what = `~ release ${plan.tag} updated: ${Object.keys(step.changed).join(', ')}`;
    release = await tally(done, false, () => client.updateRelease(plan.tag, step.changed), what, log);
  }
  if (!release) throw new ReleaseError('E_INTERNAL', `No release for ${plan.tag} after planning`, { hint: 'This is a bug; please report it.' });
  for (const link of plan.links) {
    const current: ExistingRelease = release;
    release = await tally(done, false, () => applyLinkStep(current, link, client), linkWhat(link), log);
  }
  return release;
}

function linkWhat(step: ReleasePlan['links'][number]): string {
  if (step.kind === 'create') return `+ link ${step.link.name} created`;
  if (step.kind === 'update') return `~ link ${step.link.name} updated`;
  return `- link ${step.name} deleted`;
}

/** Failures that mean the plan was made from a state that no longer holds. */
export function isStalePlan(error: unknown): boolean {
  if (!(error instanceof ReleaseError)) return false;
  if (error.code === 'E_WRITE_AMBIGUOUS' || error.code === 'E_GITLAB_CONFLICT') return true;
  const status = error.gitlab?.status;
  const message = error.gitlab?.message ?? '';
  const linkCall = error.gitlab?.endpoint.includes('/assets/links') ?? false;
  if (status === 404 && linkCall) return true; // link or release deleted by someone else
  if (status === 400 && /has already been taken/.test(message)) return true; // link created by a racing run
  // PUT on a tag whose release was deleted answers 403 (behaviour sheet §2.4): re-read tells which.
  if (status === 403 && error.gitlab?.method === 'PUT' && message === '403 Forbidden') return true;
  return false;
}
