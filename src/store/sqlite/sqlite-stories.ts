import type Database from "better-sqlite3";
import { monthDayOf } from "../../dates.js";
import { inclusiveUpTo, mostFrequentFirst, outletOf, STORY_COLUMNS, toStoryListing, toThreadListing, type StoryRow, type ThreadRow } from "../shared-rows.js";
import type { EntityType } from "../../enrich/index.js";
import type { PartialDate } from "../../types.js";
import { STORY_PAGE_DEFAULT, type FoldState, type Page, type StoryFilter, type StoryFold, type StoryInput, type StoryInputId, type SavedFold, type StoryListing, type StoryMember, type ThreadListing } from "../store.js";

/** Stories and threads in SQLite: rebuilt whole by `replaceStories`, read by the listing commands. */

const parse = (json: string | null): PartialDate | null => (json ? (JSON.parse(json) as PartialDate) : null);

const STORY_INPUT_COLUMNS = `a.id, a.doc_key, a.published_sort, a.published, a.updated, a.lang, a.title, a.text, a.event_date_sort, a.names,
  a.story_id, s.thread_id`;
/** An article that is no copy of another: what stories are folded from. */
const IS_STORY_INPUT = "(a.group_id IS NULL OR a.copy_kind = 'canonical')";

/** Story inputs in id order, `chunk` rows a read; with `ids`, only those of them. */
export function* storyInputs(db: Database.Database, chunk: number, ids?: readonly number[]): Generator<StoryInput> {
  const select = db.prepare(
    `SELECT ${STORY_INPUT_COLUMNS} FROM articles a LEFT JOIN stories s ON s.id = a.story_id
     WHERE a.id > ? AND ${IS_STORY_INPUT} ORDER BY a.id LIMIT ?`,
  );
  const selectListed = db.prepare(
    `SELECT ${STORY_INPUT_COLUMNS} FROM articles a LEFT JOIN stories s ON s.id = a.story_id
     WHERE a.id IN (SELECT value FROM json_each(?)) AND ${IS_STORY_INPUT} ORDER BY a.id`,
  );
  const listed = ids && [...ids].sort((a, b) => a - b);
  let offset = 0;
  // The links of a whole chunk in one range read of the primary key (article, then entity: each article's
  // entities in the order a read by article gives), not one query per article; copies' links are skipped.
  // Each entity's type comes from a map filled as entities first appear, not from a join: the join's two
  // look-ups per link (the id index, then the row) were half of this read (0.58 → 0.21 s for 144k links).
  const links = db.prepare("SELECT article_id, entity_id, salience FROM article_entities WHERE article_id BETWEEN ? AND ? ORDER BY article_id, entity_id").raw();
  const typeById = db.prepare("SELECT type FROM entities WHERE id = ?").pluck();
  const typeOf = new Map<string, EntityType | undefined>();
  let after = 0;
  for (;;) {
    const rows = (listed ? selectListed.all(JSON.stringify(listed.slice(offset, (offset += chunk)))) : select.all(after, chunk)) as { id: number; doc_key: string; published_sort: string | null; published: string | null; updated: string | null; lang: string; title: string | null; text: string; event_date_sort: string | null; names: string | null; story_id: number | null; thread_id: number | null }[];
    const linksOf = new Map<number, StoryInput["entities"][number][]>();
    if (rows.length > 0) {
      for (const [articleId, id, salience] of links.iterate(rows[0].id, rows[rows.length - 1].id) as Iterable<[number, string, number]>) {
        let type = typeOf.get(id);
        if (type === undefined && !typeOf.has(id)) typeOf.set(id, (type = typeById.get(id) as EntityType | undefined));
        if (type === undefined) continue; // no entity row: the join this replaces dropped such a link too
        const link = { id, type, salience };
        const list = linksOf.get(articleId);
        if (list) list.push(link);
        else linksOf.set(articleId, [link]);
      }
    }
    for (const r of rows) {
      yield {
        id: r.id,
        orderKey: r.doc_key,
        storyId: r.story_id,
        threadId: r.thread_id,
        published: r.published_sort,
        lang: r.lang,
        title: r.title,
        text: r.text,
        entities: linksOf.get(r.id) ?? [],
        eventDate: r.event_date_sort,
        names: r.names ? JSON.parse(r.names) : [],
        partialDate: r.published_sort === null ? monthDayOf(parse(r.published)) ?? monthDayOf(parse(r.updated)) : null,
      };
    }
    if (listed ? offset >= listed.length : rows.length < chunk) return;
    if (rows.length > 0) after = rows[rows.length - 1].id;
  }
}

