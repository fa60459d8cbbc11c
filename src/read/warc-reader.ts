import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from "warcio";
import type { Provenance, RawDocument } from "../types.js";
import type { ByteSource } from "./byte-source.js";
import { charsetFromContentType, decodeBytes, utf8Verbatim } from "./decode.js";
import { deferredDocument } from "./deferred.js";
import { hasVisibleAscii } from "./document-reader.js";
import { readProblem, type ReadProblem } from "./problem-codes.js";
import { readAtMost, type ReaderContext } from "./read-options.js";
import { SNIFF_BYTES, detectFormat } from "./sniff.js";

/**
 * WARC (ISO 28500) record by record with warcio's WARCParser: only `response` and `resource` records holding
 * HTML become documents; everything else (requests, metadata, revisits, images, redirects) is counted in
 * `stats.skippedRecords`. Memory stays bounded: a record's payload is read up to maxDocumentBytes and the rest
 * is skipped as it streams by. Gzip was already removed by the ByteSource, so offsets are in the decompressed stream.
 *
 * warcio's own `skipFully` loops forever on a record cut short by the end of the file, so every record is
 * drained here instead, which is also how a truncated record is recognised (bytes left in its Content-Length).
 */

const HTML_MEDIA_TYPES = new Set(["text/html", "application/xhtml+xml"]);
/** Content-Encodings warcio can undo (pako); Common Crawl stores payloads already decoded, so others are rare. */
const DECODABLE_ENCODINGS = new Set(["", "identity", "gzip", "x-gzip", "deflate"]);

function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/** Reads the rest of a record's block so the parser can move on; true when the file ended inside it. */
async function drain(record: WARCRecord): Promise<boolean> {
  const block = record._reader;
  if (!(block instanceof LimitReader)) return false;
  for await (const _ of block) {
    // discard: the bytes only need to go past
  }
  record.consumed = "skipped";
  return block.limit > 0;
}

/** Reads up to `max` bytes of the decoded HTTP payload (chunked and gzip/deflate undone by warcio). */
function readPayload(record: WARCRecord, max: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  return readAtMost(record.contentReader as AsyncIterable<Uint8Array>, max);
}

function checkHeaderBlock(record: WARCRecord): "ok" | "bad-version" | "no-length" {
  const length = record.warcHeaders.headers.get("Content-Length");
  const block = record._reader;
  // negative when the HTTP header block ran past the record's Content-Length
  if (typeof length !== "string" || !/^\s*\d+\s*$/.test(length) || (block instanceof LimitReader && !(block.limit >= 0))) {
    return "no-length";
  }
  return /^WARC\/\d+\.\d+$/.test(record.warcHeaders.statusline) ? "ok" : "bad-version";
}

/** Longest header line read between records; beyond it the stream is not WARC (say, gigabytes of zeros). */
const MAX_HEADER_LINE_BYTES = 1024 * 1024;

class HeaderLineTooLong extends Error {}

/**
 * The byte stream as the parser pulls it, watching the line being read while `reading` is on (headers,
 * between records): warcio reads a header line whole, so a stream without newlines would otherwise be
 * gathered into memory to its end. Payloads are drained chunk by chunk and not watched.
 */
function headerGuard(chunks: AsyncIterable<Uint8Array>): { chunks: AsyncGenerator<Uint8Array>; reading: (on: boolean) => void } {
  let watching = false;
  let lineBytes = 0;
  async function* guarded(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      if (watching) {
        const newline = chunk.lastIndexOf(0x0a);
        lineBytes = newline < 0 ? lineBytes + chunk.length : chunk.length - newline - 1;
        if (lineBytes > MAX_HEADER_LINE_BYTES) throw new HeaderLineTooLong(`no line end within ${MAX_HEADER_LINE_BYTES} bytes where a header was expected`);
      }
      yield chunk;
    }
  }
  return {
    chunks: guarded(),
    reading: (on) => {
      watching = on;
      lineBytes = 0;
    },
  };
}

