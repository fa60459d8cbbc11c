import type { StoreFindingCode } from "../codes.js";
import type { Enrichment, EntityType } from "../enrich/index.js";
import type {
  CleanedArticle,
  CopyKind,
  PartialDate,
  Problem,
  Provenance,
  RawDocument,
  RemovedSpan,
  Signature,
} from "../types.js";
import type { CopyLink } from "../copies/links.js";
import type { WorkQueue } from "./work-queue.js";

export type { CopyLink } from "../copies/links.js";

export type * from "./work-queue.js";

/**
 * The Store contract: everything newsfold persists goes through it, so SQLite (embedded default) and
 * PostgreSQL (scale-out) are interchangeable. The core never imports a database driver.
 *
 * Invariants every backend keeps:
 * - An article is written whole or not at all: `commitBatch` is one transaction.
 * - `docKey` is unique: a document seen before is never stored twice (ingest is idempotent).
 * - Ids are positive integers assigned by the store, increasing in insertion order.
 * - Nothing in a batch that failed to commit is visible afterwards; everything committed survives a kill.
 * - "Nothing found" is `null` or `[]`, never an exception.
 *
 * Backend differences are capability flags, never checks of the backend's name.
 *
 * @example
 * const store = await openStore({ type: "sqlite", path: "newsfold.db" });
 * const known = await store.knownDocKeys(["…"]);
 * await store.commitBatch({ articles: [...], groupChanges: [...] });
 * await store.close();
 */
export interface Store {
  readonly capabilities: StoreCapabilities;
  /** Where the store lives, for messages ("newsfold.db", "postgres://host/db"). */
  readonly location: string;

  /** Of the given document keys, those already stored, with the id of their article. */
  knownDocKeys(docKeys: readonly string[]): Promise<Map<string, number>>;
  /** Writes new articles and copy-group changes in one transaction; returns the new article ids in order. */
  commitBatch(batch: CommitBatch): Promise<number[]>;
  /**
   * Keeps the other places stored documents were read at (`StoredArticle.otherSources`): the same document
   * key again, from another file, line, record or URL. One call per batch: the keys are resolved in one
   * query and the new places written in one transaction. Idempotent: a place already kept, or the article's
   * own provenance, adds nothing; a key not stored is ignored.
   *
   * @example
   * await store.recordSources([{ docKey, provenance: { file: "mirror/a.txt", format: "text" } }]);
   */
  recordSources(sightings: readonly SourceSighting[]): Promise<void>;

  getArticle(id: number): Promise<StoredArticle | null>;
  /** Cleaned texts by id (for copy verification); ids not found are absent from the map. */
  getTexts(ids: readonly number[]): Promise<Map<number, string>>;
  /** Ids of articles with this exact-text hash, oldest first. */
  findByExactHash(exactHash: string): Promise<number[]>;
  /**
   * Every stored fingerprint in id order, streamed, to rebuild the in-memory copy index at start; with
   * `afterId`, only those of later articles (a worker catching its index up with other workers' batches).
   */
  streamFingerprints(options?: { afterId?: number }): AsyncIterable<StoredFingerprint>;
  /** How many fingerprints `streamFingerprints` holds, and their containment samples in all: the copy index sizes its tables once. */
  fingerprintStats(): Promise<FingerprintStats>;

