import { createCleaner, type CleanOptions } from "../clean/index.js";
import { isNewsfoldError } from "../errors.js";
import type { EnrichOptions, Enrichment, createEnricher } from "../enrich/index.js";
import { sampleShingles } from "../copies/containment.js";
import { createMinHasher, exactHash } from "../fingerprint/index.js";
import { shingleHashesOfTextScratch } from "../text/shingle.js";
import { dedupLineMembers } from "./export-record.js";
import type { NewArticle } from "../store/index.js";
import type { CleanedArticle, MinHashParams, RawDocument, Reporter, Signature } from "../types.js";

/** A document after the CPU-bound stages (clean → text → fingerprint), ready for copy decisions. */
export interface PreparedDocument {
  raw: RawDocument;
  docKey: string;
  cleaned: CleanedArticle;
  /** Length of the cleaned text in UTF-16 units: a worker preparing `exportLines` hands back the line, not the text. */
  textLength: number;
  /**
   * With `exportLines`: the article's `dedup` line but for its id and entities, as UTF-8 (export-record.ts).
   * Prepared in a worker thread, the document then comes back with an empty `cleaned.text` and no `removed`
   * spans: for a sink that keeps no passages (dedup's), which never reads them.
   */
  line?: Uint8Array;
  exactHash: string;
  /** Distinct shingle hashes, sorted ascending (for exact verification of copy candidates). */
  shingles: Uint32Array;
  signature: Signature;
  /** The copy index's containment samples of `shingles` (default modulus), taken here so a worker thread pays for them. */
  containmentSamples: Uint32Array;
  /** People, places, organisations and the event date; null when enrichment is off. */
  enrichment: Enrichment | null;
}

export interface PrepareOptions {
  clean?: CleanOptions;
  /** Options for text records (JSONL `text`, text files) when they differ from `clean`'s: `dedup` cleans them lightly. */
  cleanText?: CleanOptions;
  minhash?: Partial<MinHashParams>;
  /** Options of the enrich stage, or false to skip it (faster ingest, no entities). */
  enrich?: EnrichOptions | false;
  /** Write each document's `dedup` line where it is prepared (see `PreparedDocument.line`). */
  exportLines?: boolean;
}

/** Cleans and fingerprints one document; null (with a reported error) when nothing of it can be kept. */
export type Preparer = (raw: RawDocument, docKey: string, reporter: Reporter) => PreparedDocument | null;

/**
 * A preparer with the given options. The enrich stage's module (gazetteer tables, chrono) is imported
 * only when enrichment is on: `dedup` and `ingest --no-enrich` never load it.
 */
/**
 * Whether an error thrown while preparing one document stops the run instead of being that document's
 * problem: newsfold's own data files missing (a broken install) fail every document alike.
 */
export function failsTheRun(error: unknown): boolean {
  return isNewsfoldError(error) && error.code === "install.data-missing";
}

export async function loadPreparer(options: PrepareOptions = {}): Promise<Preparer> {
  const enricher = options.enrich === false ? null : (await import("../enrich/index.js")).createEnricher(options.enrich);
  return createPreparer(options, enricher);
}

function createPreparer(options: PrepareOptions, enricher: ReturnType<typeof createEnricher> | null): Preparer {
  const print = createFingerprinter(options.minhash);
  const cleaner = createCleaner(options.clean);
  const textCleaner = options.cleanText ? createCleaner(options.cleanText) : cleaner;
  return (raw, docKey, reporter) => {
    const cleaned = (raw.kind === "text" ? textCleaner : cleaner).clean(raw, reporter);
    if (cleaned.text.trim().length === 0) return null; // clean reported it (clean.empty)
    const enrichment = enricher?.enrich(cleaned) ?? null;
    if (enrichment?.cutAt !== undefined) {
      const reason = `enrichment read the first ${enrichment.cutAt} characters only; names and dates after them were not searched`;
      reporter.report({ code: "enrich.truncated", severity: "warning", stage: "enrich", reason, provenance: raw.provenance });
    }
    const printed = print(cleaned.text);
    const line = options.exportLines ? dedupLineMembers(cleaned, raw.provenance, enrichment) : undefined;
    return { raw, docKey, cleaned, textLength: cleaned.text.length, line, ...printed, containmentSamples: sampleShingles(printed.shingles), enrichment };
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
    const signature = hasher.signature(shingles);
    // Own buffer (the hasher's may be a view into a shared chunk): documents cross threads whole.
    return { exactHash: exactHash(text), shingles, signature: { ...signature, values: new Uint32Array(signature.values) } };
  };
}

/** Fingerprints one text with the default parameters; see createFingerprinter for many. */
export function fingerprint(text: string, params: Partial<MinHashParams> = {}): Fingerprint {
  return createFingerprinter(params)(text);
}

/**
 * Sorted distinct shingle hashes of a text, the form copy verification compares, in an array of its
 * own: these are kept in caches and posted between threads, where a view into a shared buffer would
 * pin (or copy) the whole buffer.
 */
export function shinglesOf(text: string, shingleSize: number): Uint32Array {
  return new Uint32Array(shingleHashesOfTextScratch(text, shingleSize));
}

/** What the store keeps of a prepared document. */
export function toNewArticle(doc: PreparedDocument): NewArticle {
  return {
    docKey: doc.docKey,
    provenance: doc.raw.provenance,
    encoding: doc.raw.encoding,
    bytes: doc.raw.bytes,
    cleaned: doc.cleaned,
    textLength: doc.textLength,
    line: doc.line,
    exactHash: doc.exactHash,
    signature: doc.signature,
    containmentSamples: doc.containmentSamples,
    shingles: doc.shingles,
    enrichment: doc.enrichment,
  };
}
