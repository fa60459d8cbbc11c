import { personMatchKey, surnameMatchKey } from "./person-key.js";
import { rarityOf, type EntityFrequencies } from "./rarity.js";
import type { Enrichment, Entity } from "./types.js";

/**
 * The tunables of an overlap score. Every field is fitted on SemEval-2022 dev by `evaluateEntities`,
 * which also reports the cross-validated figure of fitting them (see eval/entities.ts).
 */
export interface OverlapParams {
  /** Weight every entity has whatever its salience, in [0, 1]: a name mentioned once still counts. */
  readonly baseWeight: number;
  /** Weight of the country a city lies in, relative to the city: same country, related geography. */
  readonly cityCountryShare: number;
  /** Weight of an unclassified proper name (`Enrichment.names`, scaled by its salience) next to an entity's; 0 leaves them out. */
  readonly nameWeight: number;
  /** Power applied to the weighted Jaccard: below 1 it spreads the many small overlaps of related articles apart. */
  readonly exponent: number;
  /** Count places only (the geography scores). */
  readonly placesOnly: boolean;
  /** Weight of name salience's floor, as `baseWeight` for entities: a name written once still counts this much. */
  readonly nameBaseWeight?: number;
  /** Share of the score given to how near the two articles' places are (`placeProximity`); 0 or absent: none. */
  readonly proximityShare?: number;
  /** Distance at which two places count as 1/e near, in km. */
  readonly proximityKm?: number;
  /**
   * Power of a key's rarity (`rarityOf`) its weight is multiplied by; 0 or absent, or no frequencies
   * given: every key weighs alike. High powers let a rare shared name outweigh many common ones.
   */
  readonly rarityPower?: number;
  /**
   * How the two weight maps are compared: "jaccard" (Σ min / Σ max, the default) or "cosine". Cosine
   * squares the weights, so the few salient, rare keys an article is about decide the score, and a long
   * tail of minor names on one side lowers it less than Jaccard's sum of maxima does.
   */
  readonly measure?: "jaccard" | "cosine";
}

/**
 * `entityOverlap`, fitted on SemEval-2022 dev (`newsfold eval entities` reports it cross-validated):
 * names carry most of the weight, entity ids the salient rest; no weight floor for entities, so a
 * name met once in a footer counts little; compared by cosine (cross-validated 0.618 → 0.637 over Jaccard).
 */
export const ENTITY_OVERLAP: OverlapParams = Object.freeze({
  baseWeight: 0, cityCountryShare: 0, nameWeight: 3.2, nameBaseWeight: 0.1, exponent: 0.35, placesOnly: false, rarityPower: 3, measure: "cosine",
});
/**
 * `placeOverlap`: places alone, cities also as their country, rare places weighing more. Nearness
 * (`proximityShare`) helped before rarity weighting and adds nothing after it on SemEval dev.
 */
export const PLACE_OVERLAP: OverlapParams = Object.freeze({
  baseWeight: 0.1, cityCountryShare: 1, nameWeight: 0, exponent: 0.5, placesOnly: true, proximityShare: 0, proximityKm: 300, rarityPower: 3,
});
/** `geographyOverlap`: places with unclassified names as a weak back-off for places no gazetteer knows. */
export const GEOGRAPHY_OVERLAP: OverlapParams = Object.freeze({
  baseWeight: 0.1, cityCountryShare: 0, nameWeight: 0.2, nameBaseWeight: 0.1, exponent: 0.35, placesOnly: true, rarityPower: 2, measure: "cosine",
});

/** A surname shared says less than a whole name shared. */
export const SURNAME_SHARE = 0.5;

type Signals = Pick<Enrichment, "entities"> & Partial<Pick<Enrichment, "names" | "nameSalience">>;

/**
 * The weight map an overlap compares: entity ids (people by their cross-script key, cities also as their
 * country) and name keys, each
 * times its rarity to the power `p.rarityPower` when `rarity` is given.
 */
export function overlapWeights(s: Signals, p: OverlapParams, rarity: ((key: string) => number) | null = null): Map<string, number> {
  const w = new Map<string, number>();
  const put = (id: string, v: number) => w.set(id, Math.max(w.get(id) ?? 0, v));
  for (const e of s.entities) {
    if (p.placesOnly && e.type !== "place") continue;
    const v = p.baseWeight + (1 - p.baseWeight) * e.salience;
    put(e.type === "person" ? personMatchKey(e.id) : e.id, v); // people across scripts: see personMatchKey
    // The surname alone at half weight, as stories/represent.ts does: "朔尔茨" shares it with "Olaf Scholz".
    const surname = e.type === "person" ? surnameMatchKey(personMatchKey(e.id)) : null;
    if (surname !== null) put(surname, v * SURNAME_SHARE);
    if (isCity(e) && p.cityCountryShare > 0) put(`place:${e.country}`, v * p.cityCountryShare);
  }
  if (p.nameWeight > 0) {
    const names = s.names ?? [];
    const sal = s.nameSalience;
    for (let i = 0; i < names.length; i++) {
      const floor = p.nameBaseWeight ?? p.baseWeight;
      const v = sal === undefined ? 1 : floor + (1 - floor) * (sal[i] ?? 0);
      w.set(`name:${names[i]}`, p.nameWeight * v);
    }
  }
  const power = p.rarityPower ?? 0;
  if (rarity !== null && power > 0) for (const [k, v] of w) w.set(k, v * Math.pow(rarity(k), power));
  return w;
}

function isCity(e: Entity): e is Entity & { country: string } {
  return e.type === "place" && e.country !== undefined && e.id !== `place:${e.country}`;
}

