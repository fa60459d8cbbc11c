import { SURNAME_SHARE } from "../enrich/overlap.js";
import { personMatchKey, surnameMatchKey } from "../enrich/person-key.js";
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

export function extractFeatures(article: StoryArticle): ArticleFeatures {
  const lang = article.lang || "und";
  const counts = new Map<string, number>();
  const names = new Map<string, number>();
  const take = (text: string, times: number): void => {
    for (const raw of tokenize(text.normalize("NFD").replace(DIACRITICS, ""))) {
      if (DIGITS.test(raw)) {
        if (raw.length >= MIN_NUMBER_DIGITS) names.set(`#:${raw}`, 1);
        continue;
      }
      if (raw.length < MIN_TERM_CHARS) continue;
      const term = raw.length > STEM_PREFIX ? raw.slice(0, STEM_PREFIX) : raw;
      counts.set(term, (counts.get(term) ?? 0) + times);
    }
  };
  if (article.title) take(article.title, TITLE_REPEAT);
  take(article.text, 1);
  // Sublinear tf (Manning et al., IR book §6.4.1): a word repeated ten times is not ten times the topic.
  for (const [t, c] of counts) counts.set(t, 1 + Math.log(c));
  for (const n of article.names ?? []) names.set(`n:${n}`, 1);
  const entities = new Map<string, number>();
  for (const e of article.entities) {
    if (e.salience < MIN_ENTITY_SALIENCE) continue;
    // People by their cross-script key: Ван И, Wang Yi, 王毅 and وانغ يي are one feature.
    const key = e.type === "person" ? personMatchKey(e.id) : e.id;
    entities.set(key, Math.max(entities.get(key) ?? 0, e.salience));
    // The surname alone too: Chinese, Japanese and Korean reports name a foreigner by it ("朔尔茨" is Olaf Scholz).
    const surname = e.type === "person" ? surnameMatchKey(key) : null;
    if (surname !== null) entities.set(surname, Math.max(entities.get(surname) ?? 0, SURNAME_SHARE * e.salience));
  }

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

/** Document frequencies kept online, by feature id: per language for terms, across languages for entities and names. */
export interface DocumentFrequencies {
  termDocs: Map<string, number>;
  termDf: Map<string, FrequencyTable>;
  neutralDocs: number;
  neutralDf: FrequencyTable;
}

/** Documents per feature id, in an array indexed by the id (ids are dense: a lookup is an array read, not a hash probe). */
export class FrequencyTable {
  #counts = new Int32Array(1024);

  get(id: number): number {
    return id < this.#counts.length ? this.#counts[id] : 0;
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
