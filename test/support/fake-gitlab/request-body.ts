/**
 * Request parameters as Rack and Grape see them: JSON bodies, form bodies and query strings, the
 * last two with Rack's nested keys (`milestones[]=a`, `assets[links][][name]=x`).
 */
/** `unread`: a body of a type the fake does not parse (e.g. multipart); it adds no parameters. */
export type ParsedBody = { kind: 'none' } | { kind: 'parsed'; value: unknown } | { kind: 'malformed' | 'unread'; text: string };

export function parseBody(raw: Buffer, contentType: string | undefined, method: string): ParsedBody {
  if (raw.length === 0) return { kind: 'none' };
  const text = raw.toString('utf8');
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return { kind: 'parsed', value: JSON.parse(text) };
    } catch {
      return { kind: 'malformed', text };
    }
  }
  // Rack parses a POST without Content-Type as a form, like an explicit form body.
  if (type === 'application/x-www-form-urlencoded' || (type === '' && method === 'POST')) {
    return { kind: 'parsed', value: parseNestedQuery(text) };
  }
  return { kind: 'unread', text };
}

/** `Rack::Utils.parse_nested_query`. */
export function parseNestedQuery(query: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const [name, value = ''] = pair.split(/=(.*)/s).map((part) => decodeForm(part));
    normalize(params, name ?? '', value);
  }
  return params;
}

function decodeForm(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

type Nested = Record<string, unknown>;
const isHash = (value: unknown): value is Nested => typeof value === 'object' && value !== null && !Array.isArray(value);

function normalize(params: Nested, name: string, value: unknown): Nested {
  const match = /^[[\]]*([^[\]]+)\]*/.exec(name);
  const key = match?.[1];
  if (!key) return params;
  const after = name.slice(match[0].length);
  if (after === '') params[key] = value;
  else if (after === '[]') ((params[key] ??= []) as unknown[]).push(value);
  else if (after.startsWith('[]')) {
    const childKey = /^\[\]\[([^[\]]+)\]$/.exec(after)?.[1] ?? after.slice(2);
    const list = (params[key] ??= []) as unknown[];
    const last = list.at(-1);
    // A repeated key starts the next hash of the array.
    if (isHash(last) && !(childKey.replace(/[[\]].*$/, '') in last)) normalize(last, childKey, value);
    else list.push(normalize({}, childKey, value));
  } else {
    params[key] = normalize(isHash(params[key]) ? (params[key] as Nested) : {}, after, value);
  }
  return params;
}
