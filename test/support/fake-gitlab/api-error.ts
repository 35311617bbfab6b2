/**
 * GitLab's error answers (§1.2). Two envelopes: `{"message": …}` from GitLab's helpers and services,
 * `{"error": …}` from Grape (parameter validation, unknown routes, 405). Handlers throw these; the
 * server turns them into responses, so the first failing check wins as in GitLab.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${JSON.stringify(body)}`);
  }
}

/** `render_api_error!` / service errors: the message may be a string, an array or a hash. */
export const apiError = (status: number, message: unknown) => new ApiError(status, { message });

/** Grape parameter errors are joined with ", " into one `error` string. */
export const grapeError = (messages: string[]) => new ApiError(400, { error: messages.join(', ') });

export const routeNotFound = () => new ApiError(404, { error: '404 Not Found' });

/** `not_found!` (capital F) and `not_found!('Project')`. */
export const notFound = (what?: string) => apiError(404, what ? `404 ${what} Not Found` : '404 Not Found');

/** ActiveRecord::RecordNotFound, rescued in api.rb: lowercase f. */
export const recordNotFound = () => apiError(404, '404 Not found');

export const forbidden = () => apiError(403, '403 Forbidden');

export const unauthorized = () => apiError(401, '401 Unauthorized');

/** `authorize!`: 403 unless the ability holds. */
export function authorize(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
