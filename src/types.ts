/**
 * The data that flows through newsfold, stage by stage:
 * RawDocument (read) → CleanedArticle (clean) → Fingerprints (fingerprint) → StoredArticle (store, copies).
 */

import type { ProblemCode } from "./codes.js";

/** The container a document was read from. */
export type InputFormat = "text" | "html" | "jsonl" | "warc";

/** Where a document came from, kept for every document so a user can always find the source again. */
export interface Provenance {
  /** Path of the file read, or "-" for standard input. */
  file: string;
  format: InputFormat;
  /** 1-based line number inside a JSONL file. */
  line?: number;
  /** Byte offset of the WARC record inside the (decompressed) WARC stream. */
  offset?: number;
  /** The container's own id of the record: WARC-Record-ID, or a JSONL record's `id` field. */
  recordId?: string;
  /** URL of the page, from the container (WARC-Target-URI, JSONL `url`) when known. */
  url?: string;
  /** When the crawler fetched the page (ISO 8601), from WARC-Date or a JSONL field. */
  fetchedAt?: string;
}

/** Metadata supplied by the container itself (JSONL fields, WARC/HTTP headers), before cleaning. */
export interface ContainerMeta {
  url?: string;
  title?: string;
  /** As written by the container; parsed during cleaning. */
  published?: string;
  source?: string;
  lang?: string;
  author?: string;
}

/** One document as a reader yields it: decoded to a string, not yet cleaned. */
export interface RawDocument {
  provenance: Provenance;
  /** What `content` holds: a text page as crawlers save it, or HTML. */
  kind: "text" | "html";
  /** Decoded content (UTF-8 repaired, legacy encodings converted, BOM dropped). */
  content: string;
  meta: ContainerMeta;
  /** Encoding that was decoded, and whether mojibake was repaired. */
  encoding: { name: string; repaired: boolean };
  /** Size of the source bytes (before decoding), for MB/s figures and progress. */
  bytes: number;
  /**
   * HTML only: characters of script and style bodies left out of `content` when it was decoded, since
   * no reader sees them (read/elide-html.ts); extraction counts them with the markup it removes.
   */
  elidedChars?: number;
}

/** Finest unit a date is known to. A date written without a year has `year` undefined. */
export type DatePrecision = "year" | "month" | "day" | "hour" | "minute" | "second";

/**
 * A date as far as the source says it, never completed by guessing:
 * "14/09" stays { month: 9, day: 14 } with no year.
 */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Offset from UTC in minutes, only when the source states it. */
  tzOffsetMinutes?: number;
  precision: DatePrecision;
  /** The words it was read from, as written. */
  text: string;
}

/** Why a span of the source was left out of the cleaned text. */
export type RemovalReason =
  | "repeated-block" // a block the page holds twice (body captured twice)
  | "footer" // site footer, legal lines, copyright
  | "contact-prompt" // "contact our newsroom", "send us a tip"
  | "share-prompt" // "share on …", "follow us"
  | "trailing-junk" // digit runs, ids, crawl metadata after the article
  | "navigation" // menus, breadcrumbs, tag lists, blocks made of links
  | "header" // the site's header and masthead above the article
  | "aside" // sidebars and widgets beside the article
  | "comments" // readers' comments and the form to write one
  | "related" // related, recommended and "more stories" links
  | "subscribe-prompt" // newsletter, subscription and paywall prompts
  | "cookie-banner" // cookie and consent notices
  | "advertising" // ad slots, sponsored and promoted blocks
  | "byline" // an author line or box repeated in the body (the author is kept as metadata)
  | "boilerplate" // other template text (cookie notices, ads)
  | "metadata" // title / source / date lines moved into metadata
  | "markup" // scripts, styles, comments in HTML
  | "truncated"; // content beyond the size limit

/** A span removed by cleaning, with the reason: `newsfold show --removed` lists these. */
export interface RemovedSpan {
  reason: RemovalReason;
  text: string;
  /** Offsets into RawDocument.content when the span maps onto it (text pages); absent for HTML. */
  start?: number;
  end?: number;
}

/** The dateline that opens many wire stories: "DOUCHANBE, 17 septembre (Xinhua) --". */
export interface Dateline {
  place: string;
  date?: PartialDate;
  agency?: string;
  text: string;
}

/** Language of an article: ISO 639-1 code (or "und" when unsure) and a confidence in [0, 1]. */
export interface LanguageGuess {
  code: string;
  confidence: number;
}

/** Output of the clean stage: the article's own text and metadata, and what was removed. */
export interface CleanedArticle {
  title: string | null;
  /** Cleaned main text: paragraphs separated by a blank line ("\n\n"). */
  text: string;
  published: PartialDate | null;
  updated: PartialDate | null;
  site: string | null;
  author: string | null;
  url: string | null;
  dateline: Dateline | null;
  lang: LanguageGuess;
  removed: RemovedSpan[];
}

/** Parameters a MinHash signature was made with; stored with every signature. */
export interface MinHashParams {
  /** Number of hash values in the signature. */
  numPerm: number;
  seed: number;
  /** Words per shingle. */
  shingleSize: number;
  /** "kperm": k independent permutations (Broder 1997); "oph": one permutation hashing with densification. */
  scheme: "kperm" | "oph";
  /** Version of the persisted format. */
  version: number;
}

export interface Signature {
  params: MinHashParams;
  values: Uint32Array;
  /** Number of distinct shingles the signature summarises. */
  shingleCount: number;
}

/** How a member relates to its group's canonical article. */
export type CopyKind = "canonical" | "exact" | "near" | "contained";

/** A problem with one document, reported and never thrown: the batch goes on. */
export interface Problem {
  /** Stable dotted code, e.g. "read.jsonl.malformed" (every one is listed in codes.ts and docs/PROBLEMS.md). */
  code: ProblemCode;
  severity: "error" | "warning";
  /** Stage that found it: "read", "clean", "store" … */
  stage: string;
  /** One human sentence. */
  reason: string;
  provenance?: Provenance;
}

/** Where stages send problems (like a vfile message sink). */
export interface Reporter {
  report(problem: Problem): void;
}