/**
 * Read from two indexes, not the table: a row holds its text, so a scan for the copy columns reads the
 * whole store (0.4 s of 200 MB for the 20,000-article corpus). A copy is a group member that is not the
 * group's canonical article, as `replaceStories` finds them.
 */
export function storyInputIds(db: Database.Database): StoryInputId[] {
  const copies = new Set(db.prepare("SELECT a.id FROM copy_groups g JOIN articles a INDEXED BY articles_group ON a.group_id = g.id WHERE a.id != g.canonical_id").pluck().all() as number[]);
  const threadOf = new Map(db.prepare("SELECT id, thread_id FROM stories").raw().all() as [number, number | null][]);
  const rows = db.prepare("SELECT id, story_id FROM articles INDEXED BY articles_id_story").raw().all() as [number, number | null][];
  const inputs: StoryInputId[] = [];
  for (const [id, storyId] of rows) {
    if (!copies.has(id)) inputs.push({ id, storyId, threadId: storyId === null ? null : threadOf.get(storyId) ?? null });
  }
  return inputs;
}

export function readFoldSnapshot(db: Database.Database): SavedFold | null {
  return (db.prepare("SELECT data, replayed, added_since AS addedSince FROM fold_snapshot").get() as SavedFold | undefined) ?? null;
}

/** Inside a commit's transaction: one more commit the stories do not cover yet. */
export function markFoldPending(db: Database.Database): void {
  db.prepare("UPDATE fold_state SET commits = commits + 1").run();
}

export function foldState(db: Database.Database): FoldState {
  const row = db.prepare("SELECT commits, folded, last_story_id AS lastStoryId, last_thread_id AS lastThreadId FROM fold_state").get() as Omit<FoldState, "pending" | "saved">;
  // length() of a blob reads its size from the record header, not its pages.
  const saved = db.prepare("SELECT length(data) AS bytes, replayed, added_since AS addedSince FROM fold_snapshot").get() as FoldState["saved"] | undefined;
  return { ...row, pending: row.commits > row.folded, saved: saved ?? null };
}

export function redirectOf(db: Database.Database, kind: "story" | "thread", id: number): number | null {
  return (db.prepare("SELECT new_id FROM fold_redirects WHERE kind = ? AND old_id = ?").pluck().get(kind, id) as number | undefined) ?? null;
}

/**
 * Retires the ids a fold did not keep: each points to where most of its articles went, and so do the
 * older ids that pointed to it (a chain of merges ends at the live story); one with nowhere to go is dropped.
 */
function retire(db: Database.Database, kind: "story" | "thread", retired: readonly { id: number; to: number | null }[]): void {
  const repoint = db.prepare("UPDATE fold_redirects SET new_id = ? WHERE kind = ? AND new_id = ?");
  const drop = db.prepare("DELETE FROM fold_redirects WHERE kind = ? AND new_id = ?");
  const insert = db.prepare("INSERT OR REPLACE INTO fold_redirects (kind, old_id, new_id) VALUES (?, ?, ?)");
  for (const { id, to } of retired) {
    if (to === null) {
      drop.run(kind, id);
      continue;
    }
    repoint.run(to, kind, id);
    insert.run(kind, id, to);
  }
}

