import type { Pool } from "pg";
import { personKey } from "../../enrich/person-key.js";
import type { EntityType } from "../../enrich/types.js";
import type { ArticleEntity, EntitySummary, Page } from "../store.js";
import { foldName } from "../shared-rows.js";


/** `text` as a literal inside a LIKE pattern (escape character `\`). */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Entity ids a user's words stand for: an id as given ("place:KZ"); otherwise every entity whose name
 * contains the words (case and accents aside), and people whose name key matches, so one spelling
 * finds the others ("Selenskyj" finds "Volodymyr Zelensky"). Same semantics as the SQLite store.
 */
export async function resolveEntityIds(pool: Pool, schema: string, entity: string): Promise<string[]> {
  const wanted = entity.trim();
  if (wanted === "") return [];
  if (/^(person|place|org):/.test(wanted)) return [wanted];
  const key = personKey(wanted);
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM ${schema}.entities
     WHERE name_folded LIKE '%' || $1 || '%'
        OR id = 'person:' || $2
        OR (id LIKE 'person:%' AND id LIKE '%' || $3)`,
    [
      likeLiteral(foldName(wanted)),
      key !== "" && !key.startsWith("-") ? key : null,
      key.startsWith("-") ? likeLiteral(key) : null,
    ],
  );
  return rows.map((r) => r.id);
}

interface EntityRow extends ArticleEntity {
  article_id: number;
}

/** Entities of the given articles, most salient first within each article. */
export async function entitiesOf(pool: Pool, schema: string, articleIds: readonly number[]): Promise<Map<number, ArticleEntity[]>> {
  const byArticle = new Map<number, ArticleEntity[]>();
  if (articleIds.length === 0) return byArticle;
  const { rows } = await pool.query<EntityRow>(
    `SELECT ae.article_id, e.id, e.type, e.name, e.country, e.lat, e.lon, ae.salience, ae.mentions
     FROM ${schema}.article_entities ae JOIN ${schema}.entities e ON e.id = ae.entity_id
     WHERE ae.article_id = ANY($1::bigint[]) ORDER BY ae.article_id, ae.salience DESC, e.id`,
    [articleIds],
  );
  for (const { article_id, ...entity } of rows) {
    const list = byArticle.get(article_id);
    if (list) list.push(entity);
    else byArticle.set(article_id, [entity]);
  }
  return byArticle;
}

/** `ids`: only these entities (what a user's words stand for), or null for all. */
export async function listEntitySummaries(pool: Pool, schema: string, options: Page & { type?: EntityType }, ids: string[] | null): Promise<EntitySummary[]> {
  if (ids !== null && ids.length === 0) return [];
  const { rows } = await pool.query<EntitySummary>(
    `SELECT e.id, e.type, e.name, e.country, count(*) AS articles, min(a.published_sort) AS first, max(a.published_sort) AS last
     FROM ${schema}.article_entities ae
       JOIN ${schema}.entities e ON e.id = ae.entity_id
       JOIN ${schema}.articles a ON a.id = ae.article_id
     WHERE ($1::text IS NULL OR e.type = $1) AND ($4::text[] IS NULL OR ae.entity_id = ANY($4::text[]))
     GROUP BY e.id ORDER BY articles DESC, e.id LIMIT $2 OFFSET $3`,
    [options.type ?? null, options.limit, options.offset ?? 0, ids],
  );
  return rows;
}
