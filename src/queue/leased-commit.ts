import type { BatchProgress, CommitStep } from "../pipeline/ingest-batches.js";
import type { CopyDecision } from "../pipeline/copy-decider.js";
import { toNewArticle, type PreparedDocument } from "../pipeline/prepare.js";
import type { CopyCommitsSince, Store, WorkLease, WorkQueue } from "../store/index.js";
import { isTransient, retrying, type RetryOptions } from "./retry.js";
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
 * The queue worker's commit step of the one ingest engine (pipeline/ingest-batches.ts), fenced by the
 * lease (a worker whose claim was taken over writes nothing). Copies are decided before the transaction
 * against the index caught up from the copy commit log; under the write lock the index catches up again
 * and the decision is kept unless what came in between can change it (SharedCopies.stale). The last
 * batch marks the item done in the same transaction; a batch before it that was committed is skipped by
 * its documents' keys when the item is run again, so a killed worker's item can be redone from its start.
 */
export function leasedCommit(options: LeasedCommitOptions): CommitStep {
  const { store, queue, lease, copies, progress } = options;
  return {
    async commit(prepared: PreparedDocument[], last: boolean) {
      let included: PreparedDocument[] = [];
      let decision: CopyDecision | null = null;
      const { ids, seq } = await retrying(async () => {
        // Keys another worker stored since they were looked up; one stored meanwhile fails the batch as a duplicate, retried here.
        const known = await store.knownDocKeys(prepared.map((d) => d.docKey));
        included = prepared.filter((d) => !known.has(d.docKey));
        await copies.catchUp();
        // Outside the lock the decision's reads may straddle another worker's commit: one that reads an
        // inconsistent group (and fails) is simply made again under the lock, like a stale one.
        let decided = await copies.decide(included).catch((error: unknown) => {
          if (isTransient(error)) throw error;
          return null;
        });
        const articles = included.map(toNewArticle);
        const settle = async (_ids: readonly number[], read: CopyCommitsSince | null) => {
          // copySeq was given, so the commits since it were read as the lock was taken.
          const since = copies.absorb(read as CopyCommitsSince);
          if (decided === null || copies.stale(decided, since, included)) {
            decided = await copies.decide(included);
          }
          decision = decided;
          return (decided as CopyDecision).commit;
        };
        const counts = () => ({ read: progress.read, stored: progress.stored + included.length, known: progress.known + prepared.length - included.length, failed: progress.failed });
        return queue.commitBatch(lease, { articles, copySeq: copies.seq, settle }, last ? counts : null);
      }, options.retry);
      copies.commit(included, ids, seq);
      const stored = new Set(included);
      const sightings = prepared.filter((d) => !stored.has(d)).map((d) => ({ docKey: d.docKey, provenance: d.raw.provenance }));
      return { stored: ids.length, known: sightings.length, copyOf: (decision as CopyDecision | null)?.copyOf ?? [], sightings };
    },
  };
}
