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

  getArticle(id: number): Promise<StoredArticle | null>;
  /** Cleaned texts by id (for copy verification); ids not found are absent from the map. */
  getTexts(ids: readonly number[]): Promise<Map<number, string>>;
  /** Ids of articles with this exact-text hash, oldest first. */
  findByExactHash(exactHash: string): Promise<number[]>;
  /** Every stored fingerprint in id order, streamed, to rebuild the in-memory copy index at start. */
  streamFingerprints(): AsyncIterable<StoredFingerprint>;

  getCopyGroup(groupId: number): Promise<CopyGroup | null>;
  /** Copy groups with more than one member, largest first. */
  listCopyGroups(page: Page): Promise<CopyGroup[]>;
  /** Full-text search over titles and cleaned text; best match first. */
  search(query: string, page: Page): Promise<SearchHit[]>;
  /** Articles in id order; `canonicalOnly` keeps one article per copy group (and every article without copies). */
  streamArticles(options: { canonicalOnly: boolean }): AsyncIterable<StoredArticle>;
  counts(): Promise<StoreCounts>;

  /** Records a finished (or interrupted) ingest run and its per-document problems. */
  recordRun(run: RunRecord): Promise<number>;
  close(): Promise<void>;
}

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

/** An article ready to be stored: what clean and fingerprint produced for one raw document. */
export interface NewArticle {
  /** Identity of the source document: same URL and same bytes → same key (see fold/doc-key.ts). */
  docKey: string;
  provenance: Provenance;
  encoding: RawDocument["encoding"];
  bytes: number;
  cleaned: CleanedArticle;
  exactHash: string;
  signature: Signature;
  /** The copy index's containment samples of this text (a few dozen shingle hashes). */
  containmentSamples: Uint32Array;
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
}

export interface RunRecord {
  startedAt: string;
  finishedAt: string;
  inputs: string[];
  summary: Record<string, unknown>;
  problems: Problem[];
}
