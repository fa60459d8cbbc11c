import { NewsfoldError } from "../errors.js";
import type { MinHashParams, Signature } from "../types.js";
import { assertSameParams } from "../fingerprint/params.js";
import { hashStringToU32 } from "../text/hash32.js";
import { DEFAULT_LSH_THRESHOLD, checkId, createLshIndex } from "../lsh/lsh-index.js";
import type { LshWeights } from "../lsh/params.js";
import { capacityFor, createU32MultiMap } from "../lsh/multimap.js";
import { DEFAULT_MIN_CONTAINED_SHINGLES, DEFAULT_MIN_SAMPLED_SHARE, DEFAULT_SAMPLE_MODULUS, createContainmentIndex } from "./containment.js";
import { verifyPair } from "./verify.js";

/**
 * Share of the shorter text that must occur in the longer one for "contained": the same 0.8 as the
 * Jaccard cut, so a contained text is as close to its container as a near copy is to its original.
 */
export const DEFAULT_MIN_CONTAINMENT = 0.8;
/** Exact-hash keys that collide (2^-32 per pair) are told apart by requiring identical shingle sets. */
const EXACT_KEY_SEED = 0x0e4ac7;

export interface CopyIndexOptions {
  /** Jaccard at or above which two texts are near copies. Default 0.8. */
  threshold?: number;
  /** Must match the signatures' numPerm. Default 128. */
  numPerm?: number;
  lshWeights?: Partial<LshWeights>;
  bands?: number;
  rows?: number;
  /**
   * What the index will hold, when known (a batch's own index): documents, and their containment
   * samples in all. Its tables are then allocated once at their final size instead of doubling up to it.
   */
  expected?: { documents: number; samples: number };
  /** Containment detection; `false` turns it off (saves ~450 bytes a document). */
  containment?: false | {
    minContainment?: number;
    minContainedShingles?: number;
    sampleModulus?: number;
    minSampledShare?: number;
  };
}

export interface CopyDocument {
  /** Non-negative int32, e.g. the store's row id. */
  id: number;
  exactHash: string;
  signature: Signature;
  /**
   * Sorted distinct shingle hashes (`shingleHashesOfText`), read during add/find and never kept.
   * Required by `findCopies`; optional for `add` (e.g. loading stored fingerprints), but a document
   * added without them is not in the containment sample index (LSH and exact still find it).
   */
  shingles?: Uint32Array;
  /**
   * The containment samples of the text (`CopyIndex.containmentSamples`, or `sampleShingles` with the
   * default modulus): kept by the store, and when given with `shingles` they spare sampling them again.
   */
  containmentSamples?: Uint32Array;
}

/** What `findCopies` needs of the new document: its shingles are required there. */
export type CopyQuery = CopyDocument & { shingles: Uint32Array };

export interface CopyMatch {
  id: number;
  kind: "exact" | "near" | "contained";
  /** Exact Jaccard of the shingle sets. */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): the share of the shorter text found in the longer. */
  containment: number;
  /** For "contained": which side is inside the other. */
  contained?: "query-in-match" | "match-in-query";
}

export interface CopyIndexStats {
  documents: number;
  /** Documents added only to the exact table because an identical text was already indexed. */
  exactDuplicates: number;
  bands: number;
  rows: number;
  threshold: number;
  queries: number;
  candidates: number;
  /** Candidates whose shingles the caller could not provide (skipped, not guessed). */
  missingShingles: number;
  matches: number;
  memoryBytes: { exact: number; lsh: number; containment: number; total: number };
  bytesPerDocument: number;
}

export interface CopyIndex {
  /** Jaccard cut of "near". */
  readonly threshold: number;
  /** Share of the shorter text inside the longer for "contained" (Infinity when containment is off). */
  readonly containmentThreshold: number;
  add(doc: CopyDocument): void;
  /** Verified copies of `doc` among the indexed documents (not including `doc.id`), best first. */
  findCopies(doc: CopyQuery, fetchShingles: (id: number) => Uint32Array | undefined): CopyMatch[];
  /** The few shingles the containment index keeps of a document: persist them to rebuild the index later. */
  containmentSamples(shingles: Uint32Array): Uint32Array;
  stats(): CopyIndexStats;
}

/**
 * Exact table + MinHash LSH + containment sampling, every candidate verified by exact Jaccard on
 * shingles the caller fetches (the store recomputes them from text), so the index holds no shingle set:
 * ~8–21 bytes per table entry, about 17 LSH + 1 exact + ~31 containment entries per 3 KB article.
 */
