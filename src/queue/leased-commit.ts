import type { BatchProgress, CommitStep } from "../pipeline/ingest-batches.js";
import { toNewArticle, type PreparedDocument } from "../pipeline/prepare.js";
import type { Store, WorkLease, WorkQueue } from "../store/index.js";
import { retrying, type RetryOptions } from "./retry.js";
import type { SharedCopies } from "./shared-copies.js";

export interface LeasedCommitOptions {
  store: Store;
  queue: WorkQueue;
  lease: WorkLease;
  copies: SharedCopies;
  retry: RetryOptions;
  /** The engine's counters for this item: the last batch marks the item done with them. */
  progress: BatchProgress;
}

/**
 * The queue worker's commit step of the one ingest engine (pipeline/ingest-batches.ts): fenced by the
 * lease (a worker whose claim was taken over writes nothing) and, under the store's write lock, the
 * copy index caught up with other workers' commits before copies are decided. The last batch marks the
 * item done in the same transaction; a batch before it that was committed is skipped by its documents'
 * keys when the item is run again, so a killed worker's item can be redone from its start.
 */
export function leasedCommit(options: LeasedCommitOptions): CommitStep {
  const { store, queue, lease, copies, progress } = options;
  return {
    async commit(prepared: PreparedDocument[], last: boolean) {
      let included: PreparedDocument[] = [];
      let copyOf: Awaited<ReturnType<SharedCopies["decide"]>>["copyOf"] = [];
      const ids = await retrying(
        () =>
          queue.commitBatch(
            lease,
            async () => {
              // Under the write lock: the index sees every article committed before, and so do the keys.
              await copies.catchUp();
              const known = await store.knownDocKeys(prepared.map((d) => d.docKey));
              included = prepared.filter((d) => !known.has(d.docKey));
              const decided = await copies.decide(included);
              copyOf = decided.copyOf;
              return { articles: included.map((d) => toNewArticle(d, copies.containmentSamples(d))), ...decided.commit };
            },
            last
              ? () => ({ read: progress.read, stored: progress.stored + included.length, known: progress.known + prepared.length - included.length, failed: progress.failed })
              : null,
          ),
        options.retry,
      );
      copies.commit(included, ids);
      return { stored: ids.length, known: prepared.length - included.length, copyOf };
    },
  };
}
