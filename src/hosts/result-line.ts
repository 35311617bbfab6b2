/** The last line of a run on every host: what happened, with a link that exists. */
import type { RunReport } from './host.js';

export function resultLine(report: RunReport): string {
  const { outputs } = report;
  if (outputs.result === 'skipped') return 'Nothing to release.';
  if (!report.dryRun) return `Release ${outputs.tag} ${outputs.result}: ${outputs.releaseUrl}`;
  // A dry run's new release has no page yet: point at the commit it would be created from.
  if (report.releaseExists) return `Dry run: nothing was written. ${outputs.tag} would be released at ${outputs.releaseUrl}.`;
  const commit = report.commitUrl ?? `commit ${outputs.commitSha}`;
  return `Dry run: nothing was written. ${outputs.tag} would be created from ${commit}${report.compareUrl ? `; changes: ${report.compareUrl}` : ''}.`;
}
