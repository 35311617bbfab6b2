/** --help of a release command: usage, its own options, the shared connection and output options. */
import { findOption } from '../options.js';
import { CONNECTION_OPTIONS } from './args.js';
import type { Command } from './command.js';

export function commandHelp(command: Command): string {
  const lines = [`forge-release ${command.name}: ${command.summary}`, '', `Usage: ${command.usage}`, ''];
  if (command.optionHelp.length) lines.push('Options:', ...command.optionHelp.map(([flag, text]) => row(flag, text)), '');
  lines.push('Output:', row('--json', 'Print one JSON value on stdout.'), row('--field NAME', 'Print only this field (one line per release of a list).'), row('--help', 'Show this help.'), '');
  lines.push('Connection (as for the release step; also FORGE_RELEASE_<NAME> and the CI defaults):');
  for (const name of CONNECTION_OPTIONS) {
    const option = findOption(name)!;
    const flag = option.kind === 'boolean' ? `--${name}` : `--${name} ${option.placeholder ?? 'VALUE'}`;
    const def = option.defaultText ?? (option.kind !== 'boolean' ? option.default : '');
    lines.push(row(flag, `${option.description}${def ? ` (default: ${def.replace(/`/g, '')})` : ''}`));
  }
  lines.push('', 'Exit codes: 0 done, 1 failed, 2 invalid input (nothing was sent), 3 release not found.');
  if (command.examples.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

const row = (flag: string, text: string) => `  ${flag.padEnd(30)} ${text}`;
