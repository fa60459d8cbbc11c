import type Database from "better-sqlite3";
import type { CopyLink } from "../../copies/links.js";
import { toCopyLink, type LinkRow } from "../shared-rows.js";
import type { ArticleRef, CommitBatch, CopyState } from "../store.js";

/** Copy links and the group facts canonical election reads (see copies/star.ts), for the SQLite store. */
export function prepareCopyStatements(db: Database.Database): CopyStatements {
  return {
    insertLink: db.prepare(
      `INSERT OR REPLACE INTO copy_links (a_id, b_id, kind, jaccard, a_in_b, b_in_a, a_size, b_size, a_start, a_end, b_start, b_end)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    linksOf: db.prepare(`SELECT ${LINK_COLUMNS} FROM copy_links WHERE a_id = ? UNION ALL SELECT ${LINK_COLUMNS} FROM copy_links WHERE b_id = ? AND a_id <> ?`),
    linksAfter: db.prepare(`SELECT ${LINK_COLUMNS} FROM copy_links WHERE (a_id, b_id) > (?, ?) ORDER BY a_id, b_id LIMIT ?`),
    state: db.prepare(
      `SELECT a.id, a.published_sort, a.length, a.exact_hash, a.doc_key, a.group_id, g.canonical_id
       FROM articles a LEFT JOIN copy_groups g ON g.id = a.group_id WHERE a.id = ?`,
    ),
    ungroup: db.prepare("UPDATE articles SET group_id = NULL, copy_kind = NULL, similarity = NULL WHERE id = ?"),
    deleteGroup: db.prepare("DELETE FROM copy_groups WHERE id = ?"),
    regroupNeeded: db.prepare("SELECT 1 FROM meta WHERE key = 'copies_regroup'"),
  };
}

export type CopyStatements = Record<"insertLink" | "linksOf" | "linksAfter" | "state" | "ungroup" | "deleteGroup" | "regroupNeeded", Database.Statement>;

const LINK_COLUMNS = "a_id, b_id, kind, jaccard, a_in_b, b_in_a, a_size, b_size, a_start, a_end, b_start, b_end";

/** The group dissolutions and ungroupings of a batch, before its group changes are applied. */
export function applyUngrouping(db: Database.Database, s: CopyStatements, batch: CommitBatch): void {
  if (batch.resetCopies) {
    db.exec(`DELETE FROM copy_links; DELETE FROM copy_groups; DELETE FROM meta WHERE key = 'copies_regroup';
      UPDATE articles SET group_id = NULL, copy_kind = NULL, similarity = NULL WHERE group_id IS NOT NULL;`);
  }
  for (const id of batch.dissolvedGroupIds ?? []) s.deleteGroup.run(id);
  for (const id of batch.ungroupedIds ?? []) s.ungroup.run(id);
}

export function insertLinks(s: CopyStatements, batch: CommitBatch, resolve: (ref: ArticleRef) => number): void {
  for (const l of batch.copyLinks ?? []) {
    const p = l.passage;
    s.insertLink.run(resolve(l.a), resolve(l.b), l.kind, l.jaccard, l.aInB, l.bInA, l.aSize, l.bSize, p?.aStart ?? null, p?.aEnd ?? null, p?.bStart ?? null, p?.bEnd ?? null);
  }
}

export function readCopyStates(s: CopyStatements, ids: readonly number[]): CopyState[] {
  const out: CopyState[] = [];
  for (const id of ids) {
    const r = s.state.get(id) as
      | { id: number; published_sort: string | null; length: number; exact_hash: string; doc_key: string; group_id: number | null; canonical_id: number | null }
      | undefined;
    if (r) out.push({ id: r.id, published: r.published_sort, length: r.length, exactHash: r.exact_hash, docKey: r.doc_key, groupId: r.group_id, canonicalId: r.canonical_id ?? null });
  }
  return out;
}

export function readCopyLinks(s: CopyStatements, ids: readonly number[]): CopyLink[] {
  const seen = new Set<string>();
  const out: CopyLink[] = [];
  for (const id of ids) {
    for (const r of s.linksOf.all(id, id, id) as LinkRow[]) {
      const key = `${r.a_id}:${r.b_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toCopyLink(r));
    }
  }
  return out;
}

export function* iterateCopyLinks(s: CopyStatements, chunk: number): Generator<CopyLink> {
  let after: [number, number] = [0, 0];
  for (;;) {
    const rows = s.linksAfter.all(after[0], after[1], chunk) as LinkRow[];
    for (const r of rows) yield toCopyLink(r);
    if (rows.length < chunk) return;
    const last = rows[rows.length - 1];
    after = [last.a_id, last.b_id];
  }
}
