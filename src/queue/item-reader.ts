import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { NewsfoldError } from "../errors.js";
import { readInputs, readStream, type ReadOptions } from "../read/index.js";
import type { WorkItemSpec } from "../store/index.js";
import type { Provenance, RawDocument, Reporter } from "../types.js";

/** Fails with `queue.input-missing` when a worker cannot see the item's file (not shared, or deleted since). */
export async function checkItemInput(item: WorkItemSpec): Promise<void> {
  try {
    await access(item.path);
  } catch (error) {
    throw new NewsfoldError("queue.input-missing", `cannot read ${item.path} on this machine: ${(error as Error).message} (workers need the inputs at the paths they were queued with)`, { cause: error });
  }
}

/**
 * The documents of one work item, with the same provenance a plain `ingest` of the file gives them.
 * A range in an uncompressed file is read from its byte offsets; in a gzipped one, the stream is read
 * from the start and what lies before the range is skipped.
 */
export async function* readWorkItem(item: WorkItemSpec, reporter: Reporter, options: ReadOptions = {}): AsyncGenerator<RawDocument> {
  if (item.unit === "file") {
    yield* readInputs([item.path], options, reporter);
    return;
  }
  const seek = item.byteStart !== null;
  const stream = createReadStream(item.path, seek ? { start: item.byteStart ?? 0, ...(item.byteEnd === null ? {} : { end: item.byteEnd - 1 }) } : {});
  const position = (p: Provenance): number | undefined => (item.unit === "lines" ? p.line : p.offset);
  const inRange = (at: number): boolean => at >= item.first && (item.end === null || at < item.end);
  // Read problems belong to the item whose range holds them; those of the whole file, to its last range.
  const rangeReporter: Reporter = {
    report(problem) {
      const provenance = problem.provenance && seek ? shifted(problem.provenance) : problem.provenance;
      const at = provenance && position(provenance);
      if (at === undefined ? item.end === null : inRange(at)) reporter.report({ ...problem, provenance });
    },
  };
  const shifted = (p: Provenance): Provenance =>
    item.unit === "lines" ? { ...p, line: p.line === undefined ? undefined : p.line + item.first - 1 } : { ...p, offset: p.offset === undefined ? undefined : p.offset + item.first };
  try {
    for await (const doc of readStream(stream, item.path, options, rangeReporter, () => stream.destroy())) {
      // Positions inside a range read from its first byte count from there: make them the file's.
      if (seek && item.unit === "lines" && doc.provenance.line !== undefined) doc.provenance.line += item.first - 1;
      if (seek && item.unit === "records" && doc.provenance.offset !== undefined) doc.provenance.offset += item.first;
      const at = position(doc.provenance) ?? 0;
      if (at < item.first) continue;
      if (item.end !== null && at >= item.end) return;
      yield doc;
    }
  } finally {
    stream.destroy();
  }
}
