/** CLI flags → raw inputs, by the option table: `--name value`, `--name=value`, bare `--flag` for booleans. */
import { InputError, type InputProblem } from '../errors.js';
import { optionsOn, type RawInputs } from '../options.js';

export function parseArgv(argv: string[]): RawInputs {
  const options = new Map(optionsOn('cli').map((o) => [o.name, o]));
  const raw: Record<string, string> = {};
  const problems: InputProblem[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      problems.push({ input: arg, message: 'is not an option', hint: 'Options start with --; run forge-release --help.' });
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const option = options.get(name);
    if (!option) {
      problems.push({ input: name, message: 'is not a known option', hint: suggestion(name, [...options.keys()]) });
      continue;
    }
    if (eq !== -1) raw[name] = arg.slice(eq + 1);
    else if (option.kind === 'boolean') raw[name] = 'true';
    else if (i + 1 < argv.length) raw[name] = argv[(i += 1)]!;
    else problems.push({ input: name, message: 'needs a value', hint: `Pass --${name} ${option.placeholder ?? 'VALUE'}.` });
  }
  if (problems.length) throw new InputError(problems);
  return raw as RawInputs;
}

/** Values from FORGE_RELEASE_<NAME> variables, below flags in precedence. */
export function rawFromEnv(env: NodeJS.ProcessEnv): RawInputs {
  const raw: Record<string, string> = {};
  for (const option of optionsOn('cli')) {
    const value = env[`FORGE_RELEASE_${option.name.toUpperCase().replace(/-/g, '_')}`];
    if (value !== undefined && value !== '') raw[option.name] = value;
  }
  return raw as RawInputs;
}

function suggestion(name: string, known: string[]): string {
  const close = known.find((k) => k.startsWith(name.slice(0, 3)) || name.startsWith(k));
  return close ? `Did you mean --${close}? Run forge-release --help for all options.` : 'Run forge-release --help for all options.';
}
