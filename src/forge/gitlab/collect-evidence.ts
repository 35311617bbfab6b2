/** Evidence never fails a release unless the user asked for it with evidence: always. */
import { ReleaseError, toReleaseError } from '../../errors.js';
import type { GitLabClient } from '../../gitlab/client.js';
import type { Logger } from '../../hosts/host.js';
import type { EvidenceResult } from '../../model.js';
import type { ReleasePlan } from '../../plan/release-plan.js';

export async function collectEvidence(plan: ReleasePlan, client: GitLabClient, log: Logger): Promise<EvidenceResult> {
  const step = plan.evidence;
  if (step.kind === 'skip') return 'skipped';
  let outcome: EvidenceResult;
  try {
    outcome = await client.collectEvidence(plan.tag);
  } catch (error) {
    if (step.required) throw error;
    log.warn(`Evidence was not collected: ${toReleaseError(error).message}`);
    return 'unavailable';
  }
  if (outcome === 'unavailable') {
    if (step.required) {
      throw new ReleaseError('E_EVIDENCE_UNAVAILABLE', 'This GitLab instance does not offer the release evidence endpoint', {
        hint: 'The evidence endpoint needs GitLab Premium or Ultimate (GitLab still collects one snapshot by itself when it creates a release). Use evidence: auto to go on without it.',
      });
    }
    log.warn('This GitLab instance has no release evidence endpoint (Free/CE): forge-release did not collect evidence (GitLab collects one snapshot by itself when it creates a release).');
  }
  return outcome;
}
