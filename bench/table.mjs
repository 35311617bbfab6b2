// The bench's table: one row per figure, with its budget and a verdict (pass / FAIL / blank for
// figures shown for comparison only). Rendered as aligned text for the terminal, or Markdown.
export const COLUMNS = [
  ['scenario', 'scenario'],
  ['subject', 'what'],
  ['value', 'median'],
  ['detail', 'compared with'],
  ['budget', 'budget'],
  ['verdict', 'result'],
];

export function verdict(pass) {
  if (pass === undefined || pass === null) return '';
  return pass ? 'pass' : 'FAIL';
}

export function ms(value) {
  if (value === undefined) return 'n/a';
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

export function bytes(value) {
  if (value === undefined) return 'n/a';
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} kB`;
  return `${value} B`;
}

export function ratio(a, b) {
  return `${(a / b).toFixed(2)}×`;
}

function cells(row) {
  return COLUMNS.map(([key]) => (key === 'verdict' ? verdict(row.pass) : String(row[key] ?? '')));
}

export function renderText(rows) {
  const header = COLUMNS.map(([, title]) => title);
  const body = rows.map(cells);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function renderMarkdown(rows) {
  const esc = (c) => c.replace(/\|/g, '\\|');
  const header = COLUMNS.map(([, title]) => title);
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
