import type { Entity } from "./types.js";

/** Weight every entity has whatever its salience: a name mentioned once still counts. */
const BASE_WEIGHT = 0.25;
/** Weight of the country a city lies in, relative to the city: same country, related geography. */
const CITY_COUNTRY_SHARE = 0.5;

function weights(entities: readonly Entity[], keep: (e: Entity) => boolean, withCountries: boolean): Map<string, number> {
  const w = new Map<string, number>();
  const put = (id: string, v: number) => w.set(id, Math.max(w.get(id) ?? 0, v));
  for (const e of entities) {
    if (!keep(e)) continue;
    const v = BASE_WEIGHT + (1 - BASE_WEIGHT) * e.salience;
    put(e.id, v);
    if (withCountries && e.country !== undefined && e.id !== `place:${e.country}`) put(`place:${e.country}`, v * CITY_COUNTRY_SHARE);
  }
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

/** How much two articles share people, places and organisations: salience-weighted Jaccard of entity ids. */
export function entityOverlap(a: readonly Entity[], b: readonly Entity[]): number {
  return weightedJaccard(weights(a, () => true, true), weights(b, () => true, true));
}

/** How much two articles share places; a city also counts, at half weight, as its country. */
export function placeOverlap(a: readonly Entity[], b: readonly Entity[]): number {
  const isPlace = (e: Entity) => e.type === "place";
  return weightedJaccard(weights(a, isPlace, true), weights(b, isPlace, true));
}
