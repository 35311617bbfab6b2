/**
 * RunReport → the Markdown of the GitHub job summary. Pure, so it is tested without a runner.
 * GitHub rejects a step summary above 1 MiB and then shows nothing at all, so the summary is
 * kept under that: the notes (the only part that can be huge) are shortened first, then the
 * asset table, and the summary says what was left out and where the full notes are.
 */
import { errorLines, type ReleaseError } from '../errors.js';
import type { OutputAsset } from '../outputs.js';
import type { PhaseRecord, RunReport } from './host.js';

export const MAX_SUMMARY_BYTES = 1024 * 1024;

const RESULT_TEXT: Record<string, string> = {
  created: '🆕 created',
  updated: '✏️ updated',
  unchanged: '✅ unchanged (nothing to do)',
  planned: '📝 planned (dry run: nothing was written)',
  skipped: '⏭️ skipped (nothing to release)',
};

export function renderJobSummary(report: RunReport, maxBytes = MAX_SUMMARY_BYTES): string {
  const head = headSection(report);
  const tail = tailSection(report);
  let assets = assetsSection(report.outputs.assets);
  const notesBudget = maxBytes - bytes(head) - bytes(assets) - bytes(tail);
  const notes = notesSection(report, Math.max(0, notesBudget));
  const summary = [head, assets, notes, tail].join('');
  if (bytes(summary) <= maxBytes) return summary;
  // Still too large with no notes at all: the asset table is what is left to shorten.
  const assetBudget = maxBytes - bytes(head) - bytes(notes) - bytes(tail);
  assets = assetsSection(report.outputs.assets, Math.max(0, assetBudget));
  return truncateBytes([head, assets, notes, tail].join(''), maxBytes);
}

function headSection({ outputs, dryRun, releaseExists, commitUrl, compareUrl }: RunReport): string {
  if (outputs.result === 'skipped') return '## forge-release: nothing to release\n\nNo commit since the last release tag calls for a new version.\n\n';
  // A dry run's new release has no page yet: a link to it would be a 404.
  const linkable = outputs.releaseUrl && (!dryRun || releaseExists);
  const title = linkable ? `[${escapeText(outputs.tag)}](${outputs.releaseUrl})` : escapeText(outputs.tag);
  const lines = [
    `## ${dryRun ? 'Release plan' : 'Release'} ${title}`,
    '',
    `| | |`,
    `|---|---|`,
    `| Result | ${RESULT_TEXT[outputs.result] ?? outputs.result} |`,
    `| Tag | \`${escapeCell(outputs.tag)}\` → \`${escapeCell(outputs.commitSha)}\` |`,
  ];
  if (outputs.version) lines.push(`| Version | ${escapeCell(outputs.version)} |`);
  if (outputs.previousTag) lines.push(`| Previous tag | \`${escapeCell(outputs.previousTag)}\` |`);
  const pages = [commitUrl ? `[commit](${commitUrl})` : '', compareUrl ? `[changes since ${escapeCell(outputs.previousTag)}](${compareUrl})` : ''].filter(Boolean);
  if (pages.length) lines.push(`| On GitLab | ${pages.join(' · ')} |`);
  lines.push(`| Milestones | ${outputs.milestones.length ? outputs.milestones.map(escapeCell).join(', ') : '—'} |`);
  lines.push(`| Evidence | ${escapeCell(outputs.evidence)} |`);
  return `${lines.join('\n')}\n\n`;
}

function assetsSection(assets: OutputAsset[], maxBytes = Infinity): string {
  if (assets.length === 0) return '';
  const rows = ['### Assets\n\n| Name | Type | URL |\n|---|---|---|\n'];
  let size = bytes(rows[0] ?? '');
  for (const [index, asset] of assets.entries()) {
    const row = `| ${escapeCell(asset.name)} | ${asset.linkType} | ${escapeCell(asset.directAssetUrl || asset.url)} |\n`;
    const more = `\n_…and ${assets.length - index} more: see the \`assets\` output._\n\n`;
    if (size + bytes(row) + bytes(more) > maxBytes) return `${rows.join('')}${more}`;
    rows.push(row);
    size += bytes(row);
  }
  return `${rows.join('')}\n`;
}

