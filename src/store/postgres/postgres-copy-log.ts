import type { Pool, PoolClient } from "pg";
import { WRITE_LOCK_CLASS } from "./postgres-config.js";
import type { ArticleRef, CommitBatch, StoredFingerprint } from "../store.js";
import type { CopyCommitsSince } from "../work-queue.js";
import { toStoredFingerprint, type FingerprintRow } from "../shared-rows.js";

/**
 * The copy commit log (`copy_commits`, migration 11): every commit that adds articles or changes copy
 * groups writes one row under the write lock, so its `seq` follows commit order even though article ids
 * (taken before the lock) do not. Workers catch their copy index up from it, and re-check a copy decision
 * made outside the lock against the rows written since.
 */

const FINGERPRINT_COLUMNS = "id, exact_hash, signature, containment_samples, group_id, published_sort, length";
/** Rows read per step when loading the whole index. */
const SNAPSHOT_CHUNK = 2_000;

/** What a batch's row of the log records: the articles it added and those and the groups it touched; null when it changed nothing. */
export function copyLogEntry(ids: readonly number[], batch: CommitBatch): { touchedIds: number[]; touchedGroups: number[] } | null {
  const resolve = (ref: ArticleRef): number => ("id" in ref ? ref.id : ids[ref.batchIndex]);
  const touchedIds = new Set<number>(batch.ungroupedIds ?? []);
  const touchedGroups = new Set<number>([...(batch.dissolvedGroupIds ?? [])]);
  for (const change of batch.groupChanges) {
    touchedIds.add(resolve(change.canonical));
    for (const m of change.members) touchedIds.add(resolve(m.ref));
    if (change.groupId !== null) touchedGroups.add(change.groupId);
    for (const g of change.mergedGroupIds) touchedGroups.add(g);
  }
  for (const l of batch.copyLinks ?? []) {
    touchedIds.add(resolve(l.a));
    touchedIds.add(resolve(l.b));
  }
  if (ids.length === 0 && touchedIds.size === 0 && touchedGroups.size === 0 && !batch.resetCopies) return null;
  return { touchedIds: [...touchedIds], touchedGroups: [...touchedGroups] };
}

/** A log row as the driver gives it: bigint arrays come as strings (the pool parses only scalar bigints). */
interface LogRow {
  seq: number;
  article_ids: string[];
  touched_ids: string[];
  touched_groups: string[];
  reset: boolean;
}

/** Folds log rows (in seq order) and their articles' fingerprints into what those commits did. */
function sinceOf(seq: number, log: readonly LogRow[], fingerprints: readonly FingerprintRow[]): CopyCommitsSince {
  const out: CopyCommitsSince = { through: seq, fingerprints: fingerprints.map(toStoredFingerprint), touchedIds: new Set(), touchedGroups: new Set(), reset: false };
  for (const r of log) {
    out.through = r.seq;
    for (const id of r.touched_ids) out.touchedIds.add(Number(id));
    for (const g of r.touched_groups) out.touchedGroups.add(Number(g));
    out.reset ||= r.reset;
  }
  return out;
}

/** What the commits after `seq` added and touched, with the new articles' fingerprints. */
export async function copyCommitsSince(pool: Pool, schema: string, seq: number): Promise<CopyCommitsSince> {
  const { rows } = await pool.query<LogRow>(`SELECT seq, article_ids, touched_ids, touched_groups, reset FROM ${schema}.copy_commits WHERE seq > $1 ORDER BY seq`, [seq]);
  const articleIds = rows.flatMap((r) => r.article_ids.map(Number));
  const fps = articleIds.length === 0 ? [] : (await pool.query<FingerprintRow>(`SELECT ${FINGERPRINT_COLUMNS} FROM ${schema}.articles WHERE id = ANY($1::bigint[]) ORDER BY id`, [articleIds])).rows;
  return sinceOf(seq, rows, fps);
}

/**
 * Takes the store's write lock for the rest of the transaction (see WRITE_LOCK_CLASS) and, in the same
 * round trip, reads the commits after `after` (null: only the lock); `onLocked` is called as soon as it
 * returns, before the rows are decoded (the lock-time measure). One call, so the lock holder is
 * not waiting on its own client between taking the lock and learning what to re-check (migration 14).
 */
export async function lockWritesAndCatchUp(client: PoolClient, schema: string, after: number | null, onLocked?: () => void): Promise<CopyCommitsSince | null> {
  const { rows } = await client.query<LogRow & FingerprintRow>(
    `SELECT * FROM ${schema}.lock_writes_and_read_copy_log($1::int, hashtext($2), $3::bigint)`,
    [WRITE_LOCK_CLASS, schema, after],
  );
  onLocked?.();
  if (after === null) return null;
  return sinceOf(after, rows.filter((r) => r.seq !== null), rows.filter((r) => r.id !== null));
}

/**
 * Every stored fingerprint and the log's last seq, read in one snapshot: exactly the articles of the
 * commits up to that seq, so catching up from it adds each later article once.
 */
export async function snapshotCopyIndex(pool: Pool, schema: string, onFingerprint: (f: StoredFingerprint) => void): Promise<number> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ seq: number }>(`SELECT coalesce(max(seq), 0)::bigint AS seq FROM ${schema}.copy_commits`);
    for (let after = 0; ; ) {
      const chunk = await client.query<FingerprintRow>(`SELECT ${FINGERPRINT_COLUMNS} FROM ${schema}.articles WHERE id > $1 ORDER BY id LIMIT $2`, [after, SNAPSHOT_CHUNK]);
      for (const r of chunk.rows) onFingerprint(toStoredFingerprint(r));
      if (chunk.rows.length < SNAPSHOT_CHUNK) break;
      after = chunk.rows[chunk.rows.length - 1].id;
    }
    await client.query("COMMIT");
    return Number(rows[0].seq);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}
