import type Database from "better-sqlite3";
// person-key.js, not enrich/index.js: opening a store must not load the enrich stage (chrono, the gazetteer).
import type { Enrichment, EntityType } from "../../enrich/index.js";
import { personKey } from "../../enrich/person-key.js";
import { sortableDate } from "../../dates.js";
import { toFtsQuery } from "../fts-query.js";
import type { ArticleEntity, EntitySummary, Page, SearchHit } from "../store.js";
import { foldName } from "../shared-rows.js";

/** Entities of the SQLite store: what an ingest writes, what `entities` and `search --entity` read. */
export interface EntityStatements {
  countEntity: Database.Statement;
  linkEntity: Database.Statement;
  entitiesOf: Database.Statement;
  linksOfRange: Database.Statement;
  entitiesByIds: Database.Statement;
  eventDateOf: Database.Statement;
  eventDatesOfRange: Database.Statement;
  entityIds: Database.Statement;
  listAll: Database.Statement;
}

export function prepareEntityStatements(db: Database.Database): EntityStatements {
  return {
    // Created with a batch's articles naming it and their first and last dates, or those added to its row
    // (one statement, one look-up of the entity); the scalar min/max give NULL when either side is NULL,
    // hence the coalesce: an undated article counts but moves no date. Bound by position: by name, the driver
    // looks each one up on an object from C++.
    countEntity: db.prepare(
      `INSERT INTO entities (id, type, name, country, lat, lon, articles, first_published, last_published)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET articles = articles + excluded.articles,
         first_published = coalesce(min(first_published, excluded.first_published), first_published, excluded.first_published),
         last_published = coalesce(max(last_published, excluded.last_published), last_published, excluded.last_published)`,
    ),
    // A plain INSERT, not INSERT OR REPLACE: with foreign keys on, a REPLACE may delete a row and so runs in a
    // statement savepoint, which copies every page it touches to a statement journal and makes the full-text
    // index flush its pending terms (2.6 of a 22,000-document ingest's 7.2 s of commit CPU). writeEnrichment
    // drops repeated links itself.
    linkEntity: db.prepare("INSERT INTO article_entities (article_id, entity_id, salience, mentions, published_sort) VALUES (?, ?, ?, ?, ?)"),
    entitiesOf: db.prepare(
      `SELECT e.id, e.type, e.name, e.country, e.lat, e.lon, ae.salience, ae.mentions
       FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? ORDER BY ae.salience DESC, e.id`,
    ),
    // The links of the articles of an id range, each article's in the order `entitiesOf` gives; their
    // entities are looked up apart (readEntitiesOfRange), each once per stream instead of once per link.
    linksOfRange: db.prepare(
      `SELECT article_id, entity_id, salience, mentions FROM article_entities
       WHERE article_id BETWEEN ? AND ? ORDER BY article_id, salience DESC, entity_id`,
    ),
    entitiesByIds: db.prepare("SELECT id, type, name, country, lat, lon FROM entities WHERE id IN (SELECT value FROM json_each(?))"),
    eventDateOf: db.prepare(
      "SELECT event_date, names, story_id, (SELECT thread_id FROM stories WHERE stories.id = articles.story_id) AS thread_id FROM articles WHERE id = ?",
    ),
    eventDatesOfRange: db.prepare(
      "SELECT id, event_date, names, story_id, (SELECT thread_id FROM stories WHERE stories.id = articles.story_id) AS thread_id FROM articles WHERE id BETWEEN ? AND ?",
    ),
    entityIds: db.prepare("SELECT id, name FROM entities"),
    listAll: db.prepare(
      `SELECT id, type, name, country, articles, first_published AS first, last_published AS last FROM entities
       WHERE articles > 0 AND (@type IS NULL OR type = @type) ORDER BY articles DESC, id LIMIT @limit OFFSET @offset`,
    ),
  };
}


/**
 * The article row's own enrichment columns, written with the row: an UPDATE after the INSERT would
 * rewrite the whole row (text, fingerprints) a second time.
 */
