import { verifyPair } from "../../src/copies/verify.js";
import { DEFAULT_MIN_CONTAINED_SHINGLES } from "../../src/copies/containment.js";
import { keptArticles } from "../../src/cli/commands/export.js";
import type { Store } from "../../src/store/index.js";
import { shingleHashesOfText } from "../../src/text/shingle.js";
import { seeded } from "../queue/helpers.js";

export interface GeneratedDoc {
  url: string;
  title: string;
  text: string;
  published: string;
}

const SYLLABLES = ["ka", "ro", "mi", "ta", "lu", "ve", "sor", "din", "pel", "qua", "nor", "bex", "tif", "gal", "hum", "zor", "ent", "ion", "ark", "sul"];

/**
 * A mix that used to fool copy grouping: wire stories quoted whole by several longer articles (dates at
 * random, the wire not always first), chains of edits whose neighbours are near copies while their ends
 * are not, exact copies differing only in whitespace, and unrelated texts.
 */
export function generateCopyMix(seed: number): GeneratedDoc[] {
  const random = seeded(seed);
  const word = () => {
    let w = "";
    for (let i = 0, n = 2 + Math.floor(random() * 3); i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  };
  const words = (n: number) => Array.from({ length: n }, word);
  const date = () => new Date(Date.UTC(2024, 2, 1) + Math.floor(random() * 20 * 24) * 3_600_000).toISOString();
  const docs: GeneratedDoc[] = [];
  const add = (kind: string, text: string[] | string, published = date()) =>
    docs.push({ url: `https://${kind}.example/${docs.length}`, title: `${kind} ${docs.length}`, text: Array.isArray(text) ? prose(text) : text, published });

  for (let w = 0; w < 3; w++) {
    const wire = words(130);
    add("wire", wire);
    for (let q = 0, n = 1 + Math.floor(random() * 4); q < n; q++) add("quoting", [...words(60 + Math.floor(random() * 80)), ...wire, ...words(40 + Math.floor(random() * 80))]);
  }
  for (let c = 0; c < 2; c++) {
    // Each step rewrites a different run of 8 words: Jaccard ≈ 0.89 to the neighbour, ≈ 0.78 two steps away.
    let text = words(200);
    for (let step = 0; step < 5; step++) {
      add("chain", text);
      text = [...text];
      for (let i = 0; i < 8; i++) text[10 + step * 40 + i] = word();
    }
  }
  for (let e = 0; e < 2; e++) {
    const text = prose(words(150));
    add("exact", text);
    add("exact", text.replace(/ /g, "  "));
    add("exact", text.replace(/\. /g, ".\n\n"));
  }
  for (let u = 0; u < 5; u++) add("unrelated", words(120 + Math.floor(random() * 100)));
  return docs;
}

const prose = (words: string[]): string => {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 15) out.push(`${words.slice(i, i + 15).join(" ")}.`);
  return out.join(" ");
};

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
  const articles: { id: number; url: string; shingles: Uint32Array }[] = [];
  for await (const a of store.streamArticles({ canonicalOnly: false })) articles.push({ id: a.id, url: a.url ?? String(a.id), shingles: shingleHashesOfText(a.text) });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const covers = (k: Uint32Array, d: Uint32Array): boolean => {
    const v = verifyPair(d, k);
    return v.jaccard >= threshold || (d.length >= DEFAULT_MIN_CONTAINED_SHINGLES && v.containmentAinB >= threshold);
  };
  const kept: number[] = [];
  for await (const { article } of keptArticles(store, false)) kept.push(article.id);
  const keptSet = new Set(kept);
  const lost = articles
    .filter((a) => !keptSet.has(a.id) && !kept.some((k) => covers(byId.get(k)!.shingles, a.shingles)))
    .map((a) => a.url);
  const redundant: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const [x, y] = [byId.get(kept[i])!, byId.get(kept[j])!];
      if (covers(x.shingles, y.shingles) || covers(y.shingles, x.shingles)) redundant.push(`${x.url} ${y.url}`);
    }
  }
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
  return { lost, redundant, starViolations, groups: groups.sort(), kept: kept.map((k) => byId.get(k)!.url).sort() };
}
