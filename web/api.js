// The one place the UI talks to the HTTP API (same origin: the CSP allows connect-src 'self' only).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Builds "/api/<path>?a=1" leaving out empty parameters. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return `/api/${path}${qs ? `?${qs}` : ""}`;
}

/** GET a JSON resource; a non-2xx answer becomes an ApiError carrying the API's stable error code. */
export async function getJson(path, params, signal) {
  const response = await fetch(apiUrl(path, params), { headers: { accept: "application/json" }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error;
    throw new ApiError(response.status, error?.code ?? "http.error", error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body;
}

/** Path segment for an id that may hold ":" or "/" ("place:KZ"). */
export function idSegment(id) {
  return encodeURIComponent(String(id));
}
