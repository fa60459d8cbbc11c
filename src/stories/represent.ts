import { SURNAME_SHARE } from "../enrich/overlap.js";
import { personMatchKey, surnameMatchKey } from "../enrich/person-key.js";
import { THAI_RE, THAI_TEXT_RE, thaiWords } from "../enrich/thai.js";
import { withoutKoreanParticle } from "../text/korean.js";
import { tokenize } from "../text/index.js";
import type { StoryArticle } from "./types.js";
import { grownCopy, normalize, SparseVector, type FeatureDictionary } from "./vectors.js";

/**
 * The compact representation of an article the clusterer keeps (Miranda et al. 2018, §3.1: TF-IDF
 * vectors per language, entity vectors, time): raw counts here, weighted by the clusterer's online
 * document frequencies in `weigh`.
 */
export interface ArticleFeatures {
  lang: string;
  /** Term → sublinear term frequency; terms are folded words of 3+ letters, cut to `STEM_PREFIX`. */
  terms: Map<string, number>;
  /** Entity id (a person's cross-script key, `personMatchKey`) → salience */
  entities: Map<string, number>;
  /** Language-neutral tokens: enrich's folded names ("n:betancourt") and numbers ("#:600"). */
  names: Map<string, number>;
}

/** Words shorter than this are mostly function words in the Latin-script languages we see; IDF handles the rest. */
const MIN_TERM_CHARS = 3;
/**
 * A character of Chinese, Japanese or Korean writes a syllable or a morpheme, not a letter: most of their
 * words are two characters long (地震, 東京, 지진), so two is enough there.
 */
const MIN_DENSE_TERM_CHARS = 2;
const DENSE_SCRIPT_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * Japanese writes its particles, auxiliaries and inflections in hiragana (の, は, ました, ということ) and
 * most content words in kanji or katakana: a word of hiragana alone says how, not what.
 */
const HIRAGANA_ONLY_RE = /^[\p{Script=Hiragana}ー]+$/u;
/**
 * Cutting words to their first 7 letters is a cheap stemmer for inflected languages (French plurals
 * and verb endings) that merges few unrelated words; no per-language stemmer is needed.
 */
const STEM_PREFIX = 7;
/** The title says what the event is: its words count twice. */
const TITLE_REPEAT = 2;
/** Numbers of 2+ digits ("15 otages", "600 millions", "2008") are language-neutral evidence; single digits are noise. */
const MIN_NUMBER_DIGITS = 2;
/** Entities below this salience are passing mentions (enrich scores title/lead/frequency in [0, 1]). */
const MIN_ENTITY_SALIENCE = 0.05;

const DIACRITICS = /\p{M}+/gu;
const DIGITS = /^\p{N}+$/u;

/**
 * The text the terms are read from: without diacritics ("Zürich" and "Zurich" meet). Canonical
 * decomposition and mark removal leave a text of characters below U+00C0 (ASCII, Latin-1 punctuation)
 * and General Punctuation dashes, quotes and bullets as it was, and most English news is only those:
 * checking that is one native scan, two full copies of the text fewer.
 */
const UNCHANGED_BY_FOLDING = /^[\u0000-\u00bf\u2010-\u2027]*$/;
export function foldedForTerms(text: string): string {
  return UNCHANGED_BY_FOLDING.test(text) ? text : text.normalize("NFD").replace(DIACRITICS, "");
}

const THAI_RUN_RE = /[\u0E00-\u0E7F]+/gu;

/** Hangul letters, as folding leaves a Korean word (its syllables decomposed). */
const HANGUL_JAMO_RE = /^[\u1100-\u11ff]/;

/** Each token of the title (twice) and text, as a term or a number, in reading order. */
function readTokens(article: StoryArticle, onTerm: (term: string, times: number) => void, onNumber: (digits: string) => void): void {
  const take = (text: string, times: number): void => {
    // Thai writes no space between words, only between phrases: its words are read by the segmenter, before folding
    // takes the vowel signs it reads them by. A phrase's first letters would make "win the election" and "win the
    // match" one term, and two reports of one event written in other phrases none.
    const thai = THAI_TEXT_RE.test(text);
    if (thai) {
      for (const m of text.matchAll(THAI_RUN_RE)) {
        for (const w of thaiWords(m[0])) {
          const folded = w.word.normalize("NFD").replace(DIACRITICS, "");
          if (folded.length >= MIN_DENSE_TERM_CHARS) onTerm(folded, times);
        }
      }
    }
    for (const raw of tokenize(foldedForTerms(text))) {
      if (thai && THAI_RE.test(raw)) continue;
      if (DIGITS.test(raw)) {
        if (raw.length >= MIN_NUMBER_DIGITS) onNumber(raw);
        continue;
      }
      if (raw.length < MIN_TERM_CHARS && (raw.length < MIN_DENSE_TERM_CHARS || !DENSE_SCRIPT_RE.test(raw))) continue;
      if (HIRAGANA_ONLY_RE.test(raw)) continue;
      // A Korean word without its particle ("경주에서", "지진으로" → 경주, 지진): a prefix of a two-syllable noun would keep part of it.
      if (HANGUL_JAMO_RE.test(raw)) {
        onTerm(withoutKoreanParticle(raw.normalize("NFC")), times);
        continue;
      }
      onTerm(raw.length > STEM_PREFIX ? raw.slice(0, STEM_PREFIX) : raw, times);
    }
  };
  if (article.title) take(article.title, TITLE_REPEAT);
  take(article.text, 1);
}