export function enrichmentColumns(enrichment: Enrichment | null): { event_date: string | null; event_date_sort: string | null; names: string | null } {
  const event = enrichment?.eventDate ?? null;
  return { event_date: event ? JSON.stringify(event) : null, event_date_sort: sortableDate(event?.date), names: enrichment ? JSON.stringify(enrichment.names) : null };
}

/** An article of a commit batch with its enrichment, as `writeEnrichment` takes it. */
export interface EnrichedArticle {
  id: number;
  enrichment: Enrichment;
  published: string | null;
}

/**
 * Writes the entity links of a batch's articles and counts them for each entity (inside the caller's
 * transaction); their own columns go in with the rows (`enrichmentColumns`). Each entity of the batch is
 * created and counted once, whatever the number of its articles, and the links go in by entity: the
 * entity-ordered indexes of the link table are then written a page after the other, not at random.
 */
export function writeEnrichment(s: EntityStatements, articles: readonly EnrichedArticle[]): void {
  type Count = { entity: Enrichment["entities"][number]; articles: number; first: string | null; last: string | null; lastArticle: number };
  const counts = new Map<string, Count>();
  const links: { articleId: number; entity: Enrichment["entities"][number]; published: string | null }[] = [];
  for (const { id, enrichment, published } of articles) {
    for (const e of enrichment.entities) {
      let count = counts.get(e.id);
      // A new entity's row takes the fields of its first mention in the batch.
      if (count === undefined) counts.set(e.id, (count = { entity: e, articles: 0, first: null, last: null, lastArticle: -1 }));
      links.push({ articleId: id, entity: e, published });
      if (count.lastArticle === id) continue; // named twice in one article: one article still
      count.lastArticle = id;
      count.articles++;
      if (published !== null) {
        if (count.first === null || published < count.first) count.first = published;
        if (count.last === null || published > count.last) count.last = published;
      }
    }
  }
  // Entities before their links: the links reference them.
  for (const [id, { entity: e, articles, first, last }] of counts) {
    s.countEntity.run(id, e.type, e.name, e.country ?? null, e.lat ?? null, e.lon ?? null, articles, first, last);
  }
  // A stable sort: an entity named twice in one article keeps its mentions' order, and the last one is linked
  // (what INSERT OR REPLACE kept, and what the PostgreSQL store keeps).
  links.sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : a.articleId - b.articleId));
  for (let i = 0; i < links.length; i++) {
    const { articleId, entity: e, published } = links[i];
    const next = links[i + 1];
    if (next !== undefined && next.articleId === articleId && next.entity.id === e.id) continue;
    s.linkEntity.run(articleId, e.id, e.salience, JSON.stringify(e.mentions), published);
  }
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  salience: number;
  mentions: string;
}

type EntitiesOf = ReturnType<typeof readEntities>;
interface ExtraRow {
  event_date: string | null;
  names: string | null;
  story_id: number | null;
  thread_id: number | null;
}

function entitiesWithExtra(rows: readonly EntityRow[], extra: ExtraRow | undefined): EntitiesOf {
  return {
    entities: rows.map((r) => ({ ...r, mentions: JSON.parse(r.mentions) })),
    eventDate: extra?.event_date ? JSON.parse(extra.event_date) : null,
    names: extra?.names ? JSON.parse(extra.names) : [],
    storyId: extra?.story_id ?? null,
    threadId: extra?.thread_id ?? null,
  };
}

export function readEntities(
  s: EntityStatements,
  articleId: number,
): { entities: ArticleEntity[]; eventDate: Enrichment["eventDate"]; names: string[]; storyId: number | null; threadId: number | null } {
  return entitiesWithExtra(s.entitiesOf.all(articleId) as EntityRow[], s.eventDateOf.get(articleId) as ExtraRow | undefined);
}

/**
 * An entity's own fields, as `readEntitiesOfRange` keeps them between the chunks of a stream: written
 * with its first mention and never changed after (a later mention updates only its counts and dates).
 */
type EntityFields = Pick<EntityRow, "id" | "type" | "name" | "country" | "lat" | "lon">;
export type EntityCache = Map<string, EntityFields>;

