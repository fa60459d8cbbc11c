import { CopyDecider, type CopyDecision } from "../pipeline/copy-decider.js";
import type { PreparedDocument } from "../pipeline/prepare.js";
import type { Store } from "../store/index.js";

/**
 * A worker's copy index, kept in step with every other worker's: before deciding a batch (under the
 * store's write lock) it adds the fingerprints of articles committed since it last looked. Ids grow in
 * commit order (every commit takes the write lock), so "since" is simply "with an id above the last seen".
 */
export class SharedCopies {
  readonly #store: Store;
  readonly #decider: CopyDecider;
  /** Highest article id whose fingerprint is in the index. */
  #lastSeen = 0;

  constructor(store: Store, options: { threshold?: number; shingleSize: number }) {
    this.#store = store;
    this.#decider = new CopyDecider(store, options);
  }

  /** Loads every stored fingerprint (at start). */
  async load(): Promise<number> {
    await this.#decider.regroupIfNeeded();
    return this.catchUp();
  }

  /** Adds the fingerprints of articles committed since the last look; returns how many. */
  async catchUp(): Promise<number> {
    let added = 0;
    for await (const f of this.#store.streamFingerprints({ afterId: this.#lastSeen })) {
      this.#decider.index.add({ id: f.id, exactHash: f.exactHash, signature: f.signature, containmentSamples: f.containmentSamples });
      this.#lastSeen = f.id;
      added++;
    }
    return added;
  }

  /** Group changes for a batch; call `commit` once it is stored. */
  decide(batch: readonly PreparedDocument[]): Promise<CopyDecision> {
    return this.#decider.decide(batch);
  }

  containmentSamples(doc: PreparedDocument): Uint32Array {
    return this.#decider.index.containmentSamples(doc.shingles);
  }

  /** Adds a committed batch under its ids; they are the newest (the write lock was held), so catching up skips them. */
  commit(batch: readonly PreparedDocument[], ids: readonly number[]): void {
    this.#decider.commit(batch, ids);
    for (const id of ids) if (id > this.#lastSeen) this.#lastSeen = id;
  }
}
