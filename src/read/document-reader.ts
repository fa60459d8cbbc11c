import type { RawDocument } from "../types.js";
import type { ByteSource } from "./byte-source.js";
import { decodeBytes } from "./decode.js";
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

  const decoded = decodeBytes(bytes, { sniffMeta: format === "html", truncated: truncated || damage !== undefined });
  if (decoded.text.trim() === "") {
    if (damage === undefined) {
      ctx.reporter.report(readProblem({ code: "read.empty", severity: "warning", reason: "File is empty or holds only whitespace." }, provenance));
    }
    return undefined;
  }
  if (truncated) {
    ctx.reporter.report(
      readProblem(
        { code: "read.truncated", severity: "warning", reason: `Document is larger than ${ctx.maxDocumentBytes} bytes; kept the first ${bytes.length}.` },
        provenance,
      ),
    );
  }
  for (const problem of decoded.problems) ctx.reporter.report(readProblem(problem, provenance));
  return { provenance, kind: format, content: decoded.text, meta: {}, encoding: decoded.encoding, bytes: bytes.length };
}
