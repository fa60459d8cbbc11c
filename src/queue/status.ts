import type { QueueStatus, Store, StoreCounts } from "../store/index.js";

/** Throughput is averaged over this many recent minutes: long enough to smooth batches, short enough to show a stall. */
export const THROUGHPUT_MINUTES = 5;

export interface StoreStatus {
  store: string;
  counts: StoreCounts;
  /** null when the store has no queue (SQLite). */
  queue: QueueStatus | null;
}

export async function storeStatus(store: Store, options: { throughputMinutes?: number } = {}): Promise<StoreStatus> {
  const counts = await store.counts();
  const queue = store.queue ? await store.queue.status({ throughputMinutes: options.throughputMinutes ?? THROUGHPUT_MINUTES }) : null;
  return { store: store.location, counts, queue };
}

/** Seconds between two ISO instants, for "last heartbeat 3s ago". */
const secondsBetween = (from: string, to: Date): number => Math.max(0, Math.round((to.getTime() - Date.parse(from)) / 1000));

/** The status for a terminal; `now` is passed in so the text is reproducible. */
export function renderStatus(status: StoreStatus, now: Date): string {
  const c = status.counts;
  const out = [`store ${status.store}: ${c.articles} article(s), ${c.copyGroups} copy group(s), ${c.copies} copies`];
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