/** Weighted Jaccard (Σ min / Σ max) of two weight maps; 0 when both are empty. */
export function weightedJaccard(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let num = 0;
  let den = 0;
  for (const [id, wa] of a) {
    const wb = b.get(id) ?? 0;
    num += Math.min(wa, wb);
    den += Math.max(wa, wb);
  }
  for (const [id, wb] of b) if (!a.has(id)) den += wb;
  return den === 0 ? 0 : num / den;
}

/** Cosine of two weight maps; 0 when either is empty. */
export function weightedCosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [id, wa] of a) {
    na += wa * wa;
    const wb = b.get(id);
    if (wb !== undefined) dot += wa * wb;
  }
  for (const wb of b.values()) nb += wb * wb;
  return na === 0 || nb === 0 ? 0 : Math.min(1, dot / Math.sqrt(na * nb));
}

/** The comparison `p.measure` names. */
export function compareWeights(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, p: Pick<OverlapParams, "measure">): number {
  return p.measure === "cosine" ? weightedCosine(a, b) : weightedJaccard(a, b);
}

/** The overlap of two articles under explicit parameters, in [0, 1]; `frequencies` weigh keys by rarity. */
export function overlapWith(a: Signals, b: Signals, p: OverlapParams, frequencies?: EntityFrequencies): number {
  const shared = Math.pow(compareWeights(cachedWeights(a, p, frequencies), cachedWeights(b, p, frequencies), p), p.exponent);
  const share = p.proximityShare ?? 0;
  return share > 0 ? (1 - share) * shared + share * placeProximity(a, b, p.proximityKm ?? DEFAULT_PROXIMITY_KM, p.baseWeight) : shared;
}

interface CachedWeights {
  params: OverlapParams;
  frequencies: EntityFrequencies | undefined;
  /** `frequencies.docs` when computed: a table that has grown since gives other rarities. */
  docs: number;
  weights: Map<string, number>;
}

/**
 * Weight maps of recently compared articles, per parameter set and frequency table: `similar` and the
 * evaluations compare one article with many, and the rarity weights cost a logarithm and a power per
 * key. Keyed weakly by the article's signals, which enrich never changes after it returns them.
 */
const weightCache = new WeakMap<Signals, CachedWeights[]>();
/** Parameter sets remembered per article: the three shipped overlaps and one more. */
const CACHED_PER_ARTICLE = 4;

function cachedWeights(s: Signals, p: OverlapParams, frequencies: EntityFrequencies | undefined): Map<string, number> {
  const docs = frequencies?.docs ?? 0;
  let list = weightCache.get(s);
  const hit = list?.find((c) => c.params === p && c.frequencies === frequencies && c.docs === docs);
  if (hit !== undefined) return hit.weights;
  const weights = overlapWeights(s, p, rarityOf(frequencies));
  if (list === undefined) weightCache.set(s, (list = []));
  if (list.length >= CACHED_PER_ARTICLE) list.shift();
  list.push({ params: p, frequencies, docs, weights });
  return weights;
}

/** Distance at which places count as 1/e near when no parameter says: about a large country's radius. */
const DEFAULT_PROXIMITY_KM = 1000;
const EARTH_KM = 6371;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Located = Entity & { lat: number; lon: number };

/**
 * How near two articles' places are, in [0, 1]: for each place of one article (weighted by salience),
 * `exp(-d / km)` to the nearest place of the other, averaged both ways. Two reports from Berlin and
 * Potsdam share no id but are near; 0 when either names no located place.
 */
export function placeProximity(a: Signals, b: Signals, km: number = DEFAULT_PROXIMITY_KM, baseWeight = 0.25): number {
  const pa = a.entities.filter(located);
  const pb = b.entities.filter(located);
  if (pa.length === 0 || pb.length === 0) return 0;
  const oneWay = (xs: readonly Located[], ys: readonly Located[]) => {
    let num = 0;
    let den = 0;
    for (const x of xs) {
      let d = Infinity;
      for (const y of ys) d = Math.min(d, x.id === y.id ? 0 : distanceKm(x, y));
      const w = baseWeight + (1 - baseWeight) * x.salience;
      num += w * Math.exp(-d / km);
      den += w;
    }
    return den === 0 ? 0 : num / den;
  };
  return (oneWay(pa, pb) + oneWay(pb, pa)) / 2;
}

function located(e: Entity): e is Located {
  return e.type === "place" && e.lat !== undefined && e.lon !== undefined;
}

/**
 * How much two articles share people, places, organisations and other proper names, in [0, 1]: a
 * salience-weighted Jaccard of entity ids (a city also counting, at a share, as its country) and name
 * keys, raised to a power below 1. With `frequencies` (how many articles name each key), a rare shared
 * name weighs more than a common one.
 */
export function entityOverlap(a: Signals, b: Signals, frequencies?: EntityFrequencies): number {
  return overlapWith(a, b, ENTITY_OVERLAP, frequencies);
}

/** How much two articles share places (ids, cities also counting as their country) and how near they are, in [0, 1]. */
export function placeOverlap(a: Signals, b: Signals, frequencies?: EntityFrequencies): number {
  return overlapWith(a, b, PLACE_OVERLAP, frequencies);
}

/** Place overlap with unclassified names as a weak back-off: the better geography signal on SemEval dev. */
export function geographyOverlap(a: Signals, b: Signals, frequencies?: EntityFrequencies): number {
  return overlapWith(a, b, GEOGRAPHY_OVERLAP, frequencies);
}
