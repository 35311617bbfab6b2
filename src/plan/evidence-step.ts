/**
 * Evidence is a snapshot of a release. It is collected when the release is created, and on a run
 * that finds a release without any (a previous run failed half-way); not on updates (a changed
 * link is one write, not two) and never on a run that changes nothing, so a re-run sends no write.
 */
import type { EvidenceMode } from '../inputs/inputs.js';
import type { EvidenceStep, ExistingRelease } from '../model.js';

export interface EvidenceContext {
  mode: EvidenceMode;
  existing?: ExistingRelease;
  /** The release date the release will have (undefined = now). */
  releasedAt?: string;
  now: Date;
}

export function planEvidenceStep(context: EvidenceContext): EvidenceStep {
  if (context.mode === 'never') return { kind: 'skip', reason: 'evidence: never' };
  const releasedAt = context.releasedAt ?? context.existing?.releasedAt;
  const createdAt = context.existing ? new Date(context.existing.createdAt) : context.now;
  if (releasedAt !== undefined) {
    const at = new Date(releasedAt).getTime();
    // GitLab compares whole seconds (Release#historical_release?, #upcoming_release?).
    if (Math.floor(at / 1000) < Math.floor(createdAt.getTime() / 1000)) {
      return { kind: 'skip', reason: 'historical release (released_at is in the past): GitLab does not collect evidence for it' };
    }
    if (Math.floor(at / 1000) > Math.floor(context.now.getTime() / 1000)) {
      return { kind: 'skip', reason: 'upcoming release: GitLab collects its evidence itself at the release date' };
    }
  }
  if ((context.existing?.evidenceCount ?? 0) === 0) return { kind: 'collect', required: context.mode === 'always' };
  return { kind: 'skip', reason: 'the release already has evidence' };
}
