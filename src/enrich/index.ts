import { enrichArticle } from "./enrich-article.js";
import { getGazetteer } from "./gazetteer.js";
import { DEFAULT_ENRICH_OPTIONS, resolveEnrichOptions } from "./options.js";
import type { EnrichInput, EnrichOptions, Enrichment } from "./types.js";

/**
 * The enrich stage: people, places and organisations with canonical ids, and the event date.
 * Pure per article (no I/O, no clock); the gazetteers (countries in every language, demonyms,
 * GeoNames cities, organisations) are read once, lazily, on first use, and kept read-only; their
 * load time is `gazetteerLoadMs()`.
 *
 * Mention offsets point into `title + "\n\n" + text` (`text` alone when there is no title).
 *
 * @example
 * const { entities, eventDate } = enrich(cleanedArticle);
 * entities.filter((e) => e.type === "person").map((e) => e.id); // ["person:oa-sholz", …]
 */
export interface Enricher {
  enrich(article: EnrichInput): Enrichment;
}

export function createEnricher(options: EnrichOptions = {}): Enricher {
  const resolved = resolveEnrichOptions(options);
  return { enrich: (article) => enrichArticle(article, resolved) };
}

/** Enrich one article with the default options. */
export function enrich(article: EnrichInput): Enrichment {
  return enrichArticle(article, DEFAULT_ENRICH_OPTIONS);
}

/** Milliseconds the gazetteers took to load (loading them now if no article has been enriched yet). */
export function gazetteerLoadMs(): number {
  return getGazetteer().loadMs;
}

export { DEFAULT_ENRICH_OPTIONS, resolveEnrichOptions } from "./options.js";
export { enrichedDocument } from "./enrich-article.js";
export { personKey, nameSkeleton } from "./person-key.js";
export {
  entityOverlap, geographyOverlap, placeOverlap, placeProximity, distanceKm, overlapWith, overlapWeights, weightedJaccard, weightedCosine, compareWeights,
  ENTITY_OVERLAP, GEOGRAPHY_OVERLAP, PLACE_OVERLAP, type OverlapParams,
} from "./overlap.js";
export { createEntityFrequencies, addToEntityFrequencies, rarityOf, MIN_RARITY_DOCS, type EntityFrequencies } from "./rarity.js";
export type { EnrichInput, EnrichOptions, Enrichment, Entity, EntityMention, EntityType, ResolvedEnrichOptions } from "./types.js";
export type { EventDate } from "./event-date.js";
