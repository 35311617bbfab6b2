/** The escaping rules of the Ruby helpers GitLab builds its URLs with. */

const percentEncode = (text: string, keep: RegExp) =>
  [...Buffer.from(text, 'utf8')].map((byte) => {
    const char = String.fromCharCode(byte);
    return byte < 0x80 && keep.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');

/** Rails route helpers escape a path segment: unreserved, sub-delims, `:` and `@` stay (so `/` → %2F). */
export const escapeSegment = (text: string) => percentEncode(text, /[A-Za-z0-9\-._~!$&'()*+,;=:@]/);

/** `ERB::Util.url_encode` (permalink redirect). */
export const urlEncode = (text: string) => percentEncode(text, /[A-Za-z0-9_\-.~]/);

/** `CGI.escape` (query strings): space becomes `+`. */
export const cgiEscape = (text: string) => percentEncode(text, /[A-Za-z0-9_\-.~ ]/).replace(/ /g, '+');

/** Rails `Hash#to_query`: pairs sorted, arrays as `key[]=`, empty arrays and hashes left out. */
export function toQuery(params: Record<string, unknown>, namespace?: string): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const name = namespace ? `${namespace}[${key}]` : key;
    if (Array.isArray(value)) {
      if (value.length > 0) pairs.push(value.map((item) => pair(`${name}[]`, item)).join('&'));
    }
    else if (typeof value === 'object' && value !== null) {
      const nested = toQuery(value as Record<string, unknown>, name);
      if (nested) pairs.push(nested);
    } else pairs.push(pair(name, value));
  }
  return pairs.sort().join('&');
}

const pair = (name: string, value: unknown) => `${cgiEscape(name)}=${cgiEscape(value === null || value === undefined ? '' : String(value))}`;
