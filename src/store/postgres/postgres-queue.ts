import type { Pool, PoolClient } from "pg";
import { NewsfoldError } from "../../errors.js";
import type { CommitBatch, NewArticle } from "../store.js";
import type { QueueStatus, WorkItemCounts, WorkItemSpec, WorkLease, WorkQueue, WorkerIdentity } from "../work-queue.js";
import { FOLD_LOCK_CLASS } from "./postgres-config.js";
import { mapPostgresError } from "./postgres-errors.js";
import type { CommitWith } from "./postgres-copies.js";
import { copyCommitsSince, lockWritesAndCatchUp, snapshotCopyIndex } from "./postgres-copy-log.js";

/** Items inserted per statement when enqueueing: a crawl of a million files goes in bounded statements. */
const ENQUEUE_CHUNK = 5_000;
/** Failed items `status` lists. */
const FAILURES_SHOWN = 10;
/** A worker counts as alive for at least this long after its heartbeat, whatever its lease. */
const MIN_ALIVE_MS = 60_000;

export interface PostgresQueueDeps {
  pool: Pool;
  schema: string;
  location: string;
  /** The store's transaction runner (maps driver errors; `commitWith` ends the transaction with a last statement). */
  transaction<T>(fn: (client: PoolClient, commitWith: CommitWith) => Promise<T>): Promise<T>;
  /** The store's article writer (rows, search vectors, entities): needs no lock. */
  insertRows(client: PoolClient, articles: readonly NewArticle[]): Promise<number[]>;
  /** The store's copy-change writer (groups, links, the copy commit log), run under the write lock and committing; returns the log seq. */
  writeCopiesAndCommit(commitWith: CommitWith, client: PoolClient, ids: readonly number[], batch: CommitBatch): Promise<number | null>;
}

interface ItemRow {
  id: number;
  attempts: number;
  path: string;
  unit: WorkItemSpec["unit"];
  first: number;
  end: number | null;
  byte_start: number | null;
  byte_end: number | null;
}

const leaseLost = (lease: WorkLease): NewsfoldError =>
  new NewsfoldError("queue.lease-lost", `work item ${lease.itemId} (${lease.item.path}) was taken over by another worker after this worker's lease ended; its work there stops`, {
    details: { itemId: lease.itemId, attempt: lease.attempt },
  });

