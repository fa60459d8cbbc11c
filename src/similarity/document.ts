import type { Enrichment } from "../enrich/index.js";
import type { PartialDate } from "../types.js";
import { fnv1aString } from "../text/index.js";
import { NO_SPACE, SURROGATE, astralClassCached, bmpClassTable, wordSegmenter } from "../text/char-class.js";
import { mainScript } from "../text/script.js";
import { asciiDigits } from "../clean/dates.js";
import { frequenciesOf, smoothIdf } from "./frequencies.js";
import type { IdfTable, SimilarityInput } from "./types.js";

/**
 * Characters a word is cut to before it becomes a TF-IDF term. Truncation is a language-neutral
 * stemmer that does about as well as real ones on retrieval (Mayfield & McNamee 2003, "Single n-gram
 * stemming"); 6 was best on SemEval-2022 dev among 4–8 and no cut (eval/similarity-fit.ts).
 */
export const STEM_CHARS = 6;
/**
 * Characters per n-gram of the character TF-IDF vectors (words padded with a space each side). Character
 * n-grams match across inflections and compounds where whole words do not (McNamee & Mayfield 2004,
 * "Character n-gram tokenization for European language text retrieval"); 4 beat 3 and 5 on SemEval dev.
 */
export const GRAM_CHARS = 4;
/** Words of the lead (title included) compared on their own: the title and first sentences name the story. */
export const LEAD_WORDS = 60;
/** Words per shingle when looking for shared passages: 4 words rarely repeat by chance across articles. */
export const PASSAGE_SHINGLE = 4;

/** Keywords per document compared by `keywordJaccard`: a headline's worth of the heaviest terms. */
export const KEYWORDS = 10;
/**
 * Hash keys are cut to 30 bits so V8 keeps them as small integers: a Map keyed by uint32 hashes above
 * 2^30 stores boxed numbers and ran 5× slower. 30 bits keep chance collisions among a document's ~1,000
 * n-grams near 1 in a million.
 */
const KEY_MASK = 0x3fffffff;

