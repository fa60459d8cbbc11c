import type { Pool } from "pg";
import type { Page, SearchHit, SearchPage } from "../store.js";
import { POSTGRES_KOREAN_NOUN_PARTICLE, POSTGRES_NO_SPACE_CLASS, spacedWebsearch, unspaced } from "../search-text.js";

/** Snippet options: matches in [brackets] like the SQLite store's snippets, about as many words. */
const HEADLINE_OPTIONS = "StartSel=[, StopSel=], MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1";

/** Characters of a hit's text the headline reads: enough for a snippet, bounded on huge pages. */
const HEADLINE_TEXT_CHARS = 20_000;

/**
 * The text a hit's headline is cut from: for Chinese, Japanese, Thai … a zero-width space around each of
 * those characters, and between a Korean noun and its particle, as they were indexed (store/search-text.ts),
 * so the matched ones are marked; the spaces are taken out of the snippet again. Constants, not input: safe in the SQL.
 */
const HEADLINE_TEXT = `CASE WHEN h.text ~ '${POSTGRES_NO_SPACE_CLASS}' OR h.text ~ '[\\uac00-\\ud7a3]'
  THEN regexp_replace(regexp_replace(left(h.text, ${HEADLINE_TEXT_CHARS}), '${POSTGRES_KOREAN_NOUN_PARTICLE}', '\\1\u200b\\2', 'g'),
    '(${POSTGRES_NO_SPACE_CLASS})', '\u200b\\1\u200b', 'g')
  ELSE left(h.text, ${HEADLINE_TEXT_CHARS}) END`;

/** Characters of an article's start shown for a hit found by entity alone (as the SQLite store shows). */
const ENTITY_SNIPPET_CHARS = 160;

/**
 * The user's words as one tsquery, safe whatever they typed: `websearch_to_tsquery` never fails on
 * operator characters, and no SQL is built from the input. Articles are indexed each with its own
 * language's configuration and the query's language is unknown, so the query is parsed with every
 * configuration and the parses are ORed: an article matches the parse made with its own language,
 * and a constant query keeps the GIN index usable. `$1` is the input, `$2` the configurations.
 */
const QUERY = `(SELECT coalesce(string_agg(DISTINCT '(' || t::text || ')', ' | '), '')::tsquery
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
            ts_headline(h.search_config::regconfig, ${HEADLINE_TEXT}, q.query, $5) AS snippet
     FROM (SELECT a.id, a.title, a.group_id, a.search_config, a.text, ts_rank(a.search, q.query) AS score
           FROM ${schema}.articles a, q WHERE a.search @@ q.query ${window}
           ORDER BY score DESC, a.id LIMIT $3 OFFSET $4) h, q
     ORDER BY h.score DESC, h.id`,
    [spacedWebsearch(input), configs, page.limit, page.offset ?? 0, HEADLINE_OPTIONS, ...(page.newest === undefined ? [] : [page.newest - 1])],
  );
  return rows.map((r) => ({ id: r.id, title: r.title, snippet: unspaced(r.snippet), score: r.score, groupId: r.group_id }));
}

/**
 * Links read in newest-first order when words are checked link by link: at least this many, and 4 per
 * hit asked for (as in the SQLite store). The planner cannot weigh the words (their tsquery is computed
 * in the query), so the walk is tried first and the words' matches joined only when it falls short.
 */
const PROBE_LINKS = 128;
const probeWindow = (page: Page): number => Math.max(PROBE_LINKS, 4 * ((page.offset ?? 0) + page.limit));

type EntityHitRow = { id: number; title: string | null; group_id: number | null; score: number; snippet: string };

/**
 * Articles naming any of the entities, newest first (undated last, then newest id first); with `input`,
 * only those also matching it. One entity walks article_entities_newest in order and stops at the LIMIT;
 * several are grouped per article first. Only the page's articles are read for their title and snippet.
 */
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
  const several = entityIds.length > 1;
  // Each statement's parameters: QUERY reads the words as $1 and the configurations as $2.
  const statement = (words: boolean) => {
    const values: unknown[] = words ? [spacedWebsearch(input ?? ""), configs] : [];
    const param = (value: unknown): string => `$${values.push(value)}`;
    const entity = several ? `ae.entity_id = ANY(${param(entityIds)}::text[])` : `ae.entity_id = ${param(entityIds[0])}::text`;
    return { values, param, entity };
  };
  const linksOf = (entity: string, matching: string) =>
    several
      ? `SELECT ae.article_id, max(ae.salience) AS score, ae.published_sort FROM ${schema}.article_entities ae ${matching}
         WHERE ${entity} GROUP BY ae.article_id, ae.published_sort ORDER BY ae.published_sort DESC NULLS LAST, ae.article_id DESC`
      : `SELECT ae.article_id, ae.salience AS score, ae.published_sort FROM ${schema}.article_entities ae ${matching}
         WHERE ${entity} ORDER BY ae.published_sort DESC NULLS LAST, ae.article_id DESC`;
  const pageOf = async (hits: string, values: unknown[]): Promise<EntityHitRow[]> =>
    (
      await pool.query<EntityHitRow>(
        `SELECT a.id, a.title, a.group_id, h.score, left(a.text, ${ENTITY_SNIPPET_CHARS}) AS snippet
         FROM (${hits}) h JOIN ${schema}.articles a ON a.id = h.article_id
         ORDER BY h.published_sort DESC NULLS LAST, h.article_id DESC`,
        values,
      )
    ).rows;

  let rows: EntityHitRow[];
  if (input === undefined) {
    const { values, param, entity } = statement(false);
    rows = await pageOf(`${linksOf(entity, "")} LIMIT ${param(page.limit)} OFFSET ${param(page.offset ?? 0)}`, values);
  } else {
    const window = probeWindow(page);
    const probe = statement(true);
    rows = await pageOf(
      // A scalar subquery per link: each is checked in turn (the planner would rather list every match).
      `SELECT w.* FROM (${linksOf(probe.entity, "")} LIMIT ${probe.param(window)}) w
       WHERE (SELECT m.search FROM ${schema}.articles m WHERE m.id = w.article_id) @@ ${QUERY}
       ORDER BY w.published_sort DESC NULLS LAST, w.article_id DESC LIMIT ${probe.param(page.limit)} OFFSET ${probe.param(page.offset ?? 0)}`,
      probe.values,
    );
    if (rows.length < page.limit) {
      const count = statement(false);
      const { rows: [links] } = await pool.query<{ beyond: boolean }>(
        `SELECT count(*) > ${count.param(window)} AS beyond FROM (SELECT 1 FROM ${schema}.article_entities ae WHERE ${count.entity} LIMIT ${window + 1}) c`,
        count.values,
      );
      if (links.beyond) {
        const listed = statement(true);
        rows = await pageOf(
          `${linksOf(listed.entity, `JOIN ${schema}.articles m ON m.id = ae.article_id AND m.search @@ ${QUERY}`)}
           LIMIT ${listed.param(page.limit)} OFFSET ${listed.param(page.offset ?? 0)}`,
          listed.values,
        );
      }
    }
  }
  return rows.map((r) => ({ id: r.id, title: r.title, snippet: r.snippet, score: r.score, groupId: r.group_id }));
}