  getCopyGroup(groupId: number): Promise<CopyGroup | null>;
  /** What canonical election reads of these articles (see copies/star.ts); ids not found are absent. */
  getCopyStates(ids: readonly number[]): Promise<CopyState[]>;
  /** Every verified copy link touching one of these articles (copies, quotes and quoted-by). */
  getCopyLinks(ids: readonly number[]): Promise<CopyLink[]>;
  /** Every copy link, for deciding what `export` keeps (one row per related pair: a few per copy). */
  streamCopyLinks(): AsyncIterable<CopyLink>;
  /** True when the store's copy groups predate copy links and must be regrouped (`newsfold recluster`). */
  copiesNeedRegroup(): Promise<boolean>;
  /** Copy groups with more than one member, largest first. */
  listCopyGroups(page: Page): Promise<CopyGroup[]>;
  /**
   * Full-text search over titles and cleaned text; best match first. With `newest`, only the `newest` most
   * recently stored matches are ranked: the cost stays bounded for words found in tens of thousands of
   * articles (the API uses it), at the price of older matches of such words being left out.
   */
  search(query: string, page: SearchPage): Promise<SearchHit[]>;
  /**
   * Articles naming an entity, newest first; `entity` is a canonical id ("place:KZ") or a name matched
   * without case or accents against entity names ("selenskyj"). With `query`, only articles also matching it.
   */
  searchByEntity(entity: string, page: Page, query?: string): Promise<SearchHit[]>;
  /**
   * Entities by how many articles name them, with first and last publication dates; `query` keeps those
   * a user's words stand for (as `searchByEntity` reads them: an id, or a name in any spelling).
   */
  listEntities(options: Page & { type?: EntityType; query?: string }): Promise<EntitySummary[]>;
  /**
   * One entity by canonical id: its summary and coordinates, articles per month, the entities named most
   * often beside it and the threads it appears in (at most `related` of each); null when no article names it.
   */
  getEntity(id: string, options: { related: number }): Promise<EntityDetail | null>;
  /** Articles in id order, optionally filtered (`site` as in `StoryFilter`); costs what the page holds. */
  listArticles(options: Page & ArticleFilter): Promise<ArticleListing[]>;
  /** Places (entities with coordinates) named by a story's articles or beside an entity, most named first. */
  listPlaces(filter: PlaceFilter, page: Page): Promise<PlaceSummary[]>;
  /** Articles in id order; `canonicalOnly` keeps one article per copy group (and every article without copies). */
  streamArticles(options: { canonicalOnly: boolean }): AsyncIterable<StoredArticle>;
  counts(): Promise<StoreCounts>;

  /**
   * What story clustering reads: every article that is no copy of another, in id order; with `ids`, only
   * those of them (an incremental fold reads the articles stored since its saved clustering).
   */
  streamStoryInputs(ids?: readonly number[]): AsyncIterable<StoryInput>;
  /** The ids of every story input, with the story and thread each was in: cheap, no text read. */
  storyInputIds(): Promise<StoryInputId[]>;
  /** The story clustering the last fold saved (`StoryFold.snapshot`) with its history, or null. */
  readFoldSnapshot(): Promise<SavedFold | null>;
  /**
   * The pending-fold mark. Every `commitBatch` that adds articles or changes copy groups counts one more
   * commit in the same transaction; `replaceStories` records the count its fold started from. A fold is
   * pending while some commit is not folded: after an ingest killed before or during its fold, or run
   * with stories off. Writing commands finish a pending fold, so no article stays without its story.
   */
  foldState(): Promise<FoldState>;
  /**
   * Replaces all stories and threads at once (a deterministic rebuild) and sets each article's story;
   * a copy follows its canonical article. Dates, sizes, languages and outlets are derived from the articles.
   * In the same transaction, the fold mark records `fold.throughCommit` as folded (never going back).
   */
  replaceStories(fold: StoryFold): Promise<void>;
  /** Stories, largest and newest first, optionally filtered. */
  listStories(options: Page & StoryFilter): Promise<StoryListing[]>;
  /**
   * A story with one page of its articles in publication order (copies included, marked); `page` defaults
   * to the first `STORY_PAGE_DEFAULT` articles. `story.articles` is the total count, so a caller knows how
   * many pages follow. Each page is read with LIMIT/OFFSET in the store: a story of thousands of articles
   * costs what the page holds to send.
   *
   * @example
   * const next = await store.getStory(3, { limit: 100, offset: 100 }); // articles 101–200
   */
  getStory(id: number, page?: Page): Promise<{ story: StoryListing; articles: StoryMember[] } | null>;
  /**
   * Where a story or thread id that a refold retired now lives (merged into another, or split with no
   * part keeping most of its articles): the id of the one holding most of its articles; null for an id
   * that is current, never given, or whose articles are all gone.
   */
  redirectOf(kind: "story" | "thread", id: number): Promise<number | null>;
  listThreads(page: Page): Promise<ThreadListing[]>;
  getThread(id: number): Promise<{ thread: ThreadListing; stories: StoryListing[] } | null>;

