import { readInputs, type ReadOptions } from "../read/index.js";
import { DEFAULT_SHINGLE_SIZE } from "../text/shingle.js";
import type { CopyStore } from "../store/index.js";
import type { Reporter } from "../types.js";
import { CopyDecider } from "./copy-decider.js";
import { DEFAULT_BATCH_SIZE, ingestBatches, type CommitStep } from "./ingest-batches.js";
import { toNewArticle, type PrepareOptions } from "./prepare.js";
import { createPreparePool, type PreparePool } from "./prepare-pool.js";

export { DEFAULT_BATCH_SIZE } from "./ingest-batches.js";

export interface IngestOptions {
  /** Where articles go: a Store, or dedup's in-memory copy sink. */
  store: CopyStore;
  reporter: Reporter;
  read?: ReadOptions;
  prepare?: PrepareOptions;
  /** Jaccard threshold for near copies (default DEFAULT_LSH_THRESHOLD). */
  threshold?: number;
  batchSize?: number;
  /** Worker threads that clean and fingerprint beside the calling thread (default: one per extra core; 0 = none). */
  workers?: number;
  /** A pool to use instead of starting one (it is left open): for callers running many ingests. */
  pool?: PreparePool;
  onProgress?: (progress: IngestProgress) => void;
  /** Checked between batches: when it returns true, ingest stops cleanly after committing what it has. */
  shouldStop?: () => boolean;
  /** Ctrl-C / SIGTERM: when aborted, ingest stops after the batches under way and returns `interrupted`. */
  signal?: AbortSignal;
}

export interface IngestProgress {
  phase: "loading-index" | "ingesting";
  read: number;
  stored: number;
  known: number;
  failed: number;
  bytesRead: number;
}

/** What an ingest run did, for the summary line and `--json`. */
export interface IngestSummary {
  read: number;
  stored: number;
  known: number;
  /** New articles found to be a copy of another (exact, near or contained). */
  copies: { exact: number; near: number; contained: number };
  failed: number;
  bytesRead: number;
  seconds: number;
  docsPerSecond: number;
  interrupted: boolean;
  indexLoaded: number;
}

/**
 * Streams documents from the inputs through clean → fingerprint → copies into the store, one
 * transaction per batch: memory stays flat, a re-run adds nothing, and a killed run loses at most the
 * batch it was in (which the next run picks up, since nothing of it was committed).
 */
export async function ingest(inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const pool = options.pool ?? createPreparePool({ workers: options.workers, prepare: options.prepare });
  const decider = new CopyDecider(options.store, { threshold: options.threshold, shingleSize: options.prepare?.minhash?.shingleSize ?? DEFAULT_SHINGLE_SIZE });
  const progress: IngestProgress = { phase: "loading-index", read: 0, stored: 0, known: 0, failed: 0, bytesRead: 0 };
  // The stored fingerprints load while the first batches are read and prepared (in the workers): only
  // deciding copies needs the index. At 20,000 stored articles the load is half a second of this thread.
  const loaded = decider.load(() => options.onProgress?.(progress), options.signal).finally(() => {
    progress.phase = "ingesting";
  });
  loaded.catch(() => {}); // awaited by the first commit and below; this only keeps it from being reported unhandled
  const commit = directCommit(options.store, decider, loaded);
  try {
    const run = await ingestBatches((reporter) => readInputs(inputs, { ...options.read, onBytes: (n) => (progress.bytesRead += n) }, reporter), {
      store: options.store,
      reporter: options.reporter,
      pool,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      commit,
      progress,
      onProgress: options.onProgress,
      shouldStop: () => (options.signal?.aborted ?? false) || (options.shouldStop?.() ?? false),
    });
    const indexLoaded = await loaded;
    const seconds = (performance.now() - started) / 1000;
    return {
      read: progress.read,
      stored: progress.stored,
      known: progress.known,
      copies: run.copies,
      failed: progress.failed,
      bytesRead: progress.bytesRead,
      seconds,
      docsPerSecond: progress.read / Math.max(seconds, 1e-9),
      // Stopped while the index loaded: what was read is stored by the next run.
      interrupted: !run.finished || !decider.loaded,
      indexLoaded,
    };
  } finally {
    if (!options.pool) await pool.close();
  }
}

/**
 * The commit of a single writer: copies decided against its own index, then one transaction. With
 * `loaded`, nothing is decided before the index has loaded, and nothing is stored when its load stopped
 * short (Ctrl-C): copies decided against part of the store would be missed.
 */
export function directCommit(store: CopyStore, decider: CopyDecider, loaded?: Promise<number>): CommitStep {
  return {
    async commit(prepared) {
      if (loaded) {
        await loaded;
        if (!decider.loaded) return { stored: 0, known: 0, copyOf: [] };
      }
      if (prepared.length === 0) return { stored: 0, known: 0, copyOf: [] };
      const { commit, copyOf } = await decider.decide(prepared);
      const ids = await store.commitBatch({ articles: prepared.map(toNewArticle), ...commit });
      decider.commit(prepared, ids);
      return { stored: ids.length, known: 0, copyOf };
    },
  };
}
