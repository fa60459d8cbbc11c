import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { isNewsfoldError, NewsfoldError } from "../errors.js";
import { ingestBatches, type BatchProgress } from "../pipeline/ingest-batches.js";
import { DEFAULT_BATCH_SIZE } from "../pipeline/ingest.js";
import type { PrepareOptions } from "../pipeline/prepare.js";
import { createPreparePool } from "../pipeline/prepare-pool.js";
import { createCollectingReporter } from "../report.js";
import { DEFAULT_SHINGLE_SIZE } from "../text/shingle.js";
import type { Store, WorkItemSpec, WorkLease, WorkQueue, WorkerIdentity } from "../store/index.js";
import { checkItemInput, readWorkItem } from "./item-reader.js";
import { leasedCommit } from "./leased-commit.js";
import { isTransient, retrying, type RetryOptions } from "./retry.js";
import { SharedCopies } from "./shared-copies.js";

/** How long a claim lasts without a heartbeat: long enough to ride out a pause, short enough that a dead worker's item is soon redone. */
export const DEFAULT_LEASE_MS = 60_000;
/** Heartbeats per lease: two may be missed (a slow commit, a network blip) before the lease ends. */
const HEARTBEATS_PER_LEASE = 3;
/** Claims of one item that may end without it finishing (its workers died) before it is marked failed. */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** Polling an empty queue: first wait, doubled up to the last. A new item is picked up within seconds, an idle queue costs a query every few. */
const POLL_FIRST_MS = 250;
const POLL_MAX_MS = 5_000;

export interface WorkerOptions {
  store: Store;
  leaseMs?: number;
  /** Exit once the queue is drained (nothing queued or leased) and stories are folded, instead of polling. */
  idleExit?: boolean;
  threshold?: number;
  batchSize?: number;
  /** Worker threads preparing documents beside the main one (default: one per extra core). */
  threads?: number;
  prepare?: PrepareOptions;
  maxAttempts?: number;
  /** Rebuild stories when the queue drains (default true). */
  stories?: boolean;
  /** Aborted on SIGTERM/SIGINT: the current batch commits, the item is given back, the worker exits. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface WorkerSummary {
  worker: WorkerIdentity;
  items: number;
  read: number;
  stored: number;
  folds: number;
  /** Documents with errors, and items that failed as a whole: the worker then exits 4, as `ingest` does. */
  failed: number;
  /** Stopped by the signal while holding an item (given back to the queue). */
  interrupted: boolean;
}