  /** Records a finished (or interrupted) ingest run and its per-document problems. */
  recordRun(run: RunRecord): Promise<number>;
  /** The run log, newest first, each run with its problems counted by severity. */
  listRuns(page: Page): Promise<RunListing[]>;
  /**
   * Verifies the store and says how to repair what it finds (`newsfold check`): the database file
   * (SQLite; `full` runs the slower complete check), the full-text index against the articles, the
   * folds (a pending fold, articles without a story) and the copy groups. `[]` when all is well.
   */
  check(options: { full: boolean }): Promise<StoreFinding[]>;
  /** Rebuilds the full-text index from the articles (the repair of `check.full-text`); a no-op where it lives in each row. */
  rebuildFullText(): Promise<void>;
  /** The work queue many worker processes share (see work-queue.ts); null for a single-writer store. */
  readonly queue: WorkQueue | null;
  close(): Promise<void>;
}

/**
 * What the ingest engine writes to and copy decisions read: every Store, and `dedup`'s in-memory copy
 * sink (pipeline/copy-sink.ts), which keeps a run's copy graph without a database.
 */
export type CopyStore = Pick<
  Store,
  "knownDocKeys" | "commitBatch" | "recordSources" | "getTexts" | "streamFingerprints" | "fingerprintStats" | "getCopyGroup" | "getCopyStates" | "getCopyLinks" | "streamCopyLinks" | "copiesNeedRegroup"
> & {
  /**
   * The shingle sets committed with these articles, when the store keeps them (dedup's sink does, in its
   * working folder); without it, verification shingles the texts again.
   */
  getShingles?(ids: readonly number[]): Promise<Map<number, Uint32Array>>;
  /**
   * False when nothing reads where a quoted passage lies (dedup's sink: its output says which texts are
   * copies, not where they quote one another): the engine then skips placing it in both texts.
   */
  readonly keepsPassages?: boolean;
};

export interface StoreCapabilities {
  /** Full-text search with ranking is available. */
  supportsFullText: boolean;
  /** Several processes may write at once (PostgreSQL); SQLite allows one writer process. */
  concurrentWriters: boolean;
}

export interface Page {
  limit: number;
  offset?: number;
}

/** Articles of a story `getStory` returns when no page is given: what the story page draws at once. */
export const STORY_PAGE_DEFAULT: Readonly<Page> = Object.freeze({ limit: 100, offset: 0 });

export interface SearchPage extends Page {
  /** Rank only this many of the most recently stored matches (see `Store.search`). */
  newest?: number;
}

/** An article ready to be stored: what clean and fingerprint produced for one raw document. */
export interface NewArticle {
  /** Identity of the source document: same URL and same bytes → same key (see fold/doc-key.ts). */
  docKey: string;
  provenance: Provenance;
  encoding: RawDocument["encoding"];
  bytes: number;
  cleaned: CleanedArticle;
  /** Length of the cleaned text, set when `cleaned.text` was left in the worker that prepared it (dedup's lines). */
  textLength?: number;
  /** dedup's line of the article but for its id and entities, prepared in a worker (pipeline/export-record.ts). */
  line?: Uint8Array;
  exactHash: string;
  signature: Signature;
  /** The copy index's containment samples of this text (a few dozen shingle hashes). */
  containmentSamples: Uint32Array;
  /** Sorted distinct shingle hashes of the text: a store that keeps them (dedup's sink) hands them back for verification. */
  shingles?: Uint32Array;
  /** People, places, organisations and the event date; null when enrichment was turned off. */
  enrichment: Enrichment | null;
}

/**
 * A copy-group change decided by the copies stage. `members` lists the whole group after the change
 * (the store replaces the previous membership); members given as `{ batchIndex }` are articles of the
 * same batch that have no id yet.
 */
export interface GroupChange {
  /** Existing group to update, or null to create one. */
  groupId: number | null;
  canonical: ArticleRef;
  members: { ref: ArticleRef; kind: CopyKind; similarity: number }[];
  /** Groups merged into this one (their rows disappear). */
  mergedGroupIds: number[];
}

export type ArticleRef = { id: number } | { batchIndex: number };

export interface CommitBatch {
  articles: NewArticle[];
  groupChanges: GroupChange[];
  /** Verified relations of the batch's articles (each pair once), written with them. */
  copyLinks?: CopyLink<ArticleRef>[];
  /** Groups whose canonical article joined another group or lost every member: their rows go. */
  dissolvedGroupIds?: number[];
  /** Stored articles left in no group (applied before `groupChanges`, which may regroup them). */
  ungroupedIds?: number[];
  /** Drops every copy group and link first (a regrouping of the whole store writes them all again). */
  resetCopies?: boolean;
}