/** Entities kept by one stream's cache at most (about 200 bytes each); past it the cache starts again. */
export const MAX_CACHED_ENTITIES = 100_000;

/**
 * `readEntities` of every article with an id in [first, last], in range reads instead of two statements
 * per article (an export or a stream reads its articles a chunk at a time). The entities are read apart
 * from their links and kept in `cache` across the chunks of a stream: joining each link to its entity
 * row was two thirds of this read (two B-tree searches per link, for entities named again and again).
 */
export function readEntitiesOfRange(s: EntityStatements, first: number, last: number, cache: EntityCache = new Map()): Map<number, EntitiesOf> {
  const links = s.linksOfRange.all(first, last) as { article_id: number; entity_id: string; salience: number; mentions: string }[];
  let missing = new Set<string>();
  for (const link of links) if (!cache.has(link.entity_id)) missing.add(link.entity_id);
  if (missing.size > 0 && cache.size + missing.size > MAX_CACHED_ENTITIES) {
    // Started again, the cache must take every entity of this range, not only the new ones.
    cache.clear();
    missing = new Set(links.map((link) => link.entity_id));
  }
  if (missing.size > 0) for (const e of s.entitiesByIds.all(JSON.stringify([...missing])) as EntityFields[]) cache.set(e.id, e);
  const rowsOf = new Map<number, EntityRow[]>();
  for (const link of links) {
    const e = cache.get(link.entity_id);
    if (e === undefined) continue; // a link without its entity row: the join left it out too
    const row: EntityRow = { id: e.id, type: e.type, name: e.name, country: e.country, lat: e.lat, lon: e.lon, salience: link.salience, mentions: link.mentions };
    const list = rowsOf.get(link.article_id);
    if (list) list.push(row);
    else rowsOf.set(link.article_id, [row]);
  }
  const out = new Map<number, EntitiesOf>();
  for (const { id, ...extra } of s.eventDatesOfRange.iterate(first, last) as Iterable<ExtraRow & { id: number }>) {
    out.set(id, entitiesWithExtra(rowsOf.get(id) ?? [], extra));
  }
  return out;
}

/**
 * Entity ids a user's words stand for: an id as given ("place:KZ"); otherwise every entity whose name
 * contains the words (case and accents aside), and people whose name key matches, so one spelling
 * finds the others ("Selenskyj" finds "Volodymyr Zelensky").
 */
export function resolveEntityIds(s: EntityStatements, entity: string): string[] {
  const wanted = entity.trim();
  if (wanted === "") return [];
  if (/^(person|place|org):/.test(wanted)) return [wanted];
  const folded = foldName(wanted);
  const key = personKey(wanted);
  const ids = new Set<string>();
  for (const row of s.entityIds.iterate() as Iterable<{ id: string; name: string }>) {
    if (foldName(row.name).includes(folded)) ids.add(row.id);
    else if (key && (key.startsWith("-") ? row.id.startsWith("person:") && row.id.endsWith(key) : row.id === `person:${key}`)) ids.add(row.id);
  }
  return [...ids];
}

/**
 * Links read in newest-first order when a text query is checked link by link (each check costs about as
 * much as listing 10 matches of a rare word): at least this many, and 4 per hit asked for, so a word in
 * one of 4 or 5 of the entity's articles fills the page from there and a rarer word costs little extra.
 */
const PROBE_LINKS = 128;
const probeWindow = (page: Page): number => Math.max(PROBE_LINKS, 4 * ((page.offset ?? 0) + page.limit));

/**
 * An entity's links (article id, best salience, date), `filter` applied, newest first. One entity walks
 * article_entities_newest in order and stops at the caller's LIMIT; several are grouped per article first
 * (their links, not their articles, are sorted).
 */
const linksOf = (several: boolean, filter = ""): string =>
  several
    ? `SELECT article_id AS id, max(salience) AS score, published_sort AS sort FROM article_entities
       WHERE entity_id IN (SELECT value FROM json_each(@ids)) ${filter} GROUP BY article_id ORDER BY sort DESC, id DESC`
    : `SELECT article_id AS id, salience AS score, published_sort AS sort FROM article_entities
       WHERE entity_id = @id ${filter} ORDER BY sort DESC, id DESC`;

