import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { RawDocument, Reporter } from "../types.js";
import { startModuleWorker } from "../worker-threads.js";
import { createPreparer, type PrepareOptions, type PreparedDocument } from "./prepare.js";
import type { PrepareRequest, PrepareResponse } from "./prepare-worker.js";

/** Below this many documents a batch is prepared on the calling thread: messaging would cost more than it saves. */
const MIN_PARALLEL_BATCH = 32;

/**
 * Cleans and fingerprints batches using every core: a batch is split between the calling thread and
 * the worker threads, which run at the same time. With `workers: 0` everything runs on the calling thread.
 */
export interface PreparePool {
  readonly workers: number;
  /**
   * Prepares a batch, in order. With `shareWithCaller` (the default) the calling thread takes a share
   * and is busy until it is done; without, the workers do it all while the caller goes on.
   */
  prepare(items: { raw: RawDocument; docKey: string }[], reporter: Reporter, options?: { shareWithCaller?: boolean }): Promise<(PreparedDocument | null)[]>;
  close(): Promise<void>;
}

/** One worker per core beyond the calling thread's own. */
export const defaultWorkerCount = (): number => Math.max(0, availableParallelism() - 1);

export function createPreparePool(options: { workers?: number; prepare?: PrepareOptions } = {}): PreparePool {
  const count = options.workers ?? defaultWorkerCount();
  const local = createPreparer(options.prepare);
  const pool: Worker[] = [];
  let seq = 0;
  const waiting = new Map<number, { resolve: (r: PrepareResponse) => void; reject: (e: unknown) => void }>();
  const failAll = (error: unknown) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  // Workers start with the first batch big enough to share: a two-page run never pays for them.
  const start = () => {
    for (let i = 0; i < count; i++) {
      const worker = startModuleWorker(import.meta.url, "prepare-worker", { options: options.prepare ?? {} });
      worker.on("message", (r: PrepareResponse) => {
        waiting.get(r.seq)?.resolve(r);
        waiting.delete(r.seq);
      });
      worker.on("error", failAll);
      pool.push(worker);
    }
  };

  const prepareLocally = (items: { raw: RawDocument; docKey: string }[], reporter: Reporter) =>
    items.map(({ raw, docKey }) => {
      try {
        return local(raw, docKey, reporter);
      } catch (error) {
        reporter.report({ code: "pipeline.failed", severity: "error", stage: "pipeline", reason: `processing failed: ${(error as Error).message ?? String(error)}`, provenance: raw.provenance });
        return null;
      }
    });

  return {
    workers: count,
    async prepare(items, reporter, prepareOptions = {}) {
      const shareWithCaller = prepareOptions.shareWithCaller ?? true;
      if (count === 0 || (shareWithCaller && items.length < MIN_PARALLEL_BATCH)) return prepareLocally(items, reporter);
      if (pool.length === 0) start();
      // Equal shares; the calling thread, when it takes part, takes the first one and works while the workers do theirs.
      const callerShares = shareWithCaller ? 1 : 0;
      const share = Math.ceil(items.length / (pool.length + callerShares));
      const remote = pool.map((worker, k) => {
        const chunk = items.slice(share * (k + callerShares), share * (k + callerShares + 1));
        if (chunk.length === 0) return Promise.resolve<PrepareResponse | null>(null);
        const request: PrepareRequest = { seq: seq++, items: chunk };
        const answer = new Promise<PrepareResponse>((resolve, reject) => waiting.set(request.seq, { resolve, reject }));
        worker.postMessage(request);
        return answer;
      });
      const mine = shareWithCaller ? prepareLocally(items.slice(0, share), reporter) : [];
      const theirs = await Promise.all(remote);
      const out = [...mine];
      for (const r of theirs) {
        if (!r) continue;
        for (const p of r.problems) reporter.report(p);
        out.push(...r.prepared);
      }
      // Workers leave the raw document out of their answer; put back the caller's own.
      return out.map((doc, i) => (doc === null ? null : { ...doc, raw: items[i].raw }));
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
