import type { PoolClient } from "pg";
import { NewsfoldError } from "../../errors.js";
import { serializeSignature } from "../../fingerprint/index.js";
import { sortableDate } from "../../dates.js";
import type { NewArticle, RunRecord } from "../store.js";
import { foldName } from "../shared-rows.js";
import { spacedForSearch } from "../search-text.js";

/**
 * Characters of a text indexed for search. PostgreSQL refuses a tsvector over 1 MB; a page this long
 * is a dump, not an article, and its first half-million characters say what it is about.
 */
const INDEXED_TEXT_CHARS = 500_000;

/** PostgreSQL text and jsonb cannot hold U+0000 (which SQLite keeps); it never carries meaning in news text. */
const withoutNul = <T extends string | null | undefined>(text: T): T => (typeof text === "string" ? (text.replaceAll("\0", "") as T) : text);

/** JSON for a jsonb column (null stays SQL NULL), without U+0000 that jsonb rejects. */
export const toJsonb = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? withoutNul(v) : v));

const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Inserts a batch's articles in one statement (rows produced in batch order, so ids increase in
 * order) and returns their ids. `ON CONFLICT (doc_key) DO NOTHING` lets the statement finish when a
 * key is already stored — by an earlier run, or by another writer whose transaction committed it
 * while this one waited on the unique index — so every such key can be named at once; the caller's
 * transaction then rolls the whole batch back (`store.duplicate`) and the document stays stored once.
 */
export async function insertArticles(
  client: PoolClient,
  schema: string,
  articles: readonly NewArticle[],
  configFor: (lang: string) => string,
): Promise<number[]> {
  if (articles.length === 0) return [];
  const columns = {
    doc_key: [] as string[],
    exact_hash: [] as string[],
    title: [] as (string | null)[],
    text: [] as string[],
    lang: [] as string[],
    lang_confidence: [] as number[],
    published: [] as (string | null)[],
    published_sort: [] as (string | null)[],
    updated: [] as (string | null)[],
    site: [] as (string | null)[],
    author: [] as (string | null)[],
    url: [] as (string | null)[],
    dateline: [] as (string | null)[],
    provenance: [] as (string | null)[],
    encoding: [] as (string | null)[],
    bytes: [] as number[],
    length: [] as number[],
    removed: [] as (string | null)[],
    signature: [] as Buffer[],
    containment_samples: [] as Buffer[],
    event_date: [] as (string | null)[],
    event_date_sort: [] as (string | null)[],
    search_config: [] as string[],
    names: [] as (string | null)[],
    // Not stored: what the search vector is built from for Chinese, Japanese, Thai … (store/search-text.ts).
    search_title: [] as (string | null)[],
    search_text: [] as (string | null)[],
  };
  // Each array is one column, bound in this order as $1…$26 and unnested as u(…) below.
  for (const a of articles) {
    const c = a.cleaned;
    const event = a.enrichment?.eventDate ?? null;
    columns.doc_key.push(a.docKey);
    columns.exact_hash.push(a.exactHash);
    columns.title.push(withoutNul(c.title));
    columns.text.push(withoutNul(c.text));
    columns.lang.push(c.lang.code);
    columns.lang_confidence.push(c.lang.confidence);
    columns.published.push(toJsonb(c.published));
    columns.published_sort.push(sortableDate(c.published ?? c.updated));
    columns.updated.push(toJsonb(c.updated));
    columns.site.push(withoutNul(c.site));
    columns.author.push(withoutNul(c.author));
    columns.url.push(withoutNul(c.url ?? a.provenance.url ?? null));
    columns.dateline.push(toJsonb(c.dateline));
    columns.provenance.push(toJsonb(a.provenance));
    columns.encoding.push(toJsonb(a.encoding));
    columns.bytes.push(a.bytes);
    columns.length.push(c.text.length);
    columns.removed.push(toJsonb(c.removed));
    columns.signature.push(toBuffer(serializeSignature(a.signature)));
    columns.containment_samples.push(toBuffer(new Uint8Array(a.containmentSamples.buffer, a.containmentSamples.byteOffset, a.containmentSamples.byteLength)));
    columns.event_date.push(toJsonb(event));
    columns.event_date_sort.push(sortableDate(event?.date));
    columns.search_config.push(configFor(c.lang.code));
    columns.names.push(toJsonb(a.enrichment?.names ?? null));
    columns.search_title.push(withoutNul(spacedForSearch(c.title)));
    columns.search_text.push(withoutNul(spacedForSearch(c.text)));
  }
  const { rows } = await client.query<{ id: number; doc_key: string }>(
    `INSERT INTO ${schema}.articles (doc_key, exact_hash, title, text, lang, lang_confidence, published, published_sort, updated,
       site, author, url, dateline, provenance, encoding, bytes, length, removed, signature, containment_samples,
       event_date, event_date_sort, search_config, names, search, ingested_at)
     SELECT u.doc_key, u.exact_hash, u.title, u.text, u.lang, u.lang_confidence, u.published::jsonb, u.published_sort,
       u.updated::jsonb, u.site, u.author, u.url, u.dateline::jsonb, u.provenance::jsonb, u.encoding::jsonb, u.bytes,
       u.length, u.removed::jsonb, u.signature, u.containment_samples, u.event_date::jsonb, u.event_date_sort,
       u.search_config, u.names::jsonb,
       setweight(to_tsvector(u.search_config::regconfig, coalesce(u.search_title, u.title, '')), 'A')
         || setweight(to_tsvector(u.search_config::regconfig, left(coalesce(u.search_text, u.text), ${INDEXED_TEXT_CHARS})), 'B'),
       $27::timestamptz
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[],
       $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::bigint[],
       $17::int[], $18::text[], $19::bytea[], $20::bytea[], $21::text[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[])
       WITH ORDINALITY AS u(doc_key, exact_hash, title, text, lang, lang_confidence, published, published_sort, updated,
         site, author, url, dateline, provenance, encoding, bytes, length, removed, signature, containment_samples,
         event_date, event_date_sort, search_config, names, search_title, search_text, ord)
     ORDER BY u.ord
     ON CONFLICT (doc_key) DO NOTHING
     RETURNING id, doc_key`,
    [...Object.values(columns), new Date().toISOString()],
  );
  const idByKey = new Map(rows.map((r) => [r.doc_key, r.id]));
  const duplicates = columns.doc_key.filter((key, i) => idByKey.get(key) === undefined || columns.doc_key.indexOf(key) !== i);
  if (duplicates.length > 0) {
    throw new NewsfoldError(
      "store.duplicate",
      `${duplicates.length} document(s) of this batch are already stored (by an earlier run or another writer); nothing of the batch was stored`,
      { details: { docKeys: duplicates } },
    );
  }
  return columns.doc_key.map((key) => idByKey.get(key) as number);
}