function notesSection({ outputs }: RunReport, maxBytes: number): string {
  if (!outputs.notes) return '';
  const open = '<details><summary>Release notes</summary>\n\n';
  const close = '\n\n</details>\n\n';
  const full = `${open}${outputs.notes}${close}`;
  if (bytes(full) <= maxBytes) return full;
  const where = outputs.notesFile ? ` The full notes are in \`${escapeCell(outputs.notesFile)}\` (\`notes-file\` output).` : '';
  const notice = `\n\n_Release notes shortened to keep this summary under GitHub's 1 MiB limit.${where}_`;
  const room = maxBytes - bytes(open) - bytes(close) - bytes(notice);
  if (room <= 0) return `_Release notes left out of this summary (GitHub's 1 MiB limit).${where}_\n\n`;
  return `${open}${truncateBytes(outputs.notes, room)}${notice}${close}`;
}

function tailSection({ planText, warnings }: RunReport): string {
  let text = '';
  if (warnings.length) text += `### Warnings\n\n${warnings.map((w) => `- ${escapeText(w.replace(/\s*\n\s*/g, ' '))}`).join('\n')}\n\n`;
  if (planText.trim()) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(planText) + 1));
    text += `<details><summary>Plan</summary>\n\n${fence}diff\n${planText.trimEnd()}\n${fence}\n\n</details>\n`;
  }
  return text;
}

const PHASE_MARK: Record<PhaseRecord['state'], string> = { done: '✅', failed: '❌', running: '❌' };

/**
 * A failed run's summary: the error with its hint, then each phase that ran with the line it
 * opened with, and every write GitLab confirmed (the Apply lines), so nobody has to guess what
 * a failed run left behind.
 */
export function renderFailureSummary(error: ReleaseError, phases: PhaseRecord[], maxBytes = MAX_SUMMARY_BYTES): string {
  const [message, ...details] = errorLines(error);
  const text = [`## forge-release failed: \`${error.code}\``, '', ...quote(message ?? ''), ''];
  for (const line of details) text.push(`${escapeText(line.replace(/^hint: /, '**Hint:** '))}  `);
  text.push('', '### Before the failure', '');
  if (phases.length === 0) text.push('Nothing had run yet: no git read, no request to GitLab.');
  for (const phase of phases) {
    const lines = phase.title === 'Apply' ? phase.lines : phase.lines.slice(0, 1);
    text.push(`- ${PHASE_MARK[phase.state]} **${escapeText(phase.title)}**${phase.state === 'done' ? '' : ': failed here'}`);
    for (const line of lines) text.push(`  - ${escapeText(firstLine(line))}`);
  }
  const applied = phases.find((p) => p.title === 'Apply')?.lines.filter((line) => /^[+~-] /.test(line)).length ?? 0;
  const writes = applied ? `GitLab confirmed ${applied} write${applied === 1 ? '' : 's'} (above).` : 'GitLab confirmed no write.';
  text.push('', `${writes} A re-run reads GitLab again and sends only what is missing.`);
  return truncateBytes(`${text.join('\n')}\n`, maxBytes);
}

function quote(text: string): string[] {
  return text.split('\n').map((line) => `> ${escapeText(line)}`);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/** A table cell must stay on one line and must not close the cell early. */
function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Keeps user text from injecting HTML into the summary page. */
function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts at a UTF-8 character boundary, never inside a multi-byte character. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const cut = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
  // A decoder replaces a split trailing character with U+FFFD; drop it.
  return new TextDecoder('utf-8').decode(cut).replace(/\uFFFD$/, '');
}
