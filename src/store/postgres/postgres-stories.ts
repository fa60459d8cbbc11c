import type { Pool, PoolClient } from "pg";
import type { PartialDate } from "../../types.js";
import { monthDayOf } from "../../dates.js";
import { inclusiveUpTo, mostFrequentFirst, outletOf, STORY_COLUMNS, toStoryListing, toThreadListing, type StoryRow, type ThreadRow } from "../shared-rows.js";
import { STORY_PAGE_DEFAULT, type FoldState, type Page, type StoryFilter, type StoryFold, type StoryInput, type StoryInputId, type SavedFold, type StoryListing, type StoryMember, type ThreadListing } from "../store.js";
import { toJsonb } from "./postgres-write.js";

/** Stories and threads in PostgreSQL: rebuilt whole by `replaceStories`, read by the listing commands. */

/**
 * Advisory lock class (first key) of story rebuilds, the second key being the schema's hash: two
 * processes rebuilding at once run one after the other instead of interleaving their deletes and inserts.
 */
const STORY_REBUILD_LOCK_CLASS = 0x6e66_7374; // "nfst"

type StoryInputRow = { id: number; doc_key: string; published_sort: string | null; published: PartialDate | null; updated: PartialDate | null; lang: string; title: string | null; text: string; event_date_sort: string | null; names: string[] | null; story_id: number | null; thread_id: number | null };

const storyInputSelect = (schema: string): string =>
  `SELECT a.id, a.doc_key, a.published_sort, a.published, a.updated, a.lang, a.title, a.text, a.event_date_sort, a.names,
          a.story_id, s.thread_id
   FROM ${schema}.articles a LEFT JOIN ${schema}.stories s ON s.id = a.story_id`;
/** An article that is no copy of another: what stories are folded from. */
const IS_STORY_INPUT = "(a.group_id IS NULL OR a.copy_kind = 'canonical')";

/** A chunk of story inputs after `after`: articles that are no copy of another, in id order. */
export async function storyInputsAfter(pool: Pool, schema: string, after: number, limit: number): Promise<StoryInput[]> {
  const { rows } = await pool.query<StoryInputRow>(`${storyInputSelect(schema)} WHERE a.id > $1 AND ${IS_STORY_INPUT} ORDER BY a.id LIMIT $2`, [after, limit]);
  return withEntities(pool, schema, rows);
}

/** The story inputs among `ids`, in id order. */
export async function storyInputsListed(pool: Pool, schema: string, ids: readonly number[]): Promise<StoryInput[]> {
  const { rows } = await pool.query<StoryInputRow>(`${storyInputSelect(schema)} WHERE a.id = ANY($1::bigint[]) AND ${IS_STORY_INPUT} ORDER BY a.id`, [ids]);
  return withEntities(pool, schema, rows);
}

export async function storyInputIds(pool: Pool, schema: string): Promise<StoryInputId[]> {
  const { rows } = await pool.query<{ id: number; story_id: string | null; thread_id: string | null }>(
    `SELECT a.id, a.story_id, s.thread_id FROM ${schema}.articles a LEFT JOIN ${schema}.stories s ON s.id = a.story_id WHERE ${IS_STORY_INPUT}`,
  );
  return rows.map((r) => ({ id: Number(r.id), storyId: r.story_id === null ? null : Number(r.story_id), threadId: r.thread_id === null ? null : Number(r.thread_id) }));
}

export async function readFoldSnapshot(pool: Pool, schema: string): Promise<SavedFold | null> {
  const { rows } = await pool.query<{ data: Buffer; replayed: string; added_since: string }>(`SELECT data, replayed, added_since FROM ${schema}.fold_snapshot`);
  const row = rows[0];
  return row ? { data: row.data, replayed: Number(row.replayed), addedSince: Number(row.added_since) } : null;
}

