import { REPLAY_SHARE } from "../pipeline/fold-stories.js";
import type { FoldState, QueueStatus, Store, StoreCounts } from "../store/index.js";

/** Throughput is averaged over this many recent minutes: long enough to smooth batches, short enough to show a stall. */
export const THROUGHPUT_MINUTES = 5;

export interface StoreStatus {
  store: string;
  counts: StoreCounts;
  /** The pending-fold mark and the saved clustering's size and history. */
  fold: FoldState;
  /** null when the store has no queue (SQLite). */
  queue: QueueStatus | null;
}

export async function storeStatus(store: Store, options: { throughputMinutes?: number } = {}): Promise<StoreStatus> {
  const counts = await store.counts();
  const fold = await store.foldState();
  const queue = store.queue ? await store.queue.status({ throughputMinutes: options.throughputMinutes ?? THROUGHPUT_MINUTES }) : null;
  return { store: store.location, counts, fold, queue };
}

/** The stories, whether a fold is owed, and how far the saved clustering is from its next replay. */
function renderFold(c: StoreCounts, fold: FoldState): string[] {
  const owed = fold.pending ? `a fold is pending (${fold.commits - fold.folded} commit(s) not folded: the next writing command folds them)` : "folded";
  const out = [`stories: ${c.stories} stor${c.stories === 1 ? "y" : "ies"}, ${c.threads} thread(s); ${owed}`];
  const s = fold.saved;
  if (s) {
    const room = Math.max(0, Math.floor(REPLAY_SHARE * s.replayed) - s.addedSince);
    out.push(`saved clustering: ${(s.bytes / 1024 ** 2).toFixed(1)} MB; ${s.addedSince} article(s) added since the last replay of ${s.replayed}; a fold replays the store once more than ${room} more arrive`);
  } else if (c.stories > 0) {
    out.push("saved clustering: none (the next fold replays the store)");
  }
  return out;
}

/** Seconds between two ISO instants, for "last heartbeat 3s ago". */
const secondsBetween = (from: string, to: Date): number => Math.max(0, Math.round((to.getTime() - Date.parse(from)) / 1000));

/** The status for a terminal; `now` is passed in so the text is reproducible. */
export function renderStatus(status: StoreStatus, now: Date): string {
  const c = status.counts;
  const out = [`store ${status.store}: ${c.articles} article(s), ${c.copyGroups} copy group(s), ${c.copies} copies`, ...renderFold(c, status.fold)];
  const q = status.queue;
  if (!q) {
    out.push("no queue: this store takes one writer process (`newsfold ingest`); workers need PostgreSQL (--db postgres://…)");
    return `${out.join("\n")}\n`;
  }
  const i = q.items;
  out.push(
    `queue: ${i.queued} queued · ${i.leased} leased · ${i.done} done · ${i.failed} failed`,
    `documents (finished items): read ${q.docs.read} · stored ${q.docs.stored} · known ${q.docs.known} · errors ${q.docs.failed}`,
    `throughput: ${Math.round(q.throughput.docsPerMinute)} docs/min over the last ${q.throughput.minutes} min`,
    `workers alive: ${q.workers.length}`,
  );
  for (const w of q.workers) {
    out.push(`  ${w.id}  host ${w.host} pid ${w.pid}  heartbeat ${secondsBetween(w.heartbeatAt, now)}s ago  ${w.itemId === null ? "idle" : `item ${w.itemId}`}  stored ${w.stored}`);
  }
  for (const f of q.failures) out.push(`  failed item ${f.itemId} ${f.path}: ${f.reason}`);
  out.push(
    q.lastFold
      ? `last story fold: ${q.lastFold.at} through article ${q.lastFold.throughArticleId}, ${q.lastFold.stories} stories`
      : "last story fold: none yet (workers fold when the queue drains)",
  );
  return `${out.join("\n")}\n`;
}
