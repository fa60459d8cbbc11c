import { createWriteStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { runIngest } from "../../pipeline/run.js";
import { createCollectingReporter } from "../../report.js";
import type { InputFormat } from "../../types.js";
import type { ApiApp, ApiContext } from "../context.js";
import { errorJson, httpError } from "../errors.js";
import { ErrorBody, errorResponses, jsonContent } from "../schemas.js";
import { limitBody, refuseDeclaredOver, requireToken } from "../security.js";

/** Documents one JSON request may carry; larger sets go as a JSONL or WARC upload. */
const DOCUMENTS_MAX = 10_000;
/** Problems returned in full (all are counted, and all are kept in the store's run log). */
const PROBLEMS_SHOWN = 200;

/** Raw upload types: the file name the upload is saved under tells the reader its format. */
const UPLOADS: Record<string, { file: string; format?: InputFormat }> = {
  "text/html": { file: "upload.html", format: "html" },
  "text/plain": { file: "upload.txt" },
  "application/jsonl": { file: "upload.jsonl", format: "jsonl" },
  "application/x-ndjson": { file: "upload.jsonl", format: "jsonl" },
  "application/warc": { file: "upload.warc", format: "warc" },
  // Gzip: the content is sniffed once inflated (HTML, WARC, JSONL or text).
  "application/gzip": { file: "upload.gz" },
  "application/x-gzip": { file: "upload.gz" },
};

const Document = z
  .object({
    url: z.string().max(4096).optional(),
    title: z.string().max(10_000).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    published: z.string().max(100).optional(),
    source: z.string().max(500).optional(),
    lang: z.string().max(20).optional(),
    author: z.string().max(500).optional(),
  })
  .strict()
  .refine((d) => d.text !== undefined || d.html !== undefined, "each document needs text or html")
  .openapi("IngestDocument");

const Documents = z.object({ documents: z.array(Document).min(1).max(DOCUMENTS_MAX) }).strict().openapi("IngestDocuments");

const Summary = z
  .object({
    summary: z
      .object({
        read: z.number().int(),
        stored: z.number().int(),
        known: z.number().int(),
        copies: z.object({ exact: z.number().int(), near: z.number().int(), contained: z.number().int() }),
        failed: z.number().int(),
        seconds: z.number(),
        stories: z
          .object({
            articles: z.number().int(),
            stories: z.number().int(),
            threads: z.number().int(),
            seconds: z.number(),
            continued: z.number().int().nullable().openapi({ description: "articles added to the saved clustering; null when the fold replayed the store" }),
            replayed: z.string().nullable().openapi({ description: "why the fold replayed the whole store; null when it went on from the saved clustering" }),
          })
          .nullable(),
        problemCounts: z.record(z.string(), z.number().int()),
        problems: z.array(z.object({ code: z.string(), severity: z.string(), stage: z.string(), reason: z.string() }).passthrough()),
      })
      .passthrough(),
  })
  .openapi("IngestSummary");

const mediaType = (header: string | undefined): string => (header ?? "").split(";")[0].trim().toLowerCase();

/** One ingest at a time: a second gets 409 at once rather than waiting on the writer. */
function oneAtATime(): MiddlewareHandler {
  let busy = false;
  return async (c, next) => {
    if (busy) return errorJson(c, "http.busy", "an ingest is already running; try again when it has finished", 409);
    busy = true;
    try {
      await next();
    } finally {
      busy = false;
    }
  };
}

export function registerIngest(app: ApiApp, ctx: ApiContext): void {
  // Plain schema objects, not zod: documented, but not parsed (the handler streams these bodies to disk).
  const raw = Object.fromEntries(Object.keys(UPLOADS).map((type) => [type, { schema: { type: "string" as const, format: "binary" } }]));
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/ingest",
      tags: ["ingest"],
      summary: "store documents: a JSON list, or one raw upload (HTML, text, JSONL, WARC, gzip) streamed to disk; stories are rebuilt after",
      security: [{ bearer: [] }],
      middleware: [
        requireToken(ctx.token),
        oneAtATime(),
        // JSON is parsed whole, so it is gathered (up to its small limit); a raw upload is never held in memory:
        // saveBody counts its bytes as it writes them to a temporary file.
        (c, next) => (mediaType(c.req.header("Content-Type")) === "application/json" ? limitBody(ctx.limits.jsonBytes) : refuseDeclaredOver(ctx.limits.uploadBytes))(c, next),
      ] as const,
      request: { body: { required: false, content: { "application/json": { schema: Documents }, ...raw } } },
      responses: {
        200: jsonContent(Summary, "what the run did, with each document's problems"),
        400: errorResponses[400],
        401: jsonContent(ErrorBody, "no or wrong bearer token"),
        403: jsonContent(ErrorBody, "writes are disabled (no token was set at start)"),
        409: jsonContent(ErrorBody, "another ingest is running"),
        413: jsonContent(ErrorBody, "the body is too large"),
        415: jsonContent(ErrorBody, "unsupported Content-Type"),
        500: errorResponses[500],
      },
    }),
    async (c) => {
      if (ctx.openWriter === null) throw httpError("http.writes-disabled", "this server cannot write to its store");
      const type = mediaType(c.req.header("Content-Type"));
      const upload = type === "application/json" ? { file: "upload.jsonl", format: "jsonl" as const } : UPLOADS[type];
      if (upload === undefined) throw httpError("http.unsupported-media-type", `cannot ingest ${type || "a body without Content-Type"}: send application/json or one of ${Object.keys(UPLOADS).join(", ")}`);
      const dir = await mkdtemp(join(tmpdir(), "newsfold-upload-"));
      try {
        const path = join(dir, upload.file);
        if (type === "application/json") {
          const { documents } = c.req.valid("json");
          await writeFile(path, documents.map((d) => JSON.stringify(d)).join("\n") + "\n");
        } else {
          await saveBody(c.req.raw.body, path, ctx.limits.uploadBytes);
        }
        return c.json({ summary: await ingestFile(ctx, path, upload.format) }, 200);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}

/** Streams the body to `path`, counting bytes, so an upload never sits in memory whole. */
async function saveBody(body: ReadableStream<Uint8Array> | null, path: string, maxBytes: number): Promise<void> {
  if (body === null) throw httpError("http.bad-request", "the upload is empty");
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > maxBytes ? httpError("http.payload-too-large", `the upload is larger than ${maxBytes} bytes`) : null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(body as NodeReadableStream<Uint8Array>), counter, createWriteStream(path));
  if (bytes === 0) throw httpError("http.bad-request", "the upload is empty");
}

/** The normal ingest of one saved file, with stories refolded as `newsfold ingest` does; the writer is held only meanwhile. */
async function ingestFile(ctx: ApiContext, path: string, format: InputFormat | undefined) {
  const reporter = createCollectingReporter();
  const writer = await ctx.openWriter!();
  try {
    const { summary, stories } = await runIngest([path], {
      store: writer,
      reporter,
      ...ctx.settings,
      // Named after the upload, not the temporary file it was saved to, which is gone after the request.
      read: { nameAs: `http-${basename(path)}`, ...(format === undefined ? {} : { formatHint: format }) },
      label: ["http upload"],
    });
    return {
      ...summary,
      stories,
      problemCounts: Object.fromEntries(reporter.countsByCode()),
      problems: reporter.problems.slice(0, PROBLEMS_SHOWN),
    };
  } finally {
    await writer.close();
    ctx.invalidate();
  }
}
