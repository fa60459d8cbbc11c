/**
 * Ids that survive a refold. A fold numbers its stories (or threads) afresh; this maps them onto the ids
 * of the previous fold, so a bookmark or a link to a story keeps showing that story.
 *
 * The rule: a new group takes the id of an earlier group when it holds more than half of that group's
 * articles (so at most one new group can take it). A new group holding more than half of several (a
 * merge) keeps the id of the one it holds most articles of, ties going to the lowest id. Every other new
 * group gets a new id, higher than any given before, in the order the groups come. An earlier id no
 * group keeps is retired, pointing to the new group holding most of its articles (ties: the lowest id),
 * or to nothing when none of its articles is left.
 */
export interface StableIds {
  /** The id of each new group, in the order given. */
  ids: number[];
  /** Earlier ids no group keeps, with the id of the group now holding most of their articles. */
  retired: { id: number; to: number | null }[];
}

/**
 * @param groups each new group's article ids
 * @param previous the earlier group id of each article that had one
 * @param lastId the highest id ever given (retired ones included): new ids start above it
 */
export function assignStableIds(groups: readonly (readonly number[])[], previous: ReadonlyMap<number, number>, lastId: number): StableIds {
  const previousSize = new Map<number, number>();
  for (const old of previous.values()) previousSize.set(old, (previousSize.get(old) ?? 0) + 1);

  // Per new group: how many of its articles each earlier group held.
  const overlaps = groups.map((articles) => {
    const counts = new Map<number, number>();
    for (const article of articles) {
      const old = previous.get(article);
      if (old !== undefined) counts.set(old, (counts.get(old) ?? 0) + 1);
    }
    return counts;
  });

  const kept = new Set<number>();
  const ids = overlaps.map((counts) => {
    let best: number | null = null;
    let bestCount = 0;
    for (const [old, n] of counts) {
      if (2 * n <= (previousSize.get(old) ?? 0)) continue; // not most of that group's articles
      if (n > bestCount || (n === bestCount && best !== null && old < best)) {
        best = old;
        bestCount = n;
      }
    }
    if (best !== null) kept.add(best);
    return best;
  });
  let next = lastId;
  for (const old of previousSize.keys()) next = Math.max(next, old);
  const assigned = ids.map((id) => id ?? ++next);

  // Where each retired id's articles went most: counted per earlier group over the new groups.
  const destination = new Map<number, { to: number; n: number }>();
  overlaps.forEach((counts, i) => {
    for (const [old, n] of counts) {
      if (kept.has(old)) continue;
      const current = destination.get(old);
      if (!current || n > current.n || (n === current.n && assigned[i] < current.to)) destination.set(old, { to: assigned[i], n });
    }
  });
  const retired = [...previousSize.keys()]
    .filter((old) => !kept.has(old))
    .sort((a, b) => a - b)
    .map((id) => ({ id, to: destination.get(id)?.to ?? null }));
  return { ids: assigned, retired };
}
