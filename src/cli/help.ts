/** --help, generated from the option table so it cannot drift from the flags. */
import { envNameOf, optionsOn, OUTPUTS } from '../options.js';

export function helpText(): string {
  const lines = [
    'forge-release: create or update a GitLab release from conventional commits, converging on every re-run.',
    '',
    'Usage: forge-release [options]        e.g. forge-release --dry-run   (switches: --dry-run to turn on, --dry-run=false to turn off)',
    '       forge-release list|show|latest|download|delete …   the commands over existing releases (each has --help)',
    '',
    'Options (each also readable from FORGE_RELEASE_<NAME>, e.g. FORGE_RELEASE_GITLAB_URL):',
  ];
  for (const option of optionsOn('cli')) {
    const flag = option.kind === 'boolean' ? `--${option.name}` : `--${option.name} ${option.placeholder ?? 'VALUE'}`;
    const extra = option.values ? ` [${option.values.join('|')}]` : '';
    const def = option.defaultText ?? (option.default && option.kind !== 'boolean' ? option.default : '');
    lines.push(`  ${flag.padEnd(30)} ${option.description}${extra}${def ? ` (default: ${def.replace(/`/g, '')})` : ''}`);
  }
  lines.push('  -h, --help, help               Show this help.', '  -v, --version                  Show the version.', '');
  lines.push(`Outputs (--json keys; --dotenv variables): ${OUTPUTS.map((o) => `${o.json}/${o.dotenv}`).join(', ')}.`);
  lines.push(`Exit codes: 0 success (also "nothing to release"), 1 the run failed, 2 invalid input (nothing was sent).`);
  lines.push(`Example env: ${envNameOf('token')}=glpat-… forge-release --project group/app --tag v1.2.0`);
  return lines.join('\n');
}