/** Words: letter/digit runs with their combining marks, as the enrich tokenizer reads them. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MARKS_RE = /\p{M}+/gu;
const DIGITS_RE = /^\p{N}+$/u;
/** Punctuation that ends a sentence: a capital right after it proves nothing. */
const SENTENCE_END_RE = /[.!?:;"“”«»„\n]/;

/**
 * A document ready for comparison: words with offsets, TF-IDF terms, shingles, numbers and names.
 * Build it once per article with `prepareDocument` when the article is compared many times.
 */
export interface PreparedDocument {
  readonly id?: number | string;
  readonly lang: string;
  /** `title + "\n\n" + text`, or `text` alone: the string evidence offsets point into (as enrich's). */
  readonly doc: string;
  readonly bodyStart: number;
  /** Word start and end offsets into `doc`. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Folded word forms (lower case, no diacritics). */
  readonly words: readonly string[];
  /** Hash of each PASSAGE_SHINGLE-word window starting at a word (length = words − k + 1, or 0). */
  readonly shingles: Uint32Array;
  /** First window position of each shingle hash. */
  readonly shingleAt: ReadonlyMap<number, number>;
  /** Term (folded prefix) → count. */
  readonly terms: ReadonlyMap<string, number>;
  /** Hashed character n-gram → count, over all words and over the lead's. */
  readonly grams: ReadonlyMap<number, number>;
  readonly leadGrams: ReadonlyMap<number, number>;
  /** Terms of the title alone. */
  readonly titleTerms: ReadonlySet<string> | null;
  /** Numbers written in the text, in ASCII digits whatever digits wrote them ("٢٠٢١" is "2021"), leading zeros dropped. */
  readonly numbers: ReadonlySet<string>;
  /** The script of most of the text's letters (`mainScript`): texts in different scripts share no word or n-gram. */
  readonly script: string;
  /** Folded capitalised words not at a sentence start, plus enrich's `names`. */
  readonly names: ReadonlySet<string>;
  readonly published: PartialDate | null;
  readonly enrichment: Enrichment | null;
  /** TF-IDF vectors weighted by `vectors.table`, or null when that table knows too few documents of the language. */
  readonly vectors: WeightedVectors | null;
}

/** A sparse vector of unit length: keys ascending, weights aligned. */
export interface SparseVector {
  readonly keys: Int32Array;
  readonly weights: Float64Array;
}

/** A document's TF-IDF vectors under one IDF table, computed once so a comparison is a few merges. */
export interface WeightedVectors {
  /** The table the weights come from (compared by identity: re-prepare after the table has grown a lot). */
  readonly table: IdfTable | null;
  readonly terms: SparseVector;
  readonly grams: SparseVector;
  readonly lead: SparseVector;
  /** Keys of the KEYWORDS heaviest terms, ascending. */
  readonly keywords: Int32Array;
}

/** IDF of a word term and of a hashed n-gram, in one document's language. */
export interface IdfFunctions {
  terms: (term: string) => number;
  grams: (gram: number) => number;
}

/** Options of `prepareDocument`. */
export interface PrepareOptions {
  /** Weigh the TF-IDF vectors now with this table (per-language frequencies), so comparisons are cheap. */
  idf?: IdfTable;
  /** Characters words are cut to; only the fitting script changes it. */
  stemChars?: number;
}

/** Lower case without diacritics: "Erdoğan" and "Erdogan", "Zürich" and "Zurich" meet. */
export function foldWord(w: string): string {
  const lower = w.toLowerCase();
  return isAscii(lower) ? lower : lower.normalize("NFD").replace(MARKS_RE, "");
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Arabic writes the article and one-letter proclitics onto the noun ("والصين", "للصين", "الصين" are one
 * word, China) and spells word-final ta marbuta and alef maqsura two ways: the prefix part of Larkey et
 * al.'s light stemmer (2002, "Improving stemming for Arabic information retrieval") strips the first and
 * unifies the second, as whole words or prefixes cannot. Its suffix stripping lowered Pearson on SemEval
 * dev's Arabic pairs (0.444 → 0.435), so it is left out.
 */
const ARABIC_PREFIX_RE = /^(?:[وفبلك]?ال|لل|[وف](?=[^\s]{3}))/;
/** Stems must keep this many letters: shorter words are mostly function words or roots already bare. */
const MIN_ARABIC_STEM = 2;

/** The word TF-IDF terms and character n-grams are built from: the folded word, lightly stemmed in Arabic. */
export function stemOf(word: string, lang: string): string {
  if (lang !== "ar") return word;
  const bare = word.replace(/ة$/, "ه").replace(/ى$/, "ي");
  const stripped = bare.replace(ARABIC_PREFIX_RE, "");
  return stripped.length >= MIN_ARABIC_STEM ? stripped : bare;
}

/** The TF-IDF term of a folded word. */
export function termOf(word: string, stemChars: number = STEM_CHARS): string {
  return word.length > stemChars ? word.slice(0, stemChars) : word;
}

/** Prepare one article for `similarity` (pure; the result is read-only and can be cached by the caller). */
export function prepareDocument(input: SimilarityInput | PreparedDocument, options: PrepareOptions = {}): PreparedDocument {
  if (isPrepared(input)) return input;
  const stemChars = options.stemChars ?? STEM_CHARS;
  const title = input.title !== null && input.title.trim().length > 0 ? input.title : null;
  const doc = title === null ? input.text : `${title}\n\n${input.text}`;
  const bodyStart = title === null ? 0 : title.length + 2;
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const stems: string[] = [];
  const terms = new Map<string, number>();
  const titleTerms = title === null ? null : new Set<string>();
  const numbers = new Set<string>();
  const names = new Set<string>(input.enrichment?.names ?? []);
  let prevEnd = 0;
  forEachWord(doc, (raw, start) => {
    const word = foldWord(raw);
    const stem = stemOf(word, input.lang);
    const term = termOf(stem, stemChars);
    starts.push(start);
    ends.push(start + raw.length);
    words.push(word);
    stems.push(stem);
    terms.set(term, (terms.get(term) ?? 0) + 1);
    if (titleTerms !== null && start < bodyStart) titleTerms.add(term);
    if (DIGITS_RE.test(raw)) numbers.add(asciiDigits(raw).replace(/^0+(?=\d)/, ""));
    // A lone capital is an initial or an abbreviated title ("M. Wang"), not a name two stories share.
    else if (raw.length > 1 && isCapitalised(raw) && words.length > 1 && !SENTENCE_END_RE.test(doc.slice(prevEnd, start))) names.add(word);
    prevEnd = start + raw.length;
  });
  const grams = new Map<number, number>();
  const leadGrams = new Map<number, number>();
  for (let i = 0; i < stems.length; i++) addGrams(stems[i], grams, i < LEAD_WORDS ? leadGrams : null);
  const shingles = windowHashes(words, PASSAGE_SHINGLE);
  const shingleAt = new Map<number, number>();
  for (let i = 0; i < shingles.length; i++) if (!shingleAt.has(shingles[i])) shingleAt.set(shingles[i], i);
  const f = frequenciesOf(options.idf, input.lang);
  const idf: IdfFunctions | null = f === null ? null : { terms: (t) => smoothIdf(f.docs, f.terms.get(t) ?? 0), grams: (g) => smoothIdf(f.docs, f.grams.get(g) ?? 0) };
  const vectors = idf === null ? null : weighVectors({ terms, grams, leadGrams }, idf, options.idf ?? null);
  return {
    id: input.id,
    lang: input.lang,
    doc,
    bodyStart,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    words,
    shingles,
    shingleAt,
    terms,
    grams,
    leadGrams,
    titleTerms,
    numbers,
    script: mainScript(doc),
    names,
    published: input.published ?? input.updated ?? null,
    enrichment: input.enrichment,
    vectors,
  };
}

/**
 * The same document with its vectors weighed by `table` (a new object; `doc` is unchanged): for
 * documents prepared before the table existed, or after it has grown.
 */
export function reweigh(doc: PreparedDocument, table: IdfTable): PreparedDocument {
  const f = frequenciesOf(table, doc.lang);
  if (f === null) return { ...doc, vectors: null };
  return { ...doc, vectors: weighVectors(doc, { terms: (t) => smoothIdf(f.docs, f.terms.get(t) ?? 0), grams: (g) => smoothIdf(f.docs, f.grams.get(g) ?? 0) }, table) };
}

/** Unit TF-IDF vectors with sublinear tf (1 + ln tf; Manning et al., *Introduction to Information Retrieval* §6.4.1). */
export function weighVectors(d: Pick<PreparedDocument, "terms" | "grams" | "leadGrams">, idf: IdfFunctions, table: IdfTable | null): WeightedVectors {
  const termKeys: number[] = [];
  const termWeights: number[] = [];
  for (const [t, tf] of d.terms) {
    termKeys.push(termKey(t));
    termWeights.push((1 + Math.log(tf)) * idf.terms(t));
  }
  const order = termWeights.map((_, i) => i).sort((x, y) => termWeights[y] - termWeights[x] || termKeys[x] - termKeys[y]);
  const keywords = Int32Array.from(order.slice(0, KEYWORDS).map((i) => termKeys[i])).sort();
  return {
    table,
    terms: unitVector(termKeys, termWeights),
    grams: gramVector(d.grams, idf.grams),
    lead: gramVector(d.leadGrams, idf.grams),
    keywords,
  };
}

function gramVector(grams: ReadonlyMap<number, number>, idf: (g: number) => number): SparseVector {
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [g, tf] of grams) {
    keys.push(g);
    weights.push((1 + Math.log(tf)) * idf(g));
  }
  return unitVector(keys, weights);
}

function unitVector(keys: readonly number[], weights: readonly number[]): SparseVector {
  const order = keys.map((_, i) => i).sort((x, y) => keys[x] - keys[y]);
  let norm = 0;
  for (const w of weights) norm += w * w;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const k = new Int32Array(order.length);
  const w = new Float64Array(order.length);
  for (let i = 0; i < order.length; i++) (k[i] = keys[order[i]]), (w[i] = weights[order[i]] * scale);
  return { keys: k, weights: w };
}

/** Cosine of two unit vectors: one merge over the sorted keys. */
export function dot(a: SparseVector, b: SparseVector): number {
  const ak = a.keys;
  const bk = b.keys;
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < ak.length && j < bk.length) {
    const x = ak[i];
    const y = bk[j];
    if (x === y) s += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** The 30-bit key of a word term in the vectors. */
export function termKey(term: string): number {
  return fnv1aString(term) & KEY_MASK;
}

/**
 * Each word of `doc` as written, with where it starts, in order. A run of a script written without spaces
 * (Chinese, Japanese, Thai, Lao, Khmer, Burmese) is cut into words by `Intl.Segmenter`, as the copy and
 * story tokenizers cut it: taken whole, a clause of Chinese is one "word", so two reports of one event
 * share no term, no name and no passage.
 */
function forEachWord(doc: string, visit: (raw: string, start: number) => void): void {
  for (const m of doc.matchAll(WORD_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    if (!hasUnspacedScript(raw)) visit(raw, start);
    else for (const part of wordSegmenter().segment(raw)) if (part.isWordLike) visit(part.segment, start + part.index);
  }
}

function hasUnspacedScript(word: string): boolean {
  const classes = bmpClassTable();
  for (let i = 0; i < word.length; i++) {
    const cls = classes[word.charCodeAt(i)];
    if (cls === NO_SPACE) return true;
    if (cls === SURROGATE && astralClassCached(word.codePointAt(i) ?? 0) === NO_SPACE) return true;
  }
  return false;
}

function isPrepared(x: SimilarityInput | PreparedDocument): x is PreparedDocument {
  return (x as PreparedDocument).shingleAt !== undefined;
}

function isCapitalised(raw: string): boolean {
  const first = raw[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Count the GRAM_CHARS-grams of " word " (a shorter padded word is one gram) into `into` and `lead`. */
export function addGrams(word: string, into: Map<number, number>, lead: Map<number, number> | null): void {
  const n = GRAM_CHARS;
  const padded = word.length + 2;
  const count = padded <= n ? 1 : padded - n + 1;
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + n, padded);
    for (let j = i; j < end; j++) {
      const c = j === 0 || j === padded - 1 ? 0x20 : word.charCodeAt(j - 1);
      h = Math.imul(h ^ c, 0x01000193);
    }
    h &= KEY_MASK;
    into.set(h, (into.get(h) ?? 0) + 1);
    if (lead !== null) lead.set(h, (lead.get(h) ?? 0) + 1);
  }
}

/** FNV-1a of each word, combined over a sliding window of k words (order-sensitive). */
function windowHashes(words: readonly string[], k: number): Uint32Array {
  if (words.length < k) return new Uint32Array(0);
  const h = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let x = 0x811c9dc5;
    const w = words[i];
    for (let j = 0; j < w.length; j++) x = Math.imul(x ^ w.charCodeAt(j), 0x01000193);
    h[i] = x >>> 0;
  }
  const out = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < out.length; i++) {
    let x = 0x9747b28c;
    for (let j = 0; j < k; j++) x = Math.imul(x ^ h[i + j], 0x5bd1e995) ^ (x >>> 15);
    out[i] = x & KEY_MASK;
  }
  return out;
}
