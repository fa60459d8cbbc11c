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
 * Groups documents linked by copy edges (connected components, union–find) and picks each group's
 * canonical article. A member's kind and similarity are those of its edge to the canonical when
 * there is one, else of its strongest edge (copies of copies join the group transitively).
 */
export function groupCopies(members: readonly CanonicalCandidate[], edges: readonly CopyEdge[]): CopyGroup[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(x, root);
    return root;
  };
  for (const m of members) parent.set(m.id, m.id);
  for (const e of edges) {
    if (!parent.has(e.a) || !parent.has(e.b)) continue;
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const byRoot = new Map<number, CanonicalCandidate[]>();
  for (const m of members) {
    const root = find(m.id);
    const list = byRoot.get(root);
    if (list === undefined) byRoot.set(root, [m]);
    else list.push(m);
  }
  const canonicalOf = new Map<number, number>();
  for (const [root, list] of byRoot) if (list.length > 1) canonicalOf.set(root, chooseCanonical(list));
  const toCanonical = new Map<number, CopyEdge>();
  const strongest = new Map<number, CopyEdge>();
  for (const e of edges) {
    if (!parent.has(e.a) || !parent.has(e.b)) continue;
    const canonicalId = canonicalOf.get(find(e.a));
    for (const [self, other] of [[e.a, e.b], [e.b, e.a]] as const) {
      if (other === canonicalId) toCanonical.set(self, e);
      const s = strongest.get(self);
      if (s === undefined || KIND_RANK[e.kind] > KIND_RANK[s.kind] || (KIND_RANK[e.kind] === KIND_RANK[s.kind] && e.similarity > s.similarity)) strongest.set(self, e);
    }
  }
  const groups: CopyGroup[] = [];
  for (const [root, list] of byRoot) {
    const canonicalId = canonicalOf.get(root);
    if (canonicalId === undefined) continue;
    const memberIds = list.map((m) => m.id).sort((x, y) => x - y);
    groups.push({
      canonicalId,
      members: memberIds.map((id) => {
        if (id === canonicalId) return { id, kind: "canonical" as const, similarity: 1 };
        const e = toCanonical.get(id) ?? strongest.get(id);
        return { id, kind: e?.kind ?? "near", similarity: e?.similarity ?? 0 };
      }),
    });
  }
  return groups.sort((x, y) => x.canonicalId - y.canonicalId);
}

/** Preference between edge kinds when a member has several: exact over near over contained. */
const KIND_RANK = { exact: 3, near: 2, contained: 1 } as const;
