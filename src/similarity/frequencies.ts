import type { IdfTable, LanguageFrequencies } from "./types.js";

/**
 * Documents a language needs in the table before its IDF is trusted; with fewer, the pair fallback
 * (IDF of the two documents, short words damped) is used instead.
 */
export const MIN_LANGUAGE_DOCS = 20;

/** The frequencies `similarity` may use for a language, or null when the table knows too few of its documents. */
export function frequenciesOf(table: IdfTable | undefined, lang: string): LanguageFrequencies | null {
  const f = table?.languages.get(lang);
  return f !== undefined && f.docs >= MIN_LANGUAGE_DOCS ? f : null;
}

/**
 * Smoothed inverse document frequency, ln((1 + N) / (1 + df)) + 1 (scikit-learn's `smooth_idf`):
 * never zero, so a term every document holds still counts a little.
 */
export function smoothIdf(docs: number, df: number): number {
  return Math.log((1 + docs) / (1 + df)) + 1;
}
