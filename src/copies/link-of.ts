import type { CopyMatch } from "./copy-index.js";
import type { CopyLink } from "./links.js";
import { sharedSpan } from "./passage.js";
import { verifyPair } from "./verify.js";

export interface LinkSide<Ref> {
  ref: Ref;
  /** Sorted distinct shingle hashes. */
  shingles: Uint32Array;
  /** The cleaned text: read only for a "quotes" link, to place its passage. */
  text: () => string;
}

/**
 * The stored form of a verified match between an older article and a newer one: copies keep that order,
 * a quote points from the container to the text inside it and carries the passage's place in both texts.
 */
export function linkOf<Ref>(older: LinkSide<Ref>, newer: LinkSide<Ref>, kind: CopyMatch["kind"], shingleSize: number, placePassage = true): CopyLink<Ref> {
  const v = verifyPair(older.shingles, newer.shingles);
  if (kind !== "contained") {
    return { a: older.ref, b: newer.ref, kind, jaccard: v.jaccard, aInB: v.containmentAinB, bInA: v.containmentBinA, aSize: older.shingles.length, bSize: newer.shingles.length, passage: null };
  }
  const olderInside = v.containmentAinB > v.containmentBinA;
  const [a, b] = olderInside ? [newer, older] : [older, newer];
  const [aInB, bInA] = olderInside ? [v.containmentBinA, v.containmentAinB] : [v.containmentAinB, v.containmentBinA];
  const aSpan = placePassage ? sharedSpan(a.text(), b.shingles, shingleSize) : null;
  const bSpan = aSpan ? sharedSpan(b.text(), a.shingles, shingleSize) : null;
  const passage = aSpan && bSpan ? { aStart: aSpan.start, aEnd: aSpan.end, bStart: bSpan.start, bEnd: bSpan.end } : null;
  return { a: a.ref, b: b.ref, kind: "quotes", jaccard: v.jaccard, aInB, bInA, aSize: a.shingles.length, bSize: b.shingles.length, passage };
}
