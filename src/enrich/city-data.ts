import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { CLDR_CITY_NAMES } from "./zone-cities-cldr.js";

/**
 * A populated place from GeoNames' cities15000 (capitals and cities of 50,000 people or more), with the
 * alternate names a reader writes in every script: `data/cities.tsv.gz`, built by
 * `scripts/build-gazetteer.ts` (CC BY 4.0, credit "GeoNames").
 */
export interface City {
  geonameId: number;
  /** A region's ISO 3166-2 code ("US-CA"), for the first-level subdivisions region-data.ts reads as places; absent for a city. */
  code?: string;
  name: string;
  /** Exonyms and native-script names ("Duschanbe", "Душанбе", "دوشنبه", "杜尚别"). */
  altNames: readonly string[];
  country: string;
  /** GeoNames feature code: PPLC is a national capital, PPLA a first-level admin seat. */
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/** The table ships beside `src/` and `dist/` alike: two folders up from this module. */
const TABLE_URL = new URL("../../data/cities.tsv.gz", import.meta.url);

/**
 * Read the city table (about 12,000 rows, 1 MB gzip), with the names CLDR gives the cities of the time zones in
 * scripts GeoNames lacks (`zone-cities-cldr.ts`: Bengali সিওল, Telugu బుడాపెస్ట్).
 */
export function loadCities(withCldrNames = true): City[] {
  const text = gunzipSync(readFileSync(TABLE_URL)).toString("utf8");
  const out: City[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0 || line.startsWith("#")) continue;
    const [id, name, country, featureCode, population, lat, lon, alt] = line.split("\t");
    const geonameId = Number(id);
    const altNames = alt === undefined || alt.length === 0 ? [] : alt.split("|");
    const cldr = withCldrNames ? CLDR_CITY_NAMES[geonameId] : undefined;
    out.push({
      geonameId,
      name: name ?? "",
      altNames: cldr === undefined ? altNames : [...altNames, ...cldr.split("|")],
      country: country ?? "",
      featureCode: featureCode ?? "",
      population: Number(population),
      lat: Number(lat),
      lon: Number(lon),
    });
  }
  return out;
}
