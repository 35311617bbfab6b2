/**
 * Offset pagination of every list (§1.5): Kaminari's page/per_page rules (max 100, negative → 20,
 * 0 → empty page) and GitLab's OffsetHeaderBuilder headers. Links are the request URL on the fake's
 * own host with Grape's params (route params and defaults included) plus `page`, keys sorted.
 */
import type { ParamSpec, Params } from './grape-params.js';
import { toQuery } from './url-encoding.js';

export const PAGINATION_PARAMS: ParamSpec[] = [
  { name: 'page', type: 'integer', default: 1 },
  { name: 'per_page', type: 'integer', default: 20 },
];

const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 20;

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/**
 * `raw` = the request's params (route params included), `declared` = their coerced values with
 * defaults: together Grape's `params`, which the links repeat. `requestUrl` = fake root + raw path.
 */
export function paginate<T>(all: T[], raw: Params, declared: Params, requestUrl: string): Page<T> {
  const coerced = Object.entries(declared).filter(([, value]) => !(value instanceof Date));
  const linkParams: Params = { ...raw, ...Object.fromEntries(coerced) };
  const requestedPerPage = linkParams.per_page as number;
  const perPage = requestedPerPage < 0 ? DEFAULT_PER_PAGE : Math.min(requestedPerPage, MAX_PER_PAGE);
  const page = Math.max(1, linkParams.page as number);
  const totalPages = perPage === 0 ? 1 : Math.max(1, Math.ceil(all.length / perPage));
  const inRange = perPage > 0 && page <= Math.ceil(all.length / perPage);
  const next = inRange && page < totalPages ? page + 1 : undefined;
  const prev = inRange && page > 1 ? page - 1 : undefined;
  const href = (target: number) => `${requestUrl}?${toQuery({ ...linkParams, page: target, per_page: requestedPerPage })}`;
  const links = [
    ...(prev ? [`<${href(prev)}>; rel="prev"`] : []),
    ...(next ? [`<${href(next)}>; rel="next"`] : []),
    `<${href(1)}>; rel="first"`,
    `<${href(totalPages)}>; rel="last"`,
  ];
  return {
    items: all.slice((page - 1) * perPage, (page - 1) * perPage + perPage),
    headers: {
      'X-Per-Page': String(perPage), 'X-Page': String(page), 'X-Next-Page': next ? String(next) : '', 'X-Prev-Page': prev ? String(prev) : '',
      Link: links.join(', '), 'X-Total': String(all.length), 'X-Total-Pages': String(totalPages),
    },
  };
}
