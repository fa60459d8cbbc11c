import { createCopyIndex, type CopyIndexOptions, type CopyMatch } from "../copies/index.js";
import { linkOf } from "../copies/link-of.js";
import type { CopyLink } from "../copies/links.js";
import { rankOfState, settleStars, type StarNode } from "../copies/star.js";
import { sortableDate } from "../dates.js";
import type { ArticleRef, CommitBatch, CopyState, CopyStore, GroupChange } from "../store/index.js";
import { shinglesOf, type PreparedDocument } from "./prepare.js";
import { recluster } from "./recluster.js";

/** What the copies stage adds to a batch's commit. */
export type CopyCommit = Pick<CommitBatch, "groupChanges" | "copyLinks" | "dissolvedGroupIds" | "ungroupedIds">;

export interface CopyDecision {
  /** Per document of the batch, its strongest verified match (exact, near, else contained), or null. */
  copyOf: (CopyMatch | null)[];
  commit: CopyCommit;
  /** The stored articles and groups the decision read: a commit touching none of them (nor the batch's fingerprints) leaves it valid. */
  reads: { articleIds: number[]; groupIds: number[] };
}

/** Kinds ranked by how strong a copy they are, for picking the best match of a document. */
const KIND_RANK: Record<CopyMatch["kind"], number> = { exact: 3, near: 2, contained: 1 };

type Key = string;
const keyOf = (ref: ArticleRef): Key => ("id" in ref ? `i${ref.id}` : `b${ref.batchIndex}`);
const refOf = (key: Key): ArticleRef => (key[0] === "i" ? { id: Number(key.slice(1)) } : { batchIndex: Number(key.slice(1)) });
const pairKey = (x: Key, y: Key): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** A star node with what writing its group needs. */
interface Node extends StarNode {
  state: CopyState | null;
}

/**
 * Decides, batch by batch, the verified links of each new article (copies and quotes) and the star
 * groups they imply (copies/star.ts): a member is always an exact or near copy of its own canonical;
 * an article quoting another (or quoted) stays in its own group, linked by a "quotes" relation.
 * The in-memory index holds committed articles; each batch gets a small index of its own so documents
 * of one batch find each other before they have ids. Group state and links are read from the store, so
 * several workers deciding in turn under the store's write lock see each other's decisions.
 */
export class CopyDecider {
  #index: ReturnType<typeof createCopyIndex>;
  readonly #options: CopyIndexOptions;
  readonly #store: CopyStore;
  readonly #shingleSize: number;
  /** Whether `load` read every stored fingerprint (it stops early when its signal aborts). */
  #loaded = false;
  /** Shingles of recently verified articles; bounded so memory does not grow with the corpus. */
  readonly #shingleCache = new Map<number, Uint32Array>();

  constructor(store: CopyStore, options: CopyIndexOptions & { shingleSize: number }) {
    this.#store = store;
    this.#options = options;
    this.#shingleSize = options.shingleSize;
    this.#index = createCopyIndex(options);
  }

