import type { Enrichment, EntityFrequencies, EntityType } from "../enrich/index.js";
import type { PartialDate } from "../types.js";

/**
 * What `similarity` compares. A stored article with its enrichment satisfies it; `enrichment` may be
 * null (then only text, time and narrative signals are used).
 */
export interface SimilarityInput {
  id?: number | string;
  title: string | null;
  text: string;
  /** ISO 639-1 code ("und" when unknown): TF-IDF cosine is only taken between texts of one language. */
  lang: string;
  published: PartialDate | null;
  updated?: PartialDate | null;
  enrichment: Enrichment | null;
}

/** Document frequencies of one language: words (folded prefixes) and hashed character n-grams. */
export interface LanguageFrequencies {
  docs: number;
  terms: Map<string, number>;
  grams: Map<number, number>;
}

/**
 * Document frequencies for TF-IDF, kept per language: a function word of a language few documents
 * are written in would otherwise look rare (per-language IDF raised Pearson on SemEval dev from 0.61
 * to 0.64 for the word cosine alone). Build it with `createIdfTable` and grow it with `addToIdfTable`
 * (the lead fills one from the store); `similarity` only reads it.
 */
export interface IdfTable {
  readonly version: 1;
  readonly languages: Map<string, LanguageFrequencies>;
  /**
   * Articles naming each entity id and proper name, across languages, counted from the documents that
   * carried an enrichment: the entity and geography overlaps weigh a shared key by its rarity.
   */
  readonly entities?: EntityFrequencies;
}

/** One passage both texts hold: offsets into each side's `title + "\n\n" + text` (`text` alone without a title). */
export interface SharedPassage {
  /** Words in the passage. */
  words: number;
  a: { start: number; end: number };
  b: { start: number; end: number };
  /** The passage as side A writes it. */
  text: string;
}

export interface TextEvidence {
  passages: SharedPassage[];
  /** Words of A inside shared passages / words of A (and the same for B). */
  coverageA: number;
  coverageB: number;
  /** TF-IDF cosine of the word vectors; null when the languages differ (words do not translate). */
  cosine: number | null;
  /** TF-IDF cosine of the character 4-grams, in any languages (across them: names, numbers, cognates). */
  gramCosine: number;
  /** The shorter text's first word lies in a shared passage: both open alike (headline, lead). */
  openingShared: boolean;
  /** The shorter text lies (almost) wholly inside shared passages, its opening included: a copy, the same story. */
  copy: boolean;
  /**
   * The scripts most of each text's letters are in ("Latin", "Han" …). When they differ the texts can share
   * no word or n-gram, and the scores come from the models fitted on what no script binds (`acrossScripts`).
   */
  scripts: readonly [string, string];
}

export interface SharedEntity {
  id: string;
  name: string;
  type: EntityType;
  salienceA: number;
  salienceB: number;
}

export interface EntitiesEvidence {
  shared: SharedEntity[];
  /** Salience-weighted Jaccard of entity ids and other proper names (`entityOverlap` of enrich). */
  overlap: number;
}

export interface NearPlace {
  a: { id: string; name: string };
  b: { id: string; name: string };
  /** Both places lie in this country (ISO alpha-2), when the gazetteer says so. */
  country: string | null;
  /** Great-circle distance between the two places, when both have coordinates. */
  distanceKm: number | null;
}

export interface GeographyEvidence {
  shared: SharedEntity[];
  /** Different places that lie in one country or near each other, closest first. */
  near: NearPlace[];
  /** Place overlap with proper names as back-off (`geographyOverlap` of enrich). */
  overlap: number;
}

export interface TimeEvidence {
  /** Days between the publication dates; null unless both carry a year, month and day. */
  publishedGapDays: number | null;
  /** Days between the event dates; null unless both are known to the day with a year. */
  eventGapDays: number | null;
  /**
   * When no exact gap is known but both sides date the event (or, failing that, the publication) to a
   * month and day: the least gap any years could give ("14/09" and 2021-09-17: at least 3 days apart).
   * A floor, never a guess: it says the articles are not about the same day.
   */
  leastGapDays: number | null;
  /** Years written in both texts ("2019"): the weak signal left when no date is known. */
  sharedYears: number[];
}

export interface NarrativeEvidence {
  /** Numbers both texts write (amounts, counts, dates), as written in A. */
  sharedNumbers: string[];
  /** Proper names both texts use that are not entities (`Enrichment.names`) plus capitalised words. */
  sharedNames: string[];
  /** Jaccard of the title words (folded prefixes), null when either side has no title. */
  titleOverlap: number | null;
}

export interface Dimension<E> {
  /** In [0, 1]: 1 = the same on this dimension. */
  score: number;
  evidence: E;
}

export type Verdict = "same story" | "related" | "different";

export interface SimilarityReport {
  /** In [0, 1]: 1 = the same story. */
  overall: number;
  /** The SemEval-2022 Task 8 scale, continuous: 1 = very similar … 4 = very dissimilar. */
  scale: number;
  verdict: Verdict;
  dimensions: {
    text: Dimension<TextEvidence>;
    entities: Dimension<EntitiesEvidence>;
    geography: Dimension<GeographyEvidence>;
    time: Dimension<TimeEvidence>;
    narrative: Dimension<NarrativeEvidence>;
  };
}
