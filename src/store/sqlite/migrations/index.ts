import type Database from "better-sqlite3";
import { spacedForSearch } from "../../search-text.js";

/**
 * SQLite schema migrations, applied in order inside one transaction each. A migration is never edited
 * once released: add a new one. `meta.schema_version` records the last applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A step SQL cannot say, run after `sql` in the same transaction. */
  run?: (db: Database.Database) => void;
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
  {
    version: 2,
    name: "entities and event dates",
    sql: `
      ALTER TABLE articles ADD COLUMN event_date TEXT;      -- { date: PartialDate, text, offset, confidence } as JSON
      ALTER TABLE articles ADD COLUMN event_date_sort TEXT; -- sortable, NULL when the year is unknown
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,    -- canonical key: person:…, place:CN, place:gn:…, org:…
        type TEXT NOT NULL,
        name TEXT NOT NULL,     -- display name as first seen
        country TEXT,
        lat REAL,
        lon REAL
      );
      CREATE TABLE article_entities (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        entity_id TEXT NOT NULL REFERENCES entities(id),
        salience REAL NOT NULL,
        mentions TEXT NOT NULL, -- EntityMention[] as JSON
        PRIMARY KEY (article_id, entity_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
    `,
  },
  {
    version: 3,
    name: "stories and threads",
    sql: `
      ALTER TABLE articles ADD COLUMN names TEXT;   -- enrich's folded proper names (JSON), evidence for stories
      ALTER TABLE articles ADD COLUMN story_id INTEGER;
      CREATE INDEX articles_story ON articles(story_id);
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        thread_id INTEGER,
        title TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        articles INTEGER NOT NULL,  -- every article, copies included
        languages TEXT NOT NULL,    -- JSON array, most frequent first
        sites TEXT NOT NULL,        -- JSON array of outlets, most frequent first
        summary TEXT NOT NULL       -- JSON: top terms, entities, names (evidence)
      );
      CREATE INDEX stories_thread ON stories(thread_id);
      CREATE INDEX stories_last ON stories(last_published DESC);
      CREATE TABLE threads (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        stories INTEGER NOT NULL,
        articles INTEGER NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: "story ranking index for the API's story list",
    sql: `
      -- The story list's order (largest, then newest, then id): a page is read from the index instead of
      -- sorting every story per request (DESC already puts NULLs last in SQLite).
      CREATE INDEX stories_rank ON stories(articles DESC, last_published DESC, id);
    `,
  },
  {
    version: 5,
    name: "entity counts kept with each entity",
    sql: `
      -- How many articles name each entity and their first and last dates, kept up to date by every commit,
      -- so the entity list reads an index instead of grouping every article-entity link per request.
      ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE entities ADD COLUMN first_published TEXT;
      ALTER TABLE entities ADD COLUMN last_published TEXT;
      UPDATE entities SET
        articles = (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = entities.id),
        first_published = (SELECT min(a.published_sort) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id),
        last_published = (SELECT max(a.published_sort) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = entities.id);
      CREATE INDEX entities_rank ON entities(articles DESC, id);
      CREATE INDEX entities_type_rank ON entities(type, articles DESC, id);
    `,
  },
  {
    version: 6,
    name: "story ranking index covering the story filters",
    sql: `
      -- The filters (languages, outlets, dates) read from the index too: a rare language scans 30,000
      -- index entries in a few ms instead of visiting each story row (and its large summary) in rank order.
      DROP INDEX stories_rank;
      CREATE INDEX stories_rank ON stories(articles DESC, last_published DESC, id, first_published, languages, sites);
    `,
  },
  {
    version: 7,
    name: "entity links in newest-first order",
    sql: `
      -- Search by entity lists an entity's articles newest first: each link carries its article's date
      -- (written once, with the article), so a page is read from the index in order and stops at the
      -- LIMIT, instead of reading every article naming a common entity (large rows) to sort them.
      ALTER TABLE article_entities ADD COLUMN published_sort TEXT;
      UPDATE article_entities SET published_sort = (SELECT a.published_sort FROM articles a WHERE a.id = article_entities.article_id);
      CREATE INDEX article_entities_newest ON article_entities(entity_id, published_sort DESC, article_id DESC, salience);
    `,
  },
  {
    version: 8,
    name: "story members in publication order",
    sql: `
      -- A story page (publication order, a page at a time) is read from the index instead of reading every
      -- member row of a big story to sort it; story_id stays its prefix, so it replaces the plain index.
      DROP INDEX articles_story;
      CREATE INDEX articles_story ON articles(story_id, published_sort, id);
    `,
  },
  {
    version: 9,
    name: "entity page from indexes",
    sql: `
      -- The entity page reads, for each article naming the entity, its other links and its story. From
      -- the link table's rows (every mention as JSON) and the article rows (story_id after the text and
      -- fingerprints), a common entity's 3,000 articles touch thousands of pages; these narrow indexes
      -- hold the same facts in a few dozen.
      CREATE INDEX article_entities_article ON article_entities(article_id, entity_id);
      CREATE INDEX articles_id_story ON articles(id, story_id);
    `,
  },
  {
    version: 10,
    name: "pending-fold mark",
    sql: `
      -- Every commit that adds articles or changes copy groups bumps commits in its own transaction; a
      -- story fold records in folded the count it started from when its result is swapped in. While
      -- commits > folded a fold is pending (a killed fold, an ingest --no-stories), and the next writing
      -- command finishes it. A store whose articles lack stories starts pending.
      CREATE TABLE fold_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        commits INTEGER NOT NULL,
        folded INTEGER NOT NULL
      );
      INSERT INTO fold_state (id, commits, folded) VALUES (1,
        EXISTS (SELECT 1 FROM articles WHERE story_id IS NULL AND (group_id IS NULL OR copy_kind = 'canonical')), 0);
    `,
  },
  {
    version: 11,
    name: "stable story and thread ids",
    sql: `
      -- A refold keeps the ids of the stories and threads it continues (stories/stable-ids.ts); an id no
      -- story keeps points to where most of its articles went. The last ids ever given keep new ones
      -- from reusing a retired id.
      ALTER TABLE fold_state ADD COLUMN last_story_id INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE fold_state ADD COLUMN last_thread_id INTEGER NOT NULL DEFAULT 0;
      UPDATE fold_state SET last_story_id = (SELECT coalesce(max(id), 0) FROM stories), last_thread_id = (SELECT coalesce(max(id), 0) FROM threads);
      CREATE TABLE fold_redirects (
        kind TEXT NOT NULL CHECK (kind IN ('story', 'thread')),
        old_id INTEGER NOT NULL,
        new_id INTEGER NOT NULL,
        PRIMARY KEY (kind, old_id)
      );
      CREATE INDEX fold_redirects_target ON fold_redirects(kind, new_id);
    `,
  },
  {
    version: 12,
    name: "copy links: copies and quotes between articles",
    sql: `
      -- Every verified relation between two articles: "exact"/"near" copies (both ways) and "quotes" (a quotes
      -- b: b lies inside a). Groups are stars drawn from these; export keeps by them. Offsets (characters,
      -- end exclusive) locate a quote's passage in both texts.
      CREATE TABLE copy_links (
        a_id INTEGER NOT NULL,
        b_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        jaccard REAL NOT NULL,
        a_in_b REAL NOT NULL,
        b_in_a REAL NOT NULL,
        a_size INTEGER NOT NULL,
        b_size INTEGER NOT NULL,
        a_start INTEGER,
        a_end INTEGER,
        b_start INTEGER,
        b_end INTEGER,
        PRIMARY KEY (a_id, b_id)
      ) WITHOUT ROWID;
      CREATE INDEX copy_links_b ON copy_links(b_id, a_id);
      -- Groups made before links existed chained copies of copies and held quoting articles: regroup them
      -- (\`newsfold recluster\`, also run by the next ingest) when there are any.
      INSERT INTO meta (key, value) SELECT 'copies_regroup', 'needed' WHERE EXISTS (SELECT 1 FROM copy_groups);
    `,
  },
  {
    version: 13,
    name: "other sources of an article",
    sql: `
      -- Every other place an identical document (same doc_key) was read at: another file, JSONL line, WARC
      -- record or URL. The article's own provenance stays in its row; source_key (a hash of the provenance,
      -- article-sources.ts) keeps each place once, so ingesting a path again adds nothing.
      CREATE TABLE article_sources (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        source_key TEXT NOT NULL,
        provenance TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        UNIQUE (article_id, source_key)
      );
    `,
  },
  {
    version: 14,
    name: "entity links without the redundant entity index",
    sql: `
      -- article_entities_newest (entity_id, published_sort, article_id, salience) answers every lookup by
      -- entity that this index did, and holds the same keys and more: each link wrote two B-trees ordered by
      -- entity, the costly ones (inserted at random places), where one is enough. A quarter of a commit's CPU.
      DROP INDEX IF EXISTS article_entities_entity;
    `,
  },
  {
    version: 15,
    name: "full-text search in Chinese, Japanese, Thai and other scripts without spaces, and Korean",
    sql: `
      -- The text the index reads: for an article in a script written without spaces (Chinese, Japanese, Thai …)
      -- a copy with a zero-width space after each of its characters, or in Korean between nouns and their
      -- particles (store/search-text.ts), else NULL and the text itself. The index is declared over a view that picks one or the other, so snippets and
      -- \`check\` read exactly what was indexed.
      ALTER TABLE articles ADD COLUMN search_title TEXT;
      ALTER TABLE articles ADD COLUMN search_text TEXT;
      CREATE VIEW articles_search (id, title, text) AS
        SELECT id, coalesce(search_title, title, ''), coalesce(search_text, text) FROM articles;
      CREATE TABLE migration_15_indexed AS SELECT EXISTS (SELECT 1 FROM articles_fts_docsize) AS indexed;
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles_search', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );
    `,
    run: (db) => {
      // Stored articles in those scripts get their spaced copy, a page of rows at a time (one connection
      // cannot write while it iterates, and a store of Chinese news must not be held in memory); the index
      // is rebuilt when the store had one.
      const set = db.prepare("UPDATE articles SET search_title = ?, search_text = ? WHERE id = ?");
      const page = db.prepare("SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT 1000");
      for (let after = 0; ; ) {
        const rows = page.all(after) as { id: number; title: string | null; text: string }[];
        if (rows.length === 0) break;
        for (const { id, title, text } of rows) {
          const [t, x] = [spacedForSearch(title), spacedForSearch(text)];
          if (t !== null || x !== null) set.run(t, x, id);
        }
        after = rows[rows.length - 1].id;
      }
      const indexed = db.prepare("SELECT indexed FROM migration_15_indexed").pluck().get() === 1;
      db.exec("DROP TABLE migration_15_indexed");
      if (indexed) db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
    },
  },
  {
    version: 16,
    name: "the story clustering saved with each fold",
    sql: `
      -- The state of the story clustering that made the stories (stories/clusterer-snapshot.ts), written with
      -- them: the next fold adds the articles stored since instead of replaying the whole store.
      -- replayed and added_since: articles the last full replay folded, and articles added since (what decides
      -- the next replay), readable without the blob (newsfold status).
      CREATE TABLE fold_snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1), data BLOB NOT NULL, replayed INTEGER NOT NULL, added_since INTEGER NOT NULL
      );
    `,
  },
  {
    version: 17,
    name: "the copy index's and the story fold's facts without the texts",
    sql: `
      -- Every ingest loads the stored fingerprints into the copy index, and every story fold reads each
      -- article's date, language and outlet. From the article rows (a text each, a 16 KiB page each) both
      -- read the whole store: 0.25 and 0.13 s for 22,000 articles, growing with the store whatever the run
      -- adds. A covering index holds the same columns in about 750 bytes an article (0.07–0.12 and 0.04 s).
      CREATE INDEX articles_without_text ON articles(id, exact_hash, signature, containment_samples, group_id, published_sort, length, lang, site, url);
    `,
  },
  {
    version: 18,
    name: "the saved clustering's counts before its bytes",
    sql: `
      -- A column after a blob is read by walking the blob's overflow pages: replayed and added_since, which
      -- \`status\` and every fold read, cost a pass over the 22 MB the corpus's store saves. The blob goes last.
      -- The saved clustering itself is dropped: this version saves another layout, so the next fold replays anyway.
      DROP TABLE fold_snapshot;
      CREATE TABLE fold_snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1), replayed INTEGER NOT NULL, added_since INTEGER NOT NULL, data BLOB NOT NULL
      );
    `,
  },
];
