import { chooseCanonical, createCopyIndex, verifyPair, type CopyIndexOptions, type CopyMatch } from "../copies/index.js";
import { sortableDate } from "../dates.js";
import type { ArticleRef, GroupChange, Store } from "../store/index.js";
import type { CopyKind } from "../types.js";
import { shinglesOf, type PreparedDocument } from "./prepare.js";

/** Where a copy-group member stands, as far as choosing its canonical article needs. */
interface MemberState {
  ref: ArticleRef;
  published: string | null;
  length: number;
  exactHash: string;
  kind: CopyKind;
  similarity: number;
}

interface GroupState {
  groupId: number | null;
  members: MemberState[];
  canonical: ArticleRef;
}

/** Kinds ranked by how strong a copy they are, for picking the best match of a document. */
const KIND_RANK: Record<CopyMatch["kind"], number> = { exact: 3, near: 2, contained: 1 };

const refKey = (ref: ArticleRef): string => ("id" in ref ? `i${ref.id}` : `b${ref.batchIndex}`);

/**
 * Decides, document by document, which copy group each new article joins, keeping groups whole:
 * one canonical article each (earliest published, then longest) and every member's similarity to it.
 * The in-memory index holds committed articles; each batch gets a small index of its own so documents
 * of one batch find each other before they have ids.
 */
export class CopyDecider {
  readonly #index: ReturnType<typeof createCopyIndex>;
  readonly #options: CopyIndexOptions;
  readonly #store: Store;
  readonly #shingleSize: number;
  /** Shingles of recently verified articles; bounded so memory does not grow with the corpus. */
  readonly #shingleCache = new Map<number, Uint32Array>();

  constructor(store: Store, options: CopyIndexOptions & { shingleSize: number }) {
    this.#store = store;
    this.#options = options;
    this.#shingleSize = options.shingleSize;
    this.#index = createCopyIndex(options);
  }

  /** Loads every stored fingerprint into the in-memory index (at start, and after a crash). */
  async load(onProgress?: (loaded: number) => void): Promise<number> {
    let loaded = 0;
    for await (const f of this.#store.streamFingerprints()) {
      this.#index.add({ id: f.id, exactHash: f.exactHash, signature: f.signature, containmentSamples: f.containmentSamples });
      if (++loaded % 10_000 === 0) onProgress?.(loaded);
    }
    return loaded;
  }

  get index(): ReturnType<typeof createCopyIndex> {
    return this.#index;
  }

  /** Group changes for a batch of new documents (in order); call `commit` with the stored ids afterwards. */
  async decide(batch: readonly PreparedDocument[]): Promise<{ changes: GroupChange[]; copyOf: (CopyMatch | null)[] }> {
    // Same banding as the main index, without deriving it again for every batch.
    const { bands, rows } = this.#index.stats();
    const batchIndex = createCopyIndex({ ...this.#options, bands, rows });
    const groups = new Map<string, GroupState>(); // keyed by the group's canonical-at-load or first ref
    const groupOf = new Map<string, GroupState>(); // member ref → its group, for groups touched in this batch
    const copyOf: (CopyMatch | null)[] = [];

    for (let i = 0; i < batch.length; i++) {
      const doc = batch[i];
      const probe = { id: -1, exactHash: doc.exactHash, signature: doc.signature, shingles: doc.shingles };
      const stored = await this.#findStoredCopies(probe);
      const inBatch = batchIndex.findCopies(probe, (id) => batch[id]?.shingles).map((m) => ({ ...m, ref: { batchIndex: m.id } as ArticleRef }));
      const matches = [...stored.map((m) => ({ ...m, ref: { id: m.id } as ArticleRef })), ...inBatch];
      batchIndex.add({ id: i, exactHash: doc.exactHash, signature: doc.signature, shingles: doc.shingles });
      const best = pickBest(matches);
      copyOf.push(best);
      if (!best) continue;

      const group = groupOf.get(refKey(best.ref)) ?? (await this.#loadGroup(best.ref, batch, groups, groupOf));
      const me: MemberState = {
        ref: { batchIndex: i },
        published: publishedOf(doc),
        length: doc.cleaned.text.length,
        exactHash: doc.exactHash,
        kind: best.kind,
        similarity: best.kind === "contained" ? best.containment : best.jaccard,
      };
      group.members.push(me);
      groupOf.set(refKey(me.ref), group);
      await this.#refreshCanonical(group, batch);
    }

    const changes: GroupChange[] = [...new Set(groupOf.values())].map((g) => ({
      groupId: g.groupId,
      canonical: g.canonical,
      members: g.members.map((m) => ({ ref: m.ref, kind: m.kind, similarity: m.similarity })),
      mergedGroupIds: [],
    }));
    return { changes, copyOf };
  }

  /** Adds committed articles to the in-memory index under their store ids. */
  commit(batch: readonly PreparedDocument[], ids: readonly number[]): void {
    batch.forEach((doc, i) => {
      this.#index.add({ id: ids[i], exactHash: doc.exactHash, signature: doc.signature, shingles: doc.shingles });
    });
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
    const texts = await this.#store.getTexts(missing);
    for (const [id, text] of texts) this.#remember(id, shinglesOf(text, this.#shingleSize));
    return this.#index.findCopies(probe, (id) => this.#shingleCache.get(id));
  }

  #remember(id: number, shingles: Uint32Array): void {
    if (this.#shingleCache.size >= SHINGLE_CACHE_SIZE) {
      const oldest = this.#shingleCache.keys().next().value as number;
      this.#shingleCache.delete(oldest);
    }
    this.#shingleCache.set(id, shingles);
  }

  async #loadGroup(ref: ArticleRef, batch: readonly PreparedDocument[], groups: Map<string, GroupState>, groupOf: Map<string, GroupState>): Promise<GroupState> {
    let group: GroupState;
    if ("batchIndex" in ref) {
      // A batch article that is in no group yet: it founds one.
      const doc = batch[ref.batchIndex];
      const founder: MemberState = { ref, published: publishedOf(doc), length: doc.cleaned.text.length, exactHash: doc.exactHash, kind: "canonical", similarity: 1 };
      group = { groupId: null, members: [founder], canonical: ref };
    } else {
      const article = await this.#store.getArticle(ref.id);
      if (article?.groupId != null) {
        const stored = await this.#store.getCopyGroup(article.groupId);
        if (stored) {
          const members = stored.members.map((m) => ({
            ref: { id: m.id } as ArticleRef,
            published: m.published,
            length: m.length,
            exactHash: m.exactHash,
            kind: m.kind,
            similarity: m.similarity,
          }));
          group = { groupId: stored.id, members, canonical: { id: stored.canonicalId } };
        } else group = this.#singleton(ref, article.publishedSort, article.text.length, article.exactHash);
      } else {
        group = this.#singleton(ref, article?.publishedSort ?? null, article?.text.length ?? 0, article?.exactHash ?? "");
      }
    }
    groups.set(refKey(group.canonical), group);
    for (const m of group.members) groupOf.set(refKey(m.ref), group);
    return group;
  }

  #singleton(ref: ArticleRef, published: string | null, length: number, exactHash: string): GroupState {
    return { groupId: null, members: [{ ref, published, length, exactHash, kind: "canonical", similarity: 1 }], canonical: ref };
  }

