import type { Pool } from "pg";
import type { Provenance } from "../../types.js";
import { sourceRows, type SightedArticle } from "../article-sources.js";
import type { OtherSource, SourceSighting } from "../store.js";
import { toJsonb } from "./postgres-write.js";

/**
 * The other places of stored documents (`article_sources`, see article-sources.ts), for the PostgreSQL
 * store: one query resolves the keys, one statement inserts the new places. No lock is needed: a place
 * two workers record at once is kept once by the unique key.
 */
export async function recordSources(pool: Pool, schema: string, sightings: readonly SourceSighting[]): Promise<void> {
  if (sightings.length === 0) return;
  const keys = [...new Set(sightings.map((x) => x.docKey))];
  const { rows: found } = await pool.query<{ id: number; doc_key: string; provenance: Provenance }>(
    `SELECT id, doc_key, provenance FROM ${schema}.articles WHERE doc_key = ANY($1::text[])`,
    [keys],
  );
  const articles = new Map<string, SightedArticle>(found.map((r) => [r.doc_key, { id: r.id, provenance: r.provenance }]));
  // As jsonb keeps it (without U+0000), so a place compares equal to the article's own as stored.
  const asStored = sightings.map((x) => ({ docKey: x.docKey, provenance: JSON.parse(toJsonb(x.provenance) as string) as Provenance }));
  const rows = sourceRows(asStored, articles);
  if (rows.length === 0) return;
  await pool.query(
    `INSERT INTO ${schema}.article_sources (article_id, source_key, provenance)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::jsonb[])
     ON CONFLICT (article_id, source_key) DO NOTHING`,
    [rows.map((r) => r.articleId), rows.map((r) => r.sourceKey), rows.map((r) => r.provenance)],
  );
}

/** The other places of these articles, each article's first seen first. */
export async function sourcesOf(pool: Pool, schema: string, articleIds: readonly number[]): Promise<Map<number, OtherSource[]>> {
  const byArticle = new Map<number, OtherSource[]>();
  if (articleIds.length === 0) return byArticle;
  const { rows } = await pool.query<{ article_id: number; provenance: Provenance; seen_at: Date }>(
    `SELECT article_id, provenance, seen_at FROM ${schema}.article_sources WHERE article_id = ANY($1::bigint[]) ORDER BY id`,
    [articleIds],
  );
  for (const r of rows) {
    const list = byArticle.get(r.article_id) ?? [];
    list.push({ ...r.provenance, seenAt: r.seen_at.toISOString() });
    byArticle.set(r.article_id, list);
  }
  return byArticle;
}
