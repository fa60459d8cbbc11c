import { NewsfoldError } from "../errors.js";
import type { CopyKind } from "../types.js";

export interface CanonicalCandidate {
  id: number;
  /** ISO 8601 or any lexically sortable date; null/undefined when unknown (sorts last). */
  published?: string | null;
  /** Text length (characters or shingles: the same unit for every member). */
  length: number;
}

/** A set of copies with the one article that represents them. */
export interface CopyGroup {
  canonicalId: number;
  /** Every member including the canonical one (kind "canonical", similarity 1). */
  members: { id: number; kind: CopyKind; similarity: number }[];
}

/**
 * The article that stands for a group: the earliest published (the original is usually first),
 * then the longest (the most complete version), then the lowest id — deterministic whatever the order.
 */
export function chooseCanonical(members: readonly CanonicalCandidate[]): number {
  let best: CanonicalCandidate | undefined;
  for (const m of members) if (best === undefined || compareCanonical(m, best) < 0) best = m;
  if (best === undefined) throw new NewsfoldError("copies.canonical.empty", "chooseCanonical: a group needs at least one member; pass the members of a non-empty copy group.");
  return best.id;
}

function compareCanonical(a: CanonicalCandidate, b: CanonicalCandidate): number {
  const pa = a.published ?? null;
  const pb = b.published ?? null;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa < pb ? -1 : 1;
  }
  if (a.length !== b.length) return b.length - a.length;
  return a.id - b.id;
}

/** A verified relation between two documents, e.g. from `CopyIndex.findCopies`. */
export interface CopyEdge {
  a: number;
  b: number;
  kind: Exclude<CopyKind, "canonical">;
  similarity: number;
}

/**
 * Groups documents as stars (see star.ts): visited from the best canonical candidate down (earliest
 * published, longest, lowest id), each joins the best-ranked group canonical it has an exact or near
 * edge to, else founds a group. A member's kind and similarity are those of its own edge to its
 * canonical: never a copy of a copy. "contained" edges relate texts without making them copies.
 */
export function groupCopies(members: readonly CanonicalCandidate[], edges: readonly CopyEdge[]): CopyGroup[] {
  const known = new Map(members.map((m) => [m.id, m]));
  const edgesOf = new Map<number, CopyEdge[]>();
  for (const e of edges) {
    if (e.kind === "contained" || !known.has(e.a) || !known.has(e.b)) continue;
    for (const id of [e.a, e.b]) edgesOf.set(id, [...(edgesOf.get(id) ?? []), e]);
  }
  const order = [...members].sort(compareCanonical);
  const rank = new Map(order.map((m, i) => [m.id, i]));
  const groups = new Map<number, CopyGroup>();
  for (const m of order) {
    let best: { canonical: number; edge: CopyEdge } | undefined;
    for (const e of edgesOf.get(m.id) ?? []) {
      const other = e.a === m.id ? e.b : e.a;
      if (!groups.has(other) || (rank.get(other) as number) > (rank.get(m.id) as number)) continue;
      if (best === undefined || (rank.get(other) as number) < (rank.get(best.canonical) as number)) best = { canonical: other, edge: e };
    }
    if (best === undefined) groups.set(m.id, { canonicalId: m.id, members: [{ id: m.id, kind: "canonical", similarity: 1 }] });
    else groups.get(best.canonical)?.members.push({ id: m.id, kind: best.edge.kind, similarity: best.edge.similarity });
  }
  return [...groups.values()]
    .filter((g) => g.members.length > 1)
    .map((g) => ({ canonicalId: g.canonicalId, members: g.members.sort((x, y) => x.id - y.id) }));
}
