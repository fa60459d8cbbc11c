/** Sparse vectors keyed by feature (term, entity id, name): plain Maps, iterated in insertion order. */
export type SparseVector = Map<string, number>;

/** A running sum of unit vectors with its squared norm kept exact as vectors are added. */
export interface Centroid {
  sum: SparseVector;
  normSq: number;
}

export function createCentroid(): Centroid {
  return { sum: new Map(), normSq: 0 };
}

export function dot(small: SparseVector, large: SparseVector): number {
  if (small.size > large.size) [small, large] = [large, small];
  let s = 0;
  for (const [k, w] of small) {
    const v = large.get(k);
    if (v !== undefined) s += w * v;
  }
  return s;
}

/** Cosine of a unit vector with a centroid; 0 when either is empty. */
export function cosineToCentroid(unit: SparseVector, c: Centroid): number {
  if (unit.size === 0 || c.normSq <= 0) return 0;
  return dot(unit, c.sum) / Math.sqrt(c.normSq);
}

/** Cosine of two centroids; 0 when either is empty. */
export function centroidCosine(a: Centroid, b: Centroid): number {
  if (a.normSq <= 0 || b.normSq <= 0) return 0;
  return dot(a.sum, b.sum) / Math.sqrt(a.normSq * b.normSq);
}

/** Adds a vector: |c + v|² = |c|² + 2 c·v + |v|², so the norm never needs a full pass. */
export function addToCentroid(c: Centroid, v: SparseVector): void {
  let cross = 0;
  let self = 0;
  for (const [k, w] of v) {
    const old = c.sum.get(k) ?? 0;
    cross += old * w;
    self += w * w;
    c.sum.set(k, old + w);
  }
  c.normSq += 2 * cross + self;
}

/** Adds one centroid into another (stories merged across languages). */
export function mergeCentroid(into: Centroid, from: Centroid): void {
  addToCentroid(into, from.sum);
}

/** Scales a vector to unit length in place; returns it. */
export function normalize(v: SparseVector): SparseVector {
  let sq = 0;
  for (const w of v.values()) sq += w * w;
  if (sq <= 0) return v;
  const inv = 1 / Math.sqrt(sq);
  for (const [k, w] of v) v.set(k, w * inv);
  return v;
}

/** The `n` heaviest features, heaviest first, ties by key so listings are deterministic. */
export function topFeatures(v: SparseVector, n: number): { key: string; weight: number }[] {
  const all = [...v].map(([key, weight]) => ({ key, weight }));
  all.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const top = all.slice(0, n);
  let sq = 0;
  for (const f of top) sq += f.weight * f.weight;
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (const f of top) f.weight *= inv;
  return top;
}
