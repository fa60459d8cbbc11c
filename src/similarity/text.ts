import { PASSAGE_SHINGLE, weighVectors, type IdfFunctions, type PreparedDocument, type WeightedVectors } from "./document.js";
import { frequenciesOf, smoothIdf } from "./frequencies.js";
import type { IdfTable, LanguageFrequencies, SharedPassage } from "./types.js";

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
export function sharedPassages(a: PreparedDocument, b: PreparedDocument): { passages: SharedPassage[]; coverageA: number; coverageB: number; openingShared: boolean } {
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
  // The shorter side's first word inside a passage: its opening (headline, lead) is shared too.
  const openingShared = a.words.length <= b.words.length ? found.some((p) => p.i === 0) : coveredB[0] === 1;
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
    openingShared,
  };
}

/** Hash collisions aside, the window must really hold the same words. */
function sameWords(a: PreparedDocument, i: number, b: PreparedDocument, j: number, k: number): boolean {
  for (let x = 0; x < k; x++) if (a.words[i + x] !== b.words[j + x]) return false;
  return true;
}

/**
 * The TF-IDF vectors of a pair: each side's own, weighed once at preparation with the same table
 * (cross-lingual pairs weigh each side by its own language). When a side has none for this table, the
 * pair is weighed here: with the table for a language it knows, else with an IDF from the two documents
 * alone. That fallback gives a shared term the lowest weight (the smoothing keeps it above zero) and
 * damps words shorter than SHORT_WORD_CHARS in place of a stopword list.
 */
export function pairVectors(a: PreparedDocument, b: PreparedDocument, table?: IdfTable): [WeightedVectors, WeightedVectors] {
  const ready = (d: PreparedDocument) => (d.vectors !== null && d.vectors.table === (table ?? null) ? d.vectors : null);
  const va = ready(a);
  const vb = ready(b);
  if (va !== null && vb !== null) return [va, vb];
  const fa = frequenciesOf(table, a.lang);
  const fb = frequenciesOf(table, b.lang);
  if (fa !== null && fb !== null) return [va ?? weighVectors(a, languageIdf(fa), table ?? null), vb ?? weighVectors(b, languageIdf(fb), table ?? null)];
  const idf = pairFallback(a, b);
  return [weighVectors(a, idf, null), weighVectors(b, idf, null)];
}

function languageIdf(f: LanguageFrequencies): IdfFunctions {
  return { terms: (t) => smoothIdf(f.docs, f.terms.get(t) ?? 0), grams: (g) => smoothIdf(f.docs, f.grams.get(g) ?? 0) };
}

function pairFallback(a: PreparedDocument, b: PreparedDocument): IdfFunctions {
  const terms = countKeys(a.terms, b.terms);
  const grams = countKeys(a.grams, b.grams);
  return {
    terms: (t) => {
      const w = smoothIdf(2, terms.get(t) ?? 0);
      return t.length < SHORT_WORD_CHARS ? (w * t.length) / SHORT_WORD_CHARS : w;
    },
    grams: (g) => smoothIdf(2, grams.get(g) ?? 0),
  };
}

function countKeys<K>(a: ReadonlyMap<K, number>, b: ReadonlyMap<K, number>): Map<K, number> {
  const df = new Map<K, number>();
  for (const k of a.keys()) df.set(k, 1);
  for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return df;
}

/** Jaccard of two ascending key arrays (the keywords). */
export function sortedJaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) shared++, i++, j++;
    else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

export function sameLanguage(a: string, b: string): boolean {
  return a === b && a !== "und";
}
