/** An exact pair of the all-pairs ground truth. */
export interface ExactPair {
  a: number;
  b: number;
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|). */
  containment: number;
  minSize: number;
}

/** Documents per side of a packed pair key (a · 2^21 + b stays an exact double). */
const MAX_DOCS = 1 << 21;

/**
 * Every pair whose shingle sets share at least one shingle, with exact Jaccard and containment:
 * all (shingle, doc) postings sorted once, then each shingle's postings list counted pairwise (the
 * sparse A·Aᵀ of ../shared/bench/exact_pairs.py). Exhaustive; quadratic only in a shingle's postings.
 * Keeps pairs passing `keep`.
 */
export function exactAllPairs(sets: readonly Uint32Array[], keep: (p: ExactPair) => boolean): ExactPair[] {
  if (sets.length >= MAX_DOCS) throw new RangeError(`exactAllPairs handles at most ${MAX_DOCS - 1} documents`);
  let total = 0;
  for (const s of sets) total += s.length;
  const postings = new Float64Array(total);
  let k = 0;
  sets.forEach((s, doc) => {
    for (let i = 0; i < s.length; i++) postings[k++] = s[i] * MAX_DOCS + doc;
  });
  postings.sort();
  const shared = new Map<number, number>();
  for (let start = 0; start < total; ) {
    const shingle = Math.floor(postings[start] / MAX_DOCS);
    let end = start + 1;
    while (end < total && Math.floor(postings[end] / MAX_DOCS) === shingle) end++;
    for (let i = start; i < end; i++) {
      const a = postings[i] - shingle * MAX_DOCS;
      for (let j = i + 1; j < end; j++) {
        const key = a * MAX_DOCS + (postings[j] - shingle * MAX_DOCS);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
    start = end;
  }
  const out: ExactPair[] = [];
  for (const [key, inter] of shared) {
    const a = Math.floor(key / MAX_DOCS);
    const b = key - a * MAX_DOCS;
    const na = sets[a].length;
    const nb = sets[b].length;
    const pair = { a, b, jaccard: inter / (na + nb - inter), containment: inter / Math.min(na, nb), minSize: Math.min(na, nb) };
    if (keep(pair)) out.push(pair);
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
