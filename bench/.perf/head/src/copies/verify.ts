/** Exact overlap of two shingle sets. */
export interface PairSimilarity {
  /** |A ∩ B| / |A ∪ B|; 1 when both are empty (as ../shared/bench/shingling.py). */
  jaccard: number;
  /** |A ∩ B| / |A|: how much of A appears in B (0 when A is empty). */
  containmentAinB: number;
  containmentBinA: number;
  intersection: number;
}

/** Exact similarity of two sorted arrays of distinct shingle hashes, by one merge pass. */
export function verifyPair(a: Uint32Array, b: Uint32Array): PairSimilarity {
  const n = a.length;
  const m = b.length;
  let i = 0;
  let j = 0;
  let intersection = 0;
  while (i < n && j < m) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      intersection++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = n + m - intersection;
  return {
    jaccard: union === 0 ? 1 : intersection / union,
    containmentAinB: n === 0 ? 0 : intersection / n,
    containmentBinA: m === 0 ? 0 : intersection / m,
    intersection,
  };
}