export function createCopyIndex(options: CopyIndexOptions = {}): CopyIndex {
  const threshold = options.threshold ?? DEFAULT_LSH_THRESHOLD;
  const expected = options.expected;
  const lsh = createLshIndex({ threshold, numPerm: options.numPerm, weights: options.lshWeights, bands: options.bands, rows: options.rows, expectedDocuments: expected?.documents });
  const exact = createU32MultiMap(expected && capacityFor(expected.documents));
  const c = options.containment === false ? undefined : options.containment ?? {};
  const minContainment = c?.minContainment ?? DEFAULT_MIN_CONTAINMENT;
  const minContained = c?.minContainedShingles ?? DEFAULT_MIN_CONTAINED_SHINGLES;
  const containment = c === undefined ? undefined : createContainmentIndex({
    sampleModulus: c.sampleModulus ?? DEFAULT_SAMPLE_MODULUS,
    minContainedShingles: minContained,
    minSampledShare: c.minSampledShare ?? DEFAULT_MIN_SAMPLED_SHARE,
    expected,
  });
  if (!(threshold > 0 && threshold <= 1) || !(minContainment > 0 && minContainment <= 1)) {
    throw new NewsfoldError("copies.options.invalid", `createCopyIndex: threshold and minContainment must be in (0, 1], got ${threshold} and ${minContainment}.`);
  }
  let params: MinHashParams | undefined;
  let documents = 0;
  let exactDuplicates = 0;
  let queries = 0;
  let candidatesSeen = 0;
  let missing = 0;
  let matchesFound = 0;
  const scratch: number[] = [];

  const checkParams = (call: string, sig: Signature) => {
    if (params === undefined) params = sig.params;
    else assertSameParams(call, params, sig.params);
  };

  const memory = () => {
    const e = exact.memoryBytes();
    const l = lsh.memoryBytes();
    const k = containment?.memoryBytes() ?? 0;
    return { exact: e, lsh: l, containment: k, total: e + l + k };
  };

  return {
    threshold,
    containmentThreshold: containment === undefined ? Infinity : minContainment,
    add(doc) {
      checkId(doc.id);
      checkParams("CopyIndex.add", doc.signature);
      const key = hashStringToU32(doc.exactHash, EXACT_KEY_SEED);
      const duplicate = exact.has(key);
      exact.add(key, doc.id);
      documents++;
      // An exact duplicate adds nothing LSH or sampling could find that its first copy does not.
      if (duplicate) {
        exactDuplicates++;
        return;
      }
      if ((doc.shingles?.length ?? doc.signature.shingleCount) === 0) return;
      lsh.add(doc.id, doc.signature);
      if (doc.containmentSamples !== undefined) containment?.addSamples(doc.id, doc.containmentSamples, doc.shingles?.length ?? doc.signature.shingleCount);
      else if (doc.shingles !== undefined) containment?.add(doc.id, doc.shingles);
    },
    containmentSamples(shingles) {
      return containment?.samplesOf(shingles) ?? new Uint32Array(0);
    },
    findCopies(doc, fetchShingles) {
      checkParams("CopyIndex.findCopies", doc.signature);
      queries++;
      const kindOf = new Map<number, boolean>();
      scratch.length = 0;
      exact.collect(hashStringToU32(doc.exactHash, EXACT_KEY_SEED), scratch);
      for (const id of scratch) kindOf.set(id, true);
      if (doc.shingles.length > 0) {
        for (const id of lsh.query(doc.signature)) if (!kindOf.has(id)) kindOf.set(id, false);
        if (containment !== undefined) {
          const sampled = doc.containmentSamples === undefined ? containment.query(doc.shingles) : containment.querySamples(doc.containmentSamples, doc.shingles.length);
          for (const id of sampled) if (!kindOf.has(id)) kindOf.set(id, false);
        }
      }
      kindOf.delete(doc.id);
      const out: CopyMatch[] = [];
      for (const [id, sameExactKey] of kindOf) {
        candidatesSeen++;
        const other = fetchShingles(id);
        if (other === undefined) {
          missing++;
          continue;
        }
        const v = verifyPair(doc.shingles, other);
        const containmentScore = Math.max(v.containmentAinB, v.containmentBinA);
        if (sameExactKey && v.jaccard === 1) out.push({ id, kind: "exact", jaccard: 1, containment: 1 });
        else if (v.jaccard >= threshold && doc.shingles.length > 0) out.push({ id, kind: "near", jaccard: v.jaccard, containment: containmentScore });
        else if (containment !== undefined && containmentScore >= minContainment && Math.min(doc.shingles.length, other.length) >= minContained) {
          const contained = v.containmentAinB >= v.containmentBinA ? "query-in-match" : "match-in-query";
          out.push({ id, kind: "contained", jaccard: v.jaccard, containment: containmentScore, contained });
        }
      }
      matchesFound += out.length;
      return out.sort(compareMatches);
    },
    stats() {
      const m = memory();
      return {
        documents,
        exactDuplicates,
        bands: lsh.bands,
        rows: lsh.rows,
        threshold,
        queries,
        candidates: candidatesSeen,
        missingShingles: missing,
        matches: matchesFound,
        memoryBytes: m,
        bytesPerDocument: documents === 0 ? 0 : m.total / documents,
      };
    },
  };
}

const KIND_ORDER = { exact: 0, near: 1, contained: 2 } as const;

function compareMatches(a: CopyMatch, b: CopyMatch): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.jaccard - a.jaccard || b.containment - a.containment || a.id - b.id;
}