async function withEntities(pool: Pool, schema: string, rows: StoryInputRow[]): Promise<StoryInput[]> {
  if (rows.length === 0) return [];
  const links = await pool.query<{ article_id: number; id: string; type: StoryInput["entities"][number]["type"]; salience: number }>(
    `SELECT ae.article_id, e.id, e.type, ae.salience FROM ${schema}.article_entities ae JOIN ${schema}.entities e ON e.id = ae.entity_id
     WHERE ae.article_id = ANY($1::bigint[]) ORDER BY ae.article_id, ae.entity_id`,
    [rows.map((r) => r.id)],
  );
  const entities = new Map<number, StoryInput["entities"]>();
  for (const { article_id, ...entity } of links.rows) {
    const list = entities.get(article_id);
    if (list) list.push(entity);
    else entities.set(article_id, [entity]);
  }
  return rows.map((r) => ({
    id: r.id,
    orderKey: r.doc_key,
    storyId: r.story_id === null ? null : Number(r.story_id),
    threadId: r.thread_id === null ? null : Number(r.thread_id),
    published: r.published_sort,
    lang: r.lang,
    title: r.title,
    text: r.text,
    entities: entities.get(r.id) ?? [],
    eventDate: r.event_date_sort,
    names: r.names ?? [],
    partialDate: r.published_sort === null ? monthDayOf(r.published) ?? monthDayOf(r.updated) : null,
  }));
}

export async function foldState(pool: Pool | PoolClient, schema: string): Promise<FoldState> {
  const { rows } = await pool.query<{ commits: string; folded: string; last_story_id: string; last_thread_id: string }>(
    `SELECT commits, folded, last_story_id, last_thread_id FROM ${schema}.fold_state`,
  );
  const commits = Number(rows[0].commits);
  const folded = Number(rows[0].folded);
  // octet_length of a stored bytea reads its size, not the value.
  const saved = await pool.query<{ bytes: string; replayed: string; added_since: string }>(`SELECT octet_length(data) AS bytes, replayed, added_since FROM ${schema}.fold_snapshot`);
  const row = saved.rows[0];
  return {
    commits, folded, pending: commits > folded, lastStoryId: Number(rows[0].last_story_id), lastThreadId: Number(rows[0].last_thread_id),
    saved: row ? { bytes: Number(row.bytes), replayed: Number(row.replayed), addedSince: Number(row.added_since) } : null,
  };
}

export async function redirectOf(pool: Pool, schema: string, kind: "story" | "thread", id: number): Promise<number | null> {
  const { rows } = await pool.query<{ new_id: string }>(`SELECT new_id FROM ${schema}.fold_redirects WHERE kind = $1 AND old_id = $2`, [kind, id]);
  return rows.length === 0 ? null : Number(rows[0].new_id);
}

/**
 * Retires the ids a fold did not keep: each points to where most of its articles went, and so do the
 * older ids that pointed to it (a chain of merges ends at the live story); one with nowhere to go is dropped.
 */
async function retire(client: PoolClient, schema: string, kind: "story" | "thread", retired: readonly { id: number; to: number | null }[]): Promise<void> {
  if (retired.length === 0) return;
  const ids = retired.map((r) => r.id);
  const to = retired.map((r) => r.to);
  await client.query(
    `WITH r AS (SELECT * FROM unnest($2::bigint[], $3::bigint[]) AS r(id, target))
     DELETE FROM ${schema}.fold_redirects f USING r WHERE f.kind = $1 AND f.new_id = r.id AND r.target IS NULL`,
    [kind, ids, to],
  );
  await client.query(
    `WITH r AS (SELECT * FROM unnest($2::bigint[], $3::bigint[]) AS r(id, target))
     UPDATE ${schema}.fold_redirects f SET new_id = r.target FROM r WHERE f.kind = $1 AND f.new_id = r.id AND r.target IS NOT NULL`,
    [kind, ids, to],
  );
  await client.query(
    `INSERT INTO ${schema}.fold_redirects (kind, old_id, new_id)
     SELECT $1, id, target FROM unnest($2::bigint[], $3::bigint[]) AS r(id, target) WHERE target IS NOT NULL
     ON CONFLICT (kind, old_id) DO UPDATE SET new_id = excluded.new_id`,
    [kind, ids, to],
  );
}

