/**
 * Command line → raw inputs, by an option table, with Node's util.parseArgs doing the tokenizing
 * (`--name value`, `--name=value`, bare `--flag`, `--` ending the options). We only add what users
 * need on top: every problem at once, each named as it was typed, and "did you mean" for typos.
 * Reusable by every command: give it the command's option specs and argv.
 */
import { parseArgs } from 'node:util';
import { InputError, type InputProblem } from '../errors.js';
import { envNameOf, isGiven, optionsOn, type OptionKind, type RawInputs } from '../options.js';

/** What the parser needs to know of an option. */
export interface ArgvOption {
  readonly name: string;
  readonly kind: OptionKind;
  readonly placeholder?: string;
}

export interface CommandLine {
  /** Values by option name; a bare boolean flag reads as 'true'. */
  values: Record<string, string>;
  positionals: string[];
}

/** Flags the entry handles before any parsing; known here so a typo of them gets a suggestion. */
const ENTRY_FLAGS = ['help', 'version'];

export function parseCommandLine(argv: string[], specs: readonly ArgvOption[], allow: { positionals: number } = { positionals: 0 }): CommandLine {
  const byName = new Map(specs.map((o) => [o.name, o]));
  const { tokens } = parseArgs({ args: argv, options: parserOptions(specs), strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string> = {};
  const positionals: string[] = [];
  const problems: InputProblem[] = [];
  let afterBoolean: string | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (positionals.length < allow.positionals) positionals.push(token.value);
      else problems.push(strayWord(token.value, afterBoolean, allow.positionals));
      afterBoolean = undefined;
      continue;
    }
    afterBoolean = undefined;
    const option = byName.get(token.name);
    if (!option || token.rawName.length === 2) {
      problems.push(unknownOption(token.rawName, [...byName.keys()]));
      // `--tagg v1`: the next word was meant as the typo's value; one problem is enough.
      if (!token.inlineValue && tokens[i + 1]?.kind === 'positional') i += 1;
      continue;
    }
    if (option.kind === 'boolean') {
      values[option.name] = token.value ?? 'true';
      if (token.value === undefined) afterBoolean = option.name;
      continue;
    }
    const problem = readValue(option, token.value, byName, values);
    if (problem) problems.push(problem);
  }
  if (problems.length) throw new InputError(problems);
  return { values, positionals };
}

/** The main command: every CLI option, no positional word. */
export function parseArgv(argv: string[]): RawInputs {
  return parseCommandLine(argv, optionsOn('cli')).values as RawInputs;
}

/** Values from FORGE_RELEASE_<NAME> variables, below flags in precedence. */
export function rawFromEnv(env: NodeJS.ProcessEnv): RawInputs {
  const raw: Record<string, string> = {};
  for (const option of optionsOn('cli')) {
    const value = env[envNameOf(option.name)];
    if (isGiven(option.name, value)) raw[option.name] = value;
  }
  return raw as RawInputs;
}

/**
 * Every option is declared as a string so util.parseArgs hands over `--flag=value` as typed and
 * never swallows the next word for a boolean; booleans are told apart below, by our own table.
 */
function parserOptions(specs: readonly ArgvOption[]) {
  return Object.fromEntries(specs.filter((o) => o.kind !== 'boolean').map((o) => [o.name, { type: 'string' as const }]));
}

function readValue(option: ArgvOption, value: string | undefined, byName: Map<string, ArgvOption>, values: Record<string, string>): InputProblem | undefined {
  const flag = `--${option.name}`;
  // `--tag --dry-run`: the value was forgotten and the next flag would be taken for it.
  const swallowed = value?.startsWith('--') && byName.has(value.slice(2).split('=')[0]!);
  if (value === undefined || swallowed) {
    return { input: option.name, label: flag, message: 'needs a value', hint: `Pass ${flag} ${option.placeholder ?? 'VALUE'} (or ${flag}=VALUE).` };
  }
  values[option.name] = value;
  return undefined;
}

function strayWord(word: string, afterBoolean: string | undefined, allowed: number): InputProblem {
  if (afterBoolean) {
    const flag = `--${afterBoolean}`;
    return {
      input: afterBoolean, label: `${flag} ${word}`, message: `${flag} is a switch and takes no separate value`,
      hint: `Write ${flag} to turn it on, ${flag}=false (or leave it out) to turn it off.`,
    };
  }
  const why = allowed === 0 ? 'no word without --' : `at most ${allowed} word${allowed === 1 ? '' : 's'} without --`;
  return { input: word, label: `"${word}"`, message: `is not an option (this command takes ${why})`, hint: 'Options start with --; run forge-release --help.' };
}

function unknownOption(rawName: string, known: string[]): InputProblem {
  const name = rawName.replace(/^-+/, '');
  const candidates = [...known, ...ENTRY_FLAGS];
  return { input: name, label: rawName, message: 'is not a known option', hint: suggestion(name, candidates) };
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
