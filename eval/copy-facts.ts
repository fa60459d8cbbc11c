import { DEFAULT_MIN_CONTAINED_SHINGLES } from "../src/copies/containment.js";
import { planKeep } from "../src/copies/keep-plan.js";
import { verifyPair } from "../src/copies/verify.js";
import type { Store } from "../src/store/index.js";
import { shingleHashesOfText } from "../src/text/shingle.js";

export interface CopyFacts {
  /** Dropped by export and covered by no kept article. */
  lost: string[];
  /** Kept pairs one of which covers the other. */
  redundant: string[];
  /** Group members that are no copy of their own canonical article. */
  starViolations: string[];
  /** What the run decided, by URL: groups (sorted URL lists) and the kept URLs. */
  groups: string[];
  kept: string[];
}

/**
 * Checks a store against the truth measured pair by pair on the texts: `covers(k, d)` when d is a copy
 * of k (Jaccard ≥ threshold) or d lies inside k (containment ≥ threshold, d long enough to be told).
 */
export async function copyFacts(store: Store, threshold = 0.8): Promise<CopyFacts> {
  const articles: FactArticle[] = [];
  for await (const a of store.streamArticles({ canonicalOnly: false })) articles.push({ id: a.id, url: a.url ?? String(a.id), shingles: shingleHashesOfText(a.text) });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const { dropped } = await planKeep(store);
  const { lost, redundant, kept } = keepFacts(articles, dropped, threshold);
  const starViolations: string[] = [];
  const groups: string[] = [];
  for (const g of await store.listCopyGroups({ limit: 10_000 })) {
    const canonical = byId.get(g.canonicalId)!;
    for (const m of g.members) {
      if (m.id === g.canonicalId) continue;
      if (verifyPair(byId.get(m.id)!.shingles, canonical.shingles).jaccard < threshold) starViolations.push(`${byId.get(m.id)!.url} in ${canonical.url}`);
    }
    groups.push(g.members.map((m) => byId.get(m.id)!.url).sort().join(" "));
  }
  return { lost, redundant, starViolations, groups: groups.sort(), kept };
}

export interface FactArticle {
  id: number;
  url: string;
  /** Sorted distinct shingle hashes of the text (`shingleHashesOfText`). */
  shingles: Uint32Array;
}

/**
 * The keep rule checked on the texts: the dropped articles no kept one covers (`lost`), the kept pairs
 * one of which covers the other (`redundant`), and the kept URLs, sorted.
 */
export function keepFacts(articles: readonly FactArticle[], dropped: ReadonlyMap<number, number>, threshold = 0.8): Pick<CopyFacts, "lost" | "redundant" | "kept"> {
  const covers = (k: Uint32Array, d: Uint32Array): boolean => {
    const v = verifyPair(d, k);
    return v.jaccard >= threshold || (d.length >= DEFAULT_MIN_CONTAINED_SHINGLES && v.containmentAinB >= threshold);
  };
  const kept = articles.filter((a) => !dropped.has(a.id));
  const lost = articles.filter((a) => dropped.has(a.id) && !kept.some((k) => covers(k.shingles, a.shingles))).map((a) => a.url);
  const redundant: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const [x, y] = [kept[i], kept[j]];
      if (covers(x.shingles, y.shingles) || covers(y.shingles, x.shingles)) redundant.push(`${x.url} ${y.url}`);
    }
  }
  return { lost, redundant, kept: kept.map((k) => k.url).sort() };
}
