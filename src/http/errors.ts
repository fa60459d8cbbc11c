import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../codes.js";
import { isNewsfoldError, NewsfoldError } from "../errors.js";

/** HTTP statuses of the API's stable error codes; any other NewsfoldError is the server's fault. */
const STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  "http.bad-request": 400,
  "http.unauthorized": 401,
  "http.writes-disabled": 403,
  "http.not-found": 404,
  "http.busy": 409,
  "http.payload-too-large": 413,
  "http.unsupported-media-type": 415,
  "store.locked": 503,
};

export const httpError = (code: ErrorCode, message: string) => new NewsfoldError(code, message);

export function errorJson(c: Context, code: ErrorCode, message: string, status: ContentfulStatusCode): Response {
  return c.json({ error: { code, message } }, status);
}

/**
 * One error answer for everything thrown: the code and message of a NewsfoldError; for anything else a
 * generic message (details go to the server's log, not to the client).
 */
export function errorResponse(error: unknown, c: Context, log: (line: string) => void): Response {
  // Raised by hono itself, e.g. a JSON body that does not parse.
  if (error instanceof HTTPException && error.status < 500) {
    const code = (Object.keys(STATUS) as ErrorCode[]).find((k) => STATUS[k] === error.status && k.startsWith("http.")) ?? "http.bad-request";
    return errorJson(c, code, error.message || "the request is malformed", error.status as ContentfulStatusCode);
  }
  if (isNewsfoldError(error)) {
    const status = STATUS[error.code] ?? (error.code.startsWith("store.") ? 503 : 500);
    if (status >= 500) log(`newsfold serve: ${error.code}: ${error.message}`);
    return errorJson(c, error.code, error.message, status);
  }
  log(`newsfold serve: ${(error as Error)?.stack ?? String(error)}`);
  return errorJson(c, "http.internal", "the server failed to answer; see its log", 500);
}
