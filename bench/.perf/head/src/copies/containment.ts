import { fmix32 } from "../text/hash32.js";
import { createU32MultiMap } from "../lsh/multimap.js";

/**
 * One shingle in 16 is sampled: a 500-shingle article keeps ~31 samples (~450 bytes of index),
 * and a 100-shingle wire brief keeps ~6, of which at least one with probability 0.998.
 */
export const DEFAULT_SAMPLE_MODULUS = 16;
/**
 * A text shorter than 100 distinct shingles (~104 words, a few sentences) is never "contained":
 * short boilerplate sentences occur inside countless unrelated pages.
 */
export const DEFAULT_MIN_CONTAINED_SHINGLES = 100;
/**
 * A pair becomes a candidate when half of the smaller text's samples are shared: well below the
 * 0.8 verification cut, so binomial sampling noise on few samples does not lose true containment.
 */
export const DEFAULT_MIN_SAMPLED_SHARE = 0.5;
/** Most documents a sampled shingle lists; past that it is boilerplate and no longer discriminates. */
export const MAX_POSTINGS = 64;
/** Salt of the sampling hash, so sampling is independent of the shingle and LSH hashes. */
const SAMPLE_SALT = 0x2545f491;

export interface ContainmentIndexOptions {
  sampleModulus?: number;
  minContainedShingles?: number;
  minSampledShare?: number;
}

export interface ContainmentIndex {
  /** Indexes a document's samples; documents below minContainedShingles are skipped (returns false). */
  add(id: number, shingles: Uint32Array): boolean;
  /**
   * Indexes a document from its stored samples (`samplesOf`) and its distinct shingle count, as when
   * the index is rebuilt from a store that never keeps whole shingle sets.
   */
  addSamples(id: number, samples: Uint32Array, shingleCount: number): boolean;
  /** The sampled subset of a document's shingles: what `addSamples` takes back. */
  samplesOf(shingles: Uint32Array): Uint32Array;
  /** Ids that may contain, or be contained in, the text with these shingles. */
  query(shingles: Uint32Array): number[];
  readonly size: number;
  memoryBytes(): number;
}

/**
 * Content-defined sampling (as in Broder 1997's "resemblance and containment", and winnowing's
 * idea): a shingle is sampled when a hash of it is ≡ 0 mod m, a decision that depends on the shingle
 * alone. So every sample of a text contained in another is also a sample of the container, and an
 * inverted index sample → documents finds containers and contained texts that MinHash LSH cannot
 * (their Jaccard is low when the lengths differ). Candidates are verified exactly by the caller.
 */
export function createContainmentIndex(options: ContainmentIndexOptions = {}): ContainmentIndex {
  const modulus = options.sampleModulus ?? DEFAULT_SAMPLE_MODULUS;
  const minShingles = options.minContainedShingles ?? DEFAULT_MIN_CONTAINED_SHINGLES;
  const minShare = options.minSampledShare ?? DEFAULT_MIN_SAMPLED_SHARE;
  const postings = createU32MultiMap();
  const sampleCounts = createU32MultiMap();
  let size = 0;
  const scratch: number[] = [];

  return {
    add(id, shingles) {
      return this.addSamples(id, this.samplesOf(shingles), shingles.length);
    },
    addSamples(id, samples, shingleCount) {
      if (shingleCount < minShingles) return false;
      for (let i = 0; i < samples.length; i++) postings.add(samples[i], id, MAX_POSTINGS);
      sampleCounts.add(id, samples.length);
      size++;
      return true;
    },
    samplesOf(shingles) {
      let count = 0;
      for (let i = 0; i < shingles.length; i++) if (isSample(shingles[i], modulus)) count++;
      const out = new Uint32Array(count);
      for (let i = 0, j = 0; i < shingles.length; i++) if (isSample(shingles[i], modulus)) out[j++] = shingles[i];
      return out;
    },
    query(shingles) {
      if (shingles.length < minShingles) return [];
      const shared = new Map<number, number>();
      let own = 0;
      for (let i = 0; i < shingles.length; i++) {
        if (!isSample(shingles[i], modulus)) continue;
        own++;
        scratch.length = 0;
        postings.collect(shingles[i], scratch);
        for (const id of scratch) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      const out: number[] = [];
      for (const [id, count] of shared) {
        scratch.length = 0;
        sampleCounts.collect(id, scratch);
        const theirs = scratch.length > 0 ? scratch[0] : count;
        if (count >= minShare * Math.min(own, theirs)) out.push(id);
      }
      return out;
    },
    get size() {
      return size;
    },
    memoryBytes: () => postings.memoryBytes() + sampleCounts.memoryBytes(),
  };
}

export function isSample(shingle: number, modulus: number): boolean {
  return (fmix32(shingle ^ SAMPLE_SALT) >>> 0) % modulus === 0;
}