/** Writes a whole story fold inside the caller's transaction; a copy follows its canonical article's story. */
export async function replaceStories(client: PoolClient, schema: string, fold: StoryFold): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(${STORY_REBUILD_LOCK_CLASS}, hashtext($1))`, [schema]);
  await client.query(`DELETE FROM ${schema}.stories`);
  await client.query(`DELETE FROM ${schema}.threads`);
  await client.query(`DELETE FROM ${schema}.fold_snapshot`);
  if (fold.snapshot) {
    const { data, replayed, addedSince } = fold.snapshot;
    await client.query(`INSERT INTO ${schema}.fold_snapshot (id, data, replayed, added_since) VALUES (1, $1, $2, $3)`, [
      Buffer.from(data.buffer, data.byteOffset, data.byteLength), replayed, addedSince,
    ]);
  }
  await client.query(`UPDATE ${schema}.articles SET story_id = NULL WHERE story_id IS NOT NULL`);
  const storyIds = fold.stories.flatMap((s) => s.articleIds.map(() => s.id));
  const articleIds = fold.stories.flatMap((s) => s.articleIds);
  await client.query(
    `WITH m AS (SELECT * FROM unnest($1::bigint[], $2::bigint[]) AS m(story_id, article_id)),
     targets AS (
       SELECT m.story_id, m.article_id AS id FROM m
       UNION
       SELECT m.story_id, copy.id FROM m
         JOIN ${schema}.articles canonical ON canonical.id = m.article_id AND canonical.copy_kind = 'canonical'
         JOIN ${schema}.articles copy ON copy.group_id = canonical.group_id
     )
     UPDATE ${schema}.articles a SET story_id = t.story_id FROM targets t WHERE a.id = t.id`,
    [storyIds, articleIds],
  );
  const members = await client.query<{ story_id: number; dates: (string | null)[]; langs: string[]; sites: (string | null)[]; urls: (string | null)[] }>(
    `SELECT story_id, array_agg(published_sort) AS dates, array_agg(lang) AS langs, array_agg(site) AS sites, array_agg(url) AS urls
     FROM ${schema}.articles WHERE story_id IS NOT NULL GROUP BY story_id`,
  );
  const facts = new Map(members.rows.map((r) => [r.story_id, r]));
  const threadOf = new Map<number, number>();
  for (const t of fold.threads) for (const s of t.storyIds) threadOf.set(s, t.id);
  const rows = fold.stories.map((story) => {
    const f = facts.get(story.id);
    const dates = (f?.dates ?? []).filter((d): d is string => d !== null).sort();
    return {
      id: story.id,
      threadId: story.threadId ?? threadOf.get(story.id) ?? null,
      title: story.title,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      articles: f?.langs.length ?? 0,
      languages: toJsonb(mostFrequentFirst(f?.langs ?? [])),
      sites: toJsonb(mostFrequentFirst((f?.sites ?? []).map((site, i) => outletOf(site, f?.urls[i] ?? null)))),
      summary: toJsonb(story.summary ?? null) ?? "null",
    };
  });
  await client.query(
    `INSERT INTO ${schema}.stories (id, thread_id, title, first_published, last_published, articles, languages, sites, summary)
     SELECT id, thread_id, title, first_published, last_published, articles, languages::jsonb, sites::jsonb, summary::jsonb
     FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[])
       AS u(id, thread_id, title, first_published, last_published, articles, languages, sites, summary)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.threadId),
      rows.map((r) => r.title),
      rows.map((r) => r.first),
      rows.map((r) => r.last),
      rows.map((r) => r.articles),
      rows.map((r) => r.languages),
      rows.map((r) => r.sites),
      rows.map((r) => r.summary),
    ],
  );
  await client.query(
    `INSERT INTO ${schema}.threads (id, title, first_published, last_published, stories, articles)
     SELECT t.id, t.title, min(s.first_published), max(s.last_published), count(s.id), coalesce(sum(s.articles), 0)
     FROM unnest($1::bigint[], $2::text[]) AS t(id, title) LEFT JOIN ${schema}.stories s ON s.thread_id = t.id
     GROUP BY t.id, t.title`,
    [fold.threads.map((t) => t.id), fold.threads.map((t) => t.title)],
  );
  await retire(client, schema, "story", fold.retired?.stories ?? []);
  await retire(client, schema, "thread", fold.retired?.threads ?? []);
  // An id in use again (given explicitly) redirects no more.
  await client.query(
    `DELETE FROM ${schema}.fold_redirects f
     WHERE (f.kind = 'story' AND f.old_id IN (SELECT id FROM ${schema}.stories)) OR (f.kind = 'thread' AND f.old_id IN (SELECT id FROM ${schema}.threads))`,
  );
  await client.query(
    `UPDATE ${schema}.fold_state SET last_story_id = greatest(last_story_id, (SELECT coalesce(max(id), 0) FROM ${schema}.stories)),
                                     last_thread_id = greatest(last_thread_id, (SELECT coalesce(max(id), 0) FROM ${schema}.threads))`,
  );
  if (fold.throughCommit !== undefined) await client.query(`UPDATE ${schema}.fold_state SET folded = greatest(folded, $1)`, [fold.throughCommit]);
}

