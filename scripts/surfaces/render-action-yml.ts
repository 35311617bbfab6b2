/**
 * The option and output tables → action.yml. Pure: a test keeps the committed action.yml equal to
 * this text, so an option added to src/options.ts cannot be forgotten on the action.
 * Every scalar is written as a JSON string, which is also a valid YAML double-quoted scalar: no
 * description can accidentally turn into a YAML number, boolean or comment.
 */
import { OPTIONS, OUTPUTS, type OptionSpec, type OutputSpec } from '../../src/options.js';

export interface ActionMetadata {
  name: string;
  description: string;
  author: string;
  icon: string;
  color: string;
}

export const ACTION_METADATA: ActionMetadata = {
  name: 'forge-release for GitLab',
  description: 'Create or update a GitLab release (notes, assets, milestones, evidence) from GitHub Actions; safe to re-run.',
  author: 'forge-release contributors',
  icon: 'package',
  color: 'orange',
};

const q = (text: string): string => JSON.stringify(text);

export function renderActionYml(options: readonly OptionSpec[] = OPTIONS, outputs: readonly OutputSpec[] = OUTPUTS, meta = ACTION_METADATA): string {
  const actionOptions = options.filter((o) => !o.notOn?.includes('action'));
  return [
    '# Generated from src/options.ts by scripts/surfaces/render-action-yml.ts.',
    '# Do not edit by hand: run `FORGE_UPDATE_SURFACES=1 npx vitest run test/unit/surfaces-action.test.ts`.',
    `name: ${q(meta.name)}`,
    `description: ${q(meta.description)}`,
    `author: ${q(meta.author)}`,
    'branding:',
    `  icon: ${q(meta.icon)}`,
    `  color: ${q(meta.color)}`,
    'inputs:',
    ...actionOptions.flatMap(renderInput),
    'outputs:',
    ...outputs.flatMap(renderOutput),
    'runs:',
    `  using: ${q('node24')}`,
    `  main: ${q('dist/index.js')}`,
    '',
  ].join('\n');
}

/** The description a user sees in the editor and on the Marketplace: what, allowed values, default source. */
export function inputDescription(option: OptionSpec): string {
  const parts = [option.description];
  if (option.values) parts.push(`One of: ${option.values.join(', ')}.`);
  if (option.defaultText) parts.push(`Default: ${option.defaultText}.`);
  return parts.join(' ');
}

function renderInput(option: OptionSpec): string[] {
  return [
    `  ${option.name}:`,
    `    description: ${q(inputDescription(option))}`,
    // Never required here: a token can also come from GITLAB_TOKEN in env, and the engine
    // reports every missing or invalid input at once with a hint.
    '    required: false',
    `    default: ${q(option.default)}`,
  ];
}

function renderOutput(output: OutputSpec): string[] {
  return [`  ${output.name}:`, `    description: ${q(output.description)}`];
}
