import type { CleanedArticle, RawDocument, Reporter } from "../types.js";
import { cleanDocument } from "./clean-article.js";
import { resolveCleanOptions, type CleanOptions } from "./options.js";

/**
 * The clean stage: main text out of HTML or a crawler-saved text page; title, dates, site, author,
 * dateline and language; boilerplate, repeated blocks and trailing junk removed, each removal logged
 * with its reason. Pure and synchronous: no I/O, no clock. Problems go to the reporter, never thrown:
 *  - `clean.empty` (error): nothing is left after cleaning; pipelines skip the document;
 *  - `clean.language.unknown` (warning): text too short or the detector unsure; `lang` is "und";
 *  - `clean.html.malformed` (warning): markup characters but no element parsed;
 *  - `clean.html.too-deep` / `clean.html.too-many-elements` (warning): the page passed a bound of
 *    the HTML tree (depth 256, 100,000 elements) and its tail was flattened, in linear time;
 *  - `clean.truncated` (warning): content over the size limit was cut (logged as "truncated").
 *
 * A date that exists only as an update line ("Dernière mise à jour à 09h10 le 14/09") is kept as
 * `updated` and `published` stays null: the page does not say when it was first published. Callers
 * that need a reference date for relative expressions use `published ?? updated`.
 *
 * @example
 * const article = clean({ kind: "text", content, meta: {}, provenance, encoding, bytes });
 * article.title; article.published; article.removed; // what went, and why
 */
export interface Cleaner {
  clean(doc: RawDocument, reporter?: Reporter): CleanedArticle;
}

/** A cleaner with validated, frozen options (throws NewsfoldError `clean.options.invalid` on misuse). */
export function createCleaner(options: CleanOptions = {}): Cleaner {
  const resolved = resolveCleanOptions(options);
  return {
    clean: (doc, reporter) => cleanDocument(doc, resolved, reporter),
  };
}

/** Clean one document with the given options; see `createCleaner` to reuse validated options. */
export function clean(doc: RawDocument, options?: CleanOptions, reporter?: Reporter): CleanedArticle {
  return cleanDocument(doc, resolveCleanOptions(options), reporter);
}

export type { CleanOptions, ResolvedCleanOptions } from "./options.js";
export { DEFAULT_CLEAN_OPTIONS, resolveCleanOptions } from "./options.js";
export { detectLanguage } from "./language.js";
export { parseDate, formatPartialDate } from "./dates.js";
export { parseDateline } from "./dateline.js";
export { parseSourceLine, type SourceLine } from "./source-line.js";
export { extractHtml, type HtmlExtraction, type HtmlExtractOptions } from "./html.js";
export type { HtmlMetadata } from "./html-metadata.js";
export { splitParagraphs, type Paragraph } from "./paragraphs.js";
