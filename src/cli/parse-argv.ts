/** CLI flags → raw inputs, by the option table: `--name value`, `--name=value`, bare `--flag` for booleans. */
import { InputError, type InputProblem } from '../errors.js';
import { isGiven, optionsOn, type RawInputs } from '../options.js';

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
    if (isGiven(option.name, value)) raw[option.name] = value;
  }
  return raw as RawInputs;
}

function suggestion(name: string, known: string[]): string {
  const close = known.map((k) => ({ k, d: distance(name, k) })).sort((a, b) => a.d - b.d)[0];
  const more = 'Run forge-release --help for all options.';
  return close && close.d <= 2 ? `Did you mean --${close.k}? ${more}` : more;
}

/** Levenshtein distance, for "did you mean" on a mistyped flag. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
