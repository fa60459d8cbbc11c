import type { CommitBatch, NewArticle, StoredFingerprint } from "./store.js";

/**
 * The shared work queue of a store many worker processes write (PostgreSQL): `newsfold ingest --queue`
 * enqueues work items, `newsfold worker` claims them. A store without one (SQLite: one writer process)
 * has `store.queue === null`.
 *
 * Invariants every implementation keeps:
 * - An item is claimed by one worker at a time: a claim holds a lease (`expiresAt`, on the server's
 *   clock) that the worker renews by `heartbeat`; once it ends, another worker may claim the item again.
 * - A claim is fenced: `commitBatch` and `release` for a lease that was taken over do nothing and throw
 *   `queue.lease-lost`, so a worker that stalled cannot write over its successor.
 * - Copy decisions are serialised without serialising the commits: a worker decides a batch's copies
 *   before its transaction, against its index caught up from the copy commit log; the transaction
 *   inserts the articles (search vectors, entities) outside the store's write lock, then takes it,
 *   reading the commits after `copySeq` as it does, and calls `settle` with them, which keeps the decision
 *   unless a commit since touched what it read or added a fingerprint colliding with the batch (then it
 *   decides again, under the lock). Each
 *   batch's copy changes therefore see every batch committed before, as one process would, in some order.
 * - An item is marked done in the same transaction as its last batch: a done item's documents are all stored.
 *
 * @example
 * const lease = await store.queue.claim(worker.id, 60_000);
 * if (lease) await store.queue.commitBatch(lease, { articles, settle: async () => ({ groupChanges: [] }) }, () => ({ read: 3, stored: 3, known: 0, failed: 0 }));
 */
export interface WorkQueue {
  /** Adds items not already queued (same `key`); an item already there, done or not, is left as it is. */
  enqueue(items: readonly WorkItemSpec[]): Promise<{ added: number; existing: number }>;
  /** Records a worker as alive (again) with the lease it takes; rows of workers silent for a day are pruned. */
  registerWorker(worker: WorkerIdentity, leaseMs: number): Promise<void>;
  /** Removes a worker that exits cleanly. */
  unregisterWorker(workerId: string): Promise<void>;
  /**
   * Claims the oldest item that is queued or whose lease ended, for `leaseMs`; null when there is none.
   * An item whose lease ended `maxAttempts` times (its workers keep dying on it) is marked failed instead;
   * claims given back by `release` do not count.
   */
  claim(workerId: string, leaseMs: number, maxAttempts: number): Promise<WorkLease | null>;
  /** Renews the worker's liveness and its lease, if any; false when that lease was taken over or ended. */
  heartbeat(workerId: string, lease: WorkLease | null, leaseMs: number): Promise<boolean>;
  /**
   * Commits one batch of a leased item in one transaction (see above): the articles are inserted, then
   * `settle` runs under the write lock with their ids and returns the copy changes to write; `finish`
   * marks the item done with its counts in the same transaction (null: more batches follow). Returns the
   * new ids and the batch's place in the copy commit log (null when it wrote nothing there).
   */
  commitBatch(lease: WorkLease, batch: LeasedBatch, finish: (() => WorkItemCounts) | null): Promise<{ ids: number[]; seq: number | null }>;
  /** Every stored fingerprint, in one snapshot; returns the copy commit log's seq that snapshot covers. */
  copyIndexSnapshot(onFingerprint: (f: StoredFingerprint) => void): Promise<number>;
  /** What the commits after `seq` added (their fingerprints) and which stored articles and groups they touched. */
  copyCommitsSince(seq: number): Promise<CopyCommitsSince>;
  /** Gives a leased item back to the queue unfinished (a worker stopping mid-item). */
  release(lease: WorkLease): Promise<void>;
  /** Marks a leased item failed with a reason (its input cannot be read at all). */
  fail(lease: WorkLease, reason: string): Promise<void>;
  /** Items that still need a worker: queued, or leased (their worker may die and leave them to another). */
  pending(): Promise<{ queued: number; leased: number }>;
  /**
   * Runs the story fold when articles were added since the last one, under a lock only one process holds:
   * "busy" when another process is folding, "current" when nothing changed since the last fold.
   */
  foldIfDue(fold: () => Promise<{ stories: number }>): Promise<"folded" | "busy" | "current">;
  status(options: { throughputMinutes: number }): Promise<QueueStatus>;
}

/** A batch a worker commits: its articles, and its copy changes settled under the write lock. */
export interface LeasedBatch {
  articles: NewArticle[];
  /**
   * The last copy commit the caller's index holds: the commits after it are read in the same round trip
   * that takes the write lock and handed to `settle`. Omitted (null to `settle`) by a caller keeping no index.
   */
  copySeq?: number;
  settle(ids: readonly number[], since: CopyCommitsSince | null): Promise<Omit<CommitBatch, "articles" | "resetCopies">>;
}

export interface CopyCommitsSince {
  /** The last seq read (the one given when there was none after it). */
  through: number;
  fingerprints: StoredFingerprint[];
  touchedIds: Set<number>;
  touchedGroups: Set<number>;
  /** A commit regrouped the whole store (recluster): every decision made before it is stale. */
  reset: boolean;
}

/** What a work item covers: a whole file, or a range of lines (JSONL) or records (WARC) of one file. */
export interface WorkItemSpec {
  /** Absolute path, as every worker sees it (a shared file system). */
  path: string;
  unit: "file" | "lines" | "records";
  /**
   * Where the range starts: the 1-based first line (lines), the offset of the first record in the
   * decompressed stream (records); 0 for a whole file.
   */
  first: number;
  /** Where it ends, exclusive: the line after the last, the offset after the last record; null for a whole file. */
  end: number | null;
  /** Byte offset of the range in the file itself when the file is not compressed (workers seek there); else null. */
  byteStart: number | null;
  /** Byte offset where the range ends in an uncompressed file; null to its end (or when compressed). */
  byteEnd: number | null;
}

export interface WorkLease {
  itemId: number;
  workerId: string;
  /** The claim's number for this item (1 for the first): fences a worker whose lease was taken over. */
  attempt: number;
  item: WorkItemSpec;
}

export interface WorkerIdentity {
  id: string;
  host: string;
  pid: number;
}

export interface WorkItemCounts {
  read: number;
  stored: number;
  known: number;
  failed: number;
}

export interface QueueStatus {
  items: { queued: number; leased: number; done: number; failed: number };
  /** Documents read and stored by finished items. */
  docs: WorkItemCounts;
  /** Articles committed by workers over the last `minutes`, per minute. */
  throughput: { minutes: number; docsPerMinute: number };
  /** Workers whose last heartbeat is recent (within the longest lease in use, at least a minute). */
  workers: { id: string; host: string; pid: number; startedAt: string; heartbeatAt: string; itemId: number | null; stored: number }[];
  /** Failed items, most recent first (at most 10). */
  failures: { itemId: number; path: string; reason: string }[];
  lastFold: { at: string; throughArticleId: number; stories: number } | null;
}