/** Each entity feature of an article with its weight, in its order (a key may come twice: keep the larger). */
function readEntities(article: StoryArticle, onEntity: (key: string, weight: number) => void): void {
  for (const e of article.entities) {
    if (e.salience < MIN_ENTITY_SALIENCE) continue;
    // People by their cross-script key: Ван И, Wang Yi, 王毅 and وانغ يي are one feature.
    const key = e.type === "person" ? personMatchKey(e.id) : e.id;
    onEntity(key, e.salience);
    // The surname alone too: Chinese, Japanese and Korean reports name a foreigner by it ("朔尔茨" is Olaf Scholz).
    const surname = e.type === "person" ? surnameMatchKey(key) : null;
    if (surname !== null) onEntity(surname, SURNAME_SHARE * e.salience);
  }
}

/**
 * Names-kind key of a number an article writes ("#:2021"): language-neutral like a name, so stories of
 * two languages meet on it; threads leave numbers out (see threads/linker.ts).
 */
export const NUMBER_KEY_PREFIX = "#:";

export function extractFeatures(article: StoryArticle): ArticleFeatures {
  const lang = article.lang || "und";
  const counts = new Map<string, number>();
  const names = new Map<string, number>();
  readTokens(
    article,
    (term, times) => counts.set(term, (counts.get(term) ?? 0) + times),
    (digits) => names.set(NUMBER_KEY_PREFIX + digits, 1),
  );
  // Sublinear tf (Manning et al., IR book §6.4.1): a word repeated ten times is not ten times the topic.
  for (const [t, c] of counts) counts.set(t, 1 + Math.log(c));
  for (const n of article.names ?? []) names.set(`n:${n}`, 1);
  const entities = new Map<string, number>();
  readEntities(article, (key, weight) => entities.set(key, Math.max(entities.get(key) ?? 0, weight)));
  return { lang, terms: counts, entities, names };
}

/**
 * An article's features with each key replaced by its id in the run's dictionary, in the same order:
 * counted and weighed without a string lookup, and small enough to keep from priming until the article is added.
 */
export interface InternedFeatures {
  lang: string;
  terms: FeatureList;
  entities: FeatureList;
  names: FeatureList;
}

interface FeatureList {
  ids: Int32Array;
  weights: Float64Array;
}

function internList(map: ReadonlyMap<string, number>, dictionary: FeatureDictionary): FeatureList {
  const ids = new Int32Array(map.size);
  const weights = new Float64Array(map.size);
  let i = 0;
  for (const [key, weight] of map) {
    ids[i] = dictionary.id(key);
    weights[i++] = weight;
  }
  return { ids, weights };
}

export function internFeatures(f: ArticleFeatures, dictionary: FeatureDictionary): InternedFeatures {
  return { lang: f.lang, terms: internList(f.terms, dictionary), entities: internList(f.entities, dictionary), names: internList(f.names, dictionary) };
}

/**
 * A list of distinct feature ids in first-seen order with their summed weights: `extractFeatures`
 * followed by `internFeatures`, without a string-keyed map of its own (each token costs one dictionary
 * look-up instead of two map operations, and the keys are not interned a second time).
 */
class FeatureAccumulator {
  #order: number[] = [];
  #weightAt = new Float64Array(256);
  #seen = new Uint8Array(256);

