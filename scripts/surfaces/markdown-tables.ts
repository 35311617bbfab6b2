/**
 * The README's inputs and outputs tables, rendered from the option and output tables so the
 * documentation cannot drift from what the action, template and CLI accept. Pure functions;
 * the lead pastes their text between markers in README.md.
 */
import { OUTPUTS, envNameOf, optionsOn, type OptionSpec, type Surface } from '../../src/options.js';
import { templateInputs, type TemplateInput } from './render-gitlab-template.js';

/** Cells hold user-facing prose: keep every row on one line and pipes from splitting cells. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text}\``;
}

function defaultCell(option: OptionSpec): string {
  if (option.defaultText) return cell(option.defaultText);
  return option.default === '' ? '' : code(option.default);
}

function descriptionCell(option: OptionSpec): string {
  const values = option.values ? ` One of ${option.values.map(code).join(', ')}.` : '';
  return cell(`${option.description}${values}`);
}

/** How the option is spelled on a surface: `tag` (action, template) or `--tag` / `FORGE_RELEASE_TAG` (CLI). */
function nameCells(option: OptionSpec, surface: Surface): string[] {
  if (surface !== 'cli') return [code(option.name)];
  const flag = option.kind === 'boolean' ? `--${option.name}` : `--${option.name} ${option.placeholder ?? 'VALUE'}`;
  return [code(flag), code(envNameOf(option.name))];
}

export function renderInputsTable(surface: Surface): string {
  const header = surface === 'cli' ? ['Flag', 'Variable', 'Default', 'Description'] : ['Input', 'Default', 'Description'];
  const rows = optionsOn(surface).map((option) => [...nameCells(option, surface), defaultCell(option), descriptionCell(option)]);
  return toTable(header, rows);
}

/** Outputs by their name on every surface: action output, JSON key (--json) and dotenv variable. */
export function renderOutputsTable(): string {
  const rows = OUTPUTS.map((o) => [code(o.name), code(o.json), code(o.dotenv), cell(o.description)]);
  return toTable(['Action output', 'JSON key', 'dotenv variable', 'Description'], rows);
}

function toTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

/**
 * The GitLab CI template's inputs: the template's own inputs, then the table's options (without
 * secrets), each with its spec:inputs type. Takes the rendered input list so it cannot drift.
 */
export function renderTemplateInputsTable(inputs: readonly TemplateInput[] = templateInputs()): string {
  const defaultOf = (input: TemplateInput) => {
    if (input.defaultText) return cell(input.defaultText);
    return input.default === '' ? '' : code(typeof input.default === 'string' ? input.default : JSON.stringify(input.default));
  };
  const rows = inputs.map((input) => {
    const values = input.options ? ` One of ${input.options.map(code).join(', ')}.` : '';
    return [code(input.name), input.type, defaultOf(input), cell(`${input.summary}${values}`)];
  });
  return toTable(['Input', 'Type', 'Default', 'Description'], rows);
}
