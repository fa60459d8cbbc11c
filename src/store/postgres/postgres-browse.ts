import type { Pool } from "pg";
import { toThreadListing, type ThreadRow } from "../shared-rows.js";
import type { ArticleFilter, ArticleListing, EntityDetail, Page, PlaceSummary } from "../store.js";

/**
 * What the HTTP API browses beyond the CLI's listings (same answers as sqlite-browse.ts): filtered
 * article pages, one entity with its timeline and neighbours, places for a map. Bound parameters only.
 */

/** LIKE patterns matching a URL on `host` (with or without www.), for outlets known only by their URL. */
function hostPatterns(host: string): string[] {
  const literal = host.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [`%://${literal}/%`, `%://www.${literal}/%`, `%://${literal}`, `%://www.${literal}`];
}

export async function listArticles(pool: Pool, schema: string, options: Page & ArticleFilter): Promise<ArticleListing[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  if (options.lang !== undefined) where.push(`lang = ${param(options.lang)}`);
  if (options.site !== undefined) {
    where.push(`(site = ${param(options.site)} OR (site IS NULL AND url LIKE ANY(${param(hostPatterns(options.site))}::text[])))`);
  }
  if (options.storyId !== undefined) where.push(`story_id = ${param(options.storyId)}`);
  const { rows } = await pool.query<ArticleListing>(
    `SELECT id, title, site, url, lang, published_sort AS published, group_id AS "groupId", copy_kind AS "copyKind", story_id AS "storyId"
     FROM ${schema}.articles ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY id LIMIT ${param(options.limit)} OFFSET ${param(options.offset ?? 0)}`,
    params,
  );
  return rows;
}

/**
 * One entity's page from indexes only (as in sqlite-browse.ts): the summary and timeline from the links'
 * own dates (article_entities_newest), co-named entities from the link key, threads from each article's
 * story (articles_id_story), instead of reading every article row naming a common entity.
 */
export async function getEntity(pool: Pool, schema: string, id: string, related: number): Promise<EntityDetail | null> {
  const entity = await pool.query<EntityDetail["entity"]>(
    `SELECT e.id, e.type, e.name, e.country, e.lat, e.lon, count(*)::int AS articles, min(ae.published_sort) AS first, max(ae.published_sort) AS last
     FROM ${schema}.entities e JOIN ${schema}.article_entities ae ON ae.entity_id = e.id
     WHERE e.id = $1 GROUP BY e.id`,
    [id],
  );
  if (entity.rows.length === 0) return null;
  const timeline = await pool.query<EntityDetail["timeline"][number]>(
    `SELECT substr(published_sort, 1, 7) AS month, count(*)::int AS articles
     FROM ${schema}.article_entities WHERE entity_id = $1 AND length(published_sort) >= 7 GROUP BY month ORDER BY month`,
    [id],
  );
  // Counted by id first, so only the `related` entities shown are looked up (not every entity hashed).
  const cooccurring = await pool.query<EntityDetail["cooccurring"][number]>(
    `SELECT e.id, e.type, e.name, c.articles
     FROM (SELECT other.entity_id AS id, count(*)::int AS articles
           FROM ${schema}.article_entities ae
             JOIN ${schema}.article_entities other ON other.article_id = ae.article_id AND other.entity_id <> ae.entity_id
           WHERE ae.entity_id = $1 GROUP BY other.entity_id ORDER BY articles DESC, other.entity_id LIMIT $2) c
       JOIN ${schema}.entities e ON e.id = c.id
     ORDER BY c.articles DESC, e.id`,
    [id, related],
  );
  const threads = await pool.query<ThreadRow>(
    `SELECT id, title, first_published, last_published, stories, articles FROM ${schema}.threads WHERE id IN (
       SELECT s.thread_id FROM ${schema}.stories s WHERE s.id IN (
         SELECT a.story_id FROM ${schema}.article_entities ae JOIN ${schema}.articles a ON a.id = ae.article_id WHERE ae.entity_id = $1))
     ORDER BY stories DESC, articles DESC, id LIMIT $2`,
    [id, related],
  );
  return { entity: entity.rows[0], timeline: timeline.rows, cooccurring: cooccurring.rows, threads: threads.rows.map(toThreadListing) };
}

/** Places named by the given articles (a story's, or those naming any of `entityIds`). */
export async function listPlaces(pool: Pool, schema: string, filter: { storyId: number } | { entityIds: string[] }, page: Page): Promise<PlaceSummary[]> {
  const articles =
    "storyId" in filter
      ? { sql: `SELECT id FROM ${schema}.articles WHERE story_id = $1`, param: filter.storyId }
      : { sql: `SELECT article_id FROM ${schema}.article_entities WHERE entity_id = ANY($1::text[])`, param: filter.entityIds };
  const { rows } = await pool.query<PlaceSummary>(
    `SELECT e.id, e.name, e.country, e.lat, e.lon, count(*)::int AS articles
     FROM ${schema}.article_entities ae JOIN ${schema}.entities e ON e.id = ae.entity_id
     WHERE ae.article_id IN (${articles.sql}) AND e.type = 'place' AND e.lat IS NOT NULL AND e.lon IS NOT NULL
     GROUP BY e.id ORDER BY articles DESC, e.id LIMIT $2 OFFSET $3`,
    [articles.param, page.limit, page.offset ?? 0],
  );
  return rows;
}
