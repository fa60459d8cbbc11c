import type { ArticleVectors } from "./represent.js";
import { heaviestFeatures } from "./vectors.js";

/**
 * Inverted index from an article's heaviest features to the open stories that hold them. Lists keep
 * at most `POSTING_CAP` stories, the most recently updated, so a common feature ("place:FR") costs
 * the same with 10k or 1M stories behind it: the cost per article stays flat (issue 4, "Cost").
 */
export interface Postings {
  lists: Map<string, Map<number, true>>;
}

/** Most recently updated stories kept per feature: a live event is always among the latest to be updated. */
const POSTING_CAP = 64;
/** Features of an article that go into the index: enough to find its story, few enough to keep lists short. */
const INDEX_TERMS = 12;
const INDEX_ENTITIES = 6;
const INDEX_NAMES = 8;

export function createPostings(): Postings {
  return { lists: new Map() };
}

/** Index keys of an article: top terms (per language), top entity ids, top names. */
export function indexKeys(v: ArticleVectors): { key: string; weight: number }[] {
  return [
    ...heaviest(v.text, INDEX_TERMS, `t:${v.lang}:`),
    ...heaviest(v.entities, INDEX_ENTITIES, "e:"),
    ...heaviest(v.names, INDEX_NAMES, "n:"),
  ];
}

function heaviest(v: ArticleVectors["text"], n: number, prefix: string): { key: string; weight: number }[] {
  return heaviestFeatures(v, n).map((f) => ({ key: prefix + f.key, weight: f.weight }));
}

/** Puts a story at the recent end of each list, dropping the least recently updated past the cap. */
export function post(p: Postings, keys: readonly string[], storyId: number): void {
  for (const key of keys) {
    let list = p.lists.get(key);
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

export function unpost(p: Postings, keys: Iterable<string>, storyId: number): void {
  for (const key of keys) {
    const list = p.lists.get(key);
    if (!list) continue;
    list.delete(storyId);
    if (list.size === 0) p.lists.delete(key);
  }
}

/** Stories sharing index keys with the article, by summed key weight, best first (ties by id), at most `limit`. */
export function candidates(p: Postings, keys: readonly { key: string; weight: number }[], limit: number): number[] {
  const hits = new Map<number, number>();
  for (const { key, weight } of keys) {
    const list = p.lists.get(key);
    if (!list) continue;
    for (const id of list.keys()) hits.set(id, (hits.get(id) ?? 0) + weight);
  }
  const ranked = [...hits];
  ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked.slice(0, limit).map(([id]) => id);
}
