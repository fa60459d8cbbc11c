import { fmix32 } from "../text/hash32.js";
import { capacityFor, createU32MultiMap } from "../lsh/multimap.js";

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
  /** Documents and samples the index will hold, when known: its tables are sized once instead of doubling. */
  expected?: { documents: number; samples: number };
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
  /** `query` from the text's samples (`samplesOf`) and its distinct shingle count: no shingle is hashed again. */
  querySamples(samples: Uint32Array, shingleCount: number): number[];
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
  const postings = createU32MultiMap(options.expected && capacityFor(options.expected.samples));
  const sampleCounts = createU32MultiMap(options.expected && capacityFor(options.expected.documents));
  let size = 0;
  const scratch: number[] = [];
  // Ids of the documents each sample lists, gathered then sorted so equal ids count as one run:
  // cheaper than a Map of counters when a sample lists dozens of documents.
  let hits = new Int32Array(1024);

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
      return sampleShingles(shingles, modulus);
    },
    query(shingles) {
      return shingles.length < minShingles ? [] : this.querySamples(this.samplesOf(shingles), shingles.length);
    },
    querySamples(samples, shingleCount) {
      if (shingleCount < minShingles) return [];
      let count = 0;
      for (let i = 0; i < samples.length; i++) {
        scratch.length = 0;
        postings.collect(samples[i], scratch);
        if (count + scratch.length > hits.length) {
          const grown = new Int32Array(2 * (count + scratch.length));
          grown.set(hits.subarray(0, count));
          hits = grown;
        }
        for (let k = 0; k < scratch.length; k++) hits[count++] = scratch[k];
      }
      const ids = hits.subarray(0, count).sort();
      const own = samples.length;
      const out: number[] = [];
      for (let i = 0; i < count; ) {
        const id = ids[i];
        let end = i + 1;
        while (end < count && ids[end] === id) end++;
        const shared = end - i;
        i = end;
        // min(own, theirs): their sample count is looked up only when our own does not settle it.
        if (shared >= minShare * own) {
          out.push(id);
          continue;
        }
        scratch.length = 0;
        sampleCounts.collect(id, scratch);
        const theirs = scratch.length > 0 ? scratch[0] : shared;
        if (shared >= minShare * theirs) out.push(id);
      }
      return out;
    },
    get size() {
      return size;
    },
    memoryBytes: () => postings.memoryBytes() + sampleCounts.memoryBytes(),
  };
}

/** Where `sampleShingles` gathers a text's samples before copying them out; grows to the longest text. */
let sampleScratch = new Uint32Array(1024);

/**
 * The sampled subset of sorted distinct shingles, in their order. Computed once per document where it is
 * fingerprinted (a worker thread), then reused by queries, the index and the store.
 */
export function sampleShingles(shingles: Uint32Array, modulus = DEFAULT_SAMPLE_MODULUS): Uint32Array {
  if (sampleScratch.length < shingles.length) sampleScratch = new Uint32Array(shingles.length);
  let count = 0;
  for (let i = 0; i < shingles.length; i++) if (isSample(shingles[i], modulus)) sampleScratch[count++] = shingles[i];
  // A copy of its own: samples are kept by the index and the store, and posted between threads.
  return sampleScratch.slice(0, count);
}

export function isSample(shingle: number, modulus: number): boolean {
  return (fmix32(shingle ^ SAMPLE_SALT) >>> 0) % modulus === 0;
}
