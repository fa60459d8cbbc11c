import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { contentSize, fieldsWithoutContent, handOverUtf8, undecodedUtf8 } from "../read/deferred.js";
import type { RawDocument, Reporter } from "../types.js";
import { startModuleWorker } from "../worker-threads.js";
import { failsTheRun, loadPreparer, type PrepareOptions, type PreparedDocument, type Preparer } from "./prepare.js";
import type { PostedItem, PrepareRequest, PrepareResponse } from "./prepare-worker.js";

/**
 * Below this many documents, or this much content, a batch is prepared on the calling thread: messaging
 * would cost more than it saves. A few web pages (100 KB each, about 10 ms to clean) are worth sharing.
 */
const MIN_PARALLEL_BATCH = 32;
const MIN_PARALLEL_CHARS = 256 * 1024;
/**
 * A unit of work handed to a worker or taken by the caller holds at most this many documents and about
 * this much content: small enough to balance the load between threads (a chunk of 32 web pages is a
 * third of a second of work, and a worker holds CHUNKS_AHEAD of them when the other thread runs dry at
 * the end of a run), large enough that messaging stays cheap (32 short texts).
 */
const CHUNK_DOCS = 32;
const CHUNK_CHARS = 256 * 1024;
/** Chunks posted to one worker ahead of its answers, so it never waits for a message round trip. */
const CHUNKS_AHEAD = 4;

type Item = { raw: RawDocument; docKey: string };

/**
 * A page not decoded yet goes to the worker as its bytes: the worker decodes it, this thread never does.
 * Bytes in a buffer of their own are moved (listed in `transfer`), not copied: this thread then holds no
 * page of a batch while the batch is cleaned.
 */
function posted(item: Item, transfer: ArrayBuffer[]): PostedItem {
  const fields = () => fieldsWithoutContent(item.raw);
  const moved = handOverUtf8(item.raw);
  if (moved !== undefined) {
    transfer.push(moved.buffer as ArrayBuffer);
    return { raw: fields(), utf8: moved, docKey: item.docKey };
  }
  const utf8 = undecodedUtf8(item.raw);
  return utf8 === undefined ? item : { raw: fields(), utf8, docKey: item.docKey };
}

/**
 * Cleans and fingerprints batches using every core. A batch is cut into chunks on a queue; worker
 * threads take chunks as they become free, and the calling thread takes them too when it has nothing
 * else to do (`helpOnce`), so whichever side is faster does more. With `workers: 0` everything runs
 * on the calling thread.
 */
export interface PreparePool {
  readonly workers: number;
  /**
   * Prepares a batch; results in the order of `items`. Resolves when every chunk is done; rejects with
   * the signal's reason as soon as `signal` aborts (chunks not yet done are dropped).
   */
  prepare(items: Item[], reporter: Reporter, signal?: AbortSignal): Promise<(PreparedDocument | null)[]>;
  /** Prepares one queued chunk on the calling thread; false when none is waiting. */
  helpOnce(): boolean;
  /** Waits for `step`, preparing queued chunks on the calling thread meanwhile instead of idling. */
  helpUntil(step: Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

/** One worker per core beyond the calling thread's own. */
export const defaultWorkerCount = (): number => Math.max(0, availableParallelism() - 1);

interface Chunk {
  items: Item[];
  reporter: Reporter;
  resolve: (prepared: (PreparedDocument | null)[]) => void;
  reject: (error: unknown) => void;
}

export function createPreparePool(options: { workers?: number; prepare?: PrepareOptions } = {}): PreparePool {
  const count = options.workers ?? defaultWorkerCount();
  // Chunks run on this thread only after `prepare` awaited the preparer, so `local` is set by then.
  let local: Preparer | null = null;
  const loading = loadPreparer(options.prepare).then((preparer) => (local = preparer));
  loading.catch(() => {}); // the failure reaches the caller through `prepare`
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Chunk[] = [];
  const running = new Map<number, { chunk: Chunk; worker: Worker }>();
  let seq = 0;
  /** What stopped the pool (a worker failed, or newsfold's own data are missing): later batches fail with it at once. */
  let failure: unknown = null;
  /** Fails every chunk held or waiting: none would ever be answered, and a caller waiting for them would wait forever. */
  const fail = (error: unknown): void => {
    failure ??= error;
    for (const job of running.values()) job.chunk.reject(error);
    running.clear();
    for (const chunk of queue.splice(0)) chunk.reject(error);
  };
  /** Wakes a `helpUntil` that found nothing to take: a batch has queued chunks since. */
  let chunksQueued: (() => void) | null = null;

  const prepareLocally = (items: Item[], reporter: Reporter) =>
    items.map(({ raw, docKey }) => {
      try {
        return (local as Preparer)(raw, docKey, reporter);
      } catch (error) {
        if (failsTheRun(error)) throw error;
        reporter.report({ code: "pipeline.failed", severity: "error", stage: "pipeline", reason: `processing failed: ${(error as Error).message ?? String(error)}`, provenance: raw.provenance });
        return null;
      }
    });

  const pump = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.shift() as Worker;
      const chunk = queue.shift() as Chunk;
      const transfer: ArrayBuffer[] = [];
      const request: PrepareRequest = { seq: seq++, items: chunk.items.map((item) => posted(item, transfer)) };
      running.set(request.seq, { chunk, worker });
      worker.postMessage(request, transfer);
    }
  };

