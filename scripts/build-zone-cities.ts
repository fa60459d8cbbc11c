/**
 * Builds `src/enrich/zone-cities-cldr.ts`: the names Unicode CLDR gives the cities of the time zones (the
 * "exemplar city" of Asia/Seoul, Europe/Budapest …) in each of its locales, where GeoNames lacks them. GeoNames'
 * alternate names come from Wikipedia titles and miss many scripts (Bengali সিওল, Thai โซล, Telugu బుడాపెస్ట్);
 * CLDR's translators name these four hundred cities in some two hundred locales.
 *
 *   npm pack cldr-dates-full@48.2.0 && tar xzf cldr-dates-full-48.2.0.tgz   # 99 MB unpacked: not a dependency
 *   node --import tsx scripts/build-zone-cities.ts package [/usr/share/zoneinfo/zone.tab] [out.ts]
 *
 * A zone's city is found in the shipped city table (`data/cities.tsv.gz`): the city of the zone's country
 * (tzdata's zone.tab) whose name or alternate name is the zone's English exemplar city, the nearest to the zone's
 * coordinates when several are. Names are kept by the rules of GeoNames' alternates (`alternate-names.ts`), and only
 * those the city does not already hold, outside the Latin script. Repeatable: the same inputs give the same bytes.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { loadCities, type City } from "../src/enrich/city-data.js";
import { fold } from "../src/enrich/fold.js";
import { keepAlternate } from "./alternate-names.js";

const [cldrDir = "package", zoneTab = "/usr/share/zoneinfo/zone.tab", outPath = "src/enrich/zone-cities-cldr.ts"] = process.argv.slice(2);

const LATIN_RE = /\p{Script=Latin}/u;
/**
 * Letters a name in the Arabic or Hebrew script needs without its vowel points, which GeoNames' rule counts as letters
 * (in Indic scripts a vowel sign is part of the syllable, and সিওল is a name of four).
 */
const MIN_BASE_LETTERS = 4;
const POINTED_RE = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

interface ZoneNames { [part: string]: ZoneNames | string }

function exemplarCities(locale: string): Map<string, string> {
  const file = join(cldrDir, "main", locale, "timeZoneNames.json");
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const json = JSON.parse(readFileSync(file, "utf8"));
  const walk = (node: ZoneNames, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === "exemplarCity" && typeof value === "string") out.set(path.join("/"), value);
      else if (typeof value === "object") walk(value, [...path, key]);
    }
  };
  walk(json.main[locale].dates.timeZoneNames.zone ?? {}, []);
  return out;
}

/** ISO 6709 "+3733+12658" → degrees. */
function coordinates(iso: string): [number, number] {
  const m = /^([+-]\d+)([+-]\d+)$/.exec(iso)!;
  const deg = (s: string, w: number) => Math.sign(Number(s)) * (Number(s.slice(1, 1 + w)) + Number(s.slice(1 + w, 3 + w)) / 60 + Number(s.slice(3 + w, 5 + w) || 0) / 3600);
  return [deg(m[1]!, 2), deg(m[2]!, 3)];
}

/** CLDR keys zones by their older canonical ids (Asia/Calcutta, Europe/Kiev), as ICU does. */
function cldrId(tzId: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: tzId }).resolvedOptions().timeZone;
  } catch {
    return tzId;
  }
}

function countryName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale.replace(/_/g, "-")], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const cities = loadCities(false);
const byCountry = new Map<string, City[]>();
for (const c of cities) (byCountry.get(c.country) ?? byCountry.set(c.country, []).get(c.country)!).push(c);
const genericWords = new Map<string, number>();
for (const c of cities) for (const w of new Set(c.name.split(/\s+/).map((x) => fold(x)).filter(Boolean))) genericWords.set(w, (genericWords.get(w) ?? 0) + 1);

/** Every name the table holds, folded: a CLDR name another city holds would take that city's mentions (Marathi दिली, Dili, is Delhi's दिल्ली once folded). */
const heldByAny = new Set<string>();
for (const c of cities) for (const n of [c.name, ...c.altNames]) heldByAny.add(fold(n));

const english = exemplarCities("en");
const locales = readdirSync(join(cldrDir, "main")).sort();
const perLocale = locales.map((l) => exemplarCities(l));
const additions = new Map<number, string[]>();
let zones = 0;
let found = 0;
for (const line of readFileSync(zoneTab, "utf8").split("\n")) {
  if (line.startsWith("#") || line.trim() === "") continue;
  const [country, iso, tzId] = line.split("\t") as [string, string, string];
  zones++;
  const id = cldrId(tzId);
  const englishName = english.get(id) ?? english.get(tzId) ?? tzId.slice(tzId.lastIndexOf("/") + 1).replace(/_/g, " ");
  const key = fold(englishName);
  const [lat, lon] = coordinates(iso);
  const candidates = (byCountry.get(country) ?? []).filter((c) => fold(c.name) === key || c.altNames.some((a) => fold(a) === key));
  const city = candidates.sort((a, b) => Math.hypot(a.lat - lat, a.lon - lon) - Math.hypot(b.lat - lat, b.lon - lon))[0];
  if (city === undefined) continue;
  found++;
  const held = new Set([fold(city.name), ...city.altNames.map((a) => fold(a))]);
  // A city named as its country (Singapore, Kuwait, Monaco) is not read as a city by its country's name.
  if (key === fold(countryName("en", country))) continue;
  const names = new Set<string>();
  locales.forEach((locale, i) => {
    const name = (perLocale[i]!.get(id) ?? perLocale[i]!.get(tzId))?.normalize("NFC").trim();
    if (name !== undefined && fold(name) !== fold(countryName(locale, country))) names.add(name);
  });
  const kept: string[] = [];
  for (const name of [...names].sort()) {
    // Latin exonyms GeoNames holds well; CLDR's others are smaller locales' spellings ("Houra", "Tokoomo") that the one
    // folded table would read in every language's text.
    // Optional vowel points make a short word look long: counted without them (Arabic لِما, "why", is Lima in one locale).
    if (LATIN_RE.test(name) || heldByAny.has(fold(name)) || (POINTED_RE.test(name) && name.replace(/[^\p{L}]/gu, "").length < MIN_BASE_LETTERS)) continue;
    if (!keepAlternate(name, held, genericWords)) continue;
    held.add(fold(name));
    kept.push(name);
  }
  if (kept.length > 0) additions.set(city.geonameId, [...(additions.get(city.geonameId) ?? []), ...kept]);
}

const cldrVersion = JSON.parse(readFileSync(join(cldrDir, "package.json"), "utf8")).version;
const rows = [...additions].sort((a, b) => a[0] - b[0]).map(([id, names]) => `  ${id}: ${JSON.stringify(names.join("|"))},`);
writeFileSync(outPath, `// Generated by scripts/build-zone-cities.ts from cldr-dates-full ${cldrVersion} (Unicode CLDR, Unicode License v3) and tzdata's zone.tab; do not edit.
// The names CLDR's locales give the cities of the time zones, beyond GeoNames' alternate names: GeoNames id → names ("|").
export const CLDR_CITY_NAMES: Readonly<Record<number, string>> = {
${rows.join("\n")}
};
`);
const total = [...additions.values()].reduce((n, a) => n + a.length, 0);
console.log(`${zones} zones, ${found} cities found in the table, ${additions.size} with new names, ${total} names → ${outPath}`);
