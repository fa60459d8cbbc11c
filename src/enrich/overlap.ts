import type { Enrichment, Entity } from "./types.js";

/**
 * The tunables of an overlap score. Every field is fitted on SemEval-2022 dev by `evaluateEntities`,
 * which also reports the cross-validated figure of fitting them (see src/eval/entities.ts).
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
}

/** `entityOverlap`: chosen on SemEval-2022 dev (cross-validated figure in docs/EVALUATION.md). */
export const ENTITY_OVERLAP: OverlapParams = Object.freeze({ baseWeight: 0.25, cityCountryShare: 0.5, nameWeight: 0.4, exponent: 0.5, placesOnly: false });
/** `placeOverlap`: places alone, no back-off. */
export const PLACE_OVERLAP: OverlapParams = Object.freeze({ baseWeight: 0.25, cityCountryShare: 0.5, nameWeight: 0, exponent: 0.5, placesOnly: true });
/** `geographyOverlap`: places with unclassified names as a weak back-off for places no gazetteer knows. */
export const GEOGRAPHY_OVERLAP: OverlapParams = Object.freeze({ baseWeight: 0.25, cityCountryShare: 0.5, nameWeight: 0.1, exponent: 0.5, placesOnly: true });

type Signals = Pick<Enrichment, "entities"> & Partial<Pick<Enrichment, "names" | "nameSalience">>;

/** The weight map an overlap compares: entity ids (cities also as their country) and name keys. */
export function overlapWeights(s: Signals, p: OverlapParams): Map<string, number> {
  const w = new Map<string, number>();
  const put = (id: string, v: number) => w.set(id, Math.max(w.get(id) ?? 0, v));
  for (const e of s.entities) {
    if (p.placesOnly && e.type !== "place") continue;
    const v = p.baseWeight + (1 - p.baseWeight) * e.salience;
    put(e.id, v);
    if (isCity(e) && p.cityCountryShare > 0) put(`place:${e.country}`, v * p.cityCountryShare);
  }
  if (p.nameWeight > 0) {
    const names = s.names ?? [];
    const sal = s.nameSalience;
    for (let i = 0; i < names.length; i++) {
      const v = sal === undefined ? 1 : p.baseWeight + (1 - p.baseWeight) * (sal[i] ?? 0);
      w.set(`name:${names[i]}`, p.nameWeight * v);
    }
  }
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

/** The overlap of two articles under explicit parameters, in [0, 1]. */
export function overlapWith(a: Signals, b: Signals, p: OverlapParams): number {
  return Math.pow(weightedJaccard(overlapWeights(a, p), overlapWeights(b, p)), p.exponent);
}

/**
 * How much two articles share people, places, organisations and other proper names, in [0, 1]: a
 * salience-weighted Jaccard of entity ids (a city also counting, at a share, as its country) and name
 * keys, raised to a power below 1.
 */
export function entityOverlap(a: Signals, b: Signals): number {
  return overlapWith(a, b, ENTITY_OVERLAP);
}

/** How much two articles share places (ids only, cities also counting as their country), in [0, 1]. */
export function placeOverlap(a: Signals, b: Signals): number {
  return overlapWith(a, b, PLACE_OVERLAP);
}

/** Place overlap with unclassified names as a weak back-off: the better geography signal on SemEval dev. */
export function geographyOverlap(a: Signals, b: Signals): number {
  return overlapWith(a, b, GEOGRAPHY_OVERLAP);
}
