import type { CollectingReporter } from "../report.js";
import type { Store } from "../store/index.js";
import { foldIfPending, type FoldStoriesOptions, type FoldStoriesSummary } from "./fold-stories.js";
import { ingest, type IngestOptions, type IngestSummary } from "./ingest.js";

export interface IngestRunOptions extends IngestOptions {
  store: Store;
  reporter: CollectingReporter;
  /** Rebuild stories and threads when a fold is pending (default true); options for the fold. */
  stories?: boolean | FoldStoriesOptions;
  /** What the run log names as the run's inputs (default: the input paths). */
  label?: string[];
}

export interface IngestRunResult {
  summary: IngestSummary;
  stories: FoldStoriesSummary | null;
  /** The run's id in the store's run log. */
  runId: number;
}

/**
 * One ingest run as every single-writer caller makes it (the library's `fold()`, `newsfold ingest`
 * and `dedup`, the HTTP ingest): the ingest engine, then the story fold, then the run and its problems
 * recorded in the store. Queue workers run the same engine per work item with their own commit step (queue/leased-commit.ts).
 */
export async function runIngest(inputs: string[], options: IngestRunOptions): Promise<IngestRunResult> {
  const startedAt = new Date().toISOString();
  const summary = await ingest(inputs, options);
  const foldOptions = options.stories ?? true;
  // Also when nothing new was stored: a fold an earlier run left pending is finished here. Not after an
  // interrupted ingest: the fold stays pending (its mark is in the store) for the next writing command.
  const stories = foldOptions !== false && !summary.interrupted ? await foldUnlessStopped(options, foldOptions === true ? {} : foldOptions) : null;
  if (stories === null && options.signal?.aborted) summary.interrupted = true;
  const runId = await options.store.recordRun({
    startedAt,
    finishedAt: new Date().toISOString(),
    inputs: options.label ?? inputs,
    summary: { ...summary, stories },
    problems: options.reporter.problems,
  });
  return { summary, stories, runId };
}

/**
 * The fold of a run, stopped by the run's signal like its batches: a stopped fold writes nothing and leaves the
 * pending-fold mark, so what the batches committed is kept and recorded, and the next writing command folds.
 */
async function foldUnlessStopped(options: IngestRunOptions, fold: FoldStoriesOptions): Promise<FoldStoriesSummary | null> {
  try {
    return await foldIfPending(options.store, { signal: options.signal, ...fold });
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) return null;
    throw error;
  }
}