/** Writes a whole story fold in one transaction; a copy follows its canonical article's story. */
export function replaceStories(db: Database.Database, fold: StoryFold): void {
  // Each copy with its group's canonical article, from the group index (the rows themselves hold the text).
  const copies = db.prepare("SELECT a.id, g.canonical_id AS canonical FROM copy_groups g JOIN articles a ON a.group_id = g.id WHERE a.id != g.canonical_id");
  const current = db.prepare("SELECT id, story_id FROM articles INDEXED BY articles_id_story");
  const setStory = db.prepare("UPDATE articles SET story_id = ? WHERE id = ?");
  const facts = db.prepare("SELECT id, published_sort, lang, site, url FROM articles");
  const insertStory = db.prepare(
    `INSERT INTO stories (id, thread_id, title, first_published, last_published, articles, languages, sites, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertThread = db.prepare("INSERT INTO threads (id, title, first_published, last_published, stories, articles) VALUES (?, ?, ?, ?, ?, ?)");
  const storyFacts = db.prepare("SELECT min(first_published) AS first, max(last_published) AS last, count(*) AS stories, sum(articles) AS articles FROM stories WHERE thread_id = ?");
  db.transaction(() => {
    db.exec("DELETE FROM stories; DELETE FROM threads; DELETE FROM fold_snapshot;");
    if (fold.snapshot) {
      const { data, replayed, addedSince } = fold.snapshot;
      db.prepare("INSERT INTO fold_snapshot (id, data, replayed, added_since) VALUES (1, ?, ?, ?)").run(data, replayed, addedSince);
    }
    const storyOf = new Map<number, number>();
    for (const story of fold.stories) for (const id of story.articleIds) storyOf.set(id, story.id);
    for (const { id, canonical } of copies.all() as { id: number; canonical: number }[]) {
      const story = storyOf.get(canonical);
      if (story !== undefined) storyOf.set(id, story);
    }
    // Only the rows whose story changes are written: an article row is large (its text), and a re-fold
    // moves few articles. Read whole before writing (one connection cannot write while it iterates).
    for (const { id, story_id } of current.all() as { id: number; story_id: number | null }[]) {
      const story = storyOf.get(id) ?? null;
      if (story !== story_id) setStory.run(story, id);
    }
    // Every story's dates, languages and outlets from one pass over the articles (copies included).
    const members = new Map<number, { published_sort: string | null; lang: string; site: string | null; url: string | null }[]>();
    for (const row of facts.iterate() as Iterable<{ id: number; published_sort: string | null; lang: string; site: string | null; url: string | null }>) {
      const story = storyOf.get(row.id);
      if (story === undefined) continue;
      const list = members.get(story);
      if (list) list.push(row);
      else members.set(story, [row]);
    }
    const threadOf = new Map<number, number>();
    for (const t of fold.threads) for (const s of t.storyIds) threadOf.set(s, t.id);
    for (const story of fold.stories) {
      const rows = members.get(story.id) ?? [];
      const dates = rows.map((r) => r.published_sort).filter((d): d is string => d !== null).sort();
      insertStory.run(
        story.id,
        story.threadId ?? threadOf.get(story.id) ?? null,
        story.title,
        dates[0] ?? null,
        dates[dates.length - 1] ?? null,
        rows.length,
        JSON.stringify(mostFrequentFirst(rows.map((r) => r.lang))),
        JSON.stringify(mostFrequentFirst(rows.map((r) => outletOf(r.site, r.url)))),
        JSON.stringify(story.summary ?? null),
      );
    }
    for (const t of fold.threads) {
      const facts = storyFacts.get(t.id) as { first: string | null; last: string | null; stories: number; articles: number | null };
      insertThread.run(t.id, t.title, facts.first, facts.last, facts.stories, facts.articles ?? 0);
    }
    retire(db, "story", fold.retired?.stories ?? []);
    retire(db, "thread", fold.retired?.threads ?? []);
    // An id in use again (given explicitly) redirects no more.
    db.exec(`DELETE FROM fold_redirects WHERE (kind = 'story' AND old_id IN (SELECT id FROM stories)) OR (kind = 'thread' AND old_id IN (SELECT id FROM threads));
             UPDATE fold_state SET last_story_id = max(last_story_id, (SELECT coalesce(max(id), 0) FROM stories)),
                                   last_thread_id = max(last_thread_id, (SELECT coalesce(max(id), 0) FROM threads))`);
    if (fold.throughCommit !== undefined) db.prepare("UPDATE fold_state SET folded = max(folded, ?)").run(fold.throughCommit);
  })();
}

/** Filters are bound parameters; entity ids come from `resolveEntityIds` (never text pasted into SQL). */
export function listStories(db: Database.Database, options: Page & StoryFilter, entityIds: string[] | null): StoryListing[] {
  const where: string[] = [];
  const params: unknown[] = [];
  // Languages and outlets are listed on the story row (every article's), so neither filter visits articles:
  // a rare language would otherwise probe every story's articles.
  if (options.lang) {
    where.push("s.languages LIKE ? ESCAPE '\\'");
    params.push(`%"${options.lang.replace(/[\\%_"]/g, (c) => `\\${c}`)}"%`);
  }
  if (options.site) {
    where.push("s.sites LIKE ? ESCAPE '\\'");
    params.push(`%"${options.site.replace(/[\\%_"]/g, (c) => `\\${c}`)}"%`);
  }
  if (options.from) {
    where.push("s.last_published >= ?");
    params.push(options.from);
  }
  if (options.to) {
    where.push("s.first_published <= ?");
    params.push(inclusiveUpTo(options.to));
  }
  if (entityIds !== null) {
    if (entityIds.length === 0) return [];
    // The entity's stories are listed once, from indexes (its links, then each article's story), and
    // stories in rank order are checked against that list: probing every story's articles in rank order
    // cost an entity named in few stories a scan of them all (130–150 ms on 139k articles).
    where.push(
      `s.id IN (SELECT a.story_id FROM article_entities ae JOIN articles a INDEXED BY articles_id_story ON a.id = ae.article_id
                WHERE ae.entity_id IN (${entityIds.map(() => "?").join(", ")}))`,
    );
    params.push(...entityIds);
  }
  const rows = db
    .prepare(`SELECT ${STORY_COLUMNS} FROM stories s ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
              ORDER BY s.articles DESC, s.last_published DESC NULLS LAST, s.id LIMIT ? OFFSET ?`)
    .all(...params, options.limit, options.offset ?? 0) as StoryRow[];
  return rows.map(toStoryListing);
}

