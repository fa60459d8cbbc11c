import type { PreparedDocument } from "./document.js";
import { frequenciesOf, smoothIdf } from "./idf.js";
import type { IdfTable, LanguageFrequencies, SharedPassage } from "./types.js";
import { PASSAGE_SHINGLE } from "./document.js";

/** Passages kept in the evidence, longest first: enough to show, few enough to read. */
export const MAX_PASSAGES = 10;
/** Characters of a passage quoted in the evidence; offsets always cover the whole passage. */
const MAX_PASSAGE_TEXT = 300;
/**
 * Without an IDF table for a language, words shorter than this many characters weigh less in proportion: function
 * words are short in every language we read, so this stands in for a stopword list.
 */
export const SHORT_WORD_CHARS = 4;

/**
 * Shared passages: runs of shared PASSAGE_SHINGLE-word shingles, each grown word by word while both
 * texts agree, the way a diff grows a match (greedy, left to right over A).
 */
export function sharedPassages(a: PreparedDocument, b: PreparedDocument): { passages: SharedPassage[]; coverageA: number; coverageB: number } {
  const k = PASSAGE_SHINGLE;
  const found: { i: number; j: number; n: number }[] = [];
  const coveredB = new Uint8Array(b.words.length);
  let coveredA = 0;
  let i = 0;
  while (i < a.shingles.length) {
    const j = b.shingleAt.get(a.shingles[i]);
    if (j === undefined || !sameWords(a, i, b, j, k)) {
      i++;
      continue;
    }
    let n = k;
    while (i + n < a.words.length && j + n < b.words.length && a.words[i + n] === b.words[j + n]) n++;
    found.push({ i, j, n });
    coveredA += n;
    coveredB.fill(1, j, j + n);
    i += n;
  }
  let nB = 0;
  for (let x = 0; x < coveredB.length; x++) nB += coveredB[x];
  found.sort((x, y) => y.n - x.n || x.i - y.i);
  const passages = found.slice(0, MAX_PASSAGES).map(({ i: pi, j: pj, n }): SharedPassage => {
    const as = a.starts[pi];
    const ae = a.ends[pi + n - 1];
    const text = a.doc.slice(as, ae);
    return {
      words: n,
      a: { start: as, end: ae },
      b: { start: b.starts[pj], end: b.ends[pj + n - 1] },
      text: text.length > MAX_PASSAGE_TEXT ? `${text.slice(0, MAX_PASSAGE_TEXT)}…` : text,
    };
  });
  return {
    passages,
    coverageA: a.words.length === 0 ? 0 : coveredA / a.words.length,
    coverageB: b.words.length === 0 ? 0 : nB / b.words.length,
  };
}

/** Hash collisions aside, the window must really hold the same words. */
function sameWords(a: PreparedDocument, i: number, b: PreparedDocument, j: number, k: number): boolean {
  for (let x = 0; x < k; x++) if (a.words[i + x] !== b.words[j + x]) return false;
  return true;
}

/** Keywords per document compared by `keywordJaccard`: a headline's worth of the heaviest terms. */
export const KEYWORDS = 10;

/** A term's IDF in one document's language. */
export type Idf<K> = (key: K) => number;

/**
 * The IDF functions of a pair, for words and for n-grams: each side's language table when it has one
 * (cross-lingual pairs weigh each side by its own language), else the two documents alone. That
 * fallback gives a shared term the lowest weight (the smoothing keeps it above zero), and damps words
 * shorter than SHORT_WORD_CHARS in place of a stopword list.
 */
export function pairIdf(a: PreparedDocument, b: PreparedDocument, table?: IdfTable): { termsA: Idf<string>; termsB: Idf<string>; gramsA: Idf<number>; gramsB: Idf<number> } {
  const fa = frequenciesOf(table, a.lang);
  const fb = frequenciesOf(table, b.lang);
  const pairTerms = fa === null || fb === null ? pairFallback(a.terms, b.terms) : null;
  const pairGrams = fa === null || fb === null ? pairFallback(a.grams, b.grams) : null;
  const damped = (t: string, w: number) => (t.length < SHORT_WORD_CHARS ? (w * t.length) / SHORT_WORD_CHARS : w);
  const terms = (f: LanguageFrequencies | null): Idf<string> =>
    f !== null ? (t) => smoothIdf(f.docs, f.terms.get(t) ?? 0) : (t) => damped(t, smoothIdf(2, pairTerms!.get(t) ?? 0));
  const grams = (f: LanguageFrequencies | null): Idf<number> =>
    f !== null ? (g) => smoothIdf(f.docs, f.grams.get(g) ?? 0) : (g) => smoothIdf(2, pairGrams!.get(g) ?? 0);
  return { termsA: terms(fa), termsB: terms(fb), gramsA: grams(fa), gramsB: grams(fb) };
}

function pairFallback<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): Map<K, number> {
  const df = new Map<K, number>();
  for (const k of a.keys()) df.set(k, 1);
  for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/**
 * TF-IDF cosine of two count vectors, with sublinear tf (1 + ln tf; Manning et al., *Introduction to
 * Information Retrieval* §6.4.1).
 */
export function tfidfCosine<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>, idfA: Idf<K>, idfB: Idf<K>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const wa = new Map<K, number>();
  for (const [k, tf] of a) {
    const w = (1 + Math.log(tf)) * idfA(k);
    wa.set(k, w);
    na += w * w;
  }
  for (const [k, tf] of b) {
    const w = (1 + Math.log(tf)) * idfB(k);
    nb += w * w;
    const x = wa.get(k);
    if (x !== undefined) dot += x * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Jaccard of the KEYWORDS heaviest terms of each side (by TF-IDF weight, ties by term). */
export function keywordJaccard(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, idfA: Idf<string>, idfB: Idf<string>): number {
  const ka = keywords(a, idfA);
  const kb = keywords(b, idfB);
  let shared = 0;
  for (const k of ka) if (kb.has(k)) shared++;
  const union = ka.size + kb.size - shared;
  return union === 0 ? 0 : shared / union;
}

function keywords(terms: ReadonlyMap<string, number>, idf: Idf<string>): Set<string> {
  const scored: [string, number][] = [];
  for (const [t, tf] of terms) scored.push([t, (1 + Math.log(tf)) * idf(t)]);
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return new Set(scored.slice(0, KEYWORDS).map((x) => x[0]));
}

export function sameLanguage(a: string, b: string): boolean {
  return a === b && a !== "und";
}