/** An article as canonical election sees it, with its place in the copy groups. */
export interface CopyState {
  id: number;
  /** Sortable publication date, null when unknown. */
  published: string | null;
  /** Cleaned text length in characters. */
  length: number;
  exactHash: string;
  /** Its document key: the last tie-break of canonical election (copies/star.ts). */
  docKey: string;
  groupId: number | null;
  /** The canonical article of its group (its own id for a canonical); null when in no group. */
  canonicalId: number | null;
}

export interface FingerprintStats {
  documents: number;
  samples: number;
}

export interface StoredFingerprint {
  id: number;
  exactHash: string;
  signature: Signature;
  containmentSamples: Uint32Array;
  groupId: number | null;
  published: string | null;
  length: number;
}

export interface StoredArticle {
  id: number;
  docKey: string;
  title: string | null;
  text: string;
  lang: string;
  langConfidence: number;
  published: PartialDate | null;
  /** Sortable form of `published` (or `updated` when only that is known): "2021-09-17T15:56"; null when the year is unknown. */
  publishedSort: string | null;
  updated: PartialDate | null;
  site: string | null;
  author: string | null;
  url: string | null;
  dateline: CleanedArticle["dateline"];
  provenance: Provenance;
  encoding: RawDocument["encoding"];
  bytes: number;
  removed: RemovedSpan[];
  exactHash: string;
  groupId: number | null;
  copyKind: CopyKind | null;
  /** Similarity (Jaccard, or containment for kind "contained") to the group's canonical article. */
  similarity: number | null;
  ingestedAt: string;
  eventDate: Enrichment["eventDate"];
  /** Most salient first. */
  entities: ArticleEntity[];
  /** Other proper names, folded (`Enrichment.names`): language-neutral evidence. */
  names: string[];
  storyId: number | null;
  /** The thread of the article's story, if any. */
  threadId: number | null;
  /** Every other place the same document was read at (same document key), first seen first; `provenance` is the first. */
  otherSources: OtherSource[];
}

/** A document read again, at `provenance`: what `Store.recordSources` keeps against the article stored under `docKey`. */
export interface SourceSighting {
  docKey: string;
  provenance: Provenance;
}

/** Another place an article's document was read at, and when it was first read there (ISO 8601). */
export type OtherSource = Provenance & { seenAt: string };

/** An entity as one article names it. */
export interface ArticleEntity {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  salience: number;
  mentions: { text: string; start: number; end: number }[];
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  articles: number;
  /** Sortable dates of the first and last articles naming it (null when none has a dated year). */
  first: string | null;
  last: string | null;
}

export interface CopyGroup {
  id: number;
  canonicalId: number;
  members: {
    id: number;
    kind: CopyKind;
    similarity: number;
    title: string | null;
    url: string | null;
    /** Sortable publication date (null when unknown or without a year). */
    published: string | null;
    /** Length of the cleaned text, in characters. */
    length: number;
    exactHash: string;
  }[];
}

export interface SearchHit {
  id: number;
  title: string | null;
  snippet: string;
  score: number;
  groupId: number | null;
}

export interface StoreCounts {
  articles: number;
  copyGroups: number;
  /** Articles that are a copy of another (group members other than the canonical). */
  copies: number;
  /** "Quotes" relations: pairs where one article's text lies inside a longer one that is no copy of it. */
  quotes: number;
  stories: number;
  threads: number;
}

export interface ArticleFilter {
  lang?: string;
  /** Outlet: the site name the page gives, or its URL's host. */
  site?: string;
  storyId?: number;
}

/** One line of an article list: what a listing shows, without the text. */
export interface ArticleListing extends StoryMember {
  storyId: number | null;
}

export interface EntityDetail {
  entity: EntitySummary & { lat: number | null; lon: number | null };
  /** Articles naming it per publication month ("2021-09"), in month order; undated articles are left out. */
  timeline: { month: string; articles: number }[];
  /** Entities named in the same articles, by how many of them, most first. */
  cooccurring: { id: string; type: EntityType; name: string; articles: number }[];
  /** Threads with a story whose articles name it, largest first. */
  threads: ThreadListing[];
}

