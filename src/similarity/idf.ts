import { prepareDocument, STEM_CHARS, termOf, foldWord } from "./document.js";
import type { IdfTable } from "./types.js";

/** Word pattern, as in document.ts: tables built here count the same terms `prepareDocument` makes. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Document frequencies of the terms of `texts` (each counted once per text). The lead fills one from
 * the store; the SemEval evaluation builds one from the file's unlabelled texts.
 */
export function createIdfTable(texts: Iterable<string>, stemChars: number = STEM_CHARS): IdfTable {
  const df = new Map<string, number>();
  let docs = 0;
  for (const text of texts) {
    docs++;
    const seen = new Set<string>();
    for (const m of text.matchAll(WORD_RE)) seen.add(termOf(foldWord(m[0]), stemChars));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return { docs, df };
}

/** Add one document's terms to document frequencies kept by the caller (an incremental table). */
export function addToIdf(df: Map<string, number>, text: string): void {
  for (const t of prepareDocument({ title: null, text, lang: "und", published: null, enrichment: null }).terms.keys()) {
    df.set(t, (df.get(t) ?? 0) + 1);
  }
}

/**
 * Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1 (as scikit-learn's `smooth_idf`):
 * never zero, so a term every document holds still counts a little.
 */
export function idfOf(table: IdfTable, term: string): number {
  return Math.log((1 + table.docs) / (1 + (table.df.get(term) ?? 0))) + 1;
}
