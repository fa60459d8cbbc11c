import type { Pool, PoolClient } from "pg";
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

/** Writes the batch's row (inside its transaction, under the write lock); returns its seq, or null when the batch changed nothing. */
export async function logCopyCommit(client: PoolClient, schema: string, ids: readonly number[], batch: CommitBatch): Promise<number | null> {
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
  const { rows } = await client.query<{ seq: number }>(
    `INSERT INTO ${schema}.copy_commits (article_ids, touched_ids, touched_groups, reset) VALUES ($1::bigint[], $2::bigint[], $3::bigint[], $4) RETURNING seq`,
    [ids, [...touchedIds], [...touchedGroups], batch.resetCopies === true],
  );
  return Number(rows[0].seq);
}

/** What the commits after `seq` added and touched, with the new articles' fingerprints. */
export async function copyCommitsSince(pool: Pool, schema: string, seq: number): Promise<CopyCommitsSince> {
  const { rows } = await pool.query<{ seq: number; article_ids: string[]; touched_ids: string[]; touched_groups: string[]; reset: boolean }>(
    `SELECT seq, article_ids, touched_ids, touched_groups, reset FROM ${schema}.copy_commits WHERE seq > $1 ORDER BY seq`,
    [seq],
  );
  const out: CopyCommitsSince = { through: seq, fingerprints: [], touchedIds: new Set(), touchedGroups: new Set(), reset: false };
  const articleIds: number[] = [];
  for (const r of rows) {
    out.through = Number(r.seq);
    for (const id of r.article_ids) articleIds.push(Number(id));
    for (const id of r.touched_ids) out.touchedIds.add(Number(id));
    for (const g of r.touched_groups) out.touchedGroups.add(Number(g));
    out.reset ||= r.reset;
  }
  if (articleIds.length > 0) {
    const fps = await pool.query<FingerprintRow>(`SELECT ${FINGERPRINT_COLUMNS} FROM ${schema}.articles WHERE id = ANY($1::bigint[]) ORDER BY id`, [articleIds]);
    out.fingerprints = fps.rows.map(toStoredFingerprint);
  }
  return out;
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