/** One page of a story's articles; `id` breaks ties in publication date so pages never overlap. */
export function getStory(db: Database.Database, id: number, page: Page = STORY_PAGE_DEFAULT): { story: StoryListing; articles: StoryMember[] } | null {
  const row = db.prepare(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`).get(id) as StoryRow | undefined;
  if (!row) return null;
  const articles = db
    .prepare(
      `SELECT id, title, site, url, lang, published_sort AS published, group_id AS groupId, copy_kind AS copyKind
       FROM articles WHERE story_id = ? ORDER BY published_sort NULLS LAST, id LIMIT ? OFFSET ?`,
    )
    .all(id, page.limit, page.offset ?? 0) as StoryMember[];
  return { story: toStoryListing(row), articles };
}

export function listThreads(db: Database.Database, page: Page): ThreadListing[] {
  const rows = db.prepare("SELECT * FROM threads ORDER BY stories DESC, articles DESC, id LIMIT ? OFFSET ?").all(page.limit, page.offset ?? 0) as ThreadRow[];
  return rows.map(toThreadListing);
}

export function getThread(db: Database.Database, id: number): { thread: ThreadListing; stories: StoryListing[] } | null {
  const row = db.prepare("SELECT * FROM threads WHERE id = ?").get(id) as ThreadRow | undefined;
  if (!row) return null;
  const stories = db.prepare(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.thread_id = ? ORDER BY s.first_published NULLS LAST, s.id`).all(id) as StoryRow[];
  return { thread: toThreadListing(row), stories: stories.map(toStoryListing) };
}