/**
 * Entities and their links for freshly inserted articles. Entities go in sorted by id so that two
 * writers adding the same new entities take their index locks in the same order and cannot deadlock;
 * the first writer's name and place stay (ON CONFLICT DO NOTHING), as in the SQLite store.
 */
export async function insertEntities(client: PoolClient, schema: string, ids: readonly number[], articles: readonly NewArticle[]): Promise<void> {
  const entities = new Map<string, { type: string; name: string; country: string | null; lat: number | null; lon: number | null }>();
  const links = new Map<string, { articleId: number; entityId: string; salience: number; mentions: string | null }>();
  articles.forEach((a, i) => {
    for (const e of a.enrichment?.entities ?? []) {
      if (!entities.has(e.id)) entities.set(e.id, { type: e.type, name: e.name, country: e.country ?? null, lat: e.lat ?? null, lon: e.lon ?? null });
      // The last mention of an entity in one article wins, as INSERT OR REPLACE does in SQLite.
      links.set(`${ids[i]}\0${e.id}`, { articleId: ids[i], entityId: e.id, salience: e.salience, mentions: toJsonb(e.mentions) });
    }
  });
  if (entities.size === 0) return;
  const sorted = [...entities].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  await client.query(
    `INSERT INTO ${schema}.entities (id, type, name, name_folded, country, lat, lon)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[])
     ORDER BY 1
     ON CONFLICT (id) DO NOTHING`,
    [
      sorted.map(([id]) => id),
      sorted.map(([, e]) => e.type),
      sorted.map(([, e]) => withoutNul(e.name)),
      sorted.map(([, e]) => foldName(withoutNul(e.name))),
      sorted.map(([, e]) => e.country),
      sorted.map(([, e]) => e.lat),
      sorted.map(([, e]) => e.lon),
    ],
  );
  const rows = [...links.values()];
  await client.query(
    `INSERT INTO ${schema}.article_entities (article_id, entity_id, salience, mentions, published_sort)
     SELECT u.a, u.e, u.s, u.m::jsonb, art.published_sort
     FROM unnest($1::bigint[], $2::text[], $3::float8[], $4::text[]) AS u(a, e, s, m) JOIN ${schema}.articles art ON art.id = u.a`,
    [rows.map((r) => r.articleId), rows.map((r) => r.entityId), rows.map((r) => r.salience), rows.map((r) => r.mentions)],
  );
}

export async function insertRun(client: PoolClient, schema: string, run: RunRecord): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO ${schema}.runs (started_at, finished_at, inputs, summary) VALUES ($1, $2, $3::jsonb, $4::jsonb) RETURNING id`,
    [run.startedAt, run.finishedAt, toJsonb(run.inputs), toJsonb(run.summary)],
  );
  const runId = rows[0].id;
  if (run.problems.length > 0) {
    const p = run.problems;
    await client.query(
      `INSERT INTO ${schema}.problems (run_id, code, severity, stage, reason, provenance)
       SELECT $1, c, sv, st, r, pv::jsonb FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(c, sv, st, r, pv)`,
      [runId, p.map((x) => x.code), p.map((x) => x.severity), p.map((x) => x.stage), p.map((x) => withoutNul(x.reason)), p.map((x) => toJsonb(x.provenance))],
    );
  }
  return runId;
}
