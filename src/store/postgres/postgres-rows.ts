import type { CopyKind, PartialDate, Provenance, RawDocument, RemovedSpan } from "../../types.js";
import type { StoredArticle } from "../store.js";
import type { MemberRow as SharedMemberRow } from "../shared-rows.js";

/** Rows of the PostgreSQL store as pg returns them: jsonb already parsed, bigint as number (see openPostgresPool). */

export const ARTICLE_COLUMNS = `id, doc_key, title, text, lang, lang_confidence, published, published_sort, updated, site, author,
  url, dateline, provenance, encoding, bytes, removed, exact_hash, group_id, copy_kind, similarity, ingested_at, event_date,
  names, story_id`;


export interface ArticleRow {
  id: number;
  doc_key: string;
  title: string | null;
  text: string;
  lang: string;
  lang_confidence: number;
  published: PartialDate | null;
  published_sort: string | null;
  updated: PartialDate | null;
  site: string | null;
  author: string | null;
  url: string | null;
  dateline: StoredArticle["dateline"];
  provenance: Provenance;
  encoding: RawDocument["encoding"];
  bytes: number;
  removed: RemovedSpan[];
  exact_hash: string;
  group_id: number | null;
  copy_kind: string | null;
  similarity: number | null;
  ingested_at: Date;
  event_date: StoredArticle["eventDate"];
  names: string[] | null;
  story_id: number | null;
}

export interface GroupRow {
  id: number;
  canonical_id: number;
}

/** A copy-group member row, with its group (members of several groups are read at once). */
export interface MemberRow extends SharedMemberRow {
  group_id: number;
}

export function toArticle(r: ArticleRow): Omit<StoredArticle, "entities" | "threadId" | "otherSources"> {
  return {
    id: r.id,
    docKey: r.doc_key,
    title: r.title,
    text: r.text,
    lang: r.lang,
    langConfidence: r.lang_confidence,
    published: r.published,
    publishedSort: r.published_sort,
    updated: r.updated,
    site: r.site,
    author: r.author,
    url: r.url,
    dateline: r.dateline,
    provenance: r.provenance,
    encoding: r.encoding,
    bytes: r.bytes,
    removed: r.removed,
    exactHash: r.exact_hash,
    groupId: r.group_id,
    copyKind: r.copy_kind as CopyKind | null,
    similarity: r.similarity,
    ingestedAt: r.ingested_at.toISOString(),
    eventDate: r.event_date,
    names: r.names ?? [],
    storyId: r.story_id,
  };
}
