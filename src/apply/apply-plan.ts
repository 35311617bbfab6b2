/**
 * applyPlan: the only writer. Convergence, not rollback: when a write fails in a way the forge
 * says means "the world is not what the plan assumed" (an ambiguous POST, a 409, a link someone
 * deleted), the facts are read again and the plan made again, a bounded number of times.
 */
import { ReleaseError } from '../errors.js';
import type { Forge } from '../forge/forge.js';
import type { Logger } from '../hosts/host.js';
import type { EvidenceResult, ExistingRelease, RunResult } from '../model.js';
import type { ReleasePlan } from '../plan/release-plan.js';
import { meaningOf, planSteps } from '../plan/steps.js';

export interface ApplyDeps {
  forge: Forge;
  log: Logger;
  /** Reads the forge again and plans again: called after a write that met a changed world. */
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
      const { release, evidence } = await applySteps(plan, deps.forge, done, deps.log);
      if (!done.wrote) deps.log.info('= nothing to write: GitLab already holds this release.');
      const result: RunResult = done.created ? 'created' : done.wrote ? 'updated' : 'unchanged';
      return { result, release, evidence, plan };
    } catch (error) {
      if (round >= rounds || !(error instanceof ReleaseError) || !deps.forge.explain(error).stale) throw error;
      deps.log.warn(`${error.message}: reading the release again and re-planning (round ${round + 1} of ${rounds}).`);
      plan = await deps.replan();
    }
  }
}

interface WriteTally { wrote: boolean; created: boolean }

async function applySteps(plan: ReleasePlan, forge: Forge, done: WriteTally, log: Logger): Promise<{ release: ExistingRelease; evidence: EvidenceResult }> {
  let release = plan.existing;
  let evidence: EvidenceResult = 'skipped';
  for (const step of planSteps(plan)) {
    const outcome = await tally(done, meaningOf(step, plan).createsRelease, () => forge.apply(step, plan, release), log);
    release = outcome.release ?? release;
    evidence = outcome.evidence ?? evidence;
  }
  if (!release) throw new ReleaseError('E_INTERNAL', `No release for ${plan.tag} after planning`, { hint: 'This is a bug; please report it.' });
  return { release, evidence };
}

/**
 * Runs one step and tallies it when the forge applied it, or may have (an ambiguous answer): a run
 * whose POST met 409 because a racing run created the release did not create it.
 */
async function tally<T extends { wrote?: string; created?: boolean }>(done: WriteTally, isCreate: boolean, write: () => Promise<T>, log: Logger): Promise<T> {
  try {
    const answer = await write();
    if (answer.wrote !== undefined) {
      done.wrote = true;
      done.created ||= answer.created === true;
      // Logged as it happens: a failed run's summary shows what the forge already holds.
      log.info(answer.wrote);
    }
    return answer;
  } catch (error) {
    if (error instanceof ReleaseError && error.code === 'E_WRITE_AMBIGUOUS') {
      done.wrote = true;
      done.created ||= isCreate;
    }
    throw error;
  }
}
