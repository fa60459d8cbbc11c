import { closeSync, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import { NewsfoldError } from "../errors.js";
import type { Problem, RawDocument, Reporter } from "../types.js";
import { openByteSource, type ByteSource, type RawChunks } from "./byte-source.js";
import { readWholeDocument, wholeDocumentOf } from "./document-reader.js";
import { STDIN_INPUT, planInputs, type PlannedFile } from "./inputs.js";
import { readJsonl } from "./jsonl-reader.js";
import { readProblem, type ReadProblem } from "./problem-codes.js";
import { DEFAULT_MAX_DOCUMENT_BYTES, createReadStats, type ReadOptions, type ReaderContext } from "./read-options.js";
import { SNIFF_BYTES, detectFormat, formatFromName, isGzip, looksBinary } from "./sniff.js";

export { charsetFromContentType, decodeBytes, sniffDeclaredCharset, META_PRESCAN_BYTES } from "./decode.js";
export type { DecodeOptions, DecodeResult } from "./decode.js";
export { countMojibakeMarkers, repairMojibake } from "./mojibake.js";
export type { MojibakeRepair } from "./mojibake.js";
export { READ_PROBLEM_CODES } from "./problem-codes.js";
export type { ReadProblemCode } from "./problem-codes.js";
export { DEFAULT_MAX_DOCUMENT_BYTES, createReadStats } from "./read-options.js";
export type { ReadOptions, ReadStats } from "./read-options.js";
export { STDIN_INPUT, planInputs } from "./inputs.js";
export type { InputPlan, PlannedFile } from "./inputs.js";
export { DIRECTORY_EXTENSIONS, detectFormat, looksBinary } from "./sniff.js";

/**
 * Chunk size for streamed file reads (files too large to read whole: JSONL, WARC, gzip): every chunk is a
 * round of async iteration through the readers on the thread that also commits, and 1 MiB read a 66 MB
 * JSONL file in 0.26–0.31 s of wall against 0.49–0.55 at 64 KiB. A cut page stops within 1 MiB of its limit.
 */
const READ_CHUNK_BYTES = 1024 * 1024;
/**
 * Files up to this size are read in one synchronous call: a news page is a few KB, and on a folder of pages
 * the asynchronous path (a read stream, or fs.readFile's four thread-pool round trips and the generators around
 * them) cost this thread more than reading and decoding the page itself (measured: 192 µs of CPU a page
 * against 21 µs for the read). A slow disk then blocks this thread, not the worker threads cleaning the
 * batches already read.
 */
const WHOLE_FILE_READ_BYTES = 1024 * 1024;

function validate(options: ReadOptions): Omit<ReaderContext, "file" | "reporter"> {
  const max = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new NewsfoldError("read.options.invalid", `readInputs: maxDocumentBytes must be a positive integer, got ${String(max)}.`, {
      details: { maxDocumentBytes: max },
    });
  }
  return { maxDocumentBytes: max, stats: options.stats ?? createReadStats() };
}

/**
 * Reads one stream of bytes named `name` (used for provenance and for the extension): gzip is undone, the format
 * sniffed (or taken from `options.formatHint`), and the matching reader yields its documents. Problems are
 * reported, never thrown, except I/O errors of the underlying stream, which the caller maps to `read.io`.
 */
export async function* readStream(
  raw: RawChunks,
  name: string,
  options: ReadOptions,
  reporter: Reporter,
  release?: () => void,
): AsyncGenerator<RawDocument> {
  const ctx: ReaderContext = { ...validate(options), file: name, reporter };
  const onBytes = options.onBytes;
  const source = await openByteSource(raw, { ...(onBytes ? { onBytes } : {}), ...(release ? { release } : {}) });
  try {
    ctx.stats.files++;
    const format = detectFormat(name, source.head, options.formatHint);
    const provenance = { file: name, format };
    const unreadable = source.head.length === 0 ? (source.damage() ?? EMPTY_FILE) : headProblem(source.head, format);
    if (unreadable !== undefined) {
      reporter.report(readProblem(unreadable, provenance));
      return;
    }
    const documents =
      format === "warc" ? readWarcLazily(source, ctx) : format === "jsonl" ? readJsonl(source, ctx) : readWholeDocument(source, format, ctx);
    for await (const document of documents) {
      ctx.stats.documents++;
      yield document;
    }
  } finally {
    source.close();
  }
}

const EMPTY_FILE: ReadProblem = { code: "read.empty", severity: "warning", reason: "File is empty." };

/** Why a file with this (non-empty) head is skipped, if it is. */
function headProblem(head: Uint8Array, format: string): ReadProblem | undefined {
  // WARC payloads may be binary (images) right at the start; WARC records are checked one by one instead.
  if (format !== "warc" && looksBinary(head)) {
    return { code: "read.binary", severity: "error", reason: "File holds binary data (NUL bytes or control characters); skipped." };
  }
  return undefined;
}

/**
 * A whole small text or HTML page already in memory, read without streams or generators; undefined when
 * the general path must read it (gzip, JSONL, WARC). Same checks and problems as `readStream`.
 */
