import type Database from "better-sqlite3";
import type { EntityType } from "../../enrich/index.js";
import { serializeSignature } from "../../fingerprint/index.js";
import type { CopyKind } from "../../types.js";
import { sortableDate } from "../../dates.js";
import { toFtsQuery } from "../fts-query.js";
import { toGroupMember, toStoredFingerprint, type FingerprintRow, type MemberRow } from "../shared-rows.js";
import type {
  ArticleFilter,
  ArticleListing,
  ArticleRef,
  EntityDetail,
  PlaceFilter,
  PlaceSummary,
  CommitBatch,
  CopyGroup,
  CopyLink,
  CopyState,
  EntitySummary,
  FoldState,
  Page,
  StoryFilter,
  StoryFold,
  StoryInput,
  StoryInputId,
  SavedFold,
  StoryListing,
  StoryMember,
  ThreadListing,
  RunListing,
  RunRecord,
  SearchHit,
  SearchPage,
  FingerprintStats,
  Store,
  StoreCounts,
  StoredArticle,
  StoredFingerprint,
  StoreFinding,
  SourceSighting,
} from "../store.js";
import type { SqliteStoreConfig } from "./sqlite-config.js";
import * as browse from "./sqlite-browse.js";
import * as stories from "./sqlite-stories.js";
import { checkSqliteStore, rebuildSqliteFullText } from "./sqlite-check.js";
import * as copies from "./sqlite-copies.js";
import {
  enrichmentColumns,
  listEntitySummaries,
  prepareEntityStatements,
  readEntities,
  readEntitiesOfRange,
  resolveEntityIds,
  searchEntityArticles,
  writeEnrichment,
  type EnrichedArticle,
  type EntityCache,
} from "./sqlite-entities.js";
import { prepareSourceStatements, readSources, readSourcesOfRange, recordSources, type SourceStatements } from "./sqlite-sources.js";
import { acquireWriterLock, checkWritable, mapSqliteError, openSqliteDatabase } from "./sqlite-open.js";
import { spacedForSearch, unspaced } from "../search-text.js";

/** Rows read per step when streaming, so memory stays flat on stores of any size. */
const STREAM_CHUNK = 500;

/** Opens the embedded store. Writable opens take the single-writer lock (see acquireWriterLock). */
export function openSqliteStore(config: SqliteStoreConfig): Store {
  if (!config.readonly) checkWritable(config.path);
  const release = config.readonly ? () => {} : acquireWriterLock(config.path);
  let db: Database.Database;
  try {
    db = openSqliteDatabase(config);
  } catch (error) {
    release();
    throw error;
  }
  return new SqliteStore(db, config.path, release, config.fullTextIndex ?? true);
}

class SqliteStore implements Store {
  readonly capabilities: { supportsFullText: boolean; concurrentWriters: false };
  /** One writer process: no queue to share work through. */
  readonly queue = null;
  readonly location: string;
  #db: Database.Database;
  #release: () => void;
  #statements: ReturnType<typeof prepareStatements>;
  #copies: copies.CopyStatements;
  #entities: ReturnType<typeof prepareEntityStatements>;
  #sources: SourceStatements;

  constructor(db: Database.Database, location: string, release: () => void, fullTextIndex: boolean) {
    this.capabilities = { supportsFullText: fullTextIndex, concurrentWriters: false };
    this.#db = db;
    this.location = location;
    this.#release = release;
    this.#statements = prepareStatements(db);
    this.#copies = copies.prepareCopyStatements(db);
    this.#entities = prepareEntityStatements(db);
    this.#sources = prepareSourceStatements(db);
  }

  async knownDocKeys(docKeys: readonly string[]): Promise<Map<string, number>> {
    const known = new Map<string, number>();
    for (const key of docKeys) {
      const id = this.#statements.idByDocKey.get(key) as number | undefined;
      if (id !== undefined) known.set(key, id);
    }
    return known;
  }

