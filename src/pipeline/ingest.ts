import { readInputs, type ReadOptions } from "../read/index.js";
import { DEFAULT_SHINGLE_SIZE } from "../text/shingle.js";
import type { Store } from "../store/index.js";
import type { Problem, RawDocument, Reporter } from "../types.js";
import { CopyDecider } from "./copy-decider.js";
import { documentKey } from "./doc-key.js";
import { toNewArticle, type PrepareOptions, type PreparedDocument } from "./prepare.js";
import { createPreparePool, type PreparePool } from "./prepare-pool.js";

/** Batches read ahead of the one committing: enough to keep the workers busy, few enough to bound memory. */
const MAX_BATCHES_IN_FLIGHT = 2;

/** Documents committed per transaction: large enough to amortise the commit, small enough that a kill loses little work. */
export const DEFAULT_BATCH_SIZE = 256;

/**
 * When reading yields no document for this long (a slow pipe, a long run of blank lines or skipped
 * records), the documents read so far are committed without waiting for a full batch.
 */
const IDLE_COMMIT_MS = 2000;

const IDLE = Symbol("idle");

/** The promise's value, or IDLE when it takes longer than `ms` (the promise itself is left running). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof IDLE> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<typeof IDLE>((resolve) => (timer = setTimeout(resolve, ms, IDLE)));
  return Promise.race([promise, idle]).finally(() => clearTimeout(timer));
}

export interface IngestOptions {
  store: Store;
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
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const pool = options.pool ?? createPreparePool({ workers: options.workers, prepare: options.prepare });
  const decider = new CopyDecider(options.store, { threshold: options.threshold, shingleSize: options.prepare?.minhash?.shingleSize ?? DEFAULT_SHINGLE_SIZE });
  const progress: IngestProgress = { phase: "loading-index", read: 0, stored: 0, known: 0, failed: 0, bytesRead: 0 };
  const copies = { exact: 0, near: 0, contained: 0 };

  // Count per-document errors as they are reported, whatever the stage.
  const reporter: Reporter = {
    report(problem: Problem) {
      if (problem.severity === "error") progress.failed++;
      options.reporter.report(problem);
    },
  };

  const indexLoaded = await decider.load(() => options.onProgress?.(progress));
  progress.phase = "ingesting";

  let pending: RawDocument[] = [];
  let interrupted = false;
  // Keys of documents in batches read but not yet committed: a document read twice counts as known.
  const uncommitted = new Set<string>();
  // Batches being prepared in worker threads while this thread reads the next one; each commits after
  // the one before it, so copy decisions see documents in reading order.
  const inflight: Promise<void>[] = [];

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const docs = pending;
    pending = [];
    const keys = docs.map(documentKey);
    const known = await options.store.knownDocKeys(keys);
    const fresh: { raw: RawDocument; docKey: string }[] = [];
    docs.forEach((raw, i) => {
      const docKey = keys[i];
      if (known.has(docKey) || uncommitted.has(docKey)) {
        progress.known++;
        return;
      }
      uncommitted.add(docKey);
      fresh.push({ raw, docKey });
    });
    // Workers prepare while this thread reads and commits; it takes chunks itself when it would wait.
    const preparing = pool.prepare(fresh, reporter);
    const previous = inflight[inflight.length - 1] ?? Promise.resolve();
    const step = previous.then(async () => {
      const prepared = (await preparing).filter((d): d is PreparedDocument => d !== null);
      const { changes, copyOf } = await decider.decide(prepared);
      const articles = prepared.map((doc) => toNewArticle(doc, decider.index.containmentSamples(doc.shingles)));
      const ids = await options.store.commitBatch({ articles, groupChanges: changes });
      decider.commit(prepared, ids);
      for (const { docKey } of fresh) uncommitted.delete(docKey);
      for (const match of copyOf) if (match) copies[match.kind]++;
      progress.stored += ids.length;
      options.onProgress?.(progress);
    });
    step.catch(() => {}); // awaited below; this only keeps a failure from being reported as unhandled first
    inflight.push(step);
    if (inflight.length > MAX_BATCHES_IN_FLIGHT) await pool.helpUntil(inflight.shift() as Promise<void>);
  };

  const documents = readInputs(inputs, { ...options.read, onBytes: (n) => (progress.bytesRead += n) }, reporter)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = documents.next();
      let step = pending.length > 0 ? await within(next, IDLE_COMMIT_MS) : await next;
      if (step === IDLE) {
        await flush();
        while (inflight.length > 0) await pool.helpUntil(inflight.shift() as Promise<void>);
        step = await next;
      }
      if (step.done === true) break;
      const raw = step.value;
      progress.read++;
      pending.push(raw);
      if (pending.length >= batchSize) {
        await flush();
        if (options.shouldStop?.()) {
          interrupted = true;
          break;
        }
      }
    }
    await flush();
    while (inflight.length > 0) await pool.helpUntil(inflight.shift() as Promise<void>);
  } finally {
    await documents.return?.(undefined); // closes the file being read when the loop stopped early
    // A failed batch stops the run; let the ones before it finish committing first.
    await Promise.allSettled(inflight);
    if (!options.pool) await pool.close();
  }

  const seconds = (performance.now() - started) / 1000;
  return {
    read: progress.read,
    stored: progress.stored,
    known: progress.known,
    copies,
    failed: progress.failed,
    bytesRead: progress.bytesRead,
    seconds,
    docsPerSecond: progress.read / Math.max(seconds, 1e-9),
    interrupted,
    indexLoaded,
  };
}