export async function* readWarc(source: ByteSource, ctx: ReaderContext): AsyncGenerator<RawDocument> {
  const report = (problem: ReadProblem, provenance: Provenance) => ctx.reporter.report(readProblem(problem, provenance));
  const guard = headerGuard(source.chunks());
  const parser = new WARCParser(new AsyncIterReader(guard.chunks, null));
  // A damaged region parses as many bogus records; one problem for the whole run of them is enough.
  let inMalformedRun = false;

  for (;;) {
    let record: WARCRecord | null;
    try {
      guard.reading(true);
      record = await parser.parse();
      guard.reading(false);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      report({ code: "read.warc.malformed", severity: "error", reason: `WARC stream cannot be parsed (${detail}); the rest of the file was skipped.` }, { file: ctx.file, format: "warc", offset: parser.offset });
      break;
    }
    if (record === null) break;

    const headers = record.warcHeaders.headers;
    const provenance: Provenance = { file: ctx.file, format: "warc", offset: parser.offset };
    const recordId = headers.get("WARC-Record-ID");
    const url = record.warcTargetURI;
    const fetchedAt = record.warcDate;
    if (recordId) provenance.recordId = recordId;
    if (url) provenance.url = url;
    if (fetchedAt) provenance.fetchedAt = fetchedAt;

    const headerBlock = checkHeaderBlock(record);
    if (headerBlock !== "ok") {
      if (!inMalformedRun) {
        report({ code: "read.warc.malformed", severity: "error", reason: "Record does not start with a valid WARC header block (version line, Content-Length); skipped." }, provenance);
      }
      inMalformedRun = true;
      // Without a length, the parser resynchronises on the next line that starts a record.
      if (headerBlock === "no-length") record.consumed = "skipped";
      else await drain(record);
      continue;
    }
    inMalformedRun = false;

    const type = record.warcType;
    const http = record.httpHeaders;
    if (type === "response" && (http === null || !/^HTTP\/\d/i.test(http.statusline))) {
      if (await drain(record)) {
        report({ code: "read.warc.truncated", severity: "error", reason: "Record ends before its Content-Length; skipped." }, provenance);
      } else {
        report({ code: "read.warc.malformed", severity: "error", reason: "Response record does not hold an HTTP response; skipped." }, provenance);
      }
      continue;
    }
    const status = Number(http?.statusCode ?? 200);
    const contentType = (type === "response" ? http?.headers.get("Content-Type") : headers.get("Content-Type")) ?? null;
    const media = mediaType(contentType);
    if ((type !== "response" && type !== "resource") || status < 200 || status > 299 || (media !== "" && !HTML_MEDIA_TYPES.has(media))) {
      ctx.stats.skippedRecords++;
      if (await drain(record)) {
        report({ code: "read.warc.truncated", severity: "error", reason: "Record ends before its Content-Length." }, provenance);
      }
      continue;
    }
    const encoding = (http?.headers.get("Content-Encoding") ?? "").trim().toLowerCase();
    if (!DECODABLE_ENCODINGS.has(encoding)) {
      await drain(record);
      report({ code: "read.warc.content-encoding", severity: "error", reason: `Payload uses Content-Encoding "${encoding}", which cannot be decoded; skipped.` }, provenance);
      continue;
    }

    let payload: { bytes: Buffer; truncated: boolean };
    try {
      payload = await readPayload(record, ctx.maxDocumentBytes);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      await drain(record);
      report({ code: "read.warc.malformed", severity: "error", reason: `Payload cannot be decoded (${detail}); skipped.` }, provenance);
      continue;
    }
    if (await drain(record)) {
      report({ code: "read.warc.truncated", severity: "error", reason: "Record ends before its Content-Length; skipped." }, provenance);
      continue;
    }
    if (media === "" && detectFormat("", payload.bytes.subarray(0, SNIFF_BYTES)) !== "html") {
      ctx.stats.skippedRecords++;
      continue;
    }
    const truncatedProblem = (): void =>
      report({ code: "read.truncated", severity: "warning", reason: `Page is larger than ${ctx.maxDocumentBytes} bytes; kept the first ${payload.bytes.length}.` }, provenance);
    const decodeOptions = { declaredCharset: charsetFromContentType(contentType), truncated: payload.truncated };
    // Most payloads are plain UTF-8: keyed on their bytes and decoded by the thread that cleans them, as
    // pages read from files are (deferred.ts); this thread then only inflates and splits the WARC.
    const verbatim = utf8Verbatim(payload.bytes, decodeOptions);
    if (verbatim !== undefined && hasVisibleAscii(verbatim)) {
      if (payload.truncated) truncatedProblem();
      const fields = { provenance, kind: "html" as const, meta: url ? { url } : {}, encoding: { name: "utf-8", repaired: false }, bytes: payload.bytes.length };
      yield deferredDocument(fields, verbatim);
      continue;
    }
    const decoded = decodeBytes(payload.bytes, decodeOptions);
    if (decoded.text.trim() === "") {
      ctx.stats.skippedRecords++;
      continue;
    }
    if (payload.truncated) truncatedProblem();
    for (const problem of decoded.problems) report(problem, provenance);
    yield {
      provenance,
      kind: "html",
      content: decoded.text,
      meta: url ? { url } : {},
      encoding: decoded.encoding,
      bytes: payload.bytes.length,
    };
  }

  const damage = source.damage();
  if (damage !== undefined) report(damage, { file: ctx.file, format: "warc" });
}
