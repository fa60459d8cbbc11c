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
  const hasher = createMinHasher(options.minhash);
  return (raw, docKey, reporter) => {
    const cleaned = clean(raw, options.clean, reporter);
    if (cleaned.text.trim().length === 0) {
      reporter.report({ code: "clean.empty", severity: "error", stage: "clean", reason: "no article text left after cleaning; not stored", provenance: raw.provenance });
      return null;
    }
    const shingles = shinglesOf(cleaned.text, hasher.params.shingleSize);
    return { raw, docKey, cleaned, exactHash: exactHash(cleaned.text), shingles, signature: hasher.signature(shingles) };
  };
}

/** Sorted distinct shingle hashes of a text, the form copy verification compares. */
export function shinglesOf(text: string, shingleSize: number): Uint32Array {
  return shingleHashesOfText(text, shingleSize);
}