  /** Re-elects the canonical article; when it changes, every member's relation to it is measured again. */
  async #refreshCanonical(group: GroupState, batch: readonly PreparedDocument[]): Promise<void> {
    const order = group.members.map((m, i) => ({ id: i, published: m.published, length: m.length }));
    const winner = group.members[chooseCanonical(order)];
    const changed = refKey(winner.ref) !== refKey(group.canonical);
    group.canonical = winner.ref;
    const canonicalShingles = await this.#shinglesOfRef(winner.ref, batch);
    for (const m of group.members) {
      if (m === winner) {
        m.kind = "canonical";
        m.similarity = 1;
        continue;
      }
      // Only the newest member and, after a change of canonical, every member need measuring.
      if (!changed && m !== group.members[group.members.length - 1]) continue;
      const relation = verifyPair(await this.#shinglesOfRef(m.ref, batch), canonicalShingles);
      if (m.exactHash === winner.exactHash) {
        m.kind = "exact";
        m.similarity = 1;
      } else if (relation.jaccard >= this.#threshold) {
        m.kind = "near";
        m.similarity = relation.jaccard;
      } else if (Math.max(relation.containmentAinB, relation.containmentBinA) >= this.#containmentThreshold) {
        m.kind = "contained";
        m.similarity = Math.max(relation.containmentAinB, relation.containmentBinA);
      } else {
        // Joined through another member (a copy of a copy): keep its kind, report the similarity to the canonical.
        m.kind = m.kind === "canonical" ? "near" : m.kind;
        m.similarity = relation.jaccard;
      }
    }
  }

  get #threshold(): number {
    return this.#index.threshold;
  }

  get #containmentThreshold(): number {
    return this.#index.containmentThreshold;
  }

  async #shinglesOfRef(ref: ArticleRef, batch: readonly PreparedDocument[]): Promise<Uint32Array> {
    if ("batchIndex" in ref) return batch[ref.batchIndex].shingles;
    const cached = this.#shingleCache.get(ref.id);
    if (cached) return cached;
    const text = (await this.#store.getTexts([ref.id])).get(ref.id) ?? "";
    const shingles = shinglesOf(text, this.#shingleSize);
    this.#remember(ref.id, shingles);
    return shingles;
  }
}

/** Enough recently verified articles to cover a burst of copies of one story, at ~2.5 KB each. */
const SHINGLE_CACHE_SIZE = 4_096;

function pickBest<T extends CopyMatch>(matches: T[]): T | null {
  let best: T | null = null;
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
