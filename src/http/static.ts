import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, join, sep } from "node:path";
import { Readable } from "node:stream";
import type { Context } from "hono";
import { errorJson } from "./errors.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * Serves the UI folder. The URL path is decoded once and refused (404) if any segment is empty after
 * decoding into a separator, is "." or "..", or holds a backslash or NUL; the resolved real path (links
 * followed) must still lie inside the folder. A path without an extension that names no file is a
 * client-side route: it gets index.html. Unknown files with an extension are 404.
 */
export function createStaticHandler(root: string): (c: Context) => Promise<Response> {
  let realRoot: Promise<string> | null = null;
  return async (c) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return errorJson(c, "http.method-not-allowed", "only GET and HEAD are served here", 405);
    realRoot ??= realpath(root);
    const base = await realRoot.catch(() => null);
    if (base === null) return errorJson(c, "http.not-found", "no web UI is installed beside this server", 404);
    const segments = safeSegments(new URL(c.req.url).pathname);
    if (segments === null) return errorJson(c, "http.not-found", "no such file", 404);
    const wanted = segments.length === 0 ? "index.html" : segments.join(sep);
    const file = (await fileInside(base, wanted)) ?? (extname(wanted) === "" ? await fileInside(base, "index.html") : null);
    if (file === null) return errorJson(c, "http.not-found", "no such file", 404);
    const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? "application/octet-stream";
    const headers = {
      "Content-Type": type,
      "Content-Length": String(file.size),
      // index.html must be re-read to pick up new asset names; assets may be cached briefly.
      "Cache-Control": file.path.endsWith(".html") ? "no-cache" : "public, max-age=300",
    };
    if (c.req.method === "HEAD") return new Response(null, { status: 200, headers });
    return new Response(Readable.toWeb(createReadStream(file.path)) as ReadableStream, { status: 200, headers });
  };
}

/** The decoded path segments, or null when the path tries to leave the folder or is malformed. */
export function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split("/")) {
    if (raw === "") continue;
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (part === "." || part === ".." || /[\\/\0]/.test(part) || part.includes(":")) return null;
    segments.push(part);
  }
  return segments;
}

async function fileInside(base: string, relative: string): Promise<{ path: string; size: number } | null> {
  try {
    const path = await realpath(join(base, relative));
    if (!path.startsWith(base + sep)) return null;
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}