/** The work queue in the store's schema: `FOR UPDATE SKIP LOCKED` claims, leases on the server's clock. */
export function createPostgresQueue(deps: PostgresQueueDeps): WorkQueue {
  const { pool, schema: s } = deps;
  const query = async <R extends object>(sql: string, values: unknown[] = []): Promise<{ rows: R[]; rowCount: number }> => {
    try {
      const result = await pool.query(sql, values);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw mapPostgresError(error, deps.location);
    }
  };
  /** The row of a lease that is still this worker's claim, locked until the transaction ends. */
  const fence = async (client: PoolClient, lease: WorkLease): Promise<void> => {
    const { rowCount } = await client.query(
      `SELECT 1 FROM ${s}.work_items WHERE id = $1 AND worker_id = $2 AND attempts = $3 AND state = 'leased' FOR UPDATE`,
      [lease.itemId, lease.workerId, lease.attempt],
    );
    if (!rowCount) throw leaseLost(lease);
  };

  return {
    async enqueue(items) {
      let added = 0;
      for (let i = 0; i < items.length; i += ENQUEUE_CHUNK) {
        const chunk = items.slice(i, i + ENQUEUE_CHUNK);
        const { rowCount } = await query(
          `INSERT INTO ${s}.work_items (path, unit, first, "end", byte_start, byte_end)
           SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[])
           ON CONFLICT (path, unit, first) DO NOTHING`,
          [chunk.map((x) => x.path), chunk.map((x) => x.unit), chunk.map((x) => x.first), chunk.map((x) => x.end), chunk.map((x) => x.byteStart), chunk.map((x) => x.byteEnd)],
        );
        added += rowCount;
      }
      return { added, existing: items.length - added };
    },

    async registerWorker(worker: WorkerIdentity, leaseMs: number) {
      await query(`DELETE FROM ${s}.workers WHERE heartbeat_at < now() - interval '1 day'`);
      await query(`DELETE FROM ${s}.work_commits WHERE committed_at < now() - interval '1 day'`);
      await query(
        `INSERT INTO ${s}.workers (id, host, pid, lease_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), lease_ms = excluded.lease_ms`,
        [worker.id, worker.host, worker.pid, leaseMs],
      );
    },

    async unregisterWorker(workerId) {
      await query(`DELETE FROM ${s}.workers WHERE id = $1`, [workerId]);
    },

    async claim(workerId, leaseMs, maxAttempts) {
      // Items whose workers keep dying on them (a page that crashes the process) stop being retried.
      await query(
        `UPDATE ${s}.work_items SET state = 'failed', finished_at = now(), worker_id = NULL, expires_at = NULL,
           error = format('its lease ended %s times without the item finishing (workers killed, or out of memory on it?)', attempts - released)
         WHERE state = 'leased' AND expires_at < now() AND attempts - released >= $1`,
        [maxAttempts],
      );
      const { rows } = await query<ItemRow>(
        `UPDATE ${s}.work_items w SET state = 'leased', worker_id = $1, attempts = w.attempts + 1,
           expires_at = now() + $2::float8 * interval '1 millisecond'
         WHERE w.id = (
           SELECT id FROM ${s}.work_items
           WHERE state IN ('queued', 'leased') AND (state = 'queued' OR expires_at < now())
           ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING w.id, w.attempts, w.path, w.unit, w.first, w."end", w.byte_start, w.byte_end`,
        [workerId, leaseMs],
      );
      if (rows.length === 0) return null;
      const r = rows[0];
      await query(`UPDATE ${s}.workers SET item_id = $2, heartbeat_at = now() WHERE id = $1`, [workerId, r.id]);
      return {
        itemId: r.id,
        workerId,
        attempt: r.attempts,
        item: { path: r.path, unit: r.unit, first: r.first, end: r.end, byteStart: r.byte_start, byteEnd: r.byte_end },
      };
    },

    async heartbeat(workerId, lease, leaseMs) {
      await query(`UPDATE ${s}.workers SET heartbeat_at = now(), item_id = $2 WHERE id = $1`, [workerId, lease?.itemId ?? null]);
      if (!lease) return true;
      // A lease whose item was just finished (its last batch committed) is not lost: it is simply over.
      const { rowCount } = await query(
        `UPDATE ${s}.work_items SET expires_at = CASE WHEN state = 'leased' THEN now() + $4::float8 * interval '1 millisecond' END
         WHERE id = $1 AND worker_id = $2 AND attempts = $3 AND state IN ('leased', 'done')`,
        [lease.itemId, workerId, lease.attempt, leaseMs],
      );
      return rowCount > 0;
    },

    async commitBatch(lease, batch, finish) {
      let lockedAt: number | null = null;
      const result = await deps.transaction(async (client, commitWith) => {
        await fence(client, lease);
        // The costly writes (rows, search vectors, entity links) run beside other workers' …
        const ids = await deps.insertRows(client, batch.articles);
        if (ids.length > 0) await client.query(`UPDATE ${s}.workers SET stored = stored + $2 WHERE id = $1`, [lease.workerId, ids.length]);
        if (finish) {
          // The item's own row (locked by the fence): marked done before the lock, to keep the serial section short.
          const finished = finish();
          await client.query(
            `UPDATE ${s}.work_items SET state = 'done', finished_at = now(), expires_at = NULL,
               docs_read = $2, docs_stored = $3, docs_known = $4, docs_failed = $5 WHERE id = $1`,
            [lease.itemId, finished.read, finished.stored, finished.known, finished.failed],
          );
        }
        let seq: number | null = null;
        if (ids.length > 0) {
          // … and only settling the copies waits for them: the serial section every worker passes, two
          // round trips (taking the lock reads what was committed since the worker last looked; writing
          // the copy changes commits).
          const since = await lockWritesAndCatchUp(client, s, batch.copySeq ?? null, () => (lockedAt = performance.now()));
          const changes = await batch.settle(ids, since);
          seq = await deps.writeCopiesAndCommit(commitWith, client, ids, { articles: batch.articles, ...changes });
        }
        return { ids, seq };
      });
      if (lockedAt !== null) {
        // After the commit, so the lock time includes it; a lost row only thins the throughput figures.
        const lockedMs = performance.now() - lockedAt;
        await query(`INSERT INTO ${s}.work_commits (docs, locked_ms, worker_id) VALUES ($1, $2, $3)`, [result.ids.length, lockedMs, lease.workerId]).catch(() => {});
      }
      return result;
    },

    async copyIndexSnapshot(onFingerprint) {
      try {
        return await snapshotCopyIndex(pool, s, onFingerprint);
      } catch (error) {
        throw mapPostgresError(error, deps.location);
      }
    },

    async copyCommitsSince(seq) {
      try {
        return await copyCommitsSince(pool, s, seq);
      } catch (error) {
        throw mapPostgresError(error, deps.location);
      }
    },

    async release(lease) {
      await deps.transaction(async (client) => {
        await fence(client, lease);
        await client.query(
          `UPDATE ${s}.work_items SET state = 'queued', worker_id = NULL, expires_at = NULL, released = released + 1 WHERE id = $1`,
          [lease.itemId],
        );
      });
    },

    async fail(lease, reason) {
      await deps.transaction(async (client) => {
        await fence(client, lease);
        await client.query(`UPDATE ${s}.work_items SET state = 'failed', finished_at = now(), expires_at = NULL, error = $2 WHERE id = $1`, [lease.itemId, reason]);
      });
    },

    async pending() {
      const { rows } = await query<{ queued: number; leased: number }>(
        `SELECT count(*) FILTER (WHERE state = 'queued')::int AS queued, count(*) FILTER (WHERE state = 'leased')::int AS leased
         FROM ${s}.work_items WHERE state IN ('queued', 'leased')`,
      );
      return rows[0];
    },

    async foldIfDue(fold) {
      const client = await pool.connect().catch((error: unknown) => {
        throw mapPostgresError(error, deps.location);
      });
      let broken = false;
      try {
        // Session-level: held across the fold's own transactions, released with the connection if this process dies.
        const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1::int, hashtext($2)) AS ok", [FOLD_LOCK_CLASS, s]);
        if (!rows[0].ok) return "busy";
        try {
          const state = await client.query<{ through: number; pending: boolean }>(
            `SELECT (SELECT coalesce(max(id), 0) FROM ${s}.articles)::bigint AS through,
                    (SELECT commits > folded FROM ${s}.fold_state) AS pending`,
          );
          // The pending-fold mark (see Store.foldState): also set when a fold was killed before its swap.
          const { through, pending } = state.rows[0];
          if (!pending) return "current";
          const result = await fold();
          await client.query(
            `INSERT INTO ${s}.story_folds (id, through_article_id, folded_at, stories) VALUES (1, $1, now(), $2)
             ON CONFLICT (id) DO UPDATE SET through_article_id = excluded.through_article_id, folded_at = excluded.folded_at, stories = excluded.stories`,
            [through, result.stories],
          );
          return "folded";
        } finally {
          await client.query("SELECT pg_advisory_unlock($1::int, hashtext($2))", [FOLD_LOCK_CLASS, s]).catch(() => (broken = true));
        }
      } catch (error) {
        broken = true;
        throw mapPostgresError(error, deps.location);
      } finally {
        client.release(broken);
      }
    },

    async status({ throughputMinutes }): Promise<QueueStatus> {
      const items = { queued: 0, leased: 0, done: 0, failed: 0 };
      const byState = await query<{ state: keyof typeof items; n: number }>(`SELECT state, count(*)::int AS n FROM ${s}.work_items GROUP BY state`);
      for (const r of byState.rows) items[r.state] = r.n;
      const docs = await query<WorkItemCounts>(
        `SELECT coalesce(sum(docs_read), 0)::bigint AS read, coalesce(sum(docs_stored), 0)::bigint AS stored,
                coalesce(sum(docs_known), 0)::bigint AS known, coalesce(sum(docs_failed), 0)::bigint AS failed
         FROM ${s}.work_items WHERE state = 'done'`,
      );
      const recent = await query<{ n: number }>(
        `SELECT coalesce(sum(docs), 0)::bigint AS n FROM ${s}.work_commits WHERE committed_at > now() - $1::float8 * interval '1 minute'`,
        [throughputMinutes],
      );
      const workers = await query<{ id: string; host: string; pid: number; started_at: Date; heartbeat_at: Date; item_id: number | null; stored: number }>(
        `SELECT id, host, pid, started_at, heartbeat_at, item_id, stored FROM ${s}.workers
         WHERE heartbeat_at > now() - greatest(lease_ms, $1::int) * interval '1 millisecond' ORDER BY started_at, id`,
        [MIN_ALIVE_MS],
      );
      const failures = await query<{ id: number; path: string; error: string | null }>(
        `SELECT id, path, error FROM ${s}.work_items WHERE state = 'failed' ORDER BY finished_at DESC, id DESC LIMIT $1`,
        [FAILURES_SHOWN],
      );
      const fold = await query<{ folded_at: Date; through_article_id: number; stories: number }>(`SELECT folded_at, through_article_id, stories FROM ${s}.story_folds`);
      return {
        items,
        docs: docs.rows[0],
        throughput: { minutes: throughputMinutes, docsPerMinute: recent.rows[0].n / throughputMinutes },
        workers: workers.rows.map((w) => ({
          id: w.id,
          host: w.host,
          pid: w.pid,
          startedAt: w.started_at.toISOString(),
          heartbeatAt: w.heartbeat_at.toISOString(),
          itemId: w.item_id,
          stored: w.stored,
        })),
        failures: failures.rows.map((f) => ({ itemId: f.id, path: f.path, reason: f.error ?? "" })),
        lastFold: fold.rows.length === 0 ? null : { at: fold.rows[0].folded_at.toISOString(), throughArticleId: fold.rows[0].through_article_id, stories: fold.rows[0].stories },
      };
    },
  };
}