/** Filters are bound parameters; entity ids come from `resolveEntityIds` (never text pasted into SQL). */
export async function listStories(pool: Pool, schema: string, options: Page & StoryFilter, entityIds: string[] | null): Promise<StoryListing[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;
  // The story row lists every article's language, so the filter does not visit articles.
  if (options.lang) where.push(`s.languages @> jsonb_build_array(${param(options.lang)}::text)`);
  if (options.site) where.push(`s.sites @> jsonb_build_array(${param(options.site)}::text)`);
  if (options.from) where.push(`s.last_published >= ${param(options.from)}`);
  if (options.to) where.push(`s.first_published <= ${param(inclusiveUpTo(options.to))}`);
  if (entityIds !== null) {
    if (entityIds.length === 0) return [];
    where.push(
      `EXISTS (SELECT 1 FROM ${schema}.articles a JOIN ${schema}.article_entities ae ON ae.article_id = a.id
               WHERE a.story_id = s.id AND ae.entity_id = ANY(${param(entityIds)}::text[]))`,
    );
  }
  const { rows } = await pool.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM ${schema}.stories s ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY s.articles DESC, s.last_published DESC NULLS LAST, s.id LIMIT ${param(options.limit)} OFFSET ${param(options.offset ?? 0)}`,
    params,
  );
  return rows.map(toStoryListing);
}

/** One page of a story's articles; `id` breaks ties in publication date so pages never overlap. */
export async function getStory(pool: Pool, schema: string, id: number, page: Page = STORY_PAGE_DEFAULT): Promise<{ story: StoryListing; articles: StoryMember[] } | null> {
  const story = await pool.query<StoryRow>(`SELECT ${STORY_COLUMNS} FROM ${schema}.stories s WHERE s.id = $1`, [id]);
  if (story.rows.length === 0) return null;
  const articles = await pool.query<StoryMember>(
    `SELECT id, title, site, url, lang, published_sort AS published, group_id AS "groupId", copy_kind AS "copyKind"
     FROM ${schema}.articles WHERE story_id = $1 ORDER BY published_sort NULLS LAST, id LIMIT $2 OFFSET $3`,
    [id, page.limit, page.offset ?? 0],
  );
  return { story: toStoryListing(story.rows[0]), articles: articles.rows };
}

export async function listThreads(pool: Pool, schema: string, page: Page): Promise<ThreadListing[]> {
  const { rows } = await pool.query<ThreadRow>(
    `SELECT id, title, first_published, last_published, stories, articles FROM ${schema}.threads
     ORDER BY stories DESC, articles DESC, id LIMIT $1 OFFSET $2`,
    [page.limit, page.offset ?? 0],
  );
  return rows.map(toThreadListing);
}

export async function getThread(pool: Pool, schema: string, id: number): Promise<{ thread: ThreadListing; stories: StoryListing[] } | null> {
  const thread = await pool.query<ThreadRow>(`SELECT id, title, first_published, last_published, stories, articles FROM ${schema}.threads WHERE id = $1`, [id]);
  if (thread.rows.length === 0) return null;
  const stories = await pool.query<StoryRow>(
    `SELECT ${STORY_COLUMNS} FROM ${schema}.stories s WHERE s.thread_id = $1 ORDER BY s.first_published NULLS LAST, s.id`,
    [id],
  );
  return { thread: toThreadListing(thread.rows[0]), stories: stories.rows.map(toStoryListing) };
}