  async commitBatch(batch: CommitBatch): Promise<number[]> {
    const s = this.#statements;
    const write = this.#db.transaction((): number[] => {
      const ids: number[] = [];
      const enriched: EnrichedArticle[] = [];
      const now = new Date().toISOString();
      for (const a of batch.articles) {
        const c = a.cleaned;
        const publishedSort = sortableDate(c.published ?? c.updated);
        const row: Record<ArticleInsertColumn, unknown> = {
          doc_key: a.docKey,
          exact_hash: a.exactHash,
          title: c.title,
          text: c.text,
          lang: c.lang.code,
          lang_confidence: c.lang.confidence,
          published: json(c.published),
          published_sort: publishedSort,
          updated: json(c.updated),
          site: c.site,
          author: c.author,
          url: c.url ?? a.provenance.url ?? null,
          dateline: json(c.dateline),
          provenance: JSON.stringify(a.provenance),
          encoding: JSON.stringify(a.encoding),
          bytes: a.bytes,
          length: c.text.length,
          removed: JSON.stringify(c.removed),
          signature: serializeSignature(a.signature),
          containment_samples: Buffer.from(a.containmentSamples.buffer, a.containmentSamples.byteOffset, a.containmentSamples.byteLength),
          ingested_at: now,
          ...enrichmentColumns(a.enrichment),
          search_title: spacedForSearch(c.title),
          search_text: spacedForSearch(c.text),
        };
        const id = Number(s.insertArticle.run(ARTICLE_INSERT_COLUMNS.map((column) => row[column])).lastInsertRowid);
        if (a.enrichment) enriched.push({ id, enrichment: a.enrichment, published: publishedSort });
        ids.push(id);
      }
      // One statement indexes the batch from the rows just written: the texts are not bound (and converted
      // to UTF-8) a second time. The batch's ids are consecutive: one writer, rowids max + 1.
      if (this.capabilities.supportsFullText && ids.length > 0) s.indexFullText.run(ids[0], ids[ids.length - 1]);
      writeEnrichment(this.#entities, enriched);
      const resolve = (ref: ArticleRef): number => ("id" in ref ? ref.id : ids[ref.batchIndex]);
      copies.applyUngrouping(this.#db, this.#copies, batch);
      for (const change of batch.groupChanges) {
        for (const merged of change.mergedGroupIds) s.deleteGroup.run(merged);
        const canonicalId = resolve(change.canonical);
        let groupId = change.groupId;
        if (groupId === null) groupId = Number(s.insertGroup.run(canonicalId, change.members.length).lastInsertRowid);
        else s.updateGroup.run(canonicalId, change.members.length, groupId);
        for (const m of change.members) s.setMembership.run(groupId, m.kind, m.similarity, resolve(m.ref));
      }
      copies.insertLinks(this.#copies, batch, resolve);
      if (batch.articles.length > 0 || batch.groupChanges.length > 0 || batch.resetCopies) stories.markFoldPending(this.#db);
      return ids;
    });
    try {
      return write.immediate();
    } catch (error) {
      throw mapSqliteError(error, this.location);
    }
  }

  async recordSources(sightings: readonly SourceSighting[]): Promise<void> {
    try {
      recordSources(this.#db, this.#sources, sightings);
    } catch (error) {
      throw mapSqliteError(error, this.location);
    }
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const row = this.#statements.articleById.get(id) as ArticleRow | undefined;
    return row ? this.#whole(row) : null;
  }

  /** An article row with what lives beside it: entities, story and thread, other sources. */
  #whole(row: ArticleRow): StoredArticle {
    return { ...toArticle(row), ...readEntities(this.#entities, row.id), otherSources: readSources(this.#sources, row.id) };
  }

  async getTexts(ids: readonly number[]): Promise<Map<number, string>> {
    const texts = new Map<number, string>();
    for (const id of ids) {
      const text = this.#statements.textById.get(id) as string | undefined;
      if (text !== undefined) texts.set(id, text);
    }
    return texts;
  }

  async findByExactHash(exactHash: string): Promise<number[]> {
    return this.#statements.idsByExactHash.all(exactHash) as number[];
  }

  async *streamFingerprints(options: { afterId?: number } = {}): AsyncIterable<StoredFingerprint> {
    let after = options.afterId ?? 0;
    for (;;) {
      const rows = this.#statements.fingerprintsAfter.all(after, STREAM_CHUNK) as FingerprintRow[];
      for (const r of rows) yield toStoredFingerprint(r);
      if (rows.length < STREAM_CHUNK) return;
      after = rows[rows.length - 1].id;
    }
  }

  async fingerprintStats(): Promise<FingerprintStats> {
    const { documents, bytes } = this.#statements.fingerprintStats.get() as { documents: number; bytes: number };
    return { documents, samples: bytes / 4 };
  }

  async getCopyStates(ids: readonly number[]): Promise<CopyState[]> {
    return copies.readCopyStates(this.#copies, ids);
  }

  async getCopyLinks(ids: readonly number[]): Promise<CopyLink[]> {
    return copies.readCopyLinks(this.#copies, ids);
  }

  async *streamCopyLinks(): AsyncIterable<CopyLink> {
    yield* copies.iterateCopyLinks(this.#copies, STREAM_CHUNK);
  }

  async copiesNeedRegroup(): Promise<boolean> {
    return this.#copies.regroupNeeded.get() !== undefined;
  }

  async getCopyGroup(groupId: number): Promise<CopyGroup | null> {
    const group = this.#statements.groupById.get(groupId) as { id: number; canonical_id: number } | undefined;
    return group ? this.#groupWithMembers(group) : null;
  }

  async listCopyGroups(page: Page): Promise<CopyGroup[]> {
    const groups = this.#statements.groupsBySize.all(page.limit, page.offset ?? 0) as { id: number; canonical_id: number }[];
    return groups.map((g) => this.#groupWithMembers(g));
  }

  #groupWithMembers(group: { id: number; canonical_id: number }): CopyGroup {
    const rows = this.#statements.membersOfGroup.all(group.id) as MemberRow[];
    return {
      id: group.id,
      canonicalId: group.canonical_id,
      members: rows.map(toGroupMember),
    };
  }

  async search(query: string, page: SearchPage): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (match === null) return [];
    const params = { match, limit: page.limit, offset: page.offset ?? 0 };
    const rows = (page.newest === undefined ? this.#statements.search.all(params) : this.#statements.searchNewest.all({ ...params, newest: page.newest })) as SearchRow[];
    return rows.map((r) => ({ id: r.id, title: r.title, snippet: unspaced(r.snippet), score: -r.rank, groupId: r.group_id }));
  }

  async searchByEntity(entity: string, page: Page, query?: string): Promise<SearchHit[]> {
    return searchEntityArticles(this.#db, resolveEntityIds(this.#entities, entity), page, query);
  }

  async listEntities(options: Page & { type?: EntityType; query?: string }): Promise<EntitySummary[]> {
    const ids = options.query === undefined ? null : resolveEntityIds(this.#entities, options.query);
    return listEntitySummaries(this.#db, this.#entities, options, ids);
  }

  async getEntity(id: string, options: { related: number }): Promise<EntityDetail | null> {
    return browse.getEntity(this.#db, id, options.related);
  }

  async listArticles(options: Page & ArticleFilter): Promise<ArticleListing[]> {
    return browse.listArticles(this.#db, options);
  }

  async listPlaces(filter: PlaceFilter, page: Page): Promise<PlaceSummary[]> {
    if (filter.storyId !== undefined) return browse.listPlaces(this.#db, { storyId: filter.storyId }, page);
    const entityIds = resolveEntityIds(this.#entities, filter.entity);
    return entityIds.length === 0 ? [] : browse.listPlaces(this.#db, { entityIds }, page);
  }

  async *streamArticles(options: { canonicalOnly: boolean }): AsyncIterable<StoredArticle> {
    const statement = options.canonicalOnly ? this.#statements.canonicalArticlesAfter : this.#statements.articlesAfter;
    // A chunk and what lives beside its rows (entities, story, other sources) in range reads inside one read
    // transaction: three statements per article, each taking and dropping the file's locks, were most of an export.
    const entityCache: EntityCache = new Map();
    const readChunk = this.#db.transaction((after: number): StoredArticle[] => {
      const rows = statement.all(after, STREAM_CHUNK) as ArticleRow[];
      if (rows.length === 0) return [];
      const first = rows[0].id;
      const last = rows[rows.length - 1].id;
      const entities = readEntitiesOfRange(this.#entities, first, last, entityCache);
      const sources = readSourcesOfRange(this.#sources, first, last);
      return rows.map((row) => ({ ...toArticle(row), ...(entities.get(row.id) as ReturnType<typeof readEntities>), otherSources: sources.get(row.id) ?? [] }));
    });
    let after = 0;
    for (;;) {
      const articles = readChunk(after);
      yield* articles;
      if (articles.length < STREAM_CHUNK) return;
      after = articles[articles.length - 1].id;
    }
  }

  async *streamStoryInputs(ids?: readonly number[]): AsyncIterable<StoryInput> {
    yield* stories.storyInputs(this.#db, STREAM_CHUNK, ids);
  }

  async storyInputIds(): Promise<StoryInputId[]> {
    return stories.storyInputIds(this.#db);
  }

  async readFoldSnapshot(): Promise<SavedFold | null> {
    return stories.readFoldSnapshot(this.#db);
  }

  async foldState(): Promise<FoldState> {
    return stories.foldState(this.#db);
  }

  async replaceStories(fold: StoryFold): Promise<void> {
    try {
      stories.replaceStories(this.#db, fold);
    } catch (error) {
      throw mapSqliteError(error, this.location);
    }
  }

  async listStories(options: Page & StoryFilter): Promise<StoryListing[]> {
    const entityIds = options.entity === undefined ? null : resolveEntityIds(this.#entities, options.entity);
    return stories.listStories(this.#db, options, entityIds);
  }

  async getStory(id: number, page?: Page): Promise<{ story: StoryListing; articles: StoryMember[] } | null> {
    return stories.getStory(this.#db, id, page);
  }

  async check(options: { full: boolean }): Promise<StoreFinding[]> {
    try {
      return checkSqliteStore(this.#db, this.location, options);
    } catch (error) {
      throw mapSqliteError(error, this.location);
    }
  }

  async rebuildFullText(): Promise<void> {
    rebuildSqliteFullText(this.#db);
  }

  async redirectOf(kind: "story" | "thread", id: number): Promise<number | null> {
    return stories.redirectOf(this.#db, kind, id);
  }

  async listRuns(page: Page): Promise<RunListing[]> {
    const rows = this.#db
      .prepare(
        `SELECT r.id, r.started_at, r.finished_at, r.inputs, r.summary,
                (SELECT count(*) FROM problems p WHERE p.run_id = r.id AND p.severity = 'error') AS errors,
                (SELECT count(*) FROM problems p WHERE p.run_id = r.id AND p.severity = 'warning') AS warnings
         FROM runs r ORDER BY r.id DESC LIMIT ? OFFSET ?`,
      )
      .all(page.limit, page.offset ?? 0) as { id: number; started_at: string; finished_at: string; inputs: string; summary: string; errors: number; warnings: number }[];
    return rows.map((r) => ({
      id: r.id,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      inputs: JSON.parse(r.inputs),
      summary: JSON.parse(r.summary),
      problems: { errors: r.errors, warnings: r.warnings },
    }));
  }

  async listThreads(page: Page): Promise<ThreadListing[]> {
    return stories.listThreads(this.#db, page);
  }

  async getThread(id: number): Promise<{ thread: ThreadListing; stories: StoryListing[] } | null> {
    return stories.getThread(this.#db, id);
  }

  async counts(): Promise<StoreCounts> {
    return this.#statements.counts.get() as StoreCounts;
  }

  async recordRun(run: RunRecord): Promise<number> {
    const s = this.#statements;
    return this.#db.transaction(() => {
      const runId = Number(s.insertRun.run(run.startedAt, run.finishedAt, JSON.stringify(run.inputs), JSON.stringify(run.summary)).lastInsertRowid);
      for (const p of run.problems) {
        s.insertProblem.run(runId, p.code, p.severity, p.stage, p.reason, json(p.provenance));
      }
      return runId;
    })();
  }

  async close(): Promise<void> {
    try {
      if (this.#db.open && !this.#db.readonly) {
        // Fold the WAL back into the main file so a closed store is one self-contained file, and leave
        // WAL mode when no reader is connected: a store shared read-only (a folder others cannot
        // write) is then readable without the -shm file a WAL reader would have to create.
        this.#db.pragma("wal_checkpoint(TRUNCATE)");
        try {
          this.#db.pragma("busy_timeout = 0"); // never wait for readers here
          this.#db.pragma("journal_mode = DELETE");
        } catch {
          // a reader is connected: the store stays in WAL mode, which is as safe
        }
      }
    } catch (error) {
      // A full disk can fail the checkpoint; the store is still closed and the lock released (the WAL
      // is replayed by the next open), and the caller learns why in one line.
      throw mapSqliteError(error, this.location);
    } finally {
      if (this.#db.open) this.#db.close();
      this.#release();
    }
  }
}

const ARTICLE_COLUMNS = `id, doc_key, title, text, lang, lang_confidence, published, published_sort, updated, site, author,
  url, dateline, provenance, encoding, bytes, removed, exact_hash, group_id, copy_kind, similarity, ingested_at`;

/**
 * The columns an ingest writes, bound by position: binding by name makes the driver look every name up
 * on the object from C++ (two V8 calls a value).
 */
const ARTICLE_INSERT_COLUMNS = [
  "doc_key", "exact_hash", "title", "text", "lang", "lang_confidence", "published", "published_sort", "updated", "site", "author", "url",
  "dateline", "provenance", "encoding", "bytes", "length", "removed", "signature", "containment_samples", "ingested_at",
  "event_date", "event_date_sort", "names", "search_title", "search_text",
] as const;
type ArticleInsertColumn = (typeof ARTICLE_INSERT_COLUMNS)[number];

function prepareStatements(db: Database.Database) {
  return {
    idByDocKey: db.prepare("SELECT id FROM articles WHERE doc_key = ?").pluck(),
    insertArticle: db.prepare(
      `INSERT INTO articles (${ARTICLE_INSERT_COLUMNS.join(", ")}) VALUES (${ARTICLE_INSERT_COLUMNS.map(() => "?").join(", ")})`,
    ),
    // From the view the index is declared over (migration 15): the spaced text of Chinese, Japanese, Thai … articles.
    indexFullText: db.prepare("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles_search WHERE id BETWEEN ? AND ?"),
    insertGroup: db.prepare("INSERT INTO copy_groups (canonical_id, size) VALUES (?, ?)"),
    updateGroup: db.prepare("UPDATE copy_groups SET canonical_id = ?, size = ? WHERE id = ?"),
    deleteGroup: db.prepare("DELETE FROM copy_groups WHERE id = ?"),
    setMembership: db.prepare("UPDATE articles SET group_id = ?, copy_kind = ?, similarity = ? WHERE id = ?"),
    articleById: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`),
    textById: db.prepare("SELECT text FROM articles WHERE id = ?").pluck(),
    idsByExactHash: db.prepare("SELECT id FROM articles WHERE exact_hash = ? ORDER BY id").pluck(),
    // From the covering index (migration 17), like the fingerprints themselves.
    fingerprintStats: db.prepare("SELECT count(*) AS documents, coalesce(sum(length(containment_samples)), 0) AS bytes FROM articles"),
    fingerprintsAfter: db.prepare(
      "SELECT id, exact_hash, signature, containment_samples, group_id, published_sort, length FROM articles WHERE id > ? ORDER BY id LIMIT ?",
    ),
    groupById: db.prepare("SELECT id, canonical_id FROM copy_groups WHERE id = ?"),
    groupsBySize: db.prepare("SELECT id, canonical_id FROM copy_groups WHERE size > 1 ORDER BY size DESC, id LIMIT ? OFFSET ?"),
    membersOfGroup: db.prepare(
      `SELECT id, copy_kind, similarity, title, url, published_sort, length, exact_hash FROM articles WHERE group_id = ?
       ORDER BY copy_kind != 'canonical', similarity DESC, id`,
    ),
    search: db.prepare(
      `SELECT a.id, a.title, a.group_id, f.rank AS rank, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
       FROM articles_fts f JOIN articles a ON a.id = f.rowid
       WHERE articles_fts MATCH @match ORDER BY f.rank LIMIT @limit OFFSET @offset`,
    ),
    // Ranking (bm25) costs per match; walking the doclist newest first to find the window's start does not.
    searchNewest: db.prepare(
      `SELECT a.id, a.title, a.group_id, f.rank AS rank, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
       FROM articles_fts f JOIN articles a ON a.id = f.rowid
       WHERE articles_fts MATCH @match
         AND f.rowid >= coalesce((SELECT rowid FROM articles_fts WHERE articles_fts MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @newest - 1), 0)
       ORDER BY f.rank LIMIT @limit OFFSET @offset`,
    ),
    articlesAfter: db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT ?`),
    canonicalArticlesAfter: db.prepare(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id > ? AND (group_id IS NULL OR copy_kind = 'canonical') ORDER BY id LIMIT ?`,
    ),
    counts: db.prepare(
      `SELECT (SELECT count(*) FROM articles) AS articles,
              (SELECT count(*) FROM copy_groups WHERE size > 1) AS copyGroups,
              -- Every member of a group but its canonical article: read from the groups, not by scanning articles.
              (SELECT coalesce(sum(size - 1), 0) FROM copy_groups WHERE size > 1) AS copies,
              (SELECT count(*) FROM copy_links WHERE kind = 'quotes') AS quotes,
              (SELECT count(*) FROM stories) AS stories,
              (SELECT count(*) FROM threads) AS threads`,
    ),
    insertRun: db.prepare("INSERT INTO runs (started_at, finished_at, inputs, summary) VALUES (?, ?, ?, ?)"),
    insertProblem: db.prepare("INSERT INTO problems (run_id, code, severity, stage, reason, provenance) VALUES (?, ?, ?, ?, ?, ?)"),
  };
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
const parse = <T>(value: string | null): T | null => (value === null ? null : (JSON.parse(value) as T));

interface ArticleRow {
  id: number;
  doc_key: string;
  title: string | null;
  text: string;
  lang: string;
  lang_confidence: number;
  published: string | null;
  published_sort: string | null;
  updated: string | null;
  site: string | null;
  author: string | null;
  url: string | null;
  dateline: string | null;
  provenance: string;
  encoding: string;
  bytes: number;
  removed: string;
  exact_hash: string;
  group_id: number | null;
  copy_kind: string | null;
  similarity: number | null;
  ingested_at: string;
}

interface SearchRow {
  id: number;
  title: string | null;
  group_id: number | null;
  rank: number;
  snippet: string;
}

function toArticle(r: ArticleRow): Omit<StoredArticle, "entities" | "eventDate" | "names" | "storyId" | "threadId" | "otherSources"> {
  return {
    id: r.id,
    docKey: r.doc_key,
    title: r.title,
    text: r.text,
    lang: r.lang,
    langConfidence: r.lang_confidence,
    published: parse(r.published),
    publishedSort: r.published_sort,
    updated: parse(r.updated),
    site: r.site,
    author: r.author,
    url: r.url,
    dateline: parse(r.dateline),
    provenance: JSON.parse(r.provenance),
    encoding: JSON.parse(r.encoding),
    bytes: r.bytes,
    removed: JSON.parse(r.removed),
    exactHash: r.exact_hash,
    groupId: r.group_id,
    copyKind: r.copy_kind as CopyKind | null,
    similarity: r.similarity,
    ingestedAt: r.ingested_at,
  };
}
