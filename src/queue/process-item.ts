import { ingestBatches, type CommitStep } from "../pipeline/ingest-batches.js";
import { toNewArticle, type PreparedDocument } from "../pipeline/prepare.js";
import type { PreparePool } from "../pipeline/prepare-pool.js";
import type { Store, WorkItemCounts, WorkLease, WorkQueue } from "../store/index.js";
import type { Reporter } from "../types.js";
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
 * Runs one work item through the ingest engine (pipeline/ingest-batches.ts) with a leased, fenced
 * commit. The last batch marks the item done in the same transaction; a batch before it that was
 * committed is skipped by its documents' keys when the item is run again, so a killed worker's item can
 * be redone from its start.
 */
export async function processItem(lease: WorkLease, ctx: ItemContext): Promise<ItemOutcome> {
  const counts = { read: 0, stored: 0, known: 0, failed: 0 };
  const run = await ingestBatches((reporter) => readWorkItem(lease.item, reporter), {
    store: ctx.store,
    reporter: ctx.reporter,
    pool: ctx.pool,
    batchSize: ctx.batchSize,
    commit: fencedCommit(lease, ctx, counts),
    progress: counts,
    shouldStop: ctx.shouldStop,
    knownDocKeys: (keys) => retrying(() => ctx.store.knownDocKeys(keys), ctx.retry),
  });
  const copies = run.copies.exact + run.copies.near + run.copies.contained;
  return { counts: { ...counts, copies }, finished: run.finished };
}

/**
 * Under the store's write lock, catch the copy index up with other workers' commits, drop documents
 * another worker stored meanwhile, decide copies and commit; retried whole through outages.
 */
function fencedCommit(lease: WorkLease, ctx: ItemContext, counts: WorkItemCounts): CommitStep {
  return {
    async commit(prepared: PreparedDocument[], last: boolean) {
      let included: PreparedDocument[] = [];
      let copyOf: Awaited<ReturnType<SharedCopies["decide"]>>["copyOf"] = [];
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
              return { articles: included.map((d) => toNewArticle(d, ctx.copies.containmentSamples(d))), groupChanges: decided.changes };
            },
            last ? () => ({ read: counts.read, stored: counts.stored + included.length, known: counts.known + prepared.length - included.length, failed: counts.failed }) : null,
          ),
        ctx.retry,
      );
      ctx.copies.commit(included, ids);
      return { stored: ids.length, known: prepared.length - included.length, copyOf };
    },
  };
}
