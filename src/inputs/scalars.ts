/** Small parsers for scalar inputs; each returns a value or a problem text (never throws). */
import { mention } from '../option-mention.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string; hint: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: string, hint: string): Parsed<T> => ({ ok: false, problem, hint });

const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off', ''];

export function parseBoolean(raw: string): Parsed<boolean> {
  const text = raw.trim().toLowerCase();
  if (TRUE.includes(text)) return ok(true);
  if (FALSE.includes(text)) return ok(false);
  return bad(`"${raw}" is not a boolean`, 'Use true or false.');
}

export function parseEnum<T extends string>(raw: string, values: readonly T[]): Parsed<T> {
  const text = raw.trim();
  if ((values as readonly string[]).includes(text)) return ok(text as T);
  return bad(`"${raw}" is not one of ${values.join(', ')}`, `Use one of: ${values.join(', ')}.`);
}

export function parseNumber(raw: string, min: number, max: number): Parsed<number> {
  const value = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(value)) return bad(`"${raw}" is not a number`, `Give a number from ${min} to ${max}.`);
  if (value < min || value > max) return bad(`${value} is out of range`, `Give a number from ${min} to ${max}.`);
  return ok(value);
}

// GitLab accepts ISO 8601 with Z or an offset; a date-only value is ambiguous across time zones.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function parseReleasedAt(raw: string): Parsed<string> {
  const match = ISO_8601.exec(raw.trim());
  const hint = 'Use ISO 8601 with a time zone, e.g. 2026-01-31T12:00:00Z.';
  if (!match) return bad(`"${raw}" is not an ISO 8601 date-time with a time zone`, hint);
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const probe = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second || 0));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month! - 1 && probe.getUTCDate() === day
    && hour! < 24 && minute! < 60 && (second ?? 0) < 60;
  if (!real) return bad(`"${raw}" is not a real date`, hint);
  return ok(new Date(raw.trim()).toISOString());
}

export function parseHttpUrl(raw: string): Parsed<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return bad(`"${raw}" is not a URL`, 'Give the full URL, e.g. https://gitlab.example.com.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return bad(`"${raw}" is not an http(s) URL`, 'Use an https:// URL.');
  // Credentials in a URL end up in logs; tokens belong in --token.
  if (url.username || url.password) return bad('contains credentials', `Remove user:password@ from the URL and give the token as ${mention('token')}.`);
  if (url.search || url.hash) return bad(`"${raw}" has a query or fragment`, 'Give the base URL only, e.g. https://gitlab.example.com.');
  return ok(url);
}

/** Comma- or newline-separated list, trimmed, empties dropped. */
export function parseList(raw: string): string[] {
  return raw.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '');
}
