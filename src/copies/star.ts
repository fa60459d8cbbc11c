/**
 * Copy groups as stars: every article is ranked (earliest published, then longest, then by text hash,
 * then document key), and, visited in that order, joins the best-ranked group canonical it is itself a near or
 * exact copy of, or else becomes a canonical. A member is therefore always a verified copy of its own
 * canonical (never a copy of a copy), and the grouping is a function of the articles and their
 * verified relations alone: the same whatever the order, batches or workers they arrived in.
 */

/** What the order of canonical election reads of an article. */
export interface RankKey {
  /** Sortable publication date; null (unknown) ranks last. */
  published: string | null;
  /** Text length in characters: the longer of two same-day copies is the more complete one. */
  length: number;
  exactHash: string;
  /**
   * The document key (pipeline/doc-key.ts): the last tie-break, for identical texts of one date. Not the
   * store id, which follows commit order (workers commit in any order) and is unknown before the commit.
   */
  docKey: string;
}

/** The rank of a stored article. */
export const rankOfState = (s: { published: string | null; length: number; exactHash: string; docKey: string }): RankKey => ({
  published: s.published,
  length: s.length,
  exactHash: s.exactHash,
  docKey: s.docKey,
});

/** Negative when `a` should be a canonical before `b`. Total: equal keys are the same article. */
export function compareRank(a: RankKey, b: RankKey): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  if (a.length !== b.length) return b.length - a.length;
  if (a.exactHash !== b.exactHash) return a.exactHash < b.exactHash ? -1 : 1;
  return a.docKey < b.docKey ? -1 : a.docKey > b.docKey ? 1 : 0;
}

export interface StarNode {
  key: string;
  rank: RankKey;
  /** Keys of the articles this one is an exact or near copy of (Jaccard ≥ threshold), both ways. */
  near: Set<string>;
  /** The canonical this article is a member of; null when it is a canonical (or alone). */
  leader: string | null;
  /** Leader before this settling; `undefined` for an article not stored yet. */
  before?: string | null;
}

/**
 * Settles the star grouping after new articles (`seeds`, already in `nodes` with their relations) arrive,
 * assuming every other node was settled before. Only articles whose inputs changed are visited, in rank
 * order: an article's role depends only on better-ranked articles, so each is visited at most once. A
 * member's change of canonical touches nobody; an article becoming or ceasing to be a canonical sends
 * its worse-ranked neighbours to be visited again. `load` must put the given keys (and their relations)
 * into `nodes`. Returns the visited keys.
 */
export async function settleStars(
  seeds: readonly string[],
  nodes: Map<string, StarNode>,
  load: (keys: string[]) => Promise<void>,
): Promise<Set<string>> {
  const visited = new Set<string>();
  const queue: StarNode[] = [];
  const queued = new Set<string>();
  const enqueue = (node: StarNode) => {
    if (queued.has(node.key)) return;
    queued.add(node.key);
    let i = queue.length;
    while (i > 0 && compareRank(queue[i - 1].rank, node.rank) > 0) i--;
    queue.splice(i, 0, node);
  };
  for (const key of seeds) enqueue(mustGet(nodes, key));
  while (queue.length > 0) {
    const node = queue.shift() as StarNode;
    visited.add(node.key);
    await load([...node.near].filter((k) => !nodes.has(k)));
    const wasCanonical = node.before === null;
    let leader: StarNode | null = null;
    for (const k of node.near) {
      const other = mustGet(nodes, k);
      if (other.leader !== null || compareRank(other.rank, node.rank) >= 0) continue;
      if (leader === null || compareRank(other.rank, leader.rank) < 0) leader = other;
    }
    node.leader = leader?.key ?? null;
    if ((node.leader === null) !== wasCanonical) {
      for (const k of node.near) {
        const other = mustGet(nodes, k);
        if (compareRank(other.rank, node.rank) > 0) enqueue(other);
      }
    }
  }
  return visited;
}

function mustGet(nodes: Map<string, StarNode>, key: string): StarNode {
  const node = nodes.get(key);
  if (node === undefined) throw new Error(`settleStars: node ${key} was not loaded`);
  return node;
}