  // Workers start with the first batch big enough to share: a two-page run never pays for them.
  const start = () => {
    for (let i = 0; i < count; i++) {
      const worker = startModuleWorker(import.meta.url, "prepare-worker", { options: options.prepare ?? {} });
      worker.on("message", (r: PrepareResponse) => {
        const job = running.get(r.seq);
        running.delete(r.seq);
        idle.push(worker);
        if (job) {
          for (const p of r.problems) job.chunk.reporter.report(p);
          // Workers leave the raw document out of their answer; put back the caller's own.
          job.chunk.resolve(r.prepared.map((doc, k) => (doc === null ? null : { ...doc, raw: job.chunk.items[k].raw })));
        }
        pump();
      });
      worker.on("error", (error) => {
        for (let k = idle.indexOf(worker); k >= 0; k = idle.indexOf(worker)) idle.splice(k, 1); // it takes no more chunks
        fail(error);
      });
      all.push(worker);
      // A worker appears once per chunk it may take: CHUNKS_AHEAD slots each.
      for (let slot = 0; slot < CHUNKS_AHEAD; slot++) idle.push(worker);
    }
  };

  const helpOnce = (): boolean => {
    const chunk = queue.shift();
    if (!chunk) return false;
    try {
      chunk.resolve(prepareLocally(chunk.items, chunk.reporter));
    } catch (error) {
      chunk.reject(error);
      fail(error);
    }
    return true;
  };
  return {
    workers: count,
    async prepare(items, reporter, signal) {
      signal?.throwIfAborted();
      if (local === null) await loading;
      if (failure !== null) throw failure;
      const sizes = items.map((item) => contentSize(item.raw));
      const total = sizes.reduce((sum, size) => sum + size, 0);
      if (count === 0 || items.length < 2 || (items.length < MIN_PARALLEL_BATCH && total < MIN_PARALLEL_CHARS)) return prepareLocally(items, reporter);
      if (all.length === 0) start();
      const chunks: Chunk[] = [];
      const parts: Promise<(PreparedDocument | null)[]>[] = [];
      const cut = (from: number, to: number) =>
        parts.push(new Promise((resolve, reject) => chunks.push({ items: items.slice(from, to), reporter, resolve, reject })));
      let from = 0;
      let chars = 0;
      for (let i = 0; i < items.length; i++) {
        chars += sizes[i];
        if (i + 1 - from >= CHUNK_DOCS || chars >= CHUNK_CHARS) {
          cut(from, i + 1);
          from = i + 1;
          chars = 0;
        }
      }
      if (from < items.length) cut(from, items.length);
      queue.push(...chunks);
      // On abort the batch's chunks leave the queue and their answers are ignored: stopping never waits for them.
      const drop = () => {
        for (const chunk of chunks) {
          const queued = queue.indexOf(chunk);
          if (queued >= 0) queue.splice(queued, 1);
          chunk.reject(signal?.reason);
        }
      };
      signal?.addEventListener("abort", drop, { once: true });
      pump();
      if (queue.length > 0) chunksQueued?.();
      try {
        return (await Promise.all(parts)).flat();
      } finally {
        signal?.removeEventListener("abort", drop);
      }
    },
    helpOnce,
    async helpUntil(step) {
      let done = false;
      const settled = step.then(() => (done = true), () => (done = true));
      while (!done) {
        // One chunk per turn of the event loop, so the step's own callbacks (a commit finishing) get to run.
        if (helpOnce()) {
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        // Nothing to take yet, but batches still waiting for this thread's preparer to load queue their
        // chunks soon (at the start of a run, for about as long as the workers take to load): wait for
        // those too, not for the step alone, or this thread idles while the workers prepare everything.
        await Promise.race([settled, new Promise<void>((resolve) => (chunksQueued = resolve))]);
        chunksQueued = null;
      }
      await step;
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
