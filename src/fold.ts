import { foldIfPending, type FoldStoriesSummary } from "./pipeline/fold-stories.js";
import { ingest, type IngestOptions, type IngestSummary } from "./pipeline/ingest.js";
import { createCollectingReporter, type CollectingReporter } from "./report.js";
import { openStore, type StoreConfig } from "./store/index.js";

export interface FoldOptions extends Omit<IngestOptions, "store" | "reporter"> {
  /** Where to store (default: a SQLite file `newsfold.db` in the working directory). */
  store?: StoreConfig;
  reporter?: CollectingReporter;
  /** Rebuild stories and threads after the run (default true), as `newsfold ingest` does. */
  stories?: boolean;
}

/**
 * The whole fold in one call, for library users: opens the store, ingests the inputs (read → clean →
 * enrich → fingerprint → copies → store), rebuilds stories and threads, closes the store, and returns
 * the run summary with its problems.
 *
 * @example
 * const { summary, problems } = await fold(["crawl/"], { store: { type: "sqlite", path: "news.db" } });
 */
export async function fold(
  inputs: string[],
  options: FoldOptions = {},
): Promise<{ summary: IngestSummary; stories: FoldStoriesSummary | null; problems: CollectingReporter["problems"] }> {
  const reporter = options.reporter ?? createCollectingReporter();
  const store = await openStore(options.store ?? { type: "sqlite", path: "newsfold.db" });
  try {
    const summary = await ingest(inputs, { ...options, store, reporter });
    // Also when nothing new was stored: a fold an earlier run left pending is finished here.
    const stories = (options.stories ?? true) ? await foldIfPending(store) : null;
    return { summary, stories, problems: reporter.problems };
  } finally {
    await store.close();
  }
}
