import type { Pool, PoolClient, QueryResult } from "pg";
import type { EntityType } from "../../enrich/index.js";
import type {
  ArticleFilter,
  ArticleListing,
  CommitBatch,
  EntityDetail,
  PlaceFilter,
  PlaceSummary,
  CopyGroup,
  CopyLink,
  CopyState,
  EntitySummary,
  FoldState,
  NewArticle,
  Page,
  RunListing,
  RunRecord,
  SearchHit,
  SearchPage,
  Store,
  StoreCounts,
  StoredArticle,
  SourceSighting,
  StoredFingerprint,
  FingerprintStats,
  StoreFinding,
  StoryFilter,
  StoryFold,
  StoryInput,
  StoryInputId,
  SavedFold,
  StoryListing,
  StoryMember,
  ThreadListing,
} from "../store.js";
import * as browse from "./postgres-browse.js";
import { resolvePostgresConfig, type PostgresStoreConfig, type ResolvedPostgresConfig } from "./postgres-config.js";
import { entitiesOf, listEntitySummaries, resolveEntityIds } from "./postgres-entities.js";
import { mapPostgresError } from "./postgres-errors.js";
import { toGroupMember, toStoredFingerprint, type FingerprintRow } from "../shared-rows.js";
import { ARTICLE_COLUMNS, toArticle, type ArticleRow, type GroupRow, type MemberRow } from "./postgres-rows.js";
import { loadSearchConfigs, openPostgresPool, type SearchConfigs } from "./postgres-open.js";
import { searchArticles, searchEntityArticles } from "./postgres-search.js";
import * as stories from "./postgres-stories.js";
import { checkPostgresStore } from "./postgres-check.js";
import { recordSources, sourcesOf } from "./postgres-sources.js";
import * as copies from "./postgres-copies.js";
import type { CommitWith } from "./postgres-copies.js";
import { insertArticles, insertEntities, insertRun } from "./postgres-write.js";
import { createPostgresQueue } from "./postgres-queue.js";
import { lockWritesAndCatchUp } from "./postgres-copy-log.js";
import type { WorkQueue } from "../work-queue.js";

/** Rows read per step when streaming, so memory stays flat on stores of any size. */
const STREAM_CHUNK = 500;

/**
 * Opens the PostgreSQL store: a pool on the server, the schema created and migrated on first use.
 * Any number of processes may open the same store and write at once (`concurrentWriters`).
 */
export async function openPostgresStore(config: PostgresStoreConfig): Promise<Store> {
  const resolved = resolvePostgresConfig(config);
  const pool = await openPostgresPool(resolved);
  try {
    const configs = await loadSearchConfigs(pool, resolved.schema);
    return new PostgresStore(pool, resolved, configs);
  } catch (error) {
    await pool.end().catch(() => {});
    throw mapPostgresError(error, resolved.location);
  }
}

class PostgresStore implements Store {
  readonly capabilities = { supportsFullText: true, concurrentWriters: true };
  readonly location: string;
  #pool: Pool;
  #schema: string;
  #configs: SearchConfigs;
  #closed = false;

