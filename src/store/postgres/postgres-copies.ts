import type { Pool, PoolClient } from "pg";
import type { CopyLink } from "../../copies/links.js";
import type { ArticleRef, CommitBatch, CopyState } from "../store.js";
import { toCopyLink, type LinkRow } from "../shared-rows.js";

/** Copy links and the group facts canonical election reads (see copies/star.ts), for the PostgreSQL store. */

const LINK_COLUMNS = "a_id, b_id, kind, jaccard, a_in_b, b_in_a, a_size, b_size, a_start, a_end, b_start, b_end";

/** The batch's dissolutions and ungroupings (before its group changes), then its links, in the caller's transaction. */
export async function applyUngrouping(client: PoolClient, schema: string, batch: CommitBatch): Promise<void> {
  if (batch.resetCopies) {
    await client.query(`DELETE FROM ${schema}.copy_links`);
    await client.query(`DELETE FROM ${schema}.copy_groups`);
    await client.query(`DELETE FROM ${schema}.newsfold_meta WHERE key = 'copies_regroup'`);
    await client.query(`UPDATE ${schema}.articles SET group_id = NULL, copy_kind = NULL, similarity = NULL WHERE group_id IS NOT NULL`);
  }
  if (batch.dissolvedGroupIds?.length) await client.query(`DELETE FROM ${schema}.copy_groups WHERE id = ANY($1::bigint[])`, [batch.dissolvedGroupIds]);
  if (batch.ungroupedIds?.length) {
    await client.query(`UPDATE ${schema}.articles SET group_id = NULL, copy_kind = NULL, similarity = NULL WHERE id = ANY($1::bigint[])`, [batch.ungroupedIds]);
  }
}

export async function insertLinks(client: PoolClient, schema: string, batch: CommitBatch, resolve: (ref: ArticleRef) => number): Promise<void> {
  const links = batch.copyLinks ?? [];
  if (links.length === 0) return;
  const col = <T>(f: (l: CopyLink<ArticleRef>) => T) => links.map(f);
  await client.query(
    `INSERT INTO ${schema}.copy_links (${LINK_COLUMNS})
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::int[], $8::int[],
                          $9::int[], $10::int[], $11::int[], $12::int[])
     ON CONFLICT (a_id, b_id) DO UPDATE SET kind = EXCLUDED.kind, jaccard = EXCLUDED.jaccard, a_in_b = EXCLUDED.a_in_b, b_in_a = EXCLUDED.b_in_a,
       a_size = EXCLUDED.a_size, b_size = EXCLUDED.b_size, a_start = EXCLUDED.a_start, a_end = EXCLUDED.a_end, b_start = EXCLUDED.b_start, b_end = EXCLUDED.b_end`,
    [
      col((l) => resolve(l.a)),
      col((l) => resolve(l.b)),
      col((l) => l.kind),
      col((l) => l.jaccard),
      col((l) => l.aInB),
      col((l) => l.bInA),
      col((l) => l.aSize),
      col((l) => l.bSize),
      col((l) => l.passage?.aStart ?? null),
      col((l) => l.passage?.aEnd ?? null),
      col((l) => l.passage?.bStart ?? null),
      col((l) => l.passage?.bEnd ?? null),
    ],
  );
}

export async function readCopyStates(pool: Pool, schema: string, ids: readonly number[]): Promise<CopyState[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query<{ id: string; published_sort: string | null; length: number; exact_hash: string; doc_key: string; group_id: string | null; canonical_id: string | null }>(
    `SELECT a.id, a.published_sort, a.length, a.exact_hash, a.doc_key, a.group_id, g.canonical_id
     FROM ${schema}.articles a LEFT JOIN ${schema}.copy_groups g ON g.id = a.group_id WHERE a.id = ANY($1::bigint[])`,
    [ids],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    published: r.published_sort,
    length: r.length,
    exactHash: r.exact_hash,
    docKey: r.doc_key,
    groupId: r.group_id === null ? null : Number(r.group_id),
    canonicalId: r.canonical_id === null ? null : Number(r.canonical_id),
  }));
}

export async function readCopyLinks(pool: Pool, schema: string, ids: readonly number[]): Promise<CopyLink[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query<LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM ${schema}.copy_links WHERE a_id = ANY($1::bigint[])
     UNION SELECT ${LINK_COLUMNS} FROM ${schema}.copy_links WHERE b_id = ANY($1::bigint[])`,
    [ids],
  );
  return rows.map(toCopyLink);
}

export async function readCopyLinksAfter(pool: Pool, schema: string, after: [number, number], limit: number): Promise<CopyLink[]> {
  const { rows } = await pool.query<LinkRow>(
    `SELECT ${LINK_COLUMNS} FROM ${schema}.copy_links WHERE (a_id, b_id) > ($1, $2) ORDER BY a_id, b_id LIMIT $3`,
    [after[0], after[1], limit],
  );
  return rows.map(toCopyLink);
}

export async function regroupNeeded(pool: Pool, schema: string): Promise<boolean> {
  const { rows } = await pool.query(`SELECT 1 FROM ${schema}.newsfold_meta WHERE key = 'copies_regroup'`);
  return rows.length > 0;
}
