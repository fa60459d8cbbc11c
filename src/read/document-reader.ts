import type { RawDocument } from "../types.js";
import type { ByteSource } from "./byte-source.js";
import { decodeBytes, utf8Verbatim } from "./decode.js";
import { deferredDocument } from "./deferred.js";
import { readProblem, type ReadProblem } from "./problem-codes.js";
import { readAtMost, type ReaderContext } from "./read-options.js";

/**
 * Reads a whole text or HTML file as one document, but never more than maxDocumentBytes of it: the rest of the
 * file is neither read nor decompressed (bounded time and memory on a 100 MB page).
 */
export async function* readWholeDocument(
  source: ByteSource,
  format: "text" | "html",
  ctx: ReaderContext,
): AsyncGenerator<RawDocument> {
  const { bytes, truncated } = await readAtMost(source.chunks(), ctx.maxDocumentBytes);
  source.close();
  const document = wholeDocumentOf(bytes, { format, truncated, damage: source.damage() }, ctx);
  if (document !== undefined) yield document;
}

/**
 * The document a whole file's bytes make (already cut to maxDocumentBytes), with its problems reported;
 * undefined when it holds only whitespace. `damage` is what a broken gzip stream left behind.
 */
export function wholeDocumentOf(
  bytes: Buffer,
  read: { format: "text" | "html"; truncated: boolean; damage?: ReadProblem },
  ctx: ReaderContext,
): RawDocument | undefined {
  const { format, truncated, damage } = read;
  const provenance = { file: ctx.file, format };
  if (damage !== undefined) ctx.reporter.report(readProblem(damage, provenance));

  const decodeOptions = { sniffMeta: format === "html", truncated: truncated || damage !== undefined };
  // Most pages are plain UTF-8: keyed on their bytes, decoded by the thread that cleans them (deferred.ts).
  const verbatim = utf8Verbatim(bytes, decodeOptions);
  if (verbatim !== undefined && hasVisibleAscii(verbatim)) {
    if (truncated) ctx.reporter.report(truncatedProblem(ctx, bytes.length, provenance));
    return deferredDocument({ provenance, kind: format, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: bytes.length }, verbatim);
  }
  const decoded = decodeBytes(bytes, decodeOptions);
  if (decoded.text.trim() === "") {
    if (damage === undefined) {
      ctx.reporter.report(readProblem({ code: "read.empty", severity: "warning", reason: "File is empty or holds only whitespace." }, provenance));
    }
    return undefined;
  }
  if (truncated) ctx.reporter.report(truncatedProblem(ctx, bytes.length, provenance));
  for (const problem of decoded.problems) ctx.reporter.report(readProblem(problem, provenance));
  return { provenance, kind: format, content: decoded.text, meta: {}, encoding: decoded.encoding, bytes: bytes.length };
}

function truncatedProblem(ctx: ReaderContext, kept: number, provenance: { file: string; format: "text" | "html" }) {
  return readProblem({ code: "read.truncated", severity: "warning", reason: `Document is larger than ${ctx.maxDocumentBytes} bytes; kept the first ${kept}.` }, provenance);
}

/** A printable ASCII character other than space: the text is then not blank, whatever else it holds. */
export function hasVisibleAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x20 && byte < 0x7f) return true;
  return false;
}