  add(id: number, weight: number, combine: (old: number, weight: number) => number): void {
    if (id >= this.#seen.length) {
      const size = Math.max(id + 1, this.#seen.length * 2);
      this.#weightAt = grownCopy(this.#weightAt, size);
      this.#seen = grownCopy(this.#seen, size);
    }
    if (this.#seen[id] === 0) {
      this.#seen[id] = 1;
      this.#order.push(id);
      this.#weightAt[id] = weight;
    } else this.#weightAt[id] = combine(this.#weightAt[id], weight);
  }

  /** The list, each weight mapped by `finish`; the accumulator is empty again after. */
  take(finish: (weight: number) => number): FeatureList {
    const order = this.#order;
    const ids = Int32Array.from(order);
    const weights = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) {
      weights[i] = finish(this.#weightAt[order[i]]);
      this.#seen[order[i]] = 0;
    }
    order.length = 0;
    return { ids, weights };
  }
}

const sum = (old: number, weight: number): number => old + weight;
const larger = (old: number, weight: number): number => Math.max(old, weight);
const keep = (old: number): number => old;
const sublinear = (count: number): number => 1 + Math.log(count);
const as = (weight: number): number => weight;

/** Scratch of `readInternedFeatures`, one per dictionary (a worker thread or a fold has one). */
const accumulators = new WeakMap<FeatureDictionary, { terms: FeatureAccumulator; entities: FeatureAccumulator; names: FeatureAccumulator }>();

/** `internFeatures(extractFeatures(article), dictionary)`, the same lists to the bit, in one pass. */
export function readInternedFeatures(article: StoryArticle, dictionary: FeatureDictionary): InternedFeatures {
  let scratch = accumulators.get(dictionary);
  if (scratch === undefined) accumulators.set(dictionary, (scratch = { terms: new FeatureAccumulator(), entities: new FeatureAccumulator(), names: new FeatureAccumulator() }));
  const { terms, entities, names } = scratch;
  readTokens(
    article,
    (term, times) => terms.add(dictionary.id(term), times, sum),
    (digits) => names.add(dictionary.id(NUMBER_KEY_PREFIX + digits), 1, keep),
  );
  for (const n of article.names ?? []) names.add(dictionary.id(`n:${n}`), 1, keep);
  readEntities(article, (key, weight) => entities.add(dictionary.id(key), weight, larger));
  return { lang: article.lang || "und", terms: terms.take(sublinear), entities: entities.take(as), names: names.take(as) };
}

/** Document frequencies kept online, by feature id: per language for terms, across languages for entities and names. */
export interface DocumentFrequencies {
  termDocs: Map<string, number>;
  termDf: Map<string, FrequencyTable>;
  neutralDocs: number;
  neutralDf: FrequencyTable;
}

/** Documents per feature id, in an array indexed by the id (ids are dense: a lookup is an array read, not a hash probe). */
export class FrequencyTable {
  #counts: Int32Array = new Int32Array(1024);

  get(id: number): number {
    return id < this.#counts.length ? this.#counts[id] : 0;
  }

  /** The counts by id: the table's own array, longer than the ids met (the tail is zero). */
  counts(): Int32Array {
    return this.#counts;
  }

  static of(counts: Int32Array): FrequencyTable {
    const table = new FrequencyTable();
    table.#counts = counts;
    return table;
  }

  count(ids: Int32Array): void {
    let counts = this.#counts;
    for (const id of ids) {
      if (id >= counts.length) this.#counts = counts = grownCopy(counts, Math.max(id + 1, counts.length * 2));
      counts[id]++;
    }
  }
}

export function createDocumentFrequencies(): DocumentFrequencies {
  return { termDocs: new Map(), termDf: new Map(), neutralDocs: 0, neutralDf: new FrequencyTable() };
}

export function countDocument(df: DocumentFrequencies, f: InternedFeatures): void {
  df.termDocs.set(f.lang, (df.termDocs.get(f.lang) ?? 0) + 1);
  let table = df.termDf.get(f.lang);
  if (!table) df.termDf.set(f.lang, (table = new FrequencyTable()));
  table.count(f.terms.ids);
  df.neutralDocs++;
  df.neutralDf.count(f.entities.ids);
  df.neutralDf.count(f.names.ids);
}

/** Smoothed IDF, ln((N + 1) / (df + 1)) + 1 (as scikit-learn's): never 0, so early articles keep a vector. */
function idf(docs: number, df: number): number {
  return Math.log((docs + 1) / (df + 1)) + 1;
}

/** Unit TF-IDF vectors of an article with the frequencies as they stand (the article already counted). */
export interface ArticleVectors {
  lang: string;
  text: SparseVector;
  entities: SparseVector;
  names: SparseVector;
}

function weighList(list: FeatureList, docs: number, table: FrequencyTable | undefined, dictionary: FeatureDictionary): SparseVector {
  const { ids, weights } = list;
  const weighed = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) weighed[i] = weights[i] * idf(docs, table?.get(ids[i]) ?? 0);
  // Interned from a map's keys, the ids are distinct.
  return normalize(SparseVector.ofDistinct(dictionary, ids, weighed));
}

export function weigh(df: DocumentFrequencies, f: InternedFeatures, dictionary: FeatureDictionary): ArticleVectors {
  return {
    lang: f.lang,
    text: weighList(f.terms, df.termDocs.get(f.lang) ?? 0, df.termDf.get(f.lang), dictionary),
    entities: weighList(f.entities, df.neutralDocs, df.neutralDf, dictionary),
    names: weighList(f.names, df.neutralDocs, df.neutralDf, dictionary),
  };
}
