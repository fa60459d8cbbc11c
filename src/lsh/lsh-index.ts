import { NewsfoldError } from "../errors.js";
import type { MinHashParams, Signature } from "../types.js";
import { assertSameParams, DEFAULT_NUM_PERM } from "../fingerprint/params.js";
import { fmix32, murmurRound } from "../text/hash32.js";
import { capacityFor, createU32MultiMap } from "./multimap.js";
import type { LshWeights } from "./params.js";
import { optimalBandsRows } from "./params.js";

/** Default similarity threshold of a copy: the usual near-duplicate cut for word 5-gram Jaccard. */
export const DEFAULT_LSH_THRESHOLD = 0.8;
/**
 * Most documents one band bucket keeps. Past this a bucket is a cluster of near-identical pages;
 * newcomers still meet 256 of them as candidates, and inserts stay O(1) instead of O(cluster).
 */
export const MAX_BUCKET = 256;
/** Purge removed documents from the table once they are this share of its entries. */
const PURGE_SHARE = 0.25;
/** Seed of band keys, distinct per band so equal rows in different bands never share a bucket. */
const BAND_SEED = 0x1b5a_0f00;

export interface LshIndexOptions {
  threshold?: number;
  numPerm?: number;
  weights?: Partial<LshWeights>;
  /** Explicit banding; both must be given, and bands × rows ≤ numPerm. */
  bands?: number;
  rows?: number;
  /** Documents the index will hold, when known: its table is sized once instead of doubling up to it. */
  expectedDocuments?: number;
}

export interface LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly threshold: number;
  /** Number of documents indexed (after removals). */
  readonly size: number;
  /** `id`: a non-negative int32 (a store row id). */
  add(id: number, signature: Signature): void;
  /** Ids sharing at least one band with `signature`, each once, in no particular order. */
  query(signature: Signature): number[];
  remove(id: number): void;
  memoryBytes(): number;
  /** memoryBytes() / size, the figure held to the ≤ 1 KB a document budget. */
  bytesPerDocument(): number;
}

/**
 * MinHash LSH by banding (Mining of Massive Datasets, ch. 3): the signature is cut into `bands`
 * bands of `rows` values; two documents are candidates when one band is equal. Each band is stored
 * as one 32-bit key (murmur3 of its rows and band number) in a single flat multimap → 8 bytes/slot.
 */
export function createLshIndex(options: LshIndexOptions = {}): LshIndex {
  const threshold = options.threshold ?? DEFAULT_LSH_THRESHOLD;
  const numPerm = options.numPerm ?? DEFAULT_NUM_PERM;
  let bands: number;
  let rows: number;
  if (options.bands !== undefined || options.rows !== undefined) {
    if (options.bands === undefined || options.rows === undefined) {
      throw new NewsfoldError("lsh.params.invalid", "createLshIndex: give both bands and rows, or neither (they are then derived from threshold).");
    }
    ({ bands, rows } = options);
    if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands * rows > numPerm) {
      throw new NewsfoldError("lsh.params.invalid", `createLshIndex: bands × rows must be positive integers with a product ≤ numPerm (${numPerm}); got ${bands} × ${rows}.`);
    }
  } else {
    ({ bands, rows } = optimalBandsRows(threshold, numPerm, options.weights));
  }
  const table = createU32MultiMap(options.expectedDocuments === undefined ? undefined : capacityFor(options.expectedDocuments * bands));
  const removed = new Set<number>();
  let params: MinHashParams | undefined;
  let size = 0;

  const checkSignature = (call: string, signature: Signature) => {
    if (signature.values.length !== numPerm) {
      throw new NewsfoldError("fingerprint.params.mismatch", `${call}: the index was built for numPerm ${numPerm} but the signature has ${signature.values.length} values; create the index with numPerm: ${signature.values.length} or recompute the signature.`);
    }
    if (params === undefined) params = signature.params;
    else assertSameParams(call, params, signature.params);
  };

  const bandKey = (values: Uint32Array, band: number) => {
    let h = BAND_SEED ^ band;
    const start = band * rows;
    for (let j = 0; j < rows; j++) h = murmurRound(h, values[start + j]);
    return fmix32(h ^ rows);
  };

  return {
    bands,
    rows,
    threshold,
    get size() {
      return size;
    },
    add(id, signature) {
      checkId(id);
      checkSignature("LshIndex.add", signature);
      if (removed.delete(id)) table.retain((v) => v !== id);
      for (let band = 0; band < bands; band++) table.add(bandKey(signature.values, band), id, MAX_BUCKET);
      size++;
    },
    query(signature) {
      checkSignature("LshIndex.query", signature);
      const hits: number[] = [];
      for (let band = 0; band < bands; band++) table.collect(bandKey(signature.values, band), hits);
      if (hits.length === 0) return hits;
      const unique = new Set<number>(hits);
      if (removed.size > 0) for (const id of removed) unique.delete(id);
      return [...unique];
    },
    remove(id) {
      if (removed.has(id)) return;
      removed.add(id);
      size--;
      if (removed.size > PURGE_SHARE * (size + removed.size)) {
        table.retain((v) => !removed.has(v));
        removed.clear();
      }
    },
    memoryBytes: () => table.memoryBytes(),
    bytesPerDocument: () => (size === 0 ? 0 : table.memoryBytes() / size),
  };
}

export function checkId(id: number): void {
  if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) {
    throw new NewsfoldError("lsh.id.invalid", `index ids must be integers in 0..2^31-1 (store row ids), got ${id}; map other ids to row numbers first.`);
  }
}
