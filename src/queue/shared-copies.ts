import { CopyDecider, type CopyDecision } from "../pipeline/copy-decider.js";
import type { PreparedDocument } from "../pipeline/prepare.js";
import type { CopyCommitsSince, Store, WorkQueue } from "../store/index.js";

/**
 * A worker's copy index, kept in step with every other worker's through the store's copy commit log
 * (see work-queue.ts): before deciding a batch it adds the fingerprints of articles committed since it
 * last looked, and under the write lock it looks again and tells whether what came in between can
 * change the decision.
 */
export class SharedCopies {
  readonly #queue: WorkQueue;
  readonly #decider: CopyDecider;
  /** The last copy commit whose articles are in the index. */
  #seq = 0;

  constructor(store: Store, queue: WorkQueue, options: { threshold?: number; shingleSize: number }) {
    this.#queue = queue;
    this.#decider = new CopyDecider(store, options);
  }

  /** Loads every stored fingerprint (at start). */
  async load(): Promise<number> {
    await this.#decider.regroupIfNeeded();
    let loaded = 0;
    this.#seq = await this.#queue.copyIndexSnapshot((f) => {
      this.#decider.index.add({ id: f.id, exactHash: f.exactHash, signature: f.signature, containmentSamples: f.containmentSamples });
      loaded++;
    });
    return loaded;
  }

  /** The last copy commit whose articles are in the index. */
  get seq(): number {
    return this.#seq;
  }

  /** Adds the fingerprints of articles committed since the last look; returns what those commits did. */
  async catchUp(): Promise<CopyCommitsSince> {
    return this.absorb(await this.#queue.copyCommitsSince(this.#seq));
  }

  /** Adds what the commits after `seq` did, read elsewhere (under the write lock, as it is taken). */
  absorb(since: CopyCommitsSince): CopyCommitsSince {
    for (const f of since.fingerprints) {
      this.#decider.index.add({ id: f.id, exactHash: f.exactHash, signature: f.signature, containmentSamples: f.containmentSamples });
    }
    this.#seq = since.through;
    return since;
  }

  /** Group changes for a batch; call `commit` once it is stored. */
  decide(batch: readonly PreparedDocument[]): Promise<CopyDecision> {
    return this.#decider.decide(batch);
  }

  /**
   * Whether commits made after `decision` (caught up since) can change it: they regrouped everything,
   * touched an article or group it read, or added an article whose fingerprint collides with one of the
   * batch's (an exact, LSH or containment candidate). Otherwise deciding again would give the same answer.
   */
  stale(decision: CopyDecision, since: CopyCommitsSince, batch: readonly PreparedDocument[]): boolean {
    if (since.reset) return true;
    if (decision.reads.articleIds.some((id) => since.touchedIds.has(id))) return true;
    if (decision.reads.groupIds.some((id) => since.touchedGroups.has(id))) return true;
    if (since.fingerprints.length === 0) return false;
    const fresh = new Set(since.fingerprints.map((f) => f.id));
    for (const doc of batch) {
      let collides = false;
      // Candidates only: returning no shingles skips verification, which a re-decision does for real.
      this.#decider.index.findCopies({ id: -1, exactHash: doc.exactHash, signature: doc.signature, shingles: doc.shingles, containmentSamples: doc.containmentSamples }, (id) => {
        if (fresh.has(id)) collides = true;
        return undefined;
      });
      if (collides) return true;
    }
    return false;
  }

  /** Adds a committed batch under its ids; `seq` is its log row, written right after those caught up under the lock. */
  commit(batch: readonly PreparedDocument[], ids: readonly number[], seq: number | null): void {
    this.#decider.commit(batch, ids);
    if (seq !== null) this.#seq = seq;
  }
}