/** A page of hits as chosen by `hits` (id, score, sort); only those articles' rows are read. */
const pageOf = (hits: string): string =>
  `SELECT a.id, a.title, a.group_id, h.score, substr(a.text, 1, 160) AS snippet
   FROM (${hits}) h JOIN articles a ON a.id = h.id ORDER BY h.sort DESC, h.id DESC`;

const MATCHES = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match";

const ENTITY_SEARCHES = {
  /** The entity alone. */
  plain: (several: boolean) => pageOf(`${linksOf(several)} LIMIT @limit OFFSET @offset`),
  /** With words, checked link by link on the newest links only: cheap when the words are frequent among them. */
  probe: (several: boolean) =>
    pageOf(`SELECT * FROM (${linksOf(several)} LIMIT @window) w
            WHERE EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH @match AND rowid = w.id)
            ORDER BY w.sort DESC, w.id DESC LIMIT @limit OFFSET @offset`),
  /** With words, every match listed once: the cost of the words' matches, whatever the entity's size. */
  listed: (several: boolean) => pageOf(`${linksOf(several, `AND article_id IN (${MATCHES})`)} LIMIT @limit OFFSET @offset`),
  /** More links than the probe window reads? */
  beyondWindow: (several: boolean) =>
    `SELECT count(*) > @window FROM (SELECT 1 FROM article_entities WHERE ${several ? "entity_id IN (SELECT value FROM json_each(@ids))" : "entity_id = @id"} LIMIT @window + 1)`,
};

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function statement(db: Database.Database, kind: keyof typeof ENTITY_SEARCHES, several: boolean): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  const key = `${kind}:${several}`;
  let prepared = cache.get(key);
  if (!prepared) cache.set(key, (prepared = db.prepare(ENTITY_SEARCHES[kind](several))));
  return prepared;
}

type EntityHitRow = { id: number; title: string | null; group_id: number | null; score: number; snippet: string };

/**
 * Articles naming any of `ids`, newest first (undated last, then newest id first). With a query, the
 * newest links are checked one by one first; only when they hold too few matches for the page are the
 * query's matches listed (the smaller side for a rare word).
 */
export function searchEntityArticles(db: Database.Database, ids: string[], page: Page, query?: string): SearchHit[] {
  if (ids.length === 0) return [];
  const match = query === undefined ? null : toFtsQuery(query);
  if (query !== undefined && match === null) return [];
  const several = ids.length > 1;
  const params = { ...(several ? { ids: JSON.stringify(ids) } : { id: ids[0] }), limit: page.limit, offset: page.offset ?? 0 };
  let rows: EntityHitRow[];
  if (match === null) rows = statement(db, "plain", several).all(params) as EntityHitRow[];
  else {
    const window = probeWindow(page);
    rows = statement(db, "probe", several).all({ ...params, match, window }) as EntityHitRow[];
    const complete = rows.length === page.limit || statement(db, "beyondWindow", several).pluck().get({ ...params, window }) === 0;
    if (!complete) rows = statement(db, "listed", several).all({ ...params, match }) as EntityHitRow[];
  }
  return rows.map((r) => ({ id: r.id, title: r.title, snippet: r.snippet, score: r.score, groupId: r.group_id }));
}

/** `ids`: only these entities (what a user's words stand for), or null for all. */
export function listEntitySummaries(db: Database.Database, s: EntityStatements, options: Page & { type?: EntityType }, ids: string[] | null): EntitySummary[] {
  const params = { type: options.type ?? null, limit: options.limit, offset: options.offset ?? 0 };
  if (ids === null) return s.listAll.all(params) as EntitySummary[];
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT id, type, name, country, articles, first_published AS first, last_published AS last FROM entities
       WHERE id IN (SELECT value FROM json_each(@ids)) AND articles > 0 AND (@type IS NULL OR type = @type)
       ORDER BY articles DESC, id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, ids: JSON.stringify(ids) }) as EntitySummary[];
}
