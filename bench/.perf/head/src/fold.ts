import { ingest, type IngestOptions, type IngestSummary } from "./pipeline/ingest.js";
import { createCollectingReporter, type CollectingReporter } from "./report.js";
import { openStore, type StoreConfig } from "./store/index.js";

export interface FoldOptions extends Omit<IngestOptions, "store" | "reporter"> {
  /** Where to store (default: a SQLite file `newsfold.db` in the working directory). */
  store?: StoreConfig;
  reporter?: CollectingReporter;
}

/**
 * The whole fold in one call, for library users: opens the store, ingests the inputs (read → clean →
 * fingerprint → copies → store), closes the store, and returns the run summary with its problems.
 *
 * @example
 * const { summary, problems } = await fold(["crawl/"], { store: { type: "sqlite", path: "news.db" } });
 */
export async function fold(inputs: string[], options: FoldOptions = {}): Promise<{ summary: IngestSummary; problems: CollectingReporter["problems"] }> {
  const reporter = options.reporter ?? createCollectingReporter();
  const store = await openStore(options.store ?? { type: "sqlite", path: "newsfold.db" });
  try {
    const summary = await ingest(inputs, { ...options, store, reporter });
    return { summary, problems: reporter.problems };
  } finally {
    await store.close();
  }
}
