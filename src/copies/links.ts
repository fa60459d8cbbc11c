import { compareRank, type RankKey } from "./star.js";

/**
 * How two verified articles relate. "exact" and "near" are symmetric (Jaccard ≥ threshold: copies);
 * "quotes" is directed: `a` quotes `b`, the shorter `b` lies inside `a` (containment ≥ threshold) while
 * the two are no copies of each other. A quoting article stays an original; the quoted one is covered.
 */
export type LinkKind = "exact" | "near" | "quotes";

/** Where the shared text sits in each article (character offsets, end exclusive). */
export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface CopyLink<Ref = number> {
  a: Ref;
  b: Ref;
  kind: LinkKind;
  jaccard: number;
  /** Share of a's shingles found in b, and of b's in a ("quotes": the share of the quoted text covered). */
  aInB: number;
  bInA: number;
  /** Distinct shingles of each text. */
  aSize: number;
  bSize: number;
  /** For "quotes": the quoted passage in both texts. */
  passage: Passage | null;
}

/**
 * True when keeping `kept` makes `other` redundant: a copy of it, or a text lying inside it. A quoting
 * text is covered by the one it quotes only when it lies as much inside it (texts of equal length).
 */
export function covers(link: CopyLink, kept: number, other: number): boolean {
  if (link.a === kept && link.b === other) return true;
  if (link.b !== kept || link.a !== other) return false;
  return link.kind !== "quotes" || link.aInB >= link.bInA;
}

/**
 * What `export` and `dedup` keep: visiting texts from the most shingles down (ties: canonical order), a
 * text is dropped when an already kept one covers it, else kept. So every dropped text is covered by a
 * kept one; no two kept texts are copies (the later would have been covered); and a kept text never lies
 * inside another kept one (the container has at least as many shingles, so it came first and covered it).
 * Articles in no link are kept and need not be passed. Returns dropped id → the kept id covering it.
 */
export function chooseDropped(links: readonly CopyLink[], rankOf: (id: number) => RankKey): Map<number, number> {
  const size = new Map<number, number>();
  const byId = new Map<number, CopyLink[]>();
  for (const l of links) {
    size.set(l.a, l.aSize);
    size.set(l.b, l.bSize);
    for (const id of [l.a, l.b]) {
      const list = byId.get(id);
      if (list) list.push(l);
      else byId.set(id, [l]);
    }
  }
  const order = [...size.keys()].sort((x, y) => (size.get(y) as number) - (size.get(x) as number) || compareRank(rankOf(x), rankOf(y)));
  const kept = new Set<number>();
  const dropped = new Map<number, number>();
  for (const id of order) {
    let cover: number | undefined;
    for (const l of byId.get(id) ?? []) {
      const other = l.a === id ? l.b : l.a;
      if (kept.has(other) && covers(l, other, id) && (cover === undefined || other < cover)) cover = other;
    }
    if (cover === undefined) kept.add(id);
    else dropped.set(id, cover);
  }
  return dropped;
}