/** Exactly one of the two. */
export type PlaceFilter = { storyId: number; entity?: undefined } | { entity: string; storyId?: undefined };

export interface PlaceSummary {
  id: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  /** Articles (of the story, or naming the entity) that name the place. */
  articles: number;
}

/** One problem `Store.check` found, with the repair it needs (codes in docs/PROBLEMS.md). */
export interface StoreFinding {
  code: StoreFindingCode;
  severity: "error" | "warning";
  message: string;
  /** What to run or do, in a sentence. */
  repair: string;
}

export interface RunListing {
  id: number;
  startedAt: string;
  finishedAt: string;
  inputs: string[];
  summary: Record<string, unknown>;
  problems: { errors: number; warnings: number };
}

export interface RunRecord {
  startedAt: string;
  finishedAt: string;
  inputs: string[];
  summary: Record<string, unknown>;
  problems: Problem[];
}

/** One article as the story clusterer needs it (dates sortable; null when the year is unknown). */
export interface StoryInput {
  id: number;
  /** The document key: orders articles of one date, and undated ones, whatever order they were committed in. */
  orderKey: string;
  /** The story and thread the article was in before this fold (what keeps their ids stable); null when none. */
  storyId: number | null;
  threadId: number | null;
  published: string | null;
  lang: string;
  title: string | null;
  text: string;
  entities: { id: string; type: EntityType; salience: number }[];
  eventDate: string | null;
  names: string[];
  /** Month and day of a publication (or update) date the page gives without a year, when `published` is null. */
  partialDate: { month: number; day: number; hour?: number; minute?: number } | null;
}

export type StoryInputId = Pick<StoryInput, "id" | "storyId" | "threadId">;

export interface FoldState {
  /** Commits that changed the story inputs, counted since the store was created. */
  commits: number;
  /** The commit count the last swapped-in fold started from. */
  folded: number;
  /** True while `commits > folded`: a fold is owed. */
  pending: boolean;
  /** The highest story and thread ids ever given (retired ones included): a refold's new ids start above. */
  lastStoryId: number;
  lastThreadId: number;
  /** The clustering the last fold saved (its size and history, not its bytes), or null. */
  saved: SavedFoldFacts | null;
}

/** When a saved clustering's last replay was, in articles: what decides the next one (pipeline/fold-stories.ts). */
export interface SavedFoldHistory {
  /** Articles the last full replay folded. */
  replayed: number;
  /** Articles added to the saved clustering since that replay. */
  addedSince: number;
}

export interface SavedFoldFacts extends SavedFoldHistory {
  bytes: number;
}

export type SavedFold = { data: Uint8Array } & SavedFoldHistory;

export interface StoryFold {
  /** `FoldState.commits` read before the fold read its inputs: what it covers (omitted: the mark is left as it is). */
  throughCommit?: number;
  stories: { id: number; threadId: number | null; title: string; articleIds: number[]; summary: unknown }[];
  threads: { id: number; title: string; storyIds: number[] }[];
  /** Ids of the previous fold this one does not keep, each with the id now holding most of its articles. */
  retired?: { stories: { id: number; to: number | null }[]; threads: { id: number; to: number | null }[] };
  /**
   * The clustering that made this fold, saved in the same transaction for the next fold to go on from
   * (pipeline/fold-stories.ts); omitted or null, the store keeps none (a saved one would no longer match).
   */
  snapshot?: SavedFold | null;
}

export interface StoryFilter {
  /** Only stories with an article in this language. */
  lang?: string;
  /** Only stories with an article from this outlet (site name or URL host). */
  site?: string;
  /** Only stories whose last article is on or after / first article on or before these sortable dates. */
  from?: string;
  to?: string;
  /** Only stories with an article naming this entity (an id, or a name as `searchByEntity` takes it). */
  entity?: string;
}

export interface StoryListing {
  id: number;
  threadId: number | null;
  title: string;
  first: string | null;
  last: string | null;
  /** Articles, copies included. */
  articles: number;
  languages: string[];
  sites: string[];
}

export interface StoryMember {
  id: number;
  title: string | null;
  site: string | null;
  url: string | null;
  lang: string;
  published: string | null;
  groupId: number | null;
  copyKind: CopyKind | null;
}

export interface ThreadListing {
  id: number;
  title: string;
  first: string | null;
  last: string | null;
  stories: number;
  articles: number;
}
