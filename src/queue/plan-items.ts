import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { AsyncIterReader, LimitReader, WARCParser } from "warcio";
import { NewsfoldError } from "../errors.js";
import { openByteSource } from "../read/byte-source.js";
import { STDIN_INPUT, detectFormat, planInputs } from "../read/index.js";
import type { WorkItemSpec } from "../store/index.js";
import type { Problem } from "../types.js";

/**
 * Lines of a JSONL file, or records of a WARC file, per work item: a few minutes of one worker's time
 * at most, small enough that a killed worker's item is soon redone, large enough that claiming costs little.
 */
export const DEFAULT_ITEM_SIZE = 1_000;

export interface WorkPlan {
  items: WorkItemSpec[];
  /** Per input: its items, for the summary line. */
  files: { path: string; format: string; units: number; items: number }[];
  /** Inputs that match nothing or cannot be listed (as `ingest` reports them). */
  problems: Problem[];
}

/**
 * Cuts the inputs into work items: one per text or HTML file; JSONL files by ranges of `itemSize`
 * lines and WARC files by ranges of `itemSize` records when they hold more. Each file is scanned once
 * (lines counted, WARC record offsets taken) so workers can go straight to their range: by seeking
 * in an uncompressed file, by skipping what comes before in a gzipped one. Paths become absolute:
 * workers on other machines must see the inputs at the same paths.
 */
export async function planWorkItems(inputs: readonly string[], options: { itemSize?: number } = {}): Promise<WorkPlan> {
  const itemSize = options.itemSize ?? DEFAULT_ITEM_SIZE;
  if (!Number.isInteger(itemSize) || itemSize < 1) throw new NewsfoldError("cli.invalid", `--item-size must be a positive whole number, got ${itemSize}`);
  if (inputs.includes(STDIN_INPUT)) {
    throw new NewsfoldError("cli.invalid", "standard input (-) cannot be queued: workers read their inputs from files; save it to a file first");
  }
  const plan = await planInputs(inputs);
  const items: WorkItemSpec[] = [];
  const files: WorkPlan["files"] = [];
  for (const file of plan.files) {
    const path = resolve(file.path);
    const scanned = await scanFile(path, itemSize);
    const mine = scanned.ranges.length <= 1 ? [wholeFile(path)] : scanned.ranges.map((r) => ({ path, unit: scanned.unit, ...r }) as WorkItemSpec);
    items.push(...mine);
    files.push({ path, format: scanned.format, units: scanned.units, items: mine.length });
  }
  return { items, files, problems: plan.problems };
}

const wholeFile = (path: string): WorkItemSpec => ({ path, unit: "file", first: 0, end: null, byteStart: null, byteEnd: null });

type Range = Pick<WorkItemSpec, "first" | "end" | "byteStart" | "byteEnd">;

interface Scan {
  format: string;
  unit: "lines" | "records";
  units: number;
  ranges: Range[];
}

async function scanFile(path: string, itemSize: number): Promise<Scan> {
  const source = await openByteSource(createReadStream(path));
  try {
    const format = detectFormat(path, source.head);
    if (format === "jsonl") return { format, ...(await scanLines(source.chunks(), itemSize, !source.gzip)) };
    if (format === "warc") return { format, ...(await scanRecords(source.chunks(), itemSize, !source.gzip)) };
    return { format, unit: "lines", units: 1, ranges: [] };
  } finally {
    source.close();
  }
}

/** Line ranges of `itemSize` lines; byte offsets of their starts when the bytes are the file's own. */
async function scanLines(chunks: AsyncIterable<Uint8Array>, itemSize: number, seekable: boolean): Promise<Omit<Scan, "format">> {
  const starts = [0]; // byte offset of line 1 + k·itemSize
  let offset = 0;
  let lines = 0;
  let lastByte = 0x0a;
  for await (const chunk of chunks) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
      lines++;
      if (lines % itemSize === 0) starts.push(offset + i + 1);
    }
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
    offset += chunk.length;
  }
  if (lastByte !== 0x0a) lines++; // a last line without its newline
  if (starts[starts.length - 1] >= offset) starts.pop(); // the file ends exactly at a range boundary
  const ranges = starts.map((start, k) => ({
    first: 1 + k * itemSize,
    end: k + 1 < starts.length ? 1 + (k + 1) * itemSize : null,
    byteStart: seekable ? start : null,
    byteEnd: seekable ? (starts[k + 1] ?? null) : null, // null: to the end of the file
  }));
  return { unit: "lines", units: lines, ranges };
}

/** Record ranges of `itemSize` records, by the records' offsets in the decompressed stream. */
async function scanRecords(chunks: AsyncIterable<Uint8Array>, itemSize: number, seekable: boolean): Promise<Omit<Scan, "format">> {
  const parser = new WARCParser(new AsyncIterReader(chunks, null));
  const starts: number[] = [];
  let records = 0;
  for (;;) {
    let record;
    try {
      record = await parser.parse();
    } catch {
      break; // a damaged tail: the worker reading the last range reports it
    }
    if (record === null) break;
    if (records % itemSize === 0) starts.push(parser.offset);
    records++;
    // Skip the block without decoding it (warcio's skipFully loops on a truncated last record).
    const block = record._reader;
    if (block instanceof LimitReader) for await (const _ of block) void _;
    record.consumed = "skipped";
  }
  const ranges = starts.map((start, k) => ({
    first: start,
    end: starts[k + 1] ?? null,
    byteStart: seekable ? start : null,
    byteEnd: seekable ? (starts[k + 1] ?? null) : null, // null: to the end of the file
  }));
  return { unit: "records", units: records, ranges };
}
