import type Database from "better-sqlite3";
import { toThreadListing, type ThreadRow } from "../shared-rows.js";
import type { ArticleFilter, ArticleListing, EntityDetail, Page, PlaceSummary } from "../store.js";

/**
 * What the HTTP API browses beyond the CLI's listings: filtered article pages, one entity with its
 * timeline and neighbours, places for a map. Every value is a bound parameter; id lists travel as one
 * JSON array (json_each), so no statement grows with the input.
 */

/** LIKE patterns matching a URL on `host` (with or without www.), for outlets known only by their URL. */
export function hostPatterns(host: string): string[] {
  const literal = host.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [`%://${literal}/%`, `%://www.${literal}/%`, `%://${literal}`, `%://www.${literal}`];
}

export function listArticles(db: Database.Database, options: Page & ArticleFilter): ArticleListing[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.lang !== undefined) {
    where.push("lang = ?");
    params.push(options.lang);
  }
  if (options.site !== undefined) {
    where.push(`(site = ? OR (site IS NULL AND (${hostPatterns(options.site).map(() => "url LIKE ? ESCAPE '\\'").join(" OR ")})))`);
    params.push(options.site, ...hostPatterns(options.site));
  }
  if (options.storyId !== undefined) {
    where.push("story_id = ?");
    params.push(options.storyId);
  }
  return db
    .prepare(
      `SELECT id, title, site, url, lang, published_sort AS published, group_id AS groupId, copy_kind AS copyKind, story_id AS storyId
       FROM articles ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id LIMIT ? OFFSET ?`,
    )
    .all(...params, options.limit, options.offset ?? 0) as ArticleListing[];
}

/**
 * One entity's page, read from indexes only: the summary and timeline from the links' own dates
 * (article_entities_newest), co-named entities from the narrow link index (article_entities_article),
 * threads from each article's story (articles_id_story). Reading the article rows instead costs a page
 * per article (a common entity's thousands evict each other from the page cache).
 */
export function getEntity(db: Database.Database, id: string, related: number): EntityDetail | null {
  const entity = db
    .prepare(
      `SELECT e.id, e.type, e.name, e.country, e.lat, e.lon, count(*) AS articles, min(ae.published_sort) AS first, max(ae.published_sort) AS last
       FROM entities e JOIN article_entities ae ON ae.entity_id = e.id
       WHERE e.id = ? GROUP BY e.id`,
    )
    .get(id) as EntityDetail["entity"] | undefined;
  if (!entity) return null;
  const timeline = db
    .prepare(
      `SELECT substr(published_sort, 1, 7) AS month, count(*) AS articles
       FROM article_entities WHERE entity_id = ? AND length(published_sort) >= 7 GROUP BY month ORDER BY month`,
    )
    .all(id) as EntityDetail["timeline"];
  // Counted by id first, so only the `related` entities shown are looked up.
  const cooccurring = db
    .prepare(
      `SELECT e.id, e.type, e.name, c.articles
       FROM (SELECT other.entity_id AS id, count(*) AS articles
             FROM article_entities ae JOIN article_entities other ON other.article_id = ae.article_id AND other.entity_id != ae.entity_id
             WHERE ae.entity_id = ? GROUP BY other.entity_id ORDER BY articles DESC, other.entity_id LIMIT ?) c
         JOIN entities e ON e.id = c.id
       ORDER BY c.articles DESC, e.id`,
    )
    .all(id, related) as EntityDetail["cooccurring"];
  // INDEXED BY: the planner would read the article row by rowid, though the index alone answers.
  const threads = db
    .prepare(
      `SELECT * FROM threads WHERE id IN (
         SELECT s.thread_id FROM stories s WHERE s.id IN (
           SELECT a.story_id FROM article_entities ae JOIN articles a INDEXED BY articles_id_story ON a.id = ae.article_id WHERE ae.entity_id = ?))
       ORDER BY stories DESC, articles DESC, id LIMIT ?`,
    )
    .all(id, related) as ThreadRow[];
  return { entity, timeline, cooccurring, threads: threads.map(toThreadListing) };
}

/** Places named by the given articles (a story's, or those naming any of `entityIds`). */
export function listPlaces(db: Database.Database, filter: { storyId: number } | { entityIds: string[] }, page: Page): PlaceSummary[] {
  const articles =
    "storyId" in filter
      ? { sql: "SELECT id FROM articles WHERE story_id = ?", param: filter.storyId }
      : { sql: "SELECT article_id FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?))", param: JSON.stringify(filter.entityIds) };
  return db
    .prepare(
      `SELECT e.id, e.name, e.country, e.lat, e.lon, count(*) AS articles
       FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
       WHERE ae.article_id IN (${articles.sql}) AND e.type = 'place' AND e.lat IS NOT NULL AND e.lon IS NOT NULL
       GROUP BY e.id ORDER BY articles DESC, e.id LIMIT ? OFFSET ?`,
    )
    .all(articles.param, page.limit, page.offset ?? 0) as PlaceSummary[];
}
