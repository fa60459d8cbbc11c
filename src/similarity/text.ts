import type { PreparedDocument } from "./document.js";
import { idfOf } from "./idf.js";
import type { IdfTable, SharedPassage, TextEvidence } from "./types.js";
import { PASSAGE_SHINGLE } from "./document.js";

/** Passages kept in the evidence, longest first: enough to show, few enough to read. */
export const MAX_PASSAGES = 10;
/** Characters of a passage quoted in the evidence; offsets always cover the whole passage. */
const MAX_PASSAGE_TEXT = 300;
/**
 * Without an IDF table, words shorter than this many characters weigh less in proportion: function
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

/**
 * TF-IDF cosine of the term vectors, with sublinear tf (1 + ln tf; Manning et al., *Introduction to
 * Information Retrieval* §6.4.1). With no table the IDF comes from the two documents alone (a shared
 * term gets the lowest weight, which is why it is smoothed) and short words are damped instead.
 */
export function tfidfCosine(a: PreparedDocument, b: PreparedDocument, idf?: IdfTable): number {
  const table = idf ?? pairTable(a, b);
  const weight = (term: string, tf: number): number => {
    const w = (1 + Math.log(tf)) * idfOf(table, term);
    return idf === undefined && term.length < SHORT_WORD_CHARS ? (w * term.length) / SHORT_WORD_CHARS : w;
  };
  let dot = 0;
  let na = 0;
  let nb = 0;
  const wa = new Map<string, number>();
  for (const [t, tf] of a.terms) {
    const w = weight(t, tf);
    wa.set(t, w);
    na += w * w;
  }
  for (const [t, tf] of b.terms) {
    const w = weight(t, tf);
    nb += w * w;
    const x = wa.get(t);
    if (x !== undefined) dot += x * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function pairTable(a: PreparedDocument, b: PreparedDocument): IdfTable {
  const df = new Map<string, number>();
  for (const t of a.terms.keys()) df.set(t, 1);
  for (const t of b.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return { docs: 2, df };
}

/** The text dimension's evidence: passages always, the cosine only within one language. */
export function textEvidence(a: PreparedDocument, b: PreparedDocument, idf?: IdfTable): TextEvidence {
  const p = sharedPassages(a, b);
  return { ...p, cosine: sameLanguage(a.lang, b.lang) ? tfidfCosine(a, b, idf) : null };
}

export function sameLanguage(a: string, b: string): boolean {
  return a === b && a !== "und";
}
