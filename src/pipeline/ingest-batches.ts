import type { CopyMatch } from "../copies/index.js";
import type { SourceSighting, Store } from "../store/index.js";
import type { Problem, RawDocument, Reporter } from "../types.js";
import { contentSize } from "../read/deferred.js";
import { documentKey } from "./doc-key.js";
import type { PreparedDocument } from "./prepare.js";
import type { PreparePool } from "./prepare-pool.js";

/** Documents committed per transaction: large enough to amortise the commit, small enough that a kill loses little work. */
export const DEFAULT_BATCH_SIZE = 256;

/**
 * A batch also closes at this much content (UTF-16 code units, or bytes of pages not decoded yet): 256
 * web pages are 30 MB and three seconds of cleaning, and the worker threads would wait for the reading
 * thread to gather the first of them. 8 MB of pages start the workers within a tenth of a second.
 */
export const MAX_BATCH_CHARS = 8 * 1024 * 1024;

/** Batches read ahead of the one committing: enough to keep the workers busy, few enough to bound memory. */
const MAX_BATCHES_IN_FLIGHT = 3;

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

/**
 * The one step that differs between callers: a single writer decides copies and commits directly
 * (`directCommit` in ingest.ts); a queue worker commits leased and fenced (queue/leased-commit.ts).
 * Batches reach it one at a time, in reading order.
 */
export interface CommitStep {
  /** Decides the batch's copies and stores it; `last` is true for the source's final batch. */
  commit(prepared: PreparedDocument[], last: boolean): Promise<BatchOutcome>;
}

export interface BatchOutcome {
  stored: number;
  /** Documents found stored by the time of the commit (another worker took them first). */
  known: number;
  /** Per stored document, the copy it was found to be, if any. */
  copyOf: readonly (CopyMatch | null)[];
  /** The documents counted in `known`, whose provenance is kept as another source of the stored one. */
  sightings?: readonly SourceSighting[];
}

/** Counters of a run, updated as it goes (progress bars read them). */
export interface BatchProgress {
  read: number;
  stored: number;
  known: number;
  failed: number;
}

export interface BatchRunOptions<P extends BatchProgress> {
  store: Pick<Store, "knownDocKeys" | "recordSources">;
  reporter: Reporter;
  pool: PreparePool;
  batchSize: number;
  commit: CommitStep;
  progress: P;
  onProgress?: (progress: P) => void;
  /** Checked between batches: when it returns true the run stops after committing what it has. */
  shouldStop?: () => boolean;
  /** How to look up stored keys (default the store's; a queue worker retries it through outages). */
  knownDocKeys?: (keys: string[]) => ReturnType<Store["knownDocKeys"]>;
  /** How to keep the other sources of documents read again (default the store's; a queue worker retries it). */
  recordSources?: Store["recordSources"];
}

/**
 * The ingest engine every caller shares: read → skip documents already stored → prepare (clean,
 * fingerprint, enrich) in worker threads → commit (decide copies, store) in reading order, with the
 * next batches preparing meanwhile. `finished` is false when `shouldStop` ended it early; the documents
 * read after the last commit are then left for the next run.
 */
export async function ingestBatches<P extends BatchProgress>(
  read: (reporter: Reporter) => AsyncIterable<RawDocument>,
  options: BatchRunOptions<P>,
): Promise<{ finished: boolean; copies: { exact: number; near: number; contained: number } }> {
  const { pool, progress } = options;
  const knownDocKeys = options.knownDocKeys ?? ((keys: string[]) => options.store.knownDocKeys(keys));
  const recordSources = options.recordSources ?? ((sightings: readonly SourceSighting[]) => options.store.recordSources(sightings));
  const copies = { exact: 0, near: 0, contained: 0 };
  // Count per-document errors as they are reported, whatever the stage.
  const reporter: Reporter = {
    report(problem: Problem) {
      if (problem.severity === "error") progress.failed++;
      options.reporter.report(problem);
    },
  };
  // Keys of documents read but not yet committed: a document read twice counts as known. Keys of
  // committed batches leave the set only before the next lookup starts, so that lookup sees them stored.
  const uncommitted = new Set<string>();
  let committedKeys: string[] = [];
  // Batches being prepared in worker threads while this thread reads the next one; each commits after
  // the one before it, so copy decisions see documents in reading order.
  const inflight: Promise<void>[] = [];

  const flush = async (docs: RawDocument[], last: boolean): Promise<void> => {
    for (const key of committedKeys) uncommitted.delete(key);
    committedKeys = [];
    const keys = docs.map(documentKey);
    const known = docs.length === 0 ? new Map<string, number>() : await knownDocKeys(keys);
    const fresh: { raw: RawDocument; docKey: string }[] = [];
    // Documents read again: stored already, or read earlier in this run (in this batch, or one not yet
    // committed). Their places are recorded after this batch's commit, when the first reading is stored.
    const sightings: SourceSighting[] = [];
    docs.forEach((raw, i) => {
      const docKey = keys[i];
      if (known.has(docKey) || uncommitted.has(docKey)) {
        progress.known++;
        sightings.push({ docKey, provenance: raw.provenance });
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
      const outcome = await options.commit.commit(prepared, last);
      committedKeys.push(...fresh.map((f) => f.docKey));
      if (outcome.sightings) sightings.push(...outcome.sightings);
      if (sightings.length > 0) await recordSources(sightings);
      for (const match of outcome.copyOf) if (match) copies[match.kind]++;
      progress.stored += outcome.stored;
      progress.known += outcome.known;
      options.onProgress?.(progress);
    });
    step.catch(() => {}); // awaited below; this only keeps a failure from being reported as unhandled first
    inflight.push(step);
    if (inflight.length > MAX_BATCHES_IN_FLIGHT) await pool.helpUntil(inflight.shift() as Promise<void>);
  };

  let pending: RawDocument[] = [];
  let pendingChars = 0;
  let finished = true;
  const documents = read(reporter)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = documents.next();
      let step = pending.length > 0 ? await within(next, IDLE_COMMIT_MS) : await next;
      if (step === IDLE) {
        await flush(pending, false);
        pending = [];
        pendingChars = 0;
        while (inflight.length > 0) await pool.helpUntil(inflight.shift() as Promise<void>);
        step = await next;
      }
      if (step.done === true) break;
      // A full batch is flushed only once another document follows: the last batch must know it is last.
      if (pending.length >= options.batchSize || pendingChars >= MAX_BATCH_CHARS) {
        await flush(pending, false);
        pending = [];
        pendingChars = 0;
        // Reading a buffered file and committing are chained promises that never wait on I/O: give a
        // signal handler (Ctrl-C, SIGTERM) its turn once a batch.
        await new Promise((resolve) => setImmediate(resolve));
        if (options.shouldStop?.()) {
          finished = false;
          break;
        }
      }
      progress.read++;
      pending.push(step.value);
      pendingChars += contentSize(step.value);
    }
    if (finished) await flush(pending, true);
    while (inflight.length > 0) await pool.helpUntil(inflight.shift() as Promise<void>);
  } finally {
    await documents.return?.(undefined); // closes the file being read when the loop stopped early
    // A failed batch stops the run; let the ones before it finish committing first.
    await Promise.allSettled(inflight);
  }
  return { finished, copies };
}
