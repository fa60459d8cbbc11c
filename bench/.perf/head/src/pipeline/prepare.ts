import { clean, type CleanOptions } from "../clean/index.js";
import { createMinHasher, exactHash } from "../fingerprint/index.js";
import { shingleHashesOfText } from "../text/index.js";
import type { CleanedArticle, MinHashParams, RawDocument, Reporter, Signature } from "../types.js";

/** A document after the CPU-bound stages (clean → text → fingerprint), ready for copy decisions. */
export interface PreparedDocument {
  raw: RawDocument;
  docKey: string;
  cleaned: CleanedArticle;
  exactHash: string;
  /** Distinct shingle hashes, sorted ascending (for exact verification of copy candidates). */
  shingles: Uint32Array;
  signature: Signature;
}

export interface PrepareOptions {
  clean?: CleanOptions;
  minhash?: Partial<MinHashParams>;
}

/** Cleans and fingerprints one document; null (with a reported error) when nothing of it can be kept. */
export type Preparer = (raw: RawDocument, docKey: string, reporter: Reporter) => PreparedDocument | null;

export function createPreparer(options: PrepareOptions = {}): Preparer {
  const print = createFingerprinter(options.minhash);
  return (raw, docKey, reporter) => {
    const cleaned = clean(raw, options.clean, reporter);
    if (cleaned.text.trim().length === 0) return null; // clean reported it (clean.empty)
    return { raw, docKey, cleaned, ...print(cleaned.text) };
  };
}

/** What copy detection knows of a text. */
export interface Fingerprint {
  exactHash: string;
  /** Sorted distinct shingle hashes. */
  shingles: Uint32Array;
  signature: Signature;
}

/**
 * Fingerprints texts with fixed MinHash parameters (128 permutations, word 5-grams by default).
 *
 * @example
 * const print = createFingerprinter();
 * estimateJaccard(print(a).signature, print(b).signature);
 */
export function createFingerprinter(params: Partial<MinHashParams> = {}): (text: string) => Fingerprint {
  const hasher = createMinHasher(params);
  return (text) => {
    const shingles = shinglesOf(text, hasher.params.shingleSize);
    return { exactHash: exactHash(text), shingles, signature: hasher.signature(shingles) };
  };
}

/** Fingerprints one text with the default parameters; see createFingerprinter for many. */
export function fingerprint(text: string, params: Partial<MinHashParams> = {}): Fingerprint {
  return createFingerprinter(params)(text);
}

/** Sorted distinct shingle hashes of a text, the form copy verification compares. */
export function shinglesOf(text: string, shingleSize: number): Uint32Array {
  return shingleHashesOfText(text, shingleSize);
}
