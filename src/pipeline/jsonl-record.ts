import { formatPartialDate } from "../clean/index.js";
import type { NewArticle, StoredArticle } from "../store/index.js";

/**
 * The public JSONL line of an article, shared by `export` (stored articles) and `dedup` (articles the engine
 * committed to its copy sink). A `dedup` line can be serialized by the worker thread that prepared the
 * article (`recordTail`): everything but its id, which the commit gives; the main thread then only joins.
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

/** An article as `dedup` writes it, from what the engine committed: no store, so no story or thread. */
export function newArticleRecord(a: NewArticle, id: number, entityName: (id: string, name: string) => string): ExportedArticle {
  const c = a.cleaned;
  // Most salient first, then by id: the order a store lists them in.
  const entities = (a.enrichment?.entities ?? [])
    .map((e) => ({ id: e.id, type: e.type, name: entityName(e.id, e.name), salience: e.salience }))
    .sort((x, y) => y.salience - x.salience || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
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
    entities,
    storyId: null,
    threadId: null,
    groupId: null,
    copyKind: null,
    similarity: null,
  };
}

/** What a line opens with before the id: `{"id":`. */
const ID_OPENING = '{"id":';
/** The placeholder id a tail is serialized with. */
const PLACEHOLDER = `${ID_OPENING}0`;

/**
 * An article's `dedup` line after its id (`,"url":…}`), serialized where the article was prepared; undefined
 * when it names entities, whose names come from the whole run (the first spelling given to each id).
 */
export function recordTail(a: NewArticle): string | undefined {
  if ((a.enrichment?.entities.length ?? 0) > 0) return undefined;
  const line = JSON.stringify(exportRecord(newArticleRecord(a, 0, (_id, name) => name), false));
  return line.startsWith(PLACEHOLDER) ? line.slice(PLACEHOLDER.length) : undefined;
}

/** An article's `dedup` line, from its tail when the preparing thread serialized one. */
export function recordLine(a: NewArticle, id: number, entityName: (id: string, name: string) => string): string {
  return a.recordTail !== undefined ? `${ID_OPENING}${id}${a.recordTail}` : JSON.stringify(exportRecord(newArticleRecord(a, id, entityName), false));
}
