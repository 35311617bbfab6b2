/**
 * Grape's parameter handling as GitLab's routes declare it: coercion, `values:`, `default:`,
 * `mutually_exclusive`, `at_least_one_of`, and `declared_params(include_missing: false)` (only keys
 * that were sent, or have a default, survive; undeclared keys are dropped, §1.1). All errors of one
 * request are joined into one `{"error": …}` (Grape's ValidationErrors).
 */
import { grapeError } from './api-error.js';

export type ParamType = 'string' | 'boolean' | 'integer' | 'datetime' | 'string-list' | 'integer-list' | 'any';

export interface ParamSpec {
  name: string;
  type: ParamType;
  required?: boolean;
  values?: string[];
  default?: unknown;
}
export type ParamRule =
  | { mutuallyExclusive: string[]; message: string }
  | { atLeastOneOf: string[] };

export type Params = Record<string, unknown>;

const INVALID = Symbol('invalid');
const hasKey = (params: Params, name: string) => Object.prototype.hasOwnProperty.call(params, name);

/** Validates `params` against the declaration, throwing Grape's 400; returns the declared params. */
export function declare(params: Params, declaration: (ParamSpec | ParamRule)[], prefix = ''): Params {
  const errors = collectErrors(params, declaration, prefix);
  if (errors.length > 0) throw grapeError(errors);
  return declaredParams(params, declaration);
}

export function collectErrors(params: Params, declaration: (ParamSpec | ParamRule)[], prefix = ''): string[] {
  const label = (name: string) => (prefix ? `${prefix}[${name}]` : name);
  const errors: string[] = [];
  for (const entry of declaration) {
    if ('mutuallyExclusive' in entry) {
      if (entry.mutuallyExclusive.filter((name) => hasKey(params, name)).length > 1) errors.push(`${entry.mutuallyExclusive.map(label).join(', ')} ${entry.message}`);
    } else if ('atLeastOneOf' in entry) {
      if (!entry.atLeastOneOf.some((name) => hasKey(params, name))) errors.push(`${entry.atLeastOneOf.map(label).join(', ')} are missing, at least one parameter must be provided`);
    } else if (!hasKey(params, entry.name)) {
      if (entry.required) errors.push(`${label(entry.name)} is missing`);
    } else {
      const value = coerce(params[entry.name], entry.type);
      if (value === INVALID) errors.push(`${label(entry.name)} is invalid`);
      else if (entry.values && value !== null && !entry.values.includes(String(value))) errors.push(`${label(entry.name)} does not have a valid value`);
    }
  }
  return errors;
}

export function declaredParams(params: Params, declaration: (ParamSpec | ParamRule)[]): Params {
  const result: Params = {};
  for (const entry of declaration) {
    if (!('name' in entry)) continue;
    const value = hasKey(params, entry.name) ? coerce(params[entry.name], entry.type) : undefined;
    // Grape's default validator fills in missing *and* nil values.
    if ((value === undefined || value === null) && entry.default !== undefined) result[entry.name] = entry.default;
    else if (hasKey(params, entry.name)) result[entry.name] = value;
  }
  return result;
}

function coerce(value: unknown, type: ParamType): unknown {
  if (type === 'string-list') return commaSeparatedToArray(value);
  if (type === 'integer-list') return commaSeparatedToArray(value).map(rubyToInteger);
  if (value === null || type === 'any') return value;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : INVALID;
    case 'boolean':
      return coerceBoolean(value);
    case 'integer':
      if (typeof value === 'number') return Number.isInteger(value) ? value : INVALID;
      return typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number.parseInt(value, 10) : INVALID;
    case 'datetime':
      return (typeof value === 'string' && parseDateTime(value)) || INVALID;
  }
}

const TRUE = ['1', 'on', 't', 'true', 'y', 'yes'];
const FALSE = ['0', 'off', 'f', 'false', 'n', 'no'];

function coerceBoolean(value: unknown): boolean | typeof INVALID {
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  if (typeof value !== 'object' && TRUE.includes(text)) return true;
  if (typeof value !== 'object' && FALSE.includes(text)) return false;
  return INVALID;
}

/** `API::Validations::Types::CommaSeparatedToArray` (nil → [] by `coerce_nil_params_to_array!`). */
function commaSeparatedToArray(value: unknown): string[] {
  if (typeof value === 'string') return rubySplit(value).map((part) => part.trim());
  if (Array.isArray(value)) return value.flatMap((item) => rubySplit(item === null ? '' : String(item)).map((part) => part.trim()));
  return [];
}

/** Ruby's `split(',')` drops trailing empty fields ("a,".split(',') == ["a"], "".split(',') == []). */
function rubySplit(text: string): string[] {
  const parts = text.split(',');
  while (parts.length > 0 && parts.at(-1) === '') parts.pop();
  return parts;
}

/** Ruby's `String#to_i`: leading integer, else 0. */
function rubyToInteger(text: string): number {
  const match = /^\s*[+-]?\d+/.exec(text);
  return match ? Number.parseInt(match[0], 10) : 0;
}

/** Grape's `file_path: true` validator (`Gitlab::PathTraversal`): no `..` segment, raw or encoded. */
export function isValidFilePath(path: string): boolean {
  const traverses = (text: string) => text.split(/[\\/]/).includes('..');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return !traverses(path) && !traverses(decoded);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Grape's DateTime coercion (Ruby `DateTime.parse`) for the ISO 8601 shapes clients send: no zone
 * means UTC, an offset is converted to UTC (A20). Ruby accepts more free-form text; the fake does not.
 */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone = 'Z'] = match;
  const utc = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s, Math.floor(Number(`0.${fraction}`) * 1000));
  const check = new Date(utc);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59) return undefined;
  return new Date(utc - zoneOffsetMinutes(zone) * 60_000);
}

function zoneOffsetMinutes(zone: string): number {
  if (/^(Z|UTC)$/i.test(zone)) return 0;
  const [, sign, hours, minutes = '0'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
