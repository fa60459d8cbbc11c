import type { Enrichment, Entity } from "./types.js";

/** Weight every entity has whatever its salience: a name mentioned once still counts. */
const BASE_WEIGHT = 0.25;
/** Weight of the country a city lies in, relative to the city: same country, related geography. */
const CITY_COUNTRY_SHARE = 0.5;
/** Weight of an unclassified proper name next to an entity's: best on SemEval-2022 dev among 0.15–0.5. */
const NAME_WEIGHT = 0.4;
/** Weight of unclassified names in the geography score: a weak back-off for places no gazetteer knows. */
const GEO_NAME_WEIGHT = 0.1;

type Signals = Pick<Enrichment, "entities"> & Partial<Pick<Enrichment, "names">>;

function weights(s: Signals, keep: (e: Entity) => boolean, nameWeight: number): Map<string, number> {
  const w = new Map<string, number>();
  const put = (id: string, v: number) => w.set(id, Math.max(w.get(id) ?? 0, v));
  for (const e of s.entities) {
    if (!keep(e)) continue;
    const v = BASE_WEIGHT + (1 - BASE_WEIGHT) * e.salience;
    put(e.id, v);
    if (e.country !== undefined && e.id !== `place:${e.country}`) put(`place:${e.country}`, v * CITY_COUNTRY_SHARE);
  }
  if (nameWeight > 0) for (const n of s.names ?? []) if (!w.has(`name:${n}`)) w.set(`name:${n}`, nameWeight);
  return w;
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

/**
 * How much two articles share people, places, organisations and other proper names, in [0, 1]: the
 * square root of a salience-weighted Jaccard of entity ids (a city also counting, at half weight, as
 * its country) and name keys. The root spreads the many small overlaps of related articles apart.
 */
export function entityOverlap(a: Signals, b: Signals): number {
  return Math.sqrt(weightedJaccard(weights(a, () => true, NAME_WEIGHT), weights(b, () => true, NAME_WEIGHT)));
}

/** How much two articles share places (ids only, cities counting half as their country), in [0, 1]. */
export function placeOverlap(a: Signals, b: Signals): number {
  const isPlace = (e: Entity) => e.type === "place";
  return Math.sqrt(weightedJaccard(weights(a, isPlace, 0), weights(b, isPlace, 0)));
}

/** Place overlap with unclassified names as a weak back-off: the better geography signal on SemEval dev. */
export function geographyOverlap(a: Signals, b: Signals): number {
  const isPlace = (e: Entity) => e.type === "place";
  return Math.sqrt(weightedJaccard(weights(a, isPlace, GEO_NAME_WEIGHT), weights(b, isPlace, GEO_NAME_WEIGHT)));
}
