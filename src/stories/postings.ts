import type { ArticleVectors } from "./represent.js";
import { firstInOrder, grownCopy, heaviestEntries } from "./vectors.js";

/**
 * Inverted index from an article's heaviest features to the open stories that hold them. Lists keep
 * at most `POSTING_CAP` stories, the most recently updated, so a common feature ("place:FR") costs
 * the same with 10k or 1M stories behind it: the cost per article stays flat (issue 4, "Cost").
 */
export interface Postings {
  /** By index key (`indexKeyOf`): a small integer, not a string built and hashed for every look-up. */
  lists: Map<number, Map<number, true>>;
  /** Lists a saved clustering restored and nothing has read or changed since (see `DormantLists`). */
  dormant: DormantLists | null;
  /** Scratch of `candidates`: summed key weight by story id, whether it was hit, and the ids hit. */
  hits: Float64Array;
  hit: Uint8Array;
  touched: number[];
}

/** Most recently updated stories kept per feature: a live event is always among the latest to be updated. */
const POSTING_CAP = 64;
/** Features of an article that go into the index: enough to find its story, few enough to keep lists short. */
const INDEX_TERMS = 12;
const INDEX_ENTITIES = 6;
const INDEX_NAMES = 8;

/**
 * Families of index keys: entity ids, names, and the terms of each language apart (one word in two
 * languages is two keys). A key is `feature id × FAMILIES + family`, an exact integer, below 2^30 (a
 * small integer to V8) for the first million features.
 */
const FAMILIES = 1024;
const ENTITY_FAMILY = 0;
const NAME_FAMILY = 1;
const FIRST_TERM_FAMILY = 2;

/**
 * The family of a language's terms, numbered as languages first appear. Past FAMILIES - 2 languages
 * (more than ISO 639-1 has) families are shared, which only makes some candidates other-language
 * stories, scored as such.
 */
export function termFamily(families: Map<string, number>, lang: string): number {
  let family = families.get(lang);
  if (family === undefined) families.set(lang, (family = FIRST_TERM_FAMILY + (families.size % (FAMILIES - FIRST_TERM_FAMILY))));
  return family;
}

/**
 * Posting lists as a saved clustering holds them, ascending by key, each list's story ids in recency order.
 * A fold that goes on from a saved clustering reads a few hundred of its 100,000 lists: a list becomes a
 * Map when first read or changed (`listOf`), and the others are saved again as they were, never built.
 */
export interface DormantLists {
  keys: Float64Array;
  /** List k's ids are `ids[starts[k]] … ids[starts[k + 1] - 1]`. */
  starts: Int32Array;
  ids: Int32Array;
  /** 1 once list k was taken into `lists` (it may since have been emptied and deleted). */
  taken: Uint8Array;
}

export function createPostings(dormant: DormantLists | null = null): Postings {
  return { lists: new Map(), dormant, hits: new Float64Array(1024), hit: new Uint8Array(1024), touched: [] };
}

/** Position of `key` in ascending `keys`, or -1. */
function search(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The list of `key`: what every read and change goes through (a replay, with no dormant lists, never calls `wake`). */
function listOf(p: Postings, key: number): Map<number, true> | undefined {
  const list = p.lists.get(key);
  return list !== undefined || p.dormant === null ? list : wake(p.dormant, p, key);
}

/** The dormant list of `key` as a Map in `p.lists`, or undefined when there is none. */
function wake(d: DormantLists, p: Postings, key: number): Map<number, true> | undefined {
  const k = search(d.keys, key);
  if (k < 0 || d.taken[k] === 1) return undefined;
  d.taken[k] = 1;
  const woken = new Map<number, true>();
  for (let i = d.starts[k]; i < d.starts[k + 1]; i++) woken.set(d.ids[i], true);
  p.lists.set(key, woken);
  return woken;
}

/** Every non-empty list, ascending by key, as `emit(key, ids)`: dormant lists as views of their saved ids. */
export function forEachList(p: Postings, emit: (key: number, ids: ArrayLike<number>) => void): void {
  const live = [...p.lists.keys()].sort((a, b) => a - b);
  const d = p.dormant;
  let k = 0;
  const flushDormantBelow = (limit: number) => {
    if (d === null) return;
    for (; k < d.keys.length && d.keys[k] < limit; k++) if (d.taken[k] === 0) emit(d.keys[k], d.ids.subarray(d.starts[k], d.starts[k + 1]));
  };
  for (const key of live) {
    flushDormantBelow(key);
    emit(key, [...p.lists.get(key)!.keys()]);
  }
  flushDormantBelow(Infinity);
}

/** Index keys of an article: top terms (of its language's family), top entity ids, top names. */
export function indexKeys(v: ArticleVectors, family: number): { key: number; weight: number }[] {
  return [...heaviest(v.text, INDEX_TERMS, family), ...heaviest(v.entities, INDEX_ENTITIES, ENTITY_FAMILY), ...heaviest(v.names, INDEX_NAMES, NAME_FAMILY)];
}

function heaviest(v: ArticleVectors["text"], n: number, family: number): { key: number; weight: number }[] {
  return heaviestEntries(v, n).map((e) => ({ key: v.ids[e] * FAMILIES + family, weight: v.weights[e] }));
}

/** Puts a story at the recent end of each list, dropping the least recently updated past the cap. */
export function post(p: Postings, keys: readonly number[], storyId: number): void {
  for (const key of keys) {
    let list = listOf(p, key);
    if (!list) p.lists.set(key, (list = new Map()));
    list.delete(storyId);
    list.set(storyId, true);
    if (list.size > POSTING_CAP) {
      for (const old of list.keys()) {
        list.delete(old);
        if (list.size <= POSTING_CAP) break;
      }
    }
  }
}

export function unpost(p: Postings, keys: Iterable<number>, storyId: number): void {
  for (const key of keys) {
    const list = listOf(p, key);
    if (!list) continue;
    list.delete(storyId);
    if (list.size === 0) p.lists.delete(key);
  }
}

/** Stories sharing index keys with the article, by summed key weight, best first (ties by id), at most `limit`. */
export function candidates(p: Postings, keys: readonly { key: number; weight: number }[], limit: number): number[] {
  const touched = p.touched;
  for (const { key, weight } of keys) {
    const list = listOf(p, key);
    if (!list) continue;
    for (const id of list.keys()) {
      if (id >= p.hits.length) grow(p, id);
      if (p.hit[id] === 0) {
        p.hit[id] = 1;
        touched.push(id);
      }
      // Summed in key order per story, as a Map of sums would: the same scores to the last bit.
      p.hits[id] += weight;
    }
  }
  const hits = p.hits;
  // Highest summed weight first, ties by smaller id.
  const best = firstInOrder(touched.length, (i) => touched[i], limit, (a, b) => hits[a] > hits[b] || (hits[a] === hits[b] && a < b));
  for (const id of touched) {
    p.hits[id] = 0;
    p.hit[id] = 0;
  }
  touched.length = 0;
  return best;
}

function grow(p: Postings, id: number): void {
  const size = Math.max(id + 1, p.hits.length * 2);
  p.hits = grownCopy(p.hits, size);
  p.hit = grownCopy(p.hit, size);
}

