import type { PartialDate } from "../types.js";

/**
 * What enrich reads. A CleanedArticle satisfies it (its `lang` is a LanguageGuess, its `updated`
 * serves as the reference date when `published` is missing).
 */
export interface EnrichInput {
  title: string | null;
  text: string;
  /** ISO 639-1 code, or the clean stage's guess. */
  lang: string | { code: string };
  published: PartialDate | null;
  /** Last update as the page states it: the reference for relative dates when `published` is null. */
  updated?: PartialDate | null;
  dateline?: { place: string; date?: PartialDate; text?: string } | null;
}

/** Where an entity is named: offsets into the enriched document (see `enrichedDocument`). */
export interface EntityMention {
  text: string;
  start: number;
  end: number;
}

export type EntityType = "person" | "place" | "organisation";

/**
 * A person, place or organisation named by an article. `id` is canonical across articles and languages:
 *  - `person:<personKey>` ("person:va-i" for Wang Yi; see `personKey`);
 *  - `place:<ISO alpha-2>` for a country ("place:CN"), `place:gn:<GeoNames id>` for a city,
 *    `place:name:<slug>` for a place no gazetteer knows (never given a guessed country);
 *  - `org:<id>` for a curated organisation ("org:sco"), `org:name:<slug>` for one found by pattern.
 */
export interface Entity {
  type: EntityType;
  id: string;
  /** Best display form: the gazetteer's (English) name, or the fullest spelling the article uses. */
  name: string;
  /** ISO 3166-1 alpha-2, for places known to a gazetteer. */
  country?: string;
  /** Where the place is: a city's own coordinates; for a country, its capital's (a proxy: no centroids offline). */
  lat?: number;
  lon?: number;
  mentions: EntityMention[];
  /** In [0, 1]: named in the title, in the lead, and how often. */
  salience: number;
}

export interface Enrichment {
  /** Most salient first. */
  entities: Entity[];
  /** The event's date, resolved against `published` (or `updated`); null when nothing can be placed. */
  eventDate: { date: PartialDate; text: string; offset: number; confidence: number } | null;
  /** The publication date as given: never completed (a page without a year stays without one). */
  publishedDate: PartialDate | null;
  /**
   * Other proper names, folded ("remdesivir", "youtube"): capitalised words past a sentence's start
   * that no rule made an entity, and in scripts without case (Arabic …) every word of 3+ letters. A
   * language-neutral signal for stories and similarity, not shown as entities.
   */
  names: string[];
  /** Salience of each of `names`, in the same order and on the scale of `Entity.salience`. */
  nameSalience?: number[];
  /**
   * Set when the enriched document was longer than `maxChars`: only its first `cutAt` characters were
   * read (the pipeline reports `enrich.truncated`). Absent otherwise.
   */
  cutAt?: number;
}

/** Options of `createEnricher`. */
export interface EnrichOptions {
  /** Resolve the event date (chrono-node); off saves most of the time per article. Default true. */
  dates?: boolean;
  /** Largest number of entities returned per article, most salient first. Default 50. */
  maxEntities?: number;
  /**
   * Longest document (title and text, UTF-16 code units) read for names and dates; the rest of a longer
   * one is left unread, so the stage's time and memory per document stay bounded. Default 200,000
   * (a long report is about 100,000).
   */
  maxChars?: number;
}

export interface ResolvedEnrichOptions {
  readonly dates: boolean;
  readonly maxEntities: number;
  readonly maxChars: number;
}
