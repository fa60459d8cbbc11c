import { formatPartialDate } from "../clean/dates.js";
import type { Enrichment } from "../enrich/index.js";
import type { NewArticle, StoredArticle } from "../store/index.js";
import type { CleanedArticle, Provenance } from "../types.js";

/**
 * The public JSONL shape of an article, as `export` and `dedup` write it. `dedup` writes most of each
 * line where the article is prepared (a worker thread): the calling thread then neither receives the
 * text nor encodes it, and adds only what the run decides, the article's id and its entities' names.
 */

/** What an exported line reads of an article: a stored one, or one `dedup` kept in its working file. */
export type ExportedArticle = Pick<
  StoredArticle,
  "id" | "url" | "title" | "text" | "published" | "lang" | "site" | "author" | "dateline" | "provenance" | "eventDate" | "storyId" | "threadId" | "groupId" | "copyKind" | "similarity"
> & { entities: Pick<StoredArticle["entities"][number], "id" | "type" | "name" | "salience">[]; otherSources?: StoredArticle["otherSources"] };

/** The public JSONL shape of an article; field names match the JSONL input format where they overlap. */
export function exportRecord(a: ExportedArticle, withGroup: boolean): Record<string, unknown> {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    text: a.text,
    published: a.published ? formatPartialDate(a.published) : null,
    publishedPrecision: a.published?.precision ?? null,
    lang: a.lang,
    site: a.site,
    author: a.author,
    dateline: a.dateline,
    source: a.provenance,
    ...(a.otherSources && a.otherSources.length > 0 ? { otherSources: a.otherSources } : {}),
    eventDate: a.eventDate ? formatPartialDate(a.eventDate.date) : null,
    entities: a.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, salience: e.salience })),
    // Stable across refolds while the story holds most of its articles (see README, "Stable ids").
    storyId: a.storyId,
    threadId: a.threadId,
    ...(withGroup ? { copyGroup: a.groupId, copyKind: a.copyKind, similarity: a.similarity } : {}),
  };
}

type Prepared = Pick<NewArticle, "cleaned" | "provenance" | "enrichment">;

/** An article as `dedup` writes it, from what the engine committed: no store, so no story or thread. */
export function dedupArticle(a: Prepared, id: number, entityName: (id: string, name: string) => string): ExportedArticle {
  const c = a.cleaned;
  return {
    id,
    url: c.url ?? a.provenance.url ?? null,
    title: c.title,
    text: c.text,
    published: c.published,
    lang: c.lang.code,
    site: c.site,
    author: c.author,
    dateline: c.dateline,
    provenance: a.provenance,
    eventDate: a.enrichment?.eventDate ?? null,
    entities: dedupEntities(a.enrichment, entityName),
    storyId: null,
    threadId: null,
    groupId: null,
    copyKind: null,
    similarity: null,
  };
}

/** An article's entities as `dedup` lists them: most salient first, then by id (the order a store lists them in). */
function dedupEntities(enrichment: Enrichment | null, entityName: (id: string, name: string) => string): ExportedArticle["entities"] {
  return (enrichment?.entities ?? [])
    .map((e) => ({ id: e.id, type: e.type, name: entityName(e.id, e.name), salience: e.salience }))
    .sort((x, y) => y.salience - x.salience || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** The whole `dedup` line of an article (no newline). */
export function dedupLine(a: Prepared, id: number, entityName: (id: string, name: string) => string): string {
  return JSON.stringify(exportRecord(dedupArticle(a, id, entityName), false));
}

/**
 * The members of an article's `dedup` line between its id and its entities (`"url":…,"eventDate":…`), as
 * UTF-8 in a buffer of its own (a worker moves it to the calling thread instead of copying it).
 */
export function dedupLineMembers(cleaned: CleanedArticle, provenance: Provenance, enrichment: Enrichment | null): Uint8Array {
  // The entities are the run's to write (their names as first seen): none are listed here.
  const withoutEntities = enrichment === null ? null : { ...enrichment, entities: [] };
  const { id: _id, entities: _entities, storyId: _story, threadId: _thread, ...members } = exportRecord(dedupArticle({ cleaned, provenance, enrichment: withoutEntities }, 0, (_, name) => name), false);
  return ENCODER.encode(JSON.stringify(members).slice(1, -1));
}

/**
 * The `dedup` line of an article whose members were written where it was prepared (`dedupLineMembers`): the
 * pieces to write one after the other. Byte for byte the line `dedupLine` makes.
 */
export function dedupLinePieces(enrichment: Enrichment | null, members: Uint8Array, id: number, entityName: (id: string, name: string) => string): (string | Uint8Array)[] {
  return [`{"id":${id},`, members, `,"entities":${JSON.stringify(dedupEntities(enrichment, entityName))},"storyId":null,"threadId":null}`];
}

const ENCODER = new TextEncoder();