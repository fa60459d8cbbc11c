import type { ContainerMeta, Provenance, RawDocument } from "../types.js";
import type { ByteSource } from "./byte-source.js";
import { decodeBytes } from "./decode.js";
import { repairMojibake } from "./mojibake.js";
import { readProblem, type ReadProblem } from "./problem-codes.js";
import type { ReaderContext } from "./read-options.js";

/**
 * A JSONL line may be this many times maxDocumentBytes: JSON escaping (quotes, "\n", "\u00e9") and the metadata
 * fields make a line longer than the text it carries; twice the limit keeps a full-size document readable.
 */
export const JSONL_LINE_FACTOR = 2;

interface Line {
  number: number;
  /** null when the line was longer than the limit and was discarded unread. */
  bytes: Uint8Array | null;
  /** false for a last line without its newline. */
  complete: boolean;
}

/** Spaces, tabs, carriage returns and newlines: blank lines are made of these. */
function isBlankByte(byte: number): boolean {
  return byte === 0x0a || byte === 0x20 || byte === 0x0d || byte === 0x09;
}

/**
 * Splits a byte stream into lines without holding more than one line (bounded by maxLineBytes) in memory.
 * Blank lines are stepped over byte by byte, never yielded: a gigabyte of newlines costs a scan, not a
 * billion lines to decode.
 */
async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  for await (const chunk of chunks) {
    let start = 0;
    while (start <= chunk.length) {
      if (size === 0 && !tooLong) {
        // At a line's start: skip blank lines (and the blanks opening this one) in one pass.
        while (start < chunk.length && isBlankByte(chunk[start]!)) {
          if (chunk[start] === 0x0a) number++;
          start++;
        }
        if (start === chunk.length) break;
      }
      const newline = chunk.indexOf(0x0a, start);
      const end = newline < 0 ? chunk.length : newline;
      if (!tooLong) {
        if (size + (end - start) > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
        } else if (end > start) {
          parts.push(chunk.subarray(start, end));
          size += end - start;
        }
      }
      if (newline < 0) break;
      // A line within one chunk is a view of it, read before the next chunk is asked for: no copy per line.
      yield { number, bytes: tooLong ? null : parts.length === 1 ? parts[0] : Buffer.concat(parts, size), complete: true };
      number++;
      parts = [];
      size = 0;
      tooLong = false;
      start = newline + 1;
    }
  }
  if (tooLong || size > 0) yield { number, bytes: tooLong ? null : Buffer.concat(parts, size), complete: false };
}

const META_FIELDS = ["url", "title", "published", "source", "lang", "author"] as const;

/** A field as a string: strings as written, numbers and booleans spelled out, anything else ignored. */
function stringField(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** `fetched` as ISO 8601 when it is an epoch number (seconds below 1e12, else milliseconds); strings as written. */
function fetchedAt(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) {
    const date = new Date(value < 1e12 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (text.length <= maxBytes / 3 || Buffer.byteLength(text) <= maxBytes) return text;
  const bytes = Buffer.from(text).subarray(0, maxBytes);
  return decodeBytes(bytes, { sniffMeta: false, truncated: true, repairMojibake: false }).text;
}

export async function* readJsonl(source: ByteSource, ctx: ReaderContext): AsyncGenerator<RawDocument> {
  const maxLineBytes = ctx.maxDocumentBytes * JSONL_LINE_FACTOR;
  const report = (problem: ReadProblem, provenance: Provenance) => ctx.reporter.report(readProblem(problem, provenance));
  let sawContent = false;

  for await (const line of splitLines(source.chunks(), maxLineBytes)) {
    const provenance: Provenance = { file: ctx.file, format: "jsonl", line: line.number };
    if (line.bytes === null) {
      sawContent = true;
      report({ code: "read.jsonl.too-long", severity: "error", reason: `Line is longer than ${maxLineBytes} bytes; skipped.` }, provenance);
      continue;
    }
    const decoded = decodeBytes(line.bytes, { sniffMeta: false, repairMojibake: false });
    const text = decoded.text.trim();
    if (text === "") continue;
    sawContent = true;

    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      // A last line cut by a damaged gzip stream is covered by the gzip problem reported below.
      if (!line.complete && source.damage() !== undefined) continue;
      const detail = error instanceof Error ? error.message : String(error);
      report({ code: "read.jsonl.malformed", severity: "error", reason: `Line is not valid JSON: ${detail}.` }, provenance);
      continue;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      report({ code: "read.jsonl.malformed", severity: "error", reason: "Line is valid JSON but not an object." }, provenance);
      continue;
    }
    const fields = record as Record<string, unknown>;
    const html = typeof fields.html === "string" && fields.html.trim() !== "" ? fields.html : undefined;
    const plain = typeof fields.text === "string" && fields.text.trim() !== "" ? fields.text : undefined;
    const body = html ?? plain;
    if (body === undefined) {
      report({ code: "read.jsonl.no-content", severity: "error", reason: "Object has no non-empty `text` or `html` string." }, provenance);
      continue;
    }

    let repaired = false;
    const repair = (value: string): string => {
      const result = repairMojibake(value);
      repaired ||= result.repaired;
      return result.text;
    };
    const meta: ContainerMeta = {};
    for (const name of META_FIELDS) {
      const value = stringField(fields[name]);
      if (value !== undefined && value !== "") meta[name] = repair(value);
    }
    let content = repair(body);
    const fetched = fetchedAt(fields.fetched ?? fields.fetchedAt ?? fields.fetched_at);
    if (meta.url !== undefined) provenance.url = meta.url;
    // A corpus's own record id ("doc00042", 42) comes back with every article made from it.
    const recordId = stringField(fields.id);
    if (recordId !== undefined && recordId !== "") provenance.recordId = recordId;
    if (fetched !== undefined) provenance.fetchedAt = fetched;

    for (const problem of decoded.problems) report(problem, provenance);
    if (repaired) {
      report({ code: "read.encoding.mojibake-repaired", severity: "warning", reason: "Repaired UTF-8 text that had been decoded as Windows-1252." }, provenance);
    }
    const limited = truncateUtf8(content, ctx.maxDocumentBytes);
    if (limited.length < content.length) {
      report({ code: "read.truncated", severity: "warning", reason: `\`${html ? "html" : "text"}\` is larger than ${ctx.maxDocumentBytes} bytes; truncated.` }, provenance);
      content = limited;
    }
    yield {
      provenance,
      kind: html !== undefined ? "html" : "text",
      content,
      meta,
      encoding: { name: decoded.encoding.name, repaired },
      bytes: line.bytes.length,
    };
  }

  const damage = source.damage();
  if (damage !== undefined) ctx.reporter.report(readProblem(damage, { file: ctx.file, format: "jsonl" }));
  else if (!sawContent) {
    ctx.reporter.report(readProblem({ code: "read.empty", severity: "warning", reason: "JSONL file holds no lines." }, { file: ctx.file, format: "jsonl" }));
  }
}
