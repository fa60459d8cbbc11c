import { POSTGRES_KOREAN_NOUN_PARTICLE, POSTGRES_NO_SPACE_CLASS } from "../../search-text.js";

/**
 * PostgreSQL schema migrations, applied in order inside one transaction each (DDL is transactional
 * here), with `search_path` set to the store's schema so the SQL names no schema. A migration is never
 * edited once released: add a new one. `newsfold_meta.schema_version` records the last applied.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, copy groups, full-text search, entities, runs",
    sql: `
      -- One text search configuration per language with a stemmer, copied into this schema so that
      -- accents can be folded (unaccent, then the stemmer) without touching the server's own. Reuses
      -- unaccent where it is installed, else installs it in public (shared by every schema, so dropping
      -- one store never takes it from another); without it, accents count in search.
      DO $$
      DECLARE
        cfg text;
        dict text;
        word_dicts text;
      BEGIN
        SELECT format('%I.unaccent', n.nspname) INTO dict
          FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
        IF dict IS NULL THEN
          BEGIN
            CREATE EXTENSION unaccent SCHEMA public;
            dict := 'public.unaccent';
          EXCEPTION WHEN others THEN
            dict := NULL;
          END;
        END IF;
        FOREACH cfg IN ARRAY ARRAY['simple', 'arabic', 'armenian', 'basque', 'catalan', 'danish', 'dutch', 'english',
          'finnish', 'french', 'german', 'greek', 'hindi', 'hungarian', 'indonesian', 'irish', 'italian', 'lithuanian',
          'nepali', 'norwegian', 'portuguese', 'romanian', 'russian', 'serbian', 'spanish', 'swedish', 'tamil',
          'turkish', 'yiddish'] LOOP
          CONTINUE WHEN NOT EXISTS (
            SELECT 1 FROM pg_ts_config WHERE cfgname = cfg AND cfgnamespace = 'pg_catalog'::regnamespace);
          EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.%I)', cfg, cfg);
          CONTINUE WHEN dict IS NULL;
          SELECT string_agg(m.mapdict::regdictionary::text, ', ' ORDER BY m.mapseqno) INTO word_dicts
            FROM pg_ts_config_map m
            WHERE m.mapcfg = format('pg_catalog.%I', cfg)::regconfig
              AND m.maptokentype = (SELECT tokid FROM ts_token_type('default') WHERE alias = 'word');
          -- Qualified: pg_catalog is searched before the search_path, so an unqualified name would alter
          -- the server's own configuration (as a superuser), growing it with every store created.
          EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I.%I ALTER MAPPING FOR hword, hword_part, word WITH %s, %s',
            current_schema(), cfg, dict, word_dicts);
        END LOOP;
      END $$;

      -- Keys and sortable dates compare byte-wise ("C"), as in SQLite, whatever the database's locale.
      CREATE TABLE articles (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc_key text COLLATE "C" NOT NULL UNIQUE,
        exact_hash text COLLATE "C" NOT NULL,
        title text,
        text text NOT NULL,
        lang text NOT NULL,
        lang_confidence double precision NOT NULL,
        published jsonb,          -- PartialDate
        published_sort text COLLATE "C", -- sortable ISO prefix, NULL when the year is unknown
        updated jsonb,
        site text,
        author text,
        url text,
        dateline jsonb,
        provenance jsonb NOT NULL,
        encoding jsonb NOT NULL,
        bytes bigint NOT NULL,
        length integer NOT NULL,
        removed jsonb NOT NULL,   -- RemovedSpan[]
        signature bytea NOT NULL,
        containment_samples bytea NOT NULL, -- sampled shingle hashes (Uint32 LE) to rebuild the containment index
        group_id bigint,
        copy_kind text,
        similarity double precision,
        event_date jsonb,         -- { date: PartialDate, text, offset, confidence }
        event_date_sort text COLLATE "C", -- sortable, NULL when the year is unknown
        -- Name of the text search configuration the article was indexed with (text, not regconfig,
        -- which would block pg_upgrade); the headline of a hit is made with the same one.
        search_config text NOT NULL,
        search tsvector NOT NULL, -- title (weight A) and text (weight B)
        ingested_at timestamptz NOT NULL
      );
      CREATE INDEX articles_exact_hash ON articles (exact_hash);
      CREATE INDEX articles_group ON articles (group_id);
      CREATE INDEX articles_search ON articles USING gin (search);

      CREATE TABLE copy_groups (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        canonical_id bigint NOT NULL,
        size integer NOT NULL
      );
      CREATE INDEX copy_groups_size ON copy_groups (size DESC, id);

      CREATE TABLE entities (
        id text COLLATE "C" PRIMARY KEY, -- canonical key: person:…, place:CN, place:gn:…, org:…
        type text NOT NULL,
        name text NOT NULL,       -- display name as first seen
        name_folded text NOT NULL, -- lower case without accents, for search by any spelling
        country text,
        lat double precision,
        lon double precision
      );
      CREATE TABLE article_entities (
        article_id bigint NOT NULL REFERENCES articles (id),
        entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
        salience double precision NOT NULL,
        mentions jsonb NOT NULL,  -- EntityMention[]
        PRIMARY KEY (article_id, entity_id)
      );
      CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

      CREATE TABLE runs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        inputs jsonb NOT NULL,
        summary jsonb NOT NULL
      );
      CREATE TABLE problems (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        run_id bigint NOT NULL REFERENCES runs (id),
        code text NOT NULL,
        severity text NOT NULL,
        stage text NOT NULL,
        reason text NOT NULL,
        provenance jsonb
      );
      CREATE INDEX problems_run ON problems (run_id);
    `,
  },
  {
    version: 2,
    name: "stories and threads",
    sql: `
      ALTER TABLE articles ADD COLUMN names jsonb;     -- enrich's folded proper names, evidence for stories
      ALTER TABLE articles ADD COLUMN story_id bigint;
      CREATE INDEX articles_story ON articles (story_id);
      CREATE TABLE stories (
        id bigint PRIMARY KEY,          -- given by the story fold, not by the store
        thread_id bigint,
        title text NOT NULL,
        first_published text COLLATE "C",
        last_published text COLLATE "C",
        articles integer NOT NULL,      -- every article, copies included
        languages jsonb NOT NULL,       -- most frequent first
        sites jsonb NOT NULL,           -- outlets, most frequent first
        summary jsonb NOT NULL          -- top terms, entities, names (evidence)
      );
      CREATE INDEX stories_thread ON stories (thread_id);
      CREATE INDEX stories_last ON stories (last_published DESC);
      CREATE TABLE threads (
        id bigint PRIMARY KEY,
        title text NOT NULL,
        first_published text COLLATE "C",
        last_published text COLLATE "C",
        stories integer NOT NULL,
        articles integer NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: "work queue, workers, story folds",
    sql: `
      -- Work items of \`newsfold ingest --queue\`: a file, or a range of its lines or records. The key
      -- (path, unit, first) makes enqueueing idempotent; state moves queued → leased → done | failed.
      CREATE TABLE work_items (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        path text COLLATE "C" NOT NULL,
        unit text NOT NULL,             -- file | lines | records
        first bigint NOT NULL,          -- first line (1-based) or record offset; 0 for a whole file
        "end" bigint,                   -- exclusive end of the range; NULL for a whole file
        byte_start bigint,              -- seekable byte range in an uncompressed file
        byte_end bigint,
        state text NOT NULL DEFAULT 'queued',
        attempts integer NOT NULL DEFAULT 0,   -- claims so far; the current claim's number fences it
        released integer NOT NULL DEFAULT 0,   -- claims given back by workers stopping cleanly
        worker_id text,
        expires_at timestamptz,         -- end of the current lease, on the server's clock
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        docs_read integer, docs_stored integer, docs_known integer, docs_failed integer,
        error text,
        UNIQUE (path, unit, first)
      );
      -- Claims scan only unfinished items, however many are done.
      CREATE INDEX work_items_open ON work_items (id) WHERE state IN ('queued', 'leased');

      CREATE TABLE workers (
        id text PRIMARY KEY,
        host text NOT NULL,
        pid integer NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now(),
        lease_ms integer NOT NULL,
        item_id bigint,
        stored bigint NOT NULL DEFAULT 0
      );

      -- One row per committed worker batch, for throughput; rows older than a day are pruned.
      CREATE TABLE work_commits (
        committed_at timestamptz NOT NULL DEFAULT now(),
        docs integer NOT NULL
      );
      CREATE INDEX work_commits_at ON work_commits (committed_at);

      -- The last story fold a worker ran: folds again only when articles were added after it.
      CREATE TABLE story_folds (
        id integer PRIMARY KEY CHECK (id = 1),
        through_article_id bigint NOT NULL,
        folded_at timestamptz NOT NULL,
        stories integer NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: "story ranking index for the API's story list",
    sql: `
      -- The story list's order (largest, then newest, then id): a page is read from the index instead of
      -- sorting every story per request.
      CREATE INDEX stories_rank ON stories (articles DESC, last_published DESC NULLS LAST, id);
    `,
  },
  {
    version: 5,
    name: "entity links in newest-first order",
    sql: `
      -- Search by entity lists an entity's articles newest first: each link carries its article's date
      -- (written once, with the article), so a page is read from the index in order and stops at the
      -- LIMIT, instead of reading and sorting every article naming a common entity.
      ALTER TABLE article_entities ADD COLUMN published_sort text COLLATE "C";
      UPDATE article_entities ae SET published_sort = a.published_sort FROM articles a WHERE a.id = ae.article_id;
      CREATE INDEX article_entities_newest ON article_entities (entity_id, published_sort DESC NULLS LAST, article_id DESC) INCLUDE (salience);
    `,
  },
  {
    version: 6,
    name: "story members in publication order",
    sql: `
      -- A story page (publication order, a page at a time) is read from the index and stops at the LIMIT;
      -- story_id stays its prefix, so it replaces the plain index.
      DROP INDEX articles_story;
      CREATE INDEX articles_story ON articles (story_id, published_sort NULLS LAST, id);
    `,
  },
  {
    version: 7,
    name: "each article's story from an index",
    sql: `
      -- The entity page finds the stories of the entity's articles: an index-only lookup per article
      -- instead of a heap fetch per article, or a scan of every article's story in articles_story.
      CREATE INDEX articles_id_story ON articles (id) INCLUDE (story_id);
    `,
  },
  {
    version: 8,
    name: "pending-fold mark",
    sql: `
      -- Every commit that adds articles or changes copy groups bumps commits in its own transaction (under
      -- the write lock); a story fold records in folded the count it started from when its result is
      -- swapped in. While commits > folded a fold is pending (a killed fold, an ingest --no-stories), and the
      -- next writing command finishes it. A store whose articles lack stories starts pending.
      CREATE TABLE fold_state (
        id integer PRIMARY KEY CHECK (id = 1),
        commits bigint NOT NULL,
        folded bigint NOT NULL
      );
      INSERT INTO fold_state (id, commits, folded) VALUES (1,
        CASE WHEN EXISTS (SELECT 1 FROM articles WHERE story_id IS NULL AND (group_id IS NULL OR copy_kind = 'canonical')) THEN 1 ELSE 0 END, 0);
    `,
  },
  {
    version: 9,
    name: "stable story and thread ids",
    sql: `
      -- A refold keeps the ids of the stories and threads it continues (stories/stable-ids.ts); an id no
      -- story keeps points to where most of its articles went. The last ids ever given keep new ones
      -- from reusing a retired id.
      ALTER TABLE fold_state ADD COLUMN last_story_id bigint NOT NULL DEFAULT 0;
      ALTER TABLE fold_state ADD COLUMN last_thread_id bigint NOT NULL DEFAULT 0;
      UPDATE fold_state SET last_story_id = (SELECT coalesce(max(id), 0) FROM stories), last_thread_id = (SELECT coalesce(max(id), 0) FROM threads);
      CREATE TABLE fold_redirects (
        kind text NOT NULL CHECK (kind IN ('story', 'thread')),
        old_id bigint NOT NULL,
        new_id bigint NOT NULL,
        PRIMARY KEY (kind, old_id)
      );
      CREATE INDEX fold_redirects_target ON fold_redirects (kind, new_id);
    `,
  },
  {
    version: 10,
    name: "copy links: copies and quotes between articles",
    sql: `
      -- Every verified relation between two articles: "exact"/"near" copies (both ways) and "quotes" (a quotes
      -- b: b lies inside a). Groups are stars drawn from these; export keeps by them. Offsets (characters,
      -- end exclusive) locate a quote's passage in both texts.
      CREATE TABLE copy_links (
        a_id bigint NOT NULL,
        b_id bigint NOT NULL,
        kind text NOT NULL,
        jaccard double precision NOT NULL,
        a_in_b double precision NOT NULL,
        b_in_a double precision NOT NULL,
        a_size integer NOT NULL,
        b_size integer NOT NULL,
        a_start integer,
        a_end integer,
        b_start integer,
        b_end integer,
        PRIMARY KEY (a_id, b_id)
      );
      CREATE INDEX copy_links_b ON copy_links (b_id, a_id);
      -- Groups made before links existed chained copies of copies and held quoting articles: regroup them
      -- (newsfold recluster, also run by the next ingest) when there are any.
      INSERT INTO newsfold_meta (key, value) SELECT 'copies_regroup', 'needed' WHERE EXISTS (SELECT 1 FROM copy_groups);
    `,
  },
  {
    version: 11,
    name: "copy commit log: workers decide copies outside the write lock",
    sql: `
      -- One row per commit that added articles or changed copy groups, numbered in commit order (rows are
      -- written under the write lock): a worker catches its copy index up with the rows after the last it
      -- saw, and, under the lock, re-checks a decision made outside it against what they touched.
      CREATE TABLE copy_commits (
        seq bigserial PRIMARY KEY,
        article_ids bigint[] NOT NULL,
        touched_ids bigint[] NOT NULL,
        touched_groups bigint[] NOT NULL,
        reset boolean NOT NULL DEFAULT false
      );
      -- Time each batch held the write lock (the serial part of a commit; see newsfold bench postgres).
      ALTER TABLE work_commits ADD COLUMN locked_ms double precision;
      -- Canonical election now breaks ties of identical same-day texts by document key, not by id.
      INSERT INTO newsfold_meta (key, value) SELECT 'copies_regroup', 'needed' WHERE EXISTS (SELECT 1 FROM copy_groups WHERE size > 1)
        ON CONFLICT (key) DO NOTHING;
    `,
  },
  {
    version: 12,
    name: "other sources of an article",
    sql: `
      -- Every other place an identical document (same doc_key) was read at: another file, JSONL line, WARC
      -- record or URL. The article's own provenance stays in its row; source_key (a hash of the provenance,
      -- article-sources.ts; a URL may be longer than an index entry holds) keeps each place once, so
      -- ingesting a path again adds nothing, whichever worker reads it.
      CREATE TABLE article_sources (
        id bigserial PRIMARY KEY,
        article_id bigint NOT NULL REFERENCES articles (id),
        source_key text NOT NULL,
        provenance jsonb NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (article_id, source_key)
      );
    `,
  },
  {
    version: 13,
    name: "entity links without the redundant entity index",
    sql: `
      -- As SQLite's migration 14: article_entities_newest (entity_id, published_sort, article_id) INCLUDE
      -- (salience) answers every lookup by entity this index did (each is by entity_id alone, a prefix of
      -- both), so a link no longer writes a second B-tree ordered by entity.
      DROP INDEX IF EXISTS article_entities_entity;
    `,
  },
  {
    version: 14,
    name: "the write lock's serial section in two server-side calls",
    sql: `
      -- Every commit passes the write lock in turn. Done as a series of round trips, a worker holding it
      -- waits on the client between them, and a machine with more processes than cores deschedules it
      -- there while every other worker waits. These two functions make the section two calls (then COMMIT)
      -- whatever the batch holds; SET search_path FROM CURRENT binds them to this schema.

      -- Takes the write lock (pg_advisory_xact_lock(lock_class, lock_key), see postgres-config.ts), then reads
      -- the copy commit log after after_seq and the fingerprints of its articles: log rows first (id NULL),
      -- then fingerprint rows (seq NULL). Each statement of a volatile function takes its snapshot when it
      -- starts, after the lock was granted, so it sees every commit made under the lock before; NULL
      -- after_seq only takes the lock.
      CREATE FUNCTION lock_writes_and_read_copy_log(lock_class integer, lock_key integer, after_seq bigint)
        RETURNS TABLE (seq bigint, article_ids bigint[], touched_ids bigint[], touched_groups bigint[], reset boolean,
          id bigint, exact_hash text, signature bytea, containment_samples bytea, group_id bigint, published_sort text, length integer)
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(lock_class, lock_key);
        IF after_seq IS NULL THEN
          RETURN;
        END IF;
        RETURN QUERY SELECT c.seq, c.article_ids, c.touched_ids, c.touched_groups, c.reset,
            NULL::bigint, NULL::text, NULL::bytea, NULL::bytea, NULL::bigint, NULL::text, NULL::integer
          FROM copy_commits c WHERE c.seq > after_seq ORDER BY c.seq;
        RETURN QUERY SELECT NULL::bigint, NULL::bigint[], NULL::bigint[], NULL::bigint[], NULL::boolean,
            a.id, a.exact_hash::text, a.signature, a.containment_samples, a.group_id, a.published_sort::text, a.length
          FROM articles a WHERE a.id IN (SELECT unnest(c.article_ids) FROM copy_commits c WHERE c.seq > after_seq) ORDER BY a.id;
      END
      $fn$;

      -- A batch's copy changes, in the order the store contract gives (see CommitBatch): a reset of every
      -- group and link, dissolved groups, ungrouped articles, then each group change (merged groups
      -- deleted, the group created or updated, its members pointed at it), the links, the pending-fold
      -- mark, and the batch's row of the copy commit log (when log_commit; its seq is returned). Group
      -- changes are [{ merged: [id], group: id | null, canonical: id, members: [{ id, kind, similarity }] }]
      -- and links are copy_links rows as JSON objects, every article reference resolved to its id.
      CREATE FUNCTION write_copy_changes(new_ids bigint[], reset_all boolean, dissolved_groups bigint[], ungrouped_ids bigint[],
          group_changes jsonb, links jsonb, count_commit boolean, log_commit boolean, log_touched_ids bigint[], log_touched_groups bigint[])
        RETURNS bigint
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
      DECLARE
        change jsonb;
        group_key bigint;
        logged bigint;
      BEGIN
        IF reset_all THEN
          DELETE FROM copy_links;
          DELETE FROM copy_groups;
          DELETE FROM newsfold_meta WHERE key = 'copies_regroup';
          UPDATE articles SET group_id = NULL, copy_kind = NULL, similarity = NULL WHERE group_id IS NOT NULL;
        END IF;
        IF cardinality(dissolved_groups) > 0 THEN
          DELETE FROM copy_groups WHERE copy_groups.id = ANY (dissolved_groups);
        END IF;
        IF cardinality(ungrouped_ids) > 0 THEN
          UPDATE articles SET group_id = NULL, copy_kind = NULL, similarity = NULL WHERE articles.id = ANY (ungrouped_ids);
        END IF;
        FOR change IN SELECT jsonb_array_elements(group_changes) LOOP
          DELETE FROM copy_groups WHERE copy_groups.id IN (SELECT jsonb_array_elements_text(change -> 'merged')::bigint);
          group_key := (change ->> 'group')::bigint;
          IF group_key IS NULL THEN
            INSERT INTO copy_groups (canonical_id, size) VALUES ((change ->> 'canonical')::bigint, jsonb_array_length(change -> 'members'))
              RETURNING copy_groups.id INTO group_key;
          ELSE
            UPDATE copy_groups SET canonical_id = (change ->> 'canonical')::bigint, size = jsonb_array_length(change -> 'members')
              WHERE copy_groups.id = group_key;
          END IF;
          UPDATE articles a SET group_id = group_key, copy_kind = m.kind, similarity = m.similarity
            FROM jsonb_to_recordset(change -> 'members') AS m(id bigint, kind text, similarity double precision) WHERE a.id = m.id;
        END LOOP;
        INSERT INTO copy_links (a_id, b_id, kind, jaccard, a_in_b, b_in_a, a_size, b_size, a_start, a_end, b_start, b_end)
          SELECT l.a_id, l.b_id, l.kind, l.jaccard, l.a_in_b, l.b_in_a, l.a_size, l.b_size, l.a_start, l.a_end, l.b_start, l.b_end
          FROM jsonb_to_recordset(links) AS l(a_id bigint, b_id bigint, kind text, jaccard double precision, a_in_b double precision,
            b_in_a double precision, a_size integer, b_size integer, a_start integer, a_end integer, b_start integer, b_end integer)
          ON CONFLICT (a_id, b_id) DO UPDATE SET kind = EXCLUDED.kind, jaccard = EXCLUDED.jaccard, a_in_b = EXCLUDED.a_in_b,
            b_in_a = EXCLUDED.b_in_a, a_size = EXCLUDED.a_size, b_size = EXCLUDED.b_size, a_start = EXCLUDED.a_start,
            a_end = EXCLUDED.a_end, b_start = EXCLUDED.b_start, b_end = EXCLUDED.b_end;
        IF count_commit THEN
          UPDATE fold_state SET commits = commits + 1;
        END IF;
        IF log_commit THEN
          INSERT INTO copy_commits (article_ids, touched_ids, touched_groups, reset)
            VALUES (new_ids, log_touched_ids, log_touched_groups, reset_all) RETURNING copy_commits.seq INTO logged;
        END IF;
        RETURN logged;
      END
      $fn$;
    `,
  },
  {
    version: 15,
    name: "the worker of each commit",
    sql: `
      -- Which worker made each commit: newsfold bench postgres measures N workers over the span where all N
      -- are committing (from the last one's first commit to the first one's last), not over the others' start-up.
      ALTER TABLE work_commits ADD COLUMN worker_id text;
    `,
  },
  {
    version: 16,
    name: "full-text search in Chinese, Japanese, Thai and other scripts without spaces, and Korean",
    sql: `
      -- Articles are indexed with each character of a script written without spaces as a word of its own, and
      -- Korean nouns apart from their particles (store/search-text.ts; new rows get it from the writer): the
      -- stored ones in such scripts are indexed again.
      UPDATE articles SET search =
        setweight(to_tsvector(search_config::regconfig, regexp_replace(regexp_replace(coalesce(title, ''),
          '${POSTGRES_KOREAN_NOUN_PARTICLE}', '\\1 \\2', 'g'), '(${POSTGRES_NO_SPACE_CLASS})', ' \\1 ', 'g')), 'A')
        || setweight(to_tsvector(search_config::regconfig, regexp_replace(regexp_replace(left(text, 500000),
          '${POSTGRES_KOREAN_NOUN_PARTICLE}', '\\1 \\2', 'g'), '(${POSTGRES_NO_SPACE_CLASS})', ' \\1 ', 'g')), 'B')
      WHERE coalesce(title, '') ~ '${POSTGRES_NO_SPACE_CLASS}' OR text ~ '${POSTGRES_NO_SPACE_CLASS}'
         OR coalesce(title, '') ~ '[\\uac00-\\ud7a3]' OR text ~ '[\\uac00-\\ud7a3]';
    `,
  },
  {
    version: 17,
    name: "the story clustering saved with each fold",
    sql: `
      -- The state of the story clustering that made the stories (stories/clusterer-snapshot.ts), written with
      -- them: the next fold adds the articles stored since instead of replaying the whole store.
      -- replayed and added_since: articles the last full replay folded, and articles added since (what decides
      -- the next replay), readable without the blob (newsfold status).
      CREATE TABLE fold_snapshot (id int PRIMARY KEY CHECK (id = 1), data bytea NOT NULL, replayed bigint NOT NULL, added_since bigint NOT NULL);
    `,
  },
];