/**
 * One `newsfold worker`: claims work items from the store's queue until stopped (or, with `idleExit`,
 * until the queue is drained), keeping its claim alive by heartbeats, and folds stories when the queue
 * drains. Database outages are waited out with backoff; the batch in flight is retried whole.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { store } = options;
  const queue = store.queue;
  if (!queue) throw new NewsfoldError("cli.queue.unsupported", `${store.location} has no work queue: workers need a PostgreSQL store (--db postgres://…)`);
  const log = options.log ?? (() => {});
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const signal = options.signal;
  const stopping = () => signal?.aborted === true;
  const identity: WorkerIdentity = { id: `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`, host: hostname(), pid: process.pid };
  const summary: WorkerSummary = { worker: identity, items: 0, read: 0, stored: 0, folds: 0, failed: 0, interrupted: false };
  let lastOutage = "";
  const retry: RetryOptions = {
    giveUp: stopping,
    onRetry(error, attempt, waitMs) {
      const message = (error as Error).message;
      if (attempt === 1 || message !== lastOutage) log(`waiting for the store (${message}); retrying every ≤${Math.round(waitMs / 1000) || 1}s`);
      lastOutage = message;
    },
  };

  await retrying(() => queue.registerWorker(identity, leaseMs), retry);
  log(`worker ${identity.id} on ${store.location}, lease ${leaseMs / 1000}s`);
  const copies = new SharedCopies(store, queue, { threshold: options.threshold, shingleSize: options.prepare?.minhash?.shingleSize ?? DEFAULT_SHINGLE_SIZE });
  const loaded = await retrying(() => copies.load(), retry);
  log(`copy index: ${loaded} article(s) loaded`);

  const pool = createPreparePool({ workers: options.threads, prepare: options.prepare });
  const beat = startHeartbeat(queue, identity.id, leaseMs, log);
  try {
    let wait = POLL_FIRST_MS;
    while (!stopping()) {
      const lease = await retrying(() => queue.claim(identity.id, leaseMs, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS), retry);
      if (lease) {
        wait = POLL_FIRST_MS;
        beat.hold(lease);
        try {
          await runItem(lease);
        } finally {
          beat.hold(null);
        }
        continue;
      }
      const pending = await retrying(() => queue.pending(), retry);
      if (pending.queued + pending.leased === 0) {
        const fold = options.stories === false ? "current" : await retrying(() => queue.foldIfDue(() => fold_()), retry);
        // "busy": another worker folds; wait to see it finish (or die and leave the fold to this one).
        if (options.idleExit && fold !== "busy") break;
      }
      await sleep(wait, undefined, { signal }).catch(() => {});
      wait = Math.min(POLL_MAX_MS, wait * 2);
    }
  } finally {
    beat.stop();
    await pool.close();
    await queue.unregisterWorker(identity.id).catch(() => {});
  }
  return summary;

  async function fold_(): Promise<{ stories: number }> {
    log("queue drained: folding stories");
    // Loaded with the first fold: a worker run with --no-stories never needs the clusterer.
    const { foldStories } = await import("../pipeline/fold-stories.js");
    const folded = await foldStories(store, { signal: options.signal });
    summary.folds++;
    log(`stories: ${folded.articles} articles → ${folded.stories} stories, ${folded.threads} threads (${folded.continued !== null ? `${folded.continued} added to the saved clustering` : `replayed: ${folded.replayed}`}; ${folded.seconds.toFixed(1)}s)`);
    return folded;
  }

  async function runItem(lease: WorkLease): Promise<void> {
    const started = performance.now();
    log(`item ${lease.itemId} (attempt ${lease.attempt}): ${describeItem(lease.item)}`);
    const reporter = createCollectingReporter({ keep: 1_000 });
    const startedAt = new Date().toISOString();
    try {
      await checkItemInput(lease.item);
      // The one ingest engine, as `newsfold ingest` runs it; only the commit step is the queue's own.
      const c: BatchProgress = { read: 0, stored: 0, known: 0, failed: 0 };
      const outcome = await ingestBatches((r) => readWorkItem(lease.item, r), {
        store,
        reporter,
        pool,
        batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
        commit: leasedCommit({ store, queue: queue!, lease, copies, retry, progress: c }),
        progress: c,
        shouldStop: () => stopping() || beat.lost(),
        knownDocKeys: (keys) => retrying(() => store.knownDocKeys(keys), retry),
        recordSources: (sightings) => retrying(() => store.recordSources(sightings), retry),
      });
      const copiesFound = outcome.copies.exact + outcome.copies.near + outcome.copies.contained;
      summary.read += c.read;
      summary.stored += c.stored;
      summary.failed += c.failed;
      if (!outcome.finished) {
        if (beat.lost()) throw new NewsfoldError("queue.lease-lost", `item ${lease.itemId}: lease taken over`);
        await retrying(() => queue!.release(lease), retry);
        summary.interrupted = true;
        log(`item ${lease.itemId}: stopped after ${c.stored} stored; given back to the queue`);
        return;
      }
      summary.items++;
      const seconds = (performance.now() - started) / 1000;
      log(`item ${lease.itemId} done: read ${c.read} · stored ${c.stored} · known ${c.known} · copies ${copiesFound} · errors ${c.failed} (${seconds.toFixed(1)}s)`);
      // Every item is a run in the run log, as every single-writer ingest is, with its problems.
      const run = { startedAt, finishedAt: new Date().toISOString(), inputs: [describeItem(lease.item)], summary: { ...c, copies: outcome.copies, itemId: lease.itemId, worker: identity.id }, problems: reporter.problems };
      await retrying(() => store.recordRun(run), retry).catch((error: unknown) => log(`item ${lease.itemId}: run not recorded (${(error as Error).message})`));
    } catch (error) {
      if (isNewsfoldError(error) && error.code === "queue.lease-lost") {
        log(`item ${lease.itemId}: lease lost (another worker took it over); moving on`);
      } else if (isTransient(error) && stopping()) {
        summary.interrupted = true; // the store is down and we are asked to stop: the lease will end by itself
      } else {
        // An input that cannot be read, or a failure on this item: mark it so it is not retried forever.
        const reason = (error as Error)?.message ?? String(error);
        log(`item ${lease.itemId} failed: ${reason}`);
        summary.failed++;
        await retrying(() => queue!.fail(lease, reason), retry).catch(() => {});
        if (!isNewsfoldError(error)) throw error; // a bug: stop rather than fail every item the same way
      }
    }
  }
}

export function describeItem(item: WorkItemSpec): string {
  if (item.unit === "file") return item.path;
  if (item.unit === "lines") return `${item.path} lines ${item.first}–${item.end === null ? "end" : item.end - 1}`;
  return `${item.path} records from offset ${item.first}${item.end === null ? "" : ` to ${item.end}`}`;
}

/** Renews the worker's liveness and its current lease every lease/3, in the background. */
function startHeartbeat(queue: WorkQueue, workerId: string, leaseMs: number, log: (line: string) => void) {
  let current: WorkLease | null = null;
  let lost = false;
  let inFlight = false;
  let failing = false;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = true;
    const lease = current;
    queue
      .heartbeat(workerId, lease, leaseMs)
      .then((ok) => {
        if (!ok && lease === current && lease !== null) {
          lost = true;
          log(`item ${lease.itemId}: lease ended and was taken over; stopping work on it`);
        }
        failing = false;
      })
      .catch((error: unknown) => {
        if (!failing) log(`heartbeat failed (${(error as Error).message}); retrying`);
        failing = true;
      })
      .finally(() => (inFlight = false));
  }, Math.max(100, Math.floor(leaseMs / HEARTBEATS_PER_LEASE)));
  return {
    hold(lease: WorkLease | null) {
      current = lease;
      lost = false;
    },
    lost: () => lost,
    stop: () => clearInterval(timer),
  };
}
