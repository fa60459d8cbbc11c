import type { Pool, PoolClient, QueryResult } from "pg";
import type { CopyLink } from "../../copies/links.js";
import { copyLogEntry } from "./postgres-copy-log.js";
import type { ArticleRef, CommitBatch, CopyState } from "../store.js";
import { toCopyLink, type LinkRow } from "../shared-rows.js";

/** Copy links and the group facts canonical election reads (see copies/star.ts), for the PostgreSQL store. */

/** Columns of a copy_links row, as read back (written by write_copy_changes). */
const LINK_COLUMNS = "a_id, b_id, kind, jaccard, a_in_b, b_in_a, a_size, b_size, a_start, a_end, b_start, b_end";

/** Ends the caller's transaction with `statement`: it and the COMMIT in one round trip (see the store's transaction runner). */
export type CommitWith = (statement: string) => Promise<QueryResult>;

/**
 * Writes a batch's copy changes, its pending-fold count and its row of the copy commit log in one call
 * (write_copy_changes, migration 14) and commits the caller's transaction in the same round trip: under
 * the write lock, the holder then waits on no client of its own between writing and releasing it.
 * Values go in as literals (a message of two statements takes no bound parameters). Returns the log
 * row's seq, or null when the batch changed nothing.
 */
export async function writeCopyChangesAndCommit(commitWith: CommitWith, client: PoolClient, schema: string, ids: readonly number[], batch: CommitBatch): Promise<number | null> {
  const resolve = (ref: ArticleRef): number => ("id" in ref ? ref.id : ids[ref.batchIndex]);
  const changes = batch.groupChanges.map((c) => ({
    merged: c.mergedGroupIds,
    group: c.groupId,
    canonical: resolve(c.canonical),
    members: c.members.map((m) => ({ id: resolve(m.ref), kind: m.kind, similarity: m.similarity })),
  }));
  const links = (batch.copyLinks ?? []).map((l) => ({
    a_id: resolve(l.a),
    b_id: resolve(l.b),
    kind: l.kind,
    jaccard: l.jaccard,
    a_in_b: l.aInB,
    b_in_a: l.bInA,
    a_size: l.aSize,
    b_size: l.bSize,
    a_start: l.passage?.aStart ?? null,
    a_end: l.passage?.aEnd ?? null,
    b_start: l.passage?.bStart ?? null,
    b_end: l.passage?.bEnd ?? null,
  }));
  const log = copyLogEntry(ids, batch);
  const countsForFold = batch.articles.length > 0 || batch.groupChanges.length > 0 || batch.resetCopies === true;
  const idArray = (xs: readonly number[]): string => `'{${xs.map((x) => String(Math.trunc(x))).join(",")}}'::bigint[]`;
  const json = (value: unknown): string => `${client.escapeLiteral(JSON.stringify(value))}::jsonb`;
  const args = [
    idArray(ids),
    String(batch.resetCopies === true),
    idArray(batch.dissolvedGroupIds ?? []),
    idArray(batch.ungroupedIds ?? []),
    json(changes),
    json(links),
    String(countsForFold),
    String(log !== null),
    idArray(log?.touchedIds ?? []),
    idArray(log?.touchedGroups ?? []),
  ];
  const { rows } = await commitWith(`SELECT ${schema}.write_copy_changes(${args.join(", ")}) AS seq`);
  return (rows[0] as { seq: number | null }).seq;
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
