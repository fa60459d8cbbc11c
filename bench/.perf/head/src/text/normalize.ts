/**
 * Normalization for the exact hash: two texts that differ only in Unicode form, letter case or
 * spacing are the same text. NFKC folds compatibility forms (full-width letters, ligatures);
 * `toLowerCase` after NFKC is the usual approximation of Unicode case folding (it differs only on
 * a handful of characters such as "ß", which we keep as written).
 */
const WHITESPACE_RUN = /\s+/gu;

export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(WHITESPACE_RUN, " ").trim();
}