function readSmallPage(bytes: Buffer, name: string, options: ReadOptions, reporter: Reporter): { document?: RawDocument } | undefined {
  if (isGzip(bytes)) return undefined;
  const head = bytes.subarray(0, SNIFF_BYTES);
  const format = detectFormat(name, head, options.formatHint);
  if (format === "warc" || format === "jsonl") return undefined;
  const ctx: ReaderContext = { ...validate(options), file: name, reporter };
  options.onBytes?.(bytes.length);
  ctx.stats.files++;
  const unreadable = bytes.length === 0 ? EMPTY_FILE : headProblem(head, format);
  if (unreadable !== undefined) {
    reporter.report(readProblem(unreadable, { file: name, format }));
    return {};
  }
  const truncated = bytes.length > ctx.maxDocumentBytes;
  const document = wholeDocumentOf(truncated ? bytes.subarray(0, ctx.maxDocumentBytes) : bytes, { format, truncated }, ctx);
  if (document !== undefined) ctx.stats.documents++;
  return { document };
}

/** Reads documents from bytes in memory, for library users and tests; `name` stands for the file in provenance. */
export function readBuffer(bytes: Uint8Array, name: string, reporter: Reporter, options: ReadOptions = {}): AsyncGenerator<RawDocument> {
  async function* once(): AsyncGenerator<Uint8Array> {
    yield bytes;
  }
  return readStream(once(), name, options, reporter);
}

async function* readPlannedFile(file: PlannedFile, options: ReadOptions, reporter: Reporter, preloaded?: Buffer): AsyncGenerator<RawDocument> {
  let rawBytes = 0;
  const counting: ReadOptions = {
    ...options,
    onBytes: (n) => {
      rawBytes += n;
      options.onBytes?.(n);
    },
  };
  let release: (() => void) | undefined;
  try {
    let stream: RawChunks;
    if (file.path === STDIN_INPUT) stream = (options.stdin ?? process.stdin) as RawChunks;
    else if (preloaded) stream = [preloaded];
    else {
      const fileStream = createReadStream(file.path, { highWaterMark: READ_CHUNK_BYTES });
      release = () => fileStream.destroy();
      stream = fileStream as RawChunks;
    }
    yield* readStream(stream, nameOf(file, options), counting, reporter, release);
  } catch (error) {
    if (error instanceof NewsfoldError) throw error;
    reporter.report(unreadableProblem(file, error, options));
  } finally {
    release?.();
    // Bytes left unread (a truncated page, a skipped binary) count as done, so a progress bar reaches its total.
    if (file.bytes !== null && file.bytes > rawBytes) options.onBytes?.(file.bytes - rawBytes);
  }
}

/**
 * Reads every input — file paths, directories (recursive), globs, or "-" for `options.stdin` — and yields its
 * documents in order, streaming: memory stays bounded whatever the corpus size. A problem with one file or
 * document is reported through `reporter` and the batch goes on; only misuse (invalid options) throws.
 *
 * @example
 * for await (const doc of readInputs(["crawl/"], {}, reporter)) console.log(doc.provenance.file, doc.kind);
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions, reporter: Reporter): AsyncGenerator<RawDocument> {
  validate(options);
  const plan = await planInputs(inputs);
  for (const problem of plan.problems) reporter.report(problem);
  for (const file of plan.files) {
    const small = readSmallFile(file);
    if (small instanceof Error) {
      reporter.report(unreadableProblem(file, small, options));
      if (file.bytes !== null) options.onBytes?.(file.bytes);
      continue;
    }
    const page = small === undefined ? undefined : readSmallPage(small, nameOf(file, options), options, reporter);
    if (page === undefined) {
      yield* readPlannedFile(file, options, reporter, small);
      continue;
    }
    if (page.document !== undefined) yield page.document;
    // The file may have shrunk since it was listed: count what was not read, so progress reaches its total.
    const unread = (file.bytes ?? 0) - (small?.length ?? 0);
    if (unread > 0) options.onBytes?.(unread);
  }
}

/**
 * A file's whole bytes when it is small (see WHOLE_FILE_READ_BYTES), undefined when it is not (or is
 * standard input, whose size is unknown), the error when it cannot be read.
 */
function readSmallFile(file: PlannedFile): Buffer | undefined | Error {
  if (file.bytes === null || file.bytes > WHOLE_FILE_READ_BYTES) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file.path, "r");
    // Sized again once open: the file may have grown since it was listed.
    const size = fstatSync(fd).size;
    if (size > WHOLE_FILE_READ_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return filled < size ? bytes.subarray(0, filled) : bytes;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What provenance calls an input: its path, or the name the caller gave it (`ReadOptions.nameAs`). */
function nameOf(file: PlannedFile, options: ReadOptions): string {
  return options.nameAs ?? file.path;
}

function unreadableProblem(file: PlannedFile, error: unknown, options: ReadOptions): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const name = nameOf(file, options);
  return readProblem({ code: "read.io", severity: "error", reason: `Cannot read: ${detail}.` }, { file: name, format: options.formatHint ?? formatFromName(name) });
}

/** The WARC reader and warcio load with the first WARC input: a JSONL or HTML run never pays their start-up. */
async function* readWarcLazily(source: ByteSource, ctx: ReaderContext): AsyncGenerator<RawDocument> {
  const { readWarc } = await import("./warc-reader.js");
  yield* readWarc(source, ctx);
}