  constructor(pool: Pool, config: ResolvedPostgresConfig, configs: SearchConfigs) {
    this.#pool = pool;
    this.#schema = config.schema;
    this.location = config.location;
    this.#configs = configs;
    this.queue = createPostgresQueue({
      pool,
      schema: config.schema,
      location: config.location,
      transaction: (fn) => this.#transaction(fn),
      insertRows: (client, articles) => this.#insertRows(client, articles),
      writeCopiesAndCommit: (commitWith, client, ids, batch) => copies.writeCopyChangesAndCommit(commitWith, client, this.#schema, ids, batch),
    });
  }

  /** Shared by any number of `newsfold worker` processes (see work-queue.ts). */
  readonly queue: WorkQueue;

  /**
   * Runs `fn` in one transaction on one connection; driver errors come out as NewsfoldErrors. `fn` may
   * end the transaction itself with `commitWith(statement)`: the statement and the COMMIT in one round trip.
   */
  async #transaction<T>(fn: (client: PoolClient, commitWith: CommitWith) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect().catch((error: unknown) => {
      throw mapPostgresError(error, this.location);
    });
    let broken = false;
    let committed = false;
    // Two statements in one simple-protocol message (so no bound parameters): the server runs the second only if the first succeeded.
    const commitWith: CommitWith = async (statement) => {
      const [result] = (await client.query(`${statement}; COMMIT`)) as unknown as QueryResult[];
      committed = true;
      return result;
    };
    try {
      await client.query("BEGIN");
      const result = await fn(client, commitWith);
      if (!committed) await client.query("COMMIT");
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than handed to the next caller.
      await client.query("ROLLBACK").catch(() => (broken = true));
      throw mapPostgresError(error, this.location);
    } finally {
      client.release(broken);
    }
  }

  /** Runs a read; driver errors come out as NewsfoldErrors. */
  async #read<T>(fn: (pool: Pool, schema: string) => Promise<T>): Promise<T> {
    try {
      return await fn(this.#pool, this.#schema);
    } catch (error) {
      throw mapPostgresError(error, this.location);
    }
  }

  async knownDocKeys(docKeys: readonly string[]): Promise<Map<string, number>> {
    if (docKeys.length === 0) return new Map();
    const rows = await this.#read(async (pool, s) =>
      (await pool.query<{ doc_key: string; id: number }>(`SELECT doc_key, id FROM ${s}.articles WHERE doc_key = ANY($1::text[])`, [docKeys])).rows,
    );
    return new Map(rows.map((r) => [r.doc_key, r.id]));
  }

  /**
   * One transaction. A document another writer stored first (even while this batch was waiting on it)
   * fails the whole batch with `store.duplicate`, naming the keys in `details.docKeys`: nothing of the
   * batch is stored, and the caller asks `knownDocKeys` again and commits the rest.
   */
  async commitBatch(batch: CommitBatch): Promise<number[]> {
    const copyChanges = (batch.copyLinks?.length ?? 0) + (batch.dissolvedGroupIds?.length ?? 0) + (batch.ungroupedIds?.length ?? 0);
    if (batch.articles.length === 0 && batch.groupChanges.length === 0 && copyChanges === 0 && !batch.resetCopies) return [];
    const s = this.#schema;
    return this.#transaction(async (client, commitWith) => {
      const ids = await this.#insertRows(client, batch.articles);
      await lockWritesAndCatchUp(client, s, null);
      await copies.writeCopyChangesAndCommit(commitWith, client, s, ids, batch);
      return ids;
    });
  }

  /** Inserts articles with their search vectors and entities: no lock needed (see work-queue.ts). */
  async #insertRows(client: PoolClient, articles: readonly NewArticle[]): Promise<number[]> {
    const ids = await insertArticles(client, this.#schema, articles, this.#configs.forLang);
    await insertEntities(client, this.#schema, ids, articles);
    return ids;
  }

  async recordSources(sightings: readonly SourceSighting[]): Promise<void> {
    await this.#read((pool, s) => recordSources(pool, s, sightings));
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const rows = await this.#read(async (pool, s) =>
      (await pool.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM ${s}.articles WHERE id = $1`, [id])).rows,
    );
    return rows.length === 0 ? null : (await this.#whole(rows))[0];
  }

  async getTexts(ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.#read(async (pool, s) =>
      (await pool.query<{ id: number; text: string }>(`SELECT id, text FROM ${s}.articles WHERE id = ANY($1::bigint[])`, [ids])).rows,
    );
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  async findByExactHash(exactHash: string): Promise<number[]> {
    const rows = await this.#read(async (pool, s) =>
      (await pool.query<{ id: number }>(`SELECT id FROM ${s}.articles WHERE exact_hash = $1 ORDER BY id`, [exactHash])).rows,
    );
    return rows.map((r) => r.id);
  }

  async *streamFingerprints(options: { afterId?: number } = {}): AsyncIterable<StoredFingerprint> {
    let after = options.afterId ?? 0;
    for (;;) {
      const rows = await this.#read(async (pool, s) =>
        (
          await pool.query<FingerprintRow>(
            `SELECT id, exact_hash, signature, containment_samples, group_id, published_sort, length
             FROM ${s}.articles WHERE id > $1 ORDER BY id LIMIT $2`,
            [after, STREAM_CHUNK],
          )
        ).rows,
      );
      for (const r of rows) yield toStoredFingerprint(r);
      if (rows.length < STREAM_CHUNK) return;
      after = rows[rows.length - 1].id;
    }
  }

  async fingerprintStats(): Promise<FingerprintStats> {
    const row = await this.#read(async (pool, s) =>
      (await pool.query<{ documents: string; bytes: string }>(`SELECT count(*) AS documents, coalesce(sum(octet_length(containment_samples)), 0) AS bytes FROM ${s}.articles`)).rows[0],
    );
    return { documents: Number(row.documents), samples: Number(row.bytes) / 4 };
  }

  async getCopyStates(ids: readonly number[]): Promise<CopyState[]> {
    return this.#read((pool, s) => copies.readCopyStates(pool, s, ids));
  }

  async getCopyLinks(ids: readonly number[]): Promise<CopyLink[]> {
    return this.#read((pool, s) => copies.readCopyLinks(pool, s, ids));
  }

  async *streamCopyLinks(): AsyncIterable<CopyLink> {
    let after: [number, number] = [0, 0];
    for (;;) {
      const links = await this.#read((pool, s) => copies.readCopyLinksAfter(pool, s, after, STREAM_CHUNK));
      yield* links;
      if (links.length < STREAM_CHUNK) return;
      const last = links[links.length - 1];
      after = [last.a, last.b];
    }
  }

  async copiesNeedRegroup(): Promise<boolean> {
    return this.#read((pool, s) => copies.regroupNeeded(pool, s));
  }

  async getCopyGroup(groupId: number): Promise<CopyGroup | null> {
    const groups = await this.#read(async (pool, s) =>
      (await pool.query<GroupRow>(`SELECT id, canonical_id FROM ${s}.copy_groups WHERE id = $1`, [groupId])).rows,
    );
    return groups.length === 0 ? null : (await this.#withMembers(groups))[0];
  }

  async listCopyGroups(page: Page): Promise<CopyGroup[]> {
    const groups = await this.#read(async (pool, s) =>
      (
        await pool.query<GroupRow>(`SELECT id, canonical_id FROM ${s}.copy_groups WHERE size > 1 ORDER BY size DESC, id LIMIT $1 OFFSET $2`, [
          page.limit,
          page.offset ?? 0,
        ])
      ).rows,
    );
    return this.#withMembers(groups);
  }

  async #withMembers(groups: GroupRow[]): Promise<CopyGroup[]> {
    if (groups.length === 0) return [];
    const rows = await this.#read(async (pool, s) =>
      (
        await pool.query<MemberRow>(
          `SELECT group_id, id, copy_kind, similarity, title, url, published_sort, length, exact_hash FROM ${s}.articles
           WHERE group_id = ANY($1::bigint[]) ORDER BY group_id, copy_kind <> 'canonical', similarity DESC, id`,
          [groups.map((g) => g.id)],
        )
      ).rows,
    );
    return groups.map((g) => ({
      id: g.id,
      canonicalId: g.canonical_id,
      members: rows
        .filter((r) => r.group_id === g.id)
        .map(toGroupMember),
    }));
  }

  async search(query: string, page: SearchPage): Promise<SearchHit[]> {
    return this.#read((pool, s) => searchArticles(pool, s, this.#configs.all, query, page));
  }

  async searchByEntity(entity: string, page: Page, query?: string): Promise<SearchHit[]> {
    return this.#read(async (pool, s) => searchEntityArticles(pool, s, this.#configs.all, await resolveEntityIds(pool, s, entity), page, query));
  }

  async listEntities(options: Page & { type?: EntityType; query?: string }): Promise<EntitySummary[]> {
    return this.#read(async (pool, s) => {
      const ids = options.query === undefined ? null : await resolveEntityIds(pool, s, options.query);
      return listEntitySummaries(pool, s, options, ids);
    });
  }

  async getEntity(id: string, options: { related: number }): Promise<EntityDetail | null> {
    return this.#read((pool, s) => browse.getEntity(pool, s, id, options.related));
  }

  async listArticles(options: Page & ArticleFilter): Promise<ArticleListing[]> {
    return this.#read((pool, s) => browse.listArticles(pool, s, options));
  }

  async listPlaces(filter: PlaceFilter, page: Page): Promise<PlaceSummary[]> {
    return this.#read(async (pool, s) => {
      if (filter.storyId !== undefined) return browse.listPlaces(pool, s, { storyId: filter.storyId }, page);
      const entityIds = await resolveEntityIds(pool, s, filter.entity);
      return entityIds.length === 0 ? [] : browse.listPlaces(pool, s, { entityIds }, page);
    });
  }

  async *streamArticles(options: { canonicalOnly: boolean }): AsyncIterable<StoredArticle> {
    const filter = options.canonicalOnly ? "AND (group_id IS NULL OR copy_kind = 'canonical')" : "";
    let after = 0;
    for (;;) {
      const rows = await this.#read(async (pool, s) =>
        (await pool.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM ${s}.articles WHERE id > $1 ${filter} ORDER BY id LIMIT $2`, [after, STREAM_CHUNK])).rows,
      );
      yield* await this.#whole(rows);
      if (rows.length < STREAM_CHUNK) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Article rows with what lives beside them: entities, thread, other sources. */
  async #whole(rows: ArticleRow[]): Promise<StoredArticle[]> {
    const ids = rows.map((r) => r.id);
    const entities = await this.#read((pool, s) => entitiesOf(pool, s, ids));
    const sources = await this.#read((pool, s) => sourcesOf(pool, s, ids));
    const storyIds = [...new Set(rows.map((r) => r.story_id).filter((id): id is number => id !== null))];
    const threads = storyIds.length === 0 ? [] : await this.#read(async (pool, s) =>
      (await pool.query<{ id: number; thread_id: number | null }>(`SELECT id, thread_id FROM ${s}.stories WHERE id = ANY($1::bigint[])`, [storyIds])).rows,
    );
    const threadOf = new Map(threads.map((t) => [t.id, t.thread_id]));
    return rows.map((r) => ({
      ...toArticle(r),
      entities: entities.get(r.id) ?? [],
      threadId: r.story_id === null ? null : threadOf.get(r.story_id) ?? null,
      otherSources: sources.get(r.id) ?? [],
    }));
  }

  async *streamStoryInputs(ids?: readonly number[]): AsyncIterable<StoryInput> {
    if (ids) {
      const listed = [...ids].sort((a, b) => a - b);
      for (let i = 0; i < listed.length; i += STREAM_CHUNK) {
        const chunk = listed.slice(i, i + STREAM_CHUNK);
        yield* await this.#read((pool, s) => stories.storyInputsListed(pool, s, chunk));
      }
      return;
    }
    let after = 0;
    for (;;) {
      const inputs = await this.#read((pool, s) => stories.storyInputsAfter(pool, s, after, STREAM_CHUNK));
      yield* inputs;
      if (inputs.length < STREAM_CHUNK) return;
      after = inputs[inputs.length - 1].id;
    }
  }

  async storyInputIds(): Promise<StoryInputId[]> {
    return this.#read((pool, s) => stories.storyInputIds(pool, s));
  }

  async readFoldSnapshot(): Promise<SavedFold | null> {
    return this.#read((pool, s) => stories.readFoldSnapshot(pool, s));
  }

  async foldState(): Promise<FoldState> {
    return this.#read((pool, s) => stories.foldState(pool, s));
  }

  async replaceStories(fold: StoryFold): Promise<void> {
    await this.#transaction((client) => stories.replaceStories(client, this.#schema, fold));
  }

  async listStories(options: Page & StoryFilter): Promise<StoryListing[]> {
    return this.#read(async (pool, s) => {
      const entityIds = options.entity === undefined ? null : await resolveEntityIds(pool, s, options.entity);
      return stories.listStories(pool, s, options, entityIds);
    });
  }

  async getStory(id: number, page?: Page): Promise<{ story: StoryListing; articles: StoryMember[] } | null> {
    return this.#read((pool, s) => stories.getStory(pool, s, id, page));
  }

  async check(): Promise<StoreFinding[]> {
    return this.#read((pool, s) => checkPostgresStore(pool, s));
  }

  /** Each article's search vector is written with its row: there is no separate index to rebuild. */
  async rebuildFullText(): Promise<void> {}

  async redirectOf(kind: "story" | "thread", id: number): Promise<number | null> {
    return this.#read((pool, s) => stories.redirectOf(pool, s, kind, id));
  }

  async listRuns(page: Page): Promise<RunListing[]> {
    const rows = await this.#read(async (pool, s) =>
      (
        await pool.query<{ id: string; started_at: Date; finished_at: Date; inputs: string[]; summary: Record<string, unknown>; errors: number; warnings: number }>(
          `SELECT r.id, r.started_at, r.finished_at, r.inputs, r.summary,
                  (SELECT count(*) FROM ${s}.problems p WHERE p.run_id = r.id AND p.severity = 'error')::int AS errors,
                  (SELECT count(*) FROM ${s}.problems p WHERE p.run_id = r.id AND p.severity = 'warning')::int AS warnings
           FROM ${s}.runs r ORDER BY r.id DESC LIMIT $1 OFFSET $2`,
          [page.limit, page.offset ?? 0],
        )
      ).rows,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      startedAt: r.started_at.toISOString(),
      finishedAt: r.finished_at.toISOString(),
      inputs: r.inputs,
      summary: r.summary,
      problems: { errors: r.errors, warnings: r.warnings },
    }));
  }

  async listThreads(page: Page): Promise<ThreadListing[]> {
    return this.#read((pool, s) => stories.listThreads(pool, s, page));
  }

  async getThread(id: number): Promise<{ thread: ThreadListing; stories: StoryListing[] } | null> {
    return this.#read((pool, s) => stories.getThread(pool, s, id));
  }

  async counts(): Promise<StoreCounts> {
    const rows = await this.#read(async (pool, s) =>
      (
        await pool.query<StoreCounts>(
          `SELECT (SELECT count(*) FROM ${s}.articles) AS articles,
                  (SELECT count(*) FROM ${s}.copy_groups WHERE size > 1) AS "copyGroups",
                  (SELECT coalesce(sum(size - 1), 0) FROM ${s}.copy_groups WHERE size > 1)::bigint AS copies,
                  (SELECT count(*) FROM ${s}.copy_links WHERE kind = 'quotes') AS quotes,
                  (SELECT count(*) FROM ${s}.stories) AS stories,
                  (SELECT count(*) FROM ${s}.threads) AS threads`,
        )
      ).rows,
    );
    return rows[0];
  }

  async recordRun(run: RunRecord): Promise<number> {
    return this.#transaction((client) => insertRun(client, this.#schema, run));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}
