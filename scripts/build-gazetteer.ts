/**
 * Builds `data/cities.tsv.gz`, the compact city table enrich loads, from GeoNames' cities15000 dump
 * (`../shared/data/gazetteer/cities15000.zip`, CC BY 4.0, credit "GeoNames").
 *
 *   node --import tsx scripts/build-gazetteer.ts [path/to/cities15000.zip] [out.tsv.gz]
 *
 * Repeatable: the same dump gives the same bytes (rows sorted by id, names sorted, gzip without a
 * timestamp). What is kept, and why:
 *  - capitals and cities of CITY_MIN_POPULATION people or more (smaller towns named like common words cost
 *    more than they find);
 *  - the name, and the alternate names a reader would write: every name in a non-Latin script
 *    (杜尚别, Душанбе, دوشنبه), and Latin exonyms that carry a capital
 *    (Duschanbe, Douchanbé); not GeoNames' lower-case romanisations ("dwshnbh"), names shorter than
 *    ALTERNATE_MIN_LETTERS outside Han, Kana and Hangul, or names with digits; each folded spelling once;
 *    a name in another script followed by a Latin abbreviation ("워싱턴 D.C.") is kept without it (워싱턴), a name
 *    followed by its province after an Arabic comma ("ناگویا، آیچی") without the province.
 * One line per city: id, name, country, feature code, population, lat, lon, alternate names joined by "|".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { inflateRawSync, gzipSync } from "node:zlib";
import { fold } from "../src/enrich/fold.js";
import { keepAlternate } from "./alternate-names.js";

/** Cities below this population are left out: small towns named like common words cost more than they find. */
export const CITY_MIN_POPULATION = 50_000;
const [zipPath = "../shared/data/gazetteer/cities15000.zip", outPath = "data/cities.tsv.gz"] = process.argv.slice(2);

/** The one file of a zip archive, read through its central directory (sizes there are always set). */
function unzipFirst(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("build-gazetteer: not a zip archive");
  const cd = zip.readUInt32LE(eocd + 16);
  const method = zip.readUInt16LE(cd + 10);
  const size = zip.readUInt32LE(cd + 20);
  const local = zip.readUInt32LE(cd + 42);
  const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(dataAt, dataAt + size);
  if (method === 0) return data;
  if (method === 8) return inflateRawSync(data);
  throw new Error(`build-gazetteer: zip compression method ${method} is not supported`);
}

/**
 * A name in another script with a Latin abbreviation after it ("워싱턴 D.C.", "ワシントンD.C."): the abbreviation
 * off, as text writes the name (워싱턴). Latin and other names are returned as they are.
 */
const ABBREVIATED_RE = /^([^\p{Script=Latin}\p{N}]*[^\p{Script=Latin}\p{N}\s.,])[\s,]*(?:[A-Z]\.?){1,3}$/u;
export function withoutLatinAbbreviation(name: string): string {
  const m = ABBREVIATED_RE.exec(name.trim());
  return m === null ? name : m[1]!;
}

/**
 * Persian and Urdu Wikipedia tell a city from its namesakes by its province or country after an Arabic comma
 * ("ناگویا، آیچی", Nagoya, Aichi; "تانگا، تانزانیا"), and GeoNames copies the title: text writes the name before it.
 * The qualifier says the name is shared, so a short one is left qualified, out of reach (کایا, Kaya, is also a
 * Turkish surname and cut "علی یرلی‌کایا" short; ساری, Sari, is Urdu for "all").
 */
export function withoutQualifier(name: string): string {
  const comma = name.indexOf("،");
  const head = comma > 0 ? name.slice(0, comma).trim() : name;
  return head.replace(/[^\p{L}]/gu, "").length >= QUALIFIED_NAME_MIN_LETTERS ? head : name;
}
const QUALIFIED_NAME_MIN_LETTERS = 5;

const text = unzipFirst(readFileSync(zipPath)).toString("utf8");
/** How many cities' names (every row, kept or not) hold each word, folded. */
const genericWords = new Map<string, number>();
for (const line of text.split("\n")) {
  const name = line.split("\t")[1];
  if (name === undefined) continue;
  for (const w of new Set(name.split(/\s+/).map((x) => fold(x)).filter(Boolean))) genericWords.set(w, (genericWords.get(w) ?? 0) + 1);
}
const rows: string[] = [];
let kept = 0;
let names = 0;
for (const line of text.split("\n")) {
  const f = line.split("\t");
  if (f.length < 19) continue;
  const [id, name, , alternates, lat, lon, , featureCode, country] = f as [string, string, string, string, string, string, string, string, string];
  const population = Number(f[14]);
  if (featureCode !== "PPLC" && population < CITY_MIN_POPULATION) continue;
  const seen = new Set([fold(name)]);
  const alt: string[] = [];
  for (const a of [...new Set(alternates.split(",").map((s) => withoutQualifier(withoutLatinAbbreviation(s.trim()))))].sort()) {
    if (!keepAlternate(a, seen, genericWords)) continue;
    seen.add(fold(a));
    alt.push(a);
  }
  kept++;
  names += 1 + alt.length;
  rows.push([id, name, country, featureCode, population, Number(lat).toFixed(4), Number(lon).toFixed(4), alt.join("|")].join("\t"));
}
rows.sort((a, b) => Number(a.slice(0, a.indexOf("\t"))) - Number(b.slice(0, b.indexOf("\t"))));
const header = "# GeoNames cities15000 (geonames.org, CC BY 4.0), built by scripts/build-gazetteer.ts: id\tname\tcountry\tfeature\tpopulation\tlat\tlon\talternate names\n";
const body = Buffer.from(header + rows.join("\n") + "\n", "utf8");
const gz = gzipSync(body, { level: 9 });
writeFileSync(outPath, gz);
console.log(`${kept} cities, ${names} names, ${(body.length / 1e6).toFixed(2)} MB → ${(gz.length / 1e6).toFixed(2)} MB gzip at ${outPath}`);
