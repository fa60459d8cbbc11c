import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { errorJson } from "./errors.js";

/**
 * The page may load only its own scripts, styles and data (no inline code, no other origins), may show
 * images inline as data: URIs (map tiles are drawn, not fetched), and may not be framed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Security headers on every response, errors and static files included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    c.res.headers.set("Referrer-Policy", "no-referrer");
    c.res.headers.set("X-Frame-Options", "DENY");
  };
}

/** CORS only for the one origin configured (`--cors`); without it, browsers keep the API same-origin. */
export function corsFor(origin: string | null): MiddlewareHandler {
  if (origin === null) return async (_c, next) => next();
  return cors({ origin, allowMethods: ["GET", "POST"], allowHeaders: ["Authorization", "Content-Type"], maxAge: 600 });
}

const digest = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();

/**
 * Whether an Authorization header carries the token. Both sides are hashed first so the comparison is
 * constant-time over equal-length digests whatever the lengths typed (timingSafeEqual needs equal lengths).
 */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(header ?? "");
  const given = digest(match ? match[1] : "");
  return timingSafeEqual(given, digest(token)) && match !== null;
}

/** Writes need the start-up token: none configured → 403, wrong or missing → 401 (with a challenge). */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return errorJson(c, "http.writes-disabled", "writes are disabled: start the server with --token or NEWSFOLD_TOKEN", 403);
    if (!tokenMatches(c.req.header("Authorization"), token)) {
      c.header("WWW-Authenticate", 'Bearer realm="newsfold"');
      return errorJson(c, "http.unauthorized", "a valid bearer token is needed (Authorization: Bearer <token>)", 401);
    }
    await next();
  };
}

/**
 * Refuses a body larger than `maxBytes` (declared or streamed) with 413. A body without Content-Length is
 * gathered in memory up to `maxBytes` (hono's bodyLimit), so this is for small bodies (JSON) only: uploads use
 * `refuseDeclaredOver` and count their bytes as they stream to disk.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => errorJson(c, "http.payload-too-large", `the request body is larger than ${maxBytes} bytes`, 413),
  });
}

/**
 * Refuses at once a body whose Content-Length is over `maxBytes`, reading nothing. The handler must count a body
 * sent without one (chunked) as it streams it, since nothing here buffers it.
 */
export function refuseDeclaredOver(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const declared = Number(c.req.header("Content-Length") ?? Number.NaN);
    if (declared > maxBytes) return errorJson(c, "http.payload-too-large", `the request body is larger than ${maxBytes} bytes`, 413);
    await next();
  };
}
