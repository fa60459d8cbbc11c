import { documentKey } from "../pipeline/doc-key.js";
import { toNewArticle, type PreparedDocument } from "../pipeline/prepare.js";
import type { PreparePool } from "../pipeline/prepare-pool.js";
import type { Store, WorkItemCounts, WorkLease, WorkQueue } from "../store/index.js";
import type { Problem, RawDocument, Reporter } from "../types.js";
import { readWorkItem } from "./item-reader.js";
import { retrying, type RetryOptions } from "./retry.js";
import type { SharedCopies } from "./shared-copies.js";

export interface ItemContext {
  store: Store;
  queue: WorkQueue;
  copies: SharedCopies;
  pool: PreparePool;
  batchSize: number;
  reporter: Reporter;
  retry: RetryOptions;
  /** Checked between batches: stop after committing the current one (a signal, or the lease was lost). */
  shouldStop: () => boolean;
}

export interface ItemOutcome {
  counts: WorkItemCounts & { copies: number };
  /** False when the worker stopped before the item's end (it was released or taken over). */
  finished: boolean;
}

/**
 * Runs one work item through the pipeline: read its range → skip documents already stored → clean,
 * enrich and fingerprint (worker threads, in parallel with other workers) → under the store's write
 * lock, catch the copy index up, decide copies and commit. The last batch marks the item done in the
 * same transaction; a batch before it that was committed is skipped by its documents' keys when the
 * item is run again, so a killed worker's item can be redone from its start.
 */
export async function processItem(lease: WorkLease, ctx: ItemContext): Promise<ItemOutcome> {
  const counts = { read: 0, stored: 0, known: 0, failed: 0, copies: 0 };
  const reporter: Reporter = {
    report(problem: Problem) {
      if (problem.severity === "error") counts.failed++;
      ctx.reporter.report(problem);
    },
  };
  // Keys met earlier in this item: a document the range holds twice counts once.
  const seen = new Set<string>();
  let previous: Promise<void> = Promise.resolve();

  const commit = async (prepared: PreparedDocument[], last: boolean): Promise<void> => {
    let included: PreparedDocument[] = [];
    let copyOf: unknown[] = [];
    const ids = await retrying(
      () =>
        ctx.queue.commitBatch(
          lease,
          async () => {
            // Under the write lock: the index sees every article committed before, and so do the keys.
            await ctx.copies.catchUp();
            const known = await ctx.store.knownDocKeys(prepared.map((d) => d.docKey));
            included = prepared.filter((d) => !known.has(d.docKey));
            const decided = await ctx.copies.decide(included);
            copyOf = decided.copyOf;
            return { articles: included.map((d) => toNewArticle(d, ctx.copies.containmentSamples(d))), ...decided.commit };
          },
          last ? () => ({ read: counts.read, stored: counts.stored + included.length, known: counts.known + prepared.length - included.length, failed: counts.failed }) : null,
        ),
      ctx.retry,
    );
    ctx.copies.commit(included, ids);
    counts.known += prepared.length - included.length;
    counts.stored += ids.length;
    counts.copies += copyOf.filter(Boolean).length;
  };

  /** Filters known documents, starts preparing the rest, and commits them after the batch before. */
  const flush = async (docs: RawDocument[], last: boolean): Promise<void> => {
    const keys = docs.map(documentKey);
    const known = await retrying(() => ctx.store.knownDocKeys(keys), ctx.retry);
    const fresh: { raw: RawDocument; docKey: string }[] = [];
    docs.forEach((raw, i) => {
      if (known.has(keys[i]) || seen.has(keys[i])) counts.known++;
      else fresh.push({ raw, docKey: keys[i] });
      seen.add(keys[i]);
    });
    const preparing = ctx.pool.prepare(fresh, reporter);
    await ctx.pool.helpUntil(previous);
    previous = preparing.then((prepared) => commit(prepared.filter((d): d is PreparedDocument => d !== null), last));
    previous.catch(() => {}); // awaited by the next flush or below; this only keeps it from being reported unhandled first
  };

  let pending: RawDocument[] = [];
  let stopped = false;
  try {
    for await (const raw of readWorkItem(lease.item, reporter)) {
      // A full batch is flushed only once another document follows: the last batch must know it is last.
      if (pending.length >= ctx.batchSize) {
        await flush(pending, false);
        pending = [];
        if (ctx.shouldStop()) {
          stopped = true;
          break;
        }
      }
      counts.read++;
      pending.push(raw);
    }
    if (!stopped) await flush(pending, true);
    await ctx.pool.helpUntil(previous);
  } finally {
    await previous.catch(() => {});
  }
  return { counts, finished: !stopped };
}
