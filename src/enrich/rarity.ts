import type { Enrichment } from "./types.js";

/**
 * How many articles name each entity and proper name, across languages (ids and name keys are
 * language-neutral). Sharing a name few articles use says more than sharing one every article uses
 * ("Soleimani" against "Polizei", "Trump" in 2020): overlaps weigh each key by its rarity, as TF-IDF
 * weighs words. Build it from the articles compared (or the store); an overlap without one weighs
 * every key alike.
 */
export interface EntityFrequencies {
  docs: number;
  keys: Map<string, number>;
}

/** Articles counted before rarity is trusted: with fewer, every key looks rare and weights are noise. */
export const MIN_RARITY_DOCS = 20;

export function createEntityFrequencies(): EntityFrequencies {
  return { docs: 0, keys: new Map() };
}

/** Count one more article into `f` (in place): each key it could share once. */
export function addToEntityFrequencies(f: EntityFrequencies, s: Pick<Enrichment, "entities" | "names">): void {
  f.docs++;
  const keys = new Set<string>();
  for (const e of s.entities) {
    keys.add(e.id);
    if (e.type === "place" && e.country !== undefined) keys.add(`place:${e.country}`);
  }
  for (const n of s.names) keys.add(`name:${n}`);
  for (const k of keys) f.keys.set(k, (f.keys.get(k) ?? 0) + 1);
}

/**
 * The rarity of a key, smoothed IDF `ln((1 + N) / (1 + df)) + 1` (≥ 1), or null when `f` holds too few
 * articles to say.
 */
export function rarityOf(f: EntityFrequencies | undefined): ((key: string) => number) | null {
  if (f === undefined || f.docs < MIN_RARITY_DOCS) return null;
  const n = f.docs;
  return (key) => Math.log((1 + n) / (1 + (f.keys.get(key) ?? 0))) + 1;
}
