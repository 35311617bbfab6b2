/**
 * README.md carries every generated table between `<!-- name:start -->` / `<!-- name:end -->`
 * markers; this fills them from the option and output tables, so the README cannot drift.
 */
import { renderInputsTable, renderOutputsTable, renderTemplateInputsTable } from './markdown-tables.js';

const TABLES: Record<string, () => string> = {
  'cli-inputs': () => renderInputsTable('cli'),
  'action-inputs': () => renderInputsTable('action'),
  'action-outputs': renderOutputsTable,
  'template-inputs': () => renderTemplateInputsTable(),
  'template-outputs': renderOutputsTable,
};

export const README_TABLES = Object.keys(TABLES);

export function fillReadmeTables(text: string): string {
  return Object.entries(TABLES).reduce((out, [marker, render]) =>
    out.replace(new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`), (_, start: string, end: string) => `${start}${render()}${end}`), text);
}
