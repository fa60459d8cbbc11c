import { createHash } from "node:crypto";
import { normalize } from "node:path";
import type { Provenance } from "../types.js";
import type { SourceSighting } from "./store.js";

/**
 * What both backends share of the `article_sources` table: which sightings of a stored document are new.
 * A sighting is new when it names another place than the article's own provenance and than the sightings
 * already kept (the table's unique key, a hash of the provenance, enforces the latter).
 */

/** A stored article as `recordSources` resolves a sighting's document key to it. */
export interface SightedArticle {
  id: number;
  provenance: Provenance;
}

/** A sighting ready to insert: its article, its key and the provenance as JSON. */
export interface SourceRow {
  articleId: number;
  sourceKey: string;
  provenance: string;
}

/**
 * Identity of a place a document was read at: a hash of its provenance with keys in a fixed order, so
 * the same file, line or record gives the same key whatever order the reader wrote its fields in (and
 * PostgreSQL's jsonb, which reorders keys, reads back the same). A path is compared as written, less
 * what does not change the file it names ("./in/a.txt" is "in/a.txt"); a relative and an absolute
 * spelling stay two places, since the directory a path was relative to is not kept.
 */
export function sourceKey(provenance: Provenance): string {
  const file = /^[a-z][a-z0-9+.-]*:/i.test(provenance.file) || provenance.file === "-" ? provenance.file : normalize(provenance.file);
  return createHash("sha256").update(canonicalJson({ ...provenance, file })).digest("base64url").slice(0, 22);
}

function canonicalJson(provenance: Provenance): string {
  const entries = Object.entries(provenance).filter(([, value]) => value !== undefined && value !== null);
  return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** The rows to insert for these sightings: resolved to their article, the article's own place left out, each place once. */
export function sourceRows(sightings: readonly SourceSighting[], articles: ReadonlyMap<string, SightedArticle>): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  for (const { docKey, provenance } of sightings) {
    const article = articles.get(docKey);
    if (!article) continue; // its first copy failed to prepare: nothing was stored to point at
    const key = sourceKey(provenance);
    if (key === sourceKey(article.provenance)) continue;
    rows.set(`${article.id} ${key}`, { articleId: article.id, sourceKey: key, provenance: JSON.stringify(provenance) });
  }
  return [...rows.values()];
}
