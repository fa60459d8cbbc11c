import { resolveConfig } from "./config/index.js";
import type { FoldStoriesSummary } from "./pipeline/fold-stories.js";
import type { IngestOptions, IngestSummary } from "./pipeline/ingest.js";
import { runIngest } from "./pipeline/run.js";
import { createCollectingReporter, type CollectingReporter } from "./report.js";
import { openStore, storeConfigFromLocation, type StoreConfig } from "./store/index.js";

export interface FoldOptions extends Omit<IngestOptions, "store" | "reporter"> {
  /** Where to store (default: the configured store, else a SQLite file `newsfold.db` in the working directory). */
  store?: StoreConfig;
  reporter?: CollectingReporter;
  /** Rebuild stories and threads after the run (default true), as `newsfold ingest` does. */
  stories?: boolean;
  /**
   * Settings come as for the CLI: defaults < config file < environment < these options. The config
   * file is `newsfold.config.json` in `cwd` when present, or this path; `env` defaults to process.env.
   */
  config?: { path?: string; cwd?: string; env?: Record<string, string | undefined> };
}

/**
 * The whole fold in one call, for library users: opens the store, runs one ingest (read → clean →
 * enrich → fingerprint → copies → store), rebuilds stories and threads, records the run in the store's
 * run log, closes the store, and returns the run summary with its problems.
 *
 * @example
 * const { summary, problems } = await fold(["crawl/"], { store: { type: "sqlite", path: "news.db" } });
 */
export async function fold(
  inputs: string[],
  options: FoldOptions = {},
): Promise<{ summary: IngestSummary; stories: FoldStoriesSummary | null; problems: CollectingReporter["problems"] }> {
  const config = resolveConfig({
    flags: { threshold: options.threshold, batchSize: options.batchSize },
    env: options.config?.env ?? process.env,
    cwd: options.config?.cwd ?? process.cwd(),
    configPath: options.config?.path,
  }).values;
  const reporter = options.reporter ?? createCollectingReporter();
  const store = await openStore(options.store ?? storeConfigFromLocation(config.db));
  try {
    const { summary, stories } = await runIngest(inputs, { ...options, threshold: config.threshold, batchSize: config.batchSize, store, reporter });
    return { summary, stories, problems: reporter.problems };
  } finally {
    await store.close();
  }
}
