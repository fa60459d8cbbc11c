import type { CopyLink, LinkKind } from "../copies/links.js";
import { deserializeSignature, littleEndianUint32s } from "../fingerprint/index.js";
import type { CopyKind } from "../types.js";
import type { CopyGroup, StoredFingerprint, StoryListing, ThreadListing } from "./store.js";

/**
 * Helpers both backends use to turn rows into the contract's values, so SQLite and PostgreSQL answer
 * alike (the contract suite checks they do).
 */

/** Copies a little-endian blob into an aligned Uint32Array (driver buffers may be unaligned slices). */
export function toUint32Array(bytes: Buffer): Uint32Array {
  return littleEndianUint32s(bytes, 0, bytes.byteLength >>> 2);
}

/** Lower case without accents, for matching what a user typed against names. */
export const foldName = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().trim();

/** Distinct values, most frequent first, ties in code-unit order. */
export function mostFrequentFirst(values: (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

/** An outlet's name: the site name the page gives, else its URL's host. */
export function outletOf(site: string | null, url: string | null): string | null {
  if (site) return site;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** A stories row; `languages` and `sites` are JSON text in SQLite and already parsed in PostgreSQL. */
export interface StoryRow {
  id: number;
  thread_id: number | null;
  title: string;
  first_published: string | null;
  last_published: string | null;
  articles: number;
  languages: string | string[];
  sites: string | string[];
}

const list = (value: string | string[]): string[] => (typeof value === "string" ? (JSON.parse(value) as string[]) : value);

export const STORY_COLUMNS = "s.id, s.thread_id, s.title, s.first_published, s.last_published, s.articles, s.languages, s.sites";

export const toStoryListing = (r: StoryRow): StoryListing => ({
  id: r.id,
  threadId: r.thread_id,
  title: r.title,
  first: r.first_published,
  last: r.last_published,
  articles: r.articles,
  languages: list(r.languages),
  sites: list(r.sites),
});

export interface ThreadRow {
  id: number;
  title: string;
  first_published: string | null;
  last_published: string | null;
  stories: number;
  articles: number;
}

export const toThreadListing = (r: ThreadRow): ThreadListing => ({
  id: r.id,
  title: r.title,
  first: r.first_published,
  last: r.last_published,
  stories: r.stories,
  articles: r.articles,
});

export interface FingerprintRow {
  id: number;
  exact_hash: string;
  signature: Buffer;
  containment_samples: Buffer;
  group_id: number | null;
  published_sort: string | null;
  length: number;
}

export const toStoredFingerprint = (r: FingerprintRow): StoredFingerprint => ({
  id: r.id,
  exactHash: r.exact_hash,
  signature: deserializeSignature(r.signature),
  containmentSamples: toUint32Array(r.containment_samples),
  groupId: r.group_id,
  published: r.published_sort,
  length: r.length,
});

/** An article as a copy-group member row. */
export interface MemberRow {
  id: number;
  length: number;
  exact_hash: string;
  copy_kind: string;
  similarity: number;
  title: string | null;
  url: string | null;
  published_sort: string | null;
}

export const toGroupMember = (r: MemberRow): CopyGroup["members"][number] => ({
  id: r.id,
  kind: r.copy_kind as CopyKind,
  similarity: r.similarity,
  title: r.title,
  url: r.url,
  published: r.published_sort,
  length: r.length,
  exactHash: r.exact_hash,
});

/**
 * The upper bound of a `to` filter on sortable dates, inclusive of the whole period it names:
 * "2021-09-17" must admit "2021-09-17T15:56", and "2021-09" all of September. "~" sorts after every
 * character of a sortable date (digits, "-", "T", ":").
 */
export const inclusiveUpTo = (to: string): string => `${to}~`;

/** A copy_links row, as both backends read it. */
export interface LinkRow {
  a_id: number;
  b_id: number;
  kind: string;
  jaccard: number;
  a_in_b: number;
  b_in_a: number;
  a_size: number;
  b_size: number;
  a_start: number | null;
  a_end: number | null;
  b_start: number | null;
  b_end: number | null;
}

export function toCopyLink(r: LinkRow): CopyLink {
  return {
    a: Number(r.a_id),
    b: Number(r.b_id),
    kind: r.kind as LinkKind,
    jaccard: r.jaccard,
    aInB: r.a_in_b,
    bInA: r.b_in_a,
    aSize: r.a_size,
    bSize: r.b_size,
    passage: r.a_start === null ? null : { aStart: r.a_start, aEnd: r.a_end as number, bStart: r.b_start as number, bEnd: r.b_end as number },
  };
}

