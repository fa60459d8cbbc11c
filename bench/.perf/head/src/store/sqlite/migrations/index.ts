/**
 * SQLite schema migrations, applied in order inside one transaction each. A migration is never edited
 * once released: add a new one. `meta.schema_version` records the last applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, copy groups, full-text search, runs",
    sql: `
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc_key TEXT NOT NULL UNIQUE,
        exact_hash TEXT NOT NULL,
        title TEXT,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        lang_confidence REAL NOT NULL,
        published TEXT,          -- PartialDate as JSON
        published_sort TEXT,     -- sortable ISO prefix, NULL when the year is unknown
        updated TEXT,
        site TEXT,
        author TEXT,
        url TEXT,
        dateline TEXT,
        provenance TEXT NOT NULL,
        encoding TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        length INTEGER NOT NULL,
        removed TEXT NOT NULL,   -- RemovedSpan[] as JSON
        signature BLOB NOT NULL,
        containment_samples BLOB NOT NULL, -- sampled shingle hashes (Uint32 LE) to rebuild the containment index
        group_id INTEGER,
        copy_kind TEXT,
        similarity REAL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_exact_hash ON articles(exact_hash);
      CREATE INDEX articles_group ON articles(group_id);
      CREATE TABLE copy_groups (
        id INTEGER PRIMARY KEY,
        canonical_id INTEGER NOT NULL,
        size INTEGER NOT NULL
      );
      CREATE INDEX copy_groups_size ON copy_groups(size DESC);
      -- External-content index over articles (snippets read the text from there);
      -- remove_diacritics 2: "Douchanbé" and "Douchanbe" match each other.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        inputs TEXT NOT NULL,
        summary TEXT NOT NULL
      );
      CREATE TABLE problems (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id),
        code TEXT NOT NULL,
        severity TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        provenance TEXT
      );
      CREATE INDEX problems_run ON problems(run_id);
    `,
  },
];
