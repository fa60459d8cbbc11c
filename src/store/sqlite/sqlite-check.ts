import type Database from "better-sqlite3";
import type { StoreFinding } from "../store.js";
import { foldFindings, type FoldFacts } from "../check-findings.js";

/** Rows of a failed integrity check shown in the finding; the rest are counted. */
const INTEGRITY_ROWS_SHOWN = 5;

/**
 * Verifies an SQLite store: the file's pages (`quick_check`, or the slower `integrity_check` that also
 * compares every index with its table), the full-text index against the articles, and the folds.
 */
export function checkSqliteStore(db: Database.Database, location: string, options: { full: boolean }): StoreFinding[] {
  try {
    const rows = db.pragma(options.full ? "integrity_check" : "quick_check", { simple: false }) as Record<string, string>[];
    const problems = rows.map((r) => Object.values(r)[0]).filter((m) => m !== "ok");
    // The other checks would read the damaged pages.
    if (problems.length > 0) return [damaged(location, problems)];
    return contentFindings(db);
  } catch (error) {
    // A page so damaged that reading it fails is a finding too, not a failure of the check.
    if (isCorrupt(error)) return [damaged(location, [(error as Error).message])];
    throw error;
  }
}

const isCorrupt = (error: unknown): boolean => /^SQLITE_(CORRUPT|NOTADB)/.test((error as { code?: string } | null)?.code ?? "");

function damaged(location: string, problems: string[]): StoreFinding {
  const more = problems.length > INTEGRITY_ROWS_SHOWN ? ` (+${problems.length - INTEGRITY_ROWS_SHOWN} more)` : "";
  return {
    code: "check.integrity",
    severity: "error",
    message: `the database file is damaged: ${problems.slice(0, INTEGRITY_ROWS_SHOWN).join("; ")}${more}`,
    repair: `restore a backup, or salvage what reads: sqlite3 ${location} .recover | sqlite3 recovered.db, then use recovered.db`,
  };
}

/** The full-text index, the folds and the copy groups, once the file itself reads. */
function contentFindings(db: Database.Database): StoreFinding[] {
  const findings: StoreFinding[] = [];
  if (hasFullText(db)) {
    const problem = fullTextProblem(db);
    if (problem !== null) {
      findings.push({
        code: "check.full-text",
        severity: "error",
        message: `the full-text index does not match the articles (${problem})`,
        repair: "newsfold check --repair (rebuilds the index from the articles)",
      });
    }
  }
  const facts = db
    .prepare(
      `SELECT (SELECT commits > folded FROM fold_state) AS pending,
              (SELECT count(*) FROM articles WHERE story_id IS NULL AND (group_id IS NULL OR copy_kind = 'canonical')) AS withoutStory,
              (SELECT count(*) FROM copy_groups g WHERE (SELECT count(*) FROM articles a WHERE a.group_id = g.id AND a.copy_kind = 'canonical') <> 1
                   OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = g.canonical_id AND a.group_id = g.id AND a.copy_kind = 'canonical')
                   OR g.size <> (SELECT count(*) FROM articles a WHERE a.group_id = g.id)) AS badGroups,
              (SELECT count(*) FROM articles a WHERE a.group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM copy_groups g WHERE g.id = a.group_id)) AS orphanMembers`,
    )
    .get() as { pending: number } & Omit<FoldFacts, "pending">;
  findings.push(...foldFindings({ ...facts, pending: facts.pending === 1 }));
  return findings;
}

/**
 * Read-only: each article has an index entry and each entry an article (the index's per-document sizes).
 * Writable: also FTS5's own integrity check, which compares every token with the articles' text (it is
 * run as a write, so a read-only connection cannot).
 */
function fullTextProblem(db: Database.Database): string | null {
  const unmatched = db
    .prepare(
      `SELECT (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.id))
            + (SELECT count(*) FROM articles_fts_docsize d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id))`,
    )
    .pluck()
    .get() as number;
  if (unmatched > 0) return `${unmatched} article(s) missing from it or left in it`;
  if (db.readonly) return null;
  try {
    db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run(); // rank 1: against the articles
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function hasFullText(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").get() !== undefined;
}

/** Rebuilds the full-text index from the articles (the repair `check.full-text` names). */
export function rebuildSqliteFullText(db: Database.Database): void {
  if (hasFullText(db)) db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
}
