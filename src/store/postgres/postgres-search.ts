import type { Pool } from "pg";
import type { Page, SearchHit, SearchPage } from "../store.js";

/** Snippet options: matches in [brackets] like the SQLite store's snippets, about as many words. */
const HEADLINE_OPTIONS = "StartSel=[, StopSel=], MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1";

/** Characters of a hit's text the headline reads: enough for a snippet, bounded on huge pages. */
const HEADLINE_TEXT_CHARS = 20_000;

/** Characters of an article's start shown for a hit found by entity alone (as the SQLite store shows). */
const ENTITY_SNIPPET_CHARS = 160;

/**
 * The user's words as one tsquery, safe whatever they typed: `websearch_to_tsquery` never fails on
 * operator characters, and no SQL is built from the input. Articles are indexed each with its own
 * language's configuration and the query's language is unknown, so the query is parsed with every
 * configuration and the parses are ORed: an article matches the parse made with its own language,
 * and a constant query keeps the GIN index usable. `$1` is the input, `$2` the configurations.
 */
const QUERY = `(SELECT coalesce(string_agg('(' || t::text || ')', ' | '), '')::tsquery
   FROM (SELECT websearch_to_tsquery(c::regconfig, $1) AS t FROM unnest($2::text[]) AS c) parses
   WHERE numnode(t) > 0)`;

/** Anything worth sending: input without a letter or digit has no lexeme in any language. */
export const searchable = (input: string): boolean => /[\p{L}\p{N}]/u.test(input);

export async function searchArticles(pool: Pool, schema: string, configs: readonly string[], input: string, page: SearchPage): Promise<SearchHit[]> {
  if (!searchable(input)) return [];
  // With page.newest: only matches at or after the newest-th most recent one are ranked.
  const window = page.newest === undefined ? "" : `AND a.id >= coalesce((SELECT m.id FROM ${schema}.articles m, q WHERE m.search @@ q.query ORDER BY m.id DESC OFFSET $6 LIMIT 1), 0)`;
  const { rows } = await pool.query<{ id: number; title: string | null; group_id: number | null; score: number; snippet: string }>(
    `WITH q AS (SELECT ${QUERY} AS query)
     SELECT h.id, h.title, h.group_id, h.score,
            ts_headline(h.search_config::regconfig, left(h.text, ${HEADLINE_TEXT_CHARS}), q.query, $5) AS snippet
     FROM (SELECT a.id, a.title, a.group_id, a.search_config, a.text, ts_rank(a.search, q.query) AS score
           FROM ${schema}.articles a, q WHERE a.search @@ q.query ${window}
           ORDER BY score DESC, a.id LIMIT $3 OFFSET $4) h, q
     ORDER BY h.score DESC, h.id`,
    [input, configs, page.limit, page.offset ?? 0, HEADLINE_OPTIONS, ...(page.newest === undefined ? [] : [page.newest - 1])],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, snippet: r.snippet, score: r.score, groupId: r.group_id }));
}

/** Articles naming any of the entities, newest first; with `input`, only those also matching it. */
export async function searchEntityArticles(
  pool: Pool,
  schema: string,
  configs: readonly string[],
  entityIds: readonly string[],
  page: Page,
  input?: string,
): Promise<SearchHit[]> {
  if (entityIds.length === 0) return [];
  if (input !== undefined && !searchable(input)) return [];
  const { rows } = await pool.query<{ id: number; title: string | null; group_id: number | null; score: number; snippet: string }>(
    `SELECT a.id, a.title, a.group_id, max(ae.salience) AS score, left(a.text, ${ENTITY_SNIPPET_CHARS}) AS snippet
     FROM ${schema}.article_entities ae JOIN ${schema}.articles a ON a.id = ae.article_id
     WHERE ae.entity_id = ANY($3::text[]) AND ($1::text IS NULL OR a.search @@ ${QUERY})
     GROUP BY a.id ORDER BY a.published_sort DESC NULLS LAST, a.id DESC LIMIT $4 OFFSET $5`,
    [input ?? null, configs, entityIds, page.limit, page.offset ?? 0],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, snippet: r.snippet, score: r.score, groupId: r.group_id }));
}
