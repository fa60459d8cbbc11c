/**
 * Clustering scores against gold labels, both as maps item → cluster label over the same items.
 * B-cubed (Bagga & Baldwin 1998): per item, precision = share of its cluster that shares its gold
 * class, recall = share of its gold class that shares its cluster, averaged over items. Pairwise:
 * precision and recall over the pairs put together. ARI: Hubert & Arabie 1985, the Rand index
 * corrected for chance (0 for a random partition, 1 for the gold one).
 */
export interface ClusteringScores {
  items: number;
  clusters: number;
  classes: number;
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number };
  ari: number;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Scores `predicted` against `gold` over the items of `gold` (`only` narrows B-cubed's average to some items). */
export function scoreClustering<K>(gold: ReadonlyMap<K, string | number>, predicted: ReadonlyMap<K, string | number>, only?: ReadonlySet<K>): ClusteringScores {
  const items = [...gold.keys()];
  const cell = new Map<string, number>();
  const classSize = new Map<string | number, number>();
  const clusterSize = new Map<string | number, number>();
  for (const k of items) {
    const g = gold.get(k) as string | number;
    const p = predicted.get(k) ?? `missing:${String(k)}`;
    classSize.set(g, (classSize.get(g) ?? 0) + 1);
    clusterSize.set(p, (clusterSize.get(p) ?? 0) + 1);
    const key = `${String(g)}\u0000${String(p)}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  let bp = 0;
  let br = 0;
  let counted = 0;
  for (const k of items) {
    if (only && !only.has(k)) continue;
    const g = gold.get(k) as string | number;
    const p = predicted.get(k) ?? `missing:${String(k)}`;
    const both = cell.get(`${String(g)}\u0000${String(p)}`) as number;
    bp += both / (clusterSize.get(p) as number);
    br += both / (classSize.get(g) as number);
    counted++;
  }
  bp /= counted || 1;
  br /= counted || 1;
  let same = 0;
  for (const n of cell.values()) same += pairs(n);
  let classPairs = 0;
  for (const n of classSize.values()) classPairs += pairs(n);
  let clusterPairs = 0;
  for (const n of clusterSize.values()) clusterPairs += pairs(n);
  const pp = clusterPairs > 0 ? same / clusterPairs : 1;
  const pr = classPairs > 0 ? same / classPairs : 1;
  const expected = (classPairs * clusterPairs) / (pairs(items.length) || 1);
  const max = (classPairs + clusterPairs) / 2;
  const ari = max - expected !== 0 ? (same - expected) / (max - expected) : 1;
  return {
    items: items.length, clusters: clusterSize.size, classes: classSize.size,
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    ari,
  };
}
