/**
 * Secrets out of every printed line. A token is registered once, as soon as it is read, and every
 * line a host prints, every output and every error message passes through `redact`: raw and
 * URL-encoded forms (a token can surface inside a URL a dependency prints), and base64 (Basic auth).
 */

const secrets = new Set<string>();
const MASK = '[REDACTED]';

export function registerSecret(value: string | undefined): void {
  const trimmed = value?.trim();
  // Very short values would mask ordinary words; GitLab tokens are 20+ characters.
  if (!trimmed || trimmed.length < 6) return;
  for (const form of formsOf(trimmed)) secrets.add(form);
  if (value && value !== trimmed) secrets.add(value);
}

/** The forms a secret can be printed in: raw, URL-encoded and base64. */
export function formsOf(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret), encodeURI(secret), Buffer.from(secret).toString('base64')];
  return [...new Set(forms.filter((f) => f.length >= 6))];
}

export function redact(text: string): string {
  let out = text;
  // Longest first, so an encoded form that contains the raw one is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** Deep-redacts strings inside a JSON-able value (outputs, plans). */
export function redactValue<T>(value: T): T {
  if (secrets.size === 0) return value;
  return JSON.parse(redact(JSON.stringify(value))) as T;
}

/** For tests: forget every registered secret. */
export function clearSecrets(): void {
  secrets.clear();
}