  /**
   * Loads every stored fingerprint into the in-memory index (at start, and after a crash); a store whose
   * groups predate copy links is regrouped first (pipeline/recluster.ts), so new articles join stars.
   */
  async load(onProgress?: (loaded: number) => void, signal?: AbortSignal): Promise<number> {
    await this.regroupIfNeeded();
    // Tables sized for the store up front: grown by doubling, a 22,000-article index rehashed each entry
    // about twice on the way (a fifth of the load's time).
    if (this.#index.stats().documents === 0) {
      const stored = await this.#store.fingerprintStats();
      if (stored.documents > 0) this.#index = createCopyIndex({ ...this.#options, expected: stored });
    }
    let loaded = 0;
    for await (const f of this.#store.streamFingerprints()) {
      // Stopped (Ctrl-C), the index is left part-loaded and `loaded` false: nothing may be decided against it.
      if (signal?.aborted) return loaded;
      this.#index.add({ id: f.id, exactHash: f.exactHash, signature: f.signature, containmentSamples: f.containmentSamples });
      if (++loaded % 10_000 === 0) {
        onProgress?.(loaded);
        // The stream never waits on I/O: give Ctrl-C a turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    this.#loaded = true;
    return loaded;
  }

  /** True once `load` has read every stored fingerprint. */
  get loaded(): boolean {
    return this.#loaded;
  }

  async regroupIfNeeded(): Promise<void> {
    if (await this.#store.copiesNeedRegroup()) await recluster(this.#store, { ...this.#options, shingleSize: this.#shingleSize });
  }

  get index(): ReturnType<typeof createCopyIndex> {
    return this.#index;
  }

  /** Links and group changes for a batch of new documents (in order); call `commit` with the stored ids afterwards. */
  async decide(batch: readonly PreparedDocument[]): Promise<CopyDecision> {
    // Same banding as the main index, without deriving it again for every batch.
    const { bands, rows } = this.#index.stats();
    // Sized for the batch up front: a fresh index per batch would otherwise double its tables four times.
    const expected = { documents: batch.length, samples: batch.reduce((sum, doc) => sum + doc.containmentSamples.length, 0) };
    const batchIndex = createCopyIndex({ ...this.#options, bands, rows, expected });
    const work = new BatchWork(this.#store);
    const copyOf: (CopyMatch | null)[] = [];

    for (let i = 0; i < batch.length; i++) {
      const doc = batch[i];
      const probe = { id: -1, exactHash: doc.exactHash, signature: doc.signature, shingles: doc.shingles, containmentSamples: doc.containmentSamples };
      const stored = (await this.#findStoredCopies(probe)).map((m) => ({ ...m, key: `i${m.id}` }));
      const inBatch = batchIndex.findCopies(probe, (id) => batch[id]?.shingles).map((m) => ({ ...m, key: `b${m.id}` }));
      batchIndex.add({ ...probe, id: i });
      const matches = new Map<Key, CopyMatch>();
      for (const m of [...stored, ...inBatch]) matches.set(m.key, m);
      await work.load(stored.map((m) => m.key));
      // The index keeps only the first of identical texts in its LSH and sample tables: a text matching
      // one of them matches every one, so the links (and the groups built on them) do not depend on which came first.
      for (const [key, m] of [...matches]) {
        if (m.kind === "exact") continue;
        for (const sibling of work.exactSiblings(key)) if (!matches.has(sibling)) matches.set(sibling, m);
      }
      await work.load([...matches.keys()].filter((k) => k[0] === "i"));
      const me: Key = `b${i}`;
      work.addNew(me, { published: publishedOf(doc), length: doc.textLength, exactHash: doc.exactHash, docKey: doc.docKey });
      for (const [key, m] of matches) work.link(await this.#linkOf(me, key, m, batch));
      copyOf.push(pickBest([...matches.values()]));
    }

    await settleStars(work.newKeys, work.nodes, (keys) => work.load(keys));
    return { copyOf, commit: await work.changes(), reads: work.reads() };
  }

  /** Adds committed articles to the in-memory index under their store ids. */
  commit(batch: readonly PreparedDocument[], ids: readonly number[]): void {
    batch.forEach((doc, i) => {
      this.#index.add({ id: ids[i], exactHash: doc.exactHash, signature: doc.signature, shingles: doc.shingles, containmentSamples: doc.containmentSamples });
    });
  }

  /** The link between a new article and one it matched (see copies/link-of.ts). */
  async #linkOf(me: Key, other: Key, match: CopyMatch, batch: readonly PreparedDocument[]): Promise<CopyLink<ArticleRef>> {
    const doc = batch[Number(me.slice(1))];
    const placePassage = this.#store.keepsPassages !== false;
    const otherText = match.kind === "contained" && placePassage ? await this.#textOf(other, batch) : "";
    return linkOf(
      { ref: refOf(other), shingles: await this.#shinglesOf(other, batch), text: () => otherText },
      { ref: refOf(me), shingles: doc.shingles, text: () => doc.cleaned.text },
      match.kind,
      this.#shingleSize,
      placePassage,
    );
  }

  async #textOf(key: Key, batch: readonly PreparedDocument[]): Promise<string> {
    const ref = refOf(key);
    if ("batchIndex" in ref) return batch[ref.batchIndex].cleaned.text;
    return (await this.#store.getTexts([ref.id])).get(ref.id) ?? "";
  }

  async #findStoredCopies(probe: { id: number; exactHash: string; signature: PreparedDocument["signature"]; shingles: Uint32Array }): Promise<CopyMatch[]> {
    // First pass finds which stored articles need their shingles; fetch those, then verify for real.
    const missing: number[] = [];
    const first = this.#index.findCopies(probe, (id) => {
      const cached = this.#shingleCache.get(id);
      if (!cached) missing.push(id);
      return cached;
    });
    if (missing.length === 0) return first;
    for (const [id, shingles] of await this.#storedShingles(missing)) this.#remember(id, shingles);
    return this.#index.findCopies(probe, (id) => this.#shingleCache.get(id));
  }

  #remember(id: number, shingles: Uint32Array): void {
    if (this.#shingleCache.size >= SHINGLE_CACHE_SIZE) {
      const oldest = this.#shingleCache.keys().next().value as number;
      this.#shingleCache.delete(oldest);
    }
    this.#shingleCache.set(id, shingles);
  }

  async #shinglesOf(key: Key, batch: readonly PreparedDocument[]): Promise<Uint32Array> {
    const ref = refOf(key);
    if ("batchIndex" in ref) return batch[ref.batchIndex].shingles;
    const cached = this.#shingleCache.get(ref.id);
    if (cached) return cached;
    const shingles = (await this.#storedShingles([ref.id])).get(ref.id) ?? shinglesOf("", this.#shingleSize);
    this.#remember(ref.id, shingles);
    return shingles;
  }

  /** Shingle sets of stored articles: as the store kept them, else from their texts. */
  async #storedShingles(ids: readonly number[]): Promise<Map<number, Uint32Array>> {
    if (this.#store.getShingles) return this.#store.getShingles(ids);
    const shingles = new Map<number, Uint32Array>();
    for (const [id, text] of await this.#store.getTexts(ids)) shingles.set(id, shinglesOf(text, this.#shingleSize));
    return shingles;
  }
}

/**
 * One batch's view of the copy graph: the new articles, the stored ones their links reach (loaded on
 * demand with their links and group), and the links found. Turns the settled stars into store changes.
 */
class BatchWork {
  readonly nodes = new Map<Key, Node>();
  readonly newKeys: Key[] = [];
  readonly #links = new Map<string, CopyLink<ArticleRef>>();
  readonly #newLinks: CopyLink<ArticleRef>[] = [];
  readonly #store: CopyStore;

  constructor(store: CopyStore) {
    this.#store = store;
  }

  /** Loads stored articles (by key) not loaded yet, with their links. */
  async load(keys: readonly Key[]): Promise<void> {
    const ids = [...new Set(keys)].filter((k) => k[0] === "i" && !this.nodes.has(k)).map((k) => Number(k.slice(1)));
    if (ids.length === 0) return;
    const [states, links] = await Promise.all([this.#store.getCopyStates(ids), this.#store.getCopyLinks(ids)]);
    for (const s of states) {
      const key = `i${s.id}`;
      const leader = s.canonicalId !== null && s.canonicalId !== s.id ? `i${s.canonicalId}` : null;
      this.nodes.set(key, { key, rank: rankOfState(s), near: new Set(), leader, before: leader, state: s });
    }
    for (const l of links) this.#remember({ ...l, a: { id: l.a }, b: { id: l.b } });
    // Links of this batch to an article loaded only now.
    for (const l of this.#newLinks) this.#connect(l);
  }

  reads(): CopyDecision["reads"] {
    const articleIds: number[] = [];
    const groupIds = new Set<number>();
    for (const n of this.nodes.values()) {
      if (n.state === null) continue;
      articleIds.push(n.state.id);
      if (n.state.groupId !== null) groupIds.add(n.state.groupId);
    }
    return { articleIds, groupIds: [...groupIds] };
  }

  addNew(key: Key, rank: Node["rank"]): void {
    this.nodes.set(key, { key, rank, near: new Set(), leader: null, state: null });
    this.newKeys.push(key);
  }

  link(l: CopyLink<ArticleRef>): void {
    this.#newLinks.push(l);
    this.#remember(l);
  }

  /** Articles with the same text as `key`, as far as loaded links tell. */
  exactSiblings(key: Key): Key[] {
    const node = this.nodes.get(key);
    if (!node) return [];
    return [...node.near].filter((other) => this.#links.get(pairKey(key, other))?.kind === "exact");
  }

  #remember(l: CopyLink<ArticleRef>): void {
    this.#links.set(pairKey(keyOf(l.a), keyOf(l.b)), l);
    this.#connect(l);
  }

  #connect(l: CopyLink<ArticleRef>): void {
    if (l.kind === "quotes") return;
    const a = keyOf(l.a);
    const b = keyOf(l.b);
    this.nodes.get(a)?.near.add(b);
    this.nodes.get(b)?.near.add(a);
  }

  /** The store changes the settled stars call for: groups rewritten, dissolved or left, and the new links. */
  async changes(): Promise<CopyCommit> {
    const affected = new Set<Key>();
    const dissolved = new Set<number>();
    for (const n of this.nodes.values()) {
      if (n.leader === n.before) continue;
      if (n.before) affected.add(n.before);
      affected.add(n.leader ?? n.key);
      // A canonical now in another group: its old group goes (its members were all settled again).
      if (n.before === null && n.leader !== null && n.state?.groupId != null) dissolved.add(n.state.groupId);
    }
    const groupChanges: GroupChange[] = [];
    const ungrouped: number[] = [];
    for (const key of affected) {
      const c = this.nodes.get(key) as Node;
      if (c.leader !== null) continue;
      const ownGroup = c.before === null && c.state?.groupId != null ? c.state.groupId : null;
      const members = new Map<Key, { kind: "exact" | "near"; similarity: number }>();
      if (ownGroup !== null) {
        for (const m of (await this.#store.getCopyGroup(ownGroup))?.members ?? []) {
          const node = this.nodes.get(`i${m.id}`);
          if (m.id === c.state?.id || (node && node.leader !== key)) continue;
          if (!node && (m.kind === "exact" || m.kind === "near")) members.set(`i${m.id}`, { kind: m.kind, similarity: m.similarity });
        }
      }
      for (const n of this.nodes.values()) {
        if (n.leader !== key) continue;
        const l = this.#links.get(pairKey(key, n.key));
        members.set(n.key, { kind: l?.kind === "exact" ? "exact" : "near", similarity: l?.jaccard ?? 0 });
      }
      if (members.size === 0) {
        if (ownGroup !== null) dissolved.add(ownGroup);
        if (c.state?.groupId != null) ungrouped.push(c.state.id);
        continue;
      }
      groupChanges.push({
        groupId: ownGroup,
        canonical: refOf(key),
        members: [{ ref: refOf(key), kind: "canonical", similarity: 1 }, ...[...members].map(([k, m]) => ({ ref: refOf(k), ...m }))],
        mergedGroupIds: [],
      });
    }
    return { groupChanges, copyLinks: this.#newLinks, dissolvedGroupIds: [...dissolved], ungroupedIds: ungrouped };
  }
}

/** Enough recently verified articles to cover a burst of copies of one story, at ~2.5 KB each. */
const SHINGLE_CACHE_SIZE = 4_096;

function pickBest(matches: readonly CopyMatch[]): CopyMatch | null {
  let best: CopyMatch | null = null;
  for (const m of matches) {
    if (!best) best = m;
    else if (KIND_RANK[m.kind] !== KIND_RANK[best.kind]) best = KIND_RANK[m.kind] > KIND_RANK[best.kind] ? m : best;
    else if (score(m) > score(best)) best = m;
  }
  return best;
}

const score = (m: CopyMatch): number => (m.kind === "contained" ? m.containment : m.jaccard);

/** The date an article's age is judged by: its publication, else its last update (a page may give only that). */
const publishedOf = (doc: PreparedDocument): string | null => sortableDate(doc.cleaned.published ?? doc.cleaned.updated);
