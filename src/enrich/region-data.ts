import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { City } from "./city-data.js";

/**
 * The first-level subdivisions of every country (states, provinces, regions: California, Bayern, 四川省,
 * Донецкая область) with their names in the languages CLDR translates them to: `data/regions.tsv.gz`, built by
 * `scripts/build-regions.ts` from the Unicode CLDR (Unicode licence v3).
 *
 * A region is read as a place the way a city is, so every rule of place names applies to it: a `City` whose feature
 * code is ADM1 (GeoNames' code for a first-level division), whose `code` is its ISO 3166-2 code (its entity is
 * `place:US-CA`), with the population REGION_POPULATION stands for and no coordinates (CLDR has none). Its id is
 * negative, apart from GeoNames' ids.
 */
export const REGION_FEATURE_CODE = "ADM1";
/**
 * What a region counts as where rules weigh a place by its people (CLDR gives none): a state or province is named
 * without its country or a preposition as readily as a city of a million is ("fires hit Bavaria", "加利福尼亚州发生"),
 * the bar those rules set for a place of a foreign country or in a script without capitals (gazetteer-match.ts,
 * caseless-places.ts). Its short Han and Kana names still need a word of place (gazetteer.ts).
 */
export const REGION_POPULATION = 1_000_000;

const TABLE_URL = new URL("../../data/regions.tsv.gz", import.meta.url);

export function loadRegions(): City[] {
  const text = gunzipSync(readFileSync(TABLE_URL)).toString("utf8");
  const out: City[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.startsWith("#")) continue;
    const [code, country, name, others] = line.split("\t");
    if (code === undefined || country === undefined || name === undefined) continue;
    out.push({
      geonameId: -(out.length + 1),
      code,
      name,
      altNames: others === undefined || others.length === 0 ? [] : others.split("|"),
      country,
      featureCode: REGION_FEATURE_CODE,
      population: REGION_POPULATION,
      lat: Number.NaN,
      lon: Number.NaN,
    });
  }
  return out;
}
