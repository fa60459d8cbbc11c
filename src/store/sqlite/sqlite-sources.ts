import type Database from "better-sqlite3";
import { sourceRows, type SightedArticle } from "../article-sources.js";
import type { OtherSource, SourceSighting } from "../store.js";

/** The other places of stored documents (`article_sources`, see article-sources.ts), for the SQLite store. */
export function prepareSourceStatements(db: Database.Database): SourceStatements {
  return {
    // The keys as one JSON array: the statement is the same whatever the batch's size.
    articlesByDocKeys: db.prepare("SELECT id, doc_key, provenance FROM articles WHERE doc_key IN (SELECT value FROM json_each(?))"),
    insert: db.prepare("INSERT OR IGNORE INTO article_sources (article_id, source_key, provenance, seen_at) VALUES (?, ?, ?, ?)"),
    ofArticle: db.prepare("SELECT provenance, seen_at FROM article_sources WHERE article_id = ? ORDER BY id"),
    ofRange: db.prepare("SELECT article_id, provenance, seen_at FROM article_sources WHERE article_id BETWEEN ? AND ? ORDER BY article_id, id"),
  };
}

export type SourceStatements = Record<"articlesByDocKeys" | "insert" | "ofArticle" | "ofRange", Database.Statement>;

/** One lookup for the batch's keys, then the new places in one transaction. */
export function recordSources(db: Database.Database, s: SourceStatements, sightings: readonly SourceSighting[]): void {
  if (sightings.length === 0) return;
  const keys = [...new Set(sightings.map((x) => x.docKey))];
  const found = s.articlesByDocKeys.all(JSON.stringify(keys)) as { id: number; doc_key: string; provenance: string }[];
  const articles = new Map<string, SightedArticle>(found.map((r) => [r.doc_key, { id: r.id, provenance: JSON.parse(r.provenance) }]));
  const rows = sourceRows(sightings, articles);
  if (rows.length === 0) return;
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const r of rows) s.insert.run(r.articleId, r.sourceKey, r.provenance, now);
  }).immediate();
}

export function readSources(s: SourceStatements, articleId: number): OtherSource[] {
  const rows = s.ofArticle.all(articleId) as { provenance: string; seen_at: string }[];
  return rows.map((r) => ({ ...JSON.parse(r.provenance), seenAt: r.seen_at }));
}

/** `readSources` of every article with an id in [first, last] that has other sources, in one range read. */
export function readSourcesOfRange(s: SourceStatements, first: number, last: number): Map<number, OtherSource[]> {
  const out = new Map<number, OtherSource[]>();
  for (const r of s.ofRange.iterate(first, last) as Iterable<{ article_id: number; provenance: string; seen_at: string }>) {
    const source = { ...JSON.parse(r.provenance), seenAt: r.seen_at };
    const list = out.get(r.article_id);
    if (list) list.push(source);
    else out.set(r.article_id, [source]);
  }
  return out;
}
