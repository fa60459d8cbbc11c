import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { NewsfoldError } from "../errors.js";
import { loadCities, type City } from "./city-data.js";
import { isCommonGivenNameToken } from "./given-names.js";
import { loadRegions } from "./region-data.js";
import { foldKey } from "./fold.js";
import { readGazetteerSnapshot } from "./gazetteer-snapshot.js";
import { CLDR_COUNTRY_NAMES, ONE_WORD_CLDR_COUNTRY_NAMES } from "./country-names-cldr.js";
import { DERIVED_DEMONYM_LANGS, OWN_LANGUAGE_DEMONYM_LANGS, derivedDemonyms } from "./derived-demonyms.js";
import { NOUN_FROM_ADJECTIVE_LANGS, NOUN_FROM_NAME_LANGS, NOUN_SUPPLEMENT, nounsOfAdjective, nounsOfCountryName } from "./nationality-nouns.js";
import { toSimplified } from "./han.js";
import { isCyrillic, serbianLatin } from "./serbian-latin.js";
import { inflectDemonym } from "./inflect.js";
import { CALENDAR_WORDS, HONORIFICS, NOT_NAMES, ROLES } from "./lexicon.js";
import { NEWS_AGENCIES, ORGANISATIONS } from "./org-data.js";
import { CITY_EXONYMS, COMBINING_FORMS, COUNTRY_ALIASES, DEMONYM_SUPPLEMENT, NATIONALITY_ERRATA } from "./place-aliases.js";

/** What a name in the gazetteer stands for. */
export type GazEntry =
  /**
   * `langs`: for a short name in a cased script (four letters or fewer folded), the languages that name the country
   * so: folded, Vietnamese "Mỹ" (the USA) is English "My", Norwegian "Man" (the Isle of Man) German "Man".
   * `notLangs`: languages whose name of the country is this one after a definite article ("El Salvador"): in their
   * text the bare word is someone's given name or another place (Salvador Illa; Salvador, Bahia).
   */
  | { kind: "country"; code: string; strictCase: boolean; langs?: ReadonlySet<string>; notLangs?: ReadonlySet<string> }
  /**
   * `placeWordOnly`: a short Han/Kana name of a smaller city, kept only after a word of place (see caseless-places.ts).
   * `latinAlternate`: a Latin-script name GeoNames lists for the city that is neither its own name nor a curated
   * exonym: GeoNames gives no language for them, and many are words or given names somewhere ("Namen" for
   * Namur, "Julia" for Plovdiv, "Google" for Topeka), so one word of them needs a place's preposition (gazetteer-match.ts).
   */
  | { kind: "city"; city: City; strictCase: boolean; placeWordOnly?: boolean; latinAlternate?: true }
  /**
   * `langs`: languages whose articles may write it in lower case (French "chinois", not English "chinese").
   * `nounLangs`: languages in which it is a noun naming a person ("Pakistaner", "пакистанец"), so a cue for the name after it.
   * `ownLanguagesOnly`: made only by a rule of `langs` (derived-demonyms.ts), so read in their text alone: a South Slavic
   * form in -ski is a surname in other languages' pages (Kinski).
   */
  | { kind: "demonym"; code: string; langs: ReadonlySet<string>; nounLangs?: ReadonlySet<string>; ownLanguagesOnly?: true }
  | { kind: "org"; id: string; name: string; strictCase: boolean }
  | { kind: "agency" };

/** All names, folded, with the longest name (in words) starting with each first word. */
export interface Gazetteer {
  entries: ReadonlyMap<string, readonly GazEntry[]>;
  maxWords: ReadonlyMap<string, number>;
  /** Names in scripts without case (中国, الصين) found inside runs of text, by length. */
  caseless: ReadonlyMap<string, readonly GazEntry[]>;
  caselessMaxLength: number;
  /** Longest caseless name starting with each character (UTF-16 unit): how far a run is tried from there. */
  caselessLongest: ReadonlyMap<string, number>;
  /**
   * Per language, the demonyms its articles may write in lower case (French "chinoise"), by folded word:
   * what a lower-case word can match (`accept` in gazetteer-match.ts), without the whole table.
   */
  lowerDemonyms: ReadonlyMap<string, ReadonlyMap<string, GazEntry>>;
  countryNames: ReadonlyMap<string, string>;
  /** A country's capital (its largest if several): the point a country stands at, no package shipping centroids. */
  countryPoints: ReadonlyMap<string, { lat: number; lon: number }>;
  combining: ReadonlyMap<string, string>;
  /**
   * Index the city names of each script `text` writes that is not indexed yet. GeoNames' names outside
   * the Latin script (half the table: Cyrillic, Arabic, Han …) are indexed on first need, so a process
   * reading Latin-script news never builds them; call before looking up names of `text`.
   */
  prepare(text: string): void;
  /** Keys of `entries` that indexing a script added or changed, in that order: what indexes derived from it catch up on. */
  readonly indexedKeys: readonly string[];
  /** How long reading its snapshot or building it took, for `benchEnrich` and `newsfold bench`. */
  loadMs: number;
  cityCount: number;
  /** The city table the names come from (read-only): for readings of names it does not list (romanised-places.ts). */
  cities: readonly City[];
  /** Capitals that are their country (`cityStatesOf`): the Vatican, Monaco, San Marino, by GeoNames id. */
  cityStates: ReadonlySet<number>;
}

/**
 * Han or Kana city names this short are often parts of other words (大同 "great harmony"): matched
 * inside running text for capitals and cities of this size, for smaller ones only after a word of place
 * ("在索契", "ソチで").
 */
const SHORT_CJK_MIN_POPULATION = 1_000_000;
/** A Han city name with the character for city after it (雅安市, 大阪市), a Hangul one with the word for it (나고야 시). */
const CITY_SUFFIX_RE = /^(\p{Script=Han}{2,})市$|^(\p{Script=Hangul}{2,}) 시$/u;
/** Scripts written without case: their names are matched inside runs of text or as whole words (see gazetteer-match.ts). */
export const CASELESS_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Country-name languages loaded from i18n-iso-countries: all it ships, so any language can name a country. */
const NATIONALITY_LANGS = ["de", "en", "es", "fi", "fr", "it", "nl", "no"];
/** City names that are common words in a major language; matching them would mostly be wrong. */
/** The continents in the languages and scripts news is read in. */
const CONTINENTS = [
  "Africa", "Afrika", "Afrique", "África", "Afryka", "Afrikka", "Afrikë", "Африка", "Αφρική", "أفريقيا", "إفريقيا", "افریقا", "אפריקה",
  "Europe", "Europa", "Evropa", "Európa", "Eurooppa", "Avrupa", "Европа", "Ευρώπη", "أوروبا", "اروپا", "אירופה",
  "Asia", "Asien", "Asie", "Ásia", "Azja", "Asya", "Aasia", "Ázsia", "Азия", "Азія", "Ασία", "آسيا", "آسیا", "אסיה",
  "America", "Amerika", "Amérique", "América", "Ameryka", "Америка", "Αμερική", "أمريكا", "آمریکا", "אמריקה",
  "Oceania", "Ozeanien", "Océanie", "Oceanía", "Oceânia", "Oseania", "Океания", "Ωκεανία",
  "Antarctica", "Antarktis", "Antarctique", "Antártida", "Antarktyda", "Антарктида",
];
const CITY_STOPWORDS = new Set(
  ["Mobile", "Reading", "Split", "Essen", "Halle", "Hamm", "Nice", "Surprise", "Independence", "Temple", "Mary", "Victoria",
    "Sale", "Salé", "Bat", "Union", "Concord", "Hope", "Florence", "Kingston", "Hamilton", "Lincoln", "Jackson", "Wilson",
    "Marion", "Warren", "Troy", "Eugene", "Irving", "Clifton", "Fortaleza", "Nuevo", "Mandi", "Mau", "Bar", "Long", "Gay",
    "Bra", "Dar", "Van", "Man", "Batman", "Of", "Sur", "Ede", "Den", "Bam", "Bus", "Kota", "Rio", "Bay", "Lira", "Cabo", "Roma",
    // Turkish "justice" ("Adalet Bakanlığı", "Adalet Sarayı"), which GeoNames lists among Adelaide's names.
    "Adalet",
    // Continents, which GeoNames keeps as old names of towns ("Africa" of Mahdia, Tunisia): "in Africa" is no town.
    ...CONTINENTS]
    .map(foldKey),
);

/**
 * A Latin alternate ending in a building's word is a translation of a city's name, which in English news names the
 * building: "White House" is listed for Casablanca (Dar al-Bayda).
 */
const BUILDING_HEAD_RE = / (?:house|palace|castle|tower|church|temple|hall|mosque|cathedral)$/;

/** Shorter words of a city's name ("San", "Sur", "Bay") are no name of it alone. */
const MIN_OWN_WORD_CHARS = 4;
/** Words joining a place's name to what qualifies it ("Santiago de Querétaro", "Kingston upon Hull", "Frankfurt am Main"). */
const NAME_CONNECTORS = new Set(["de", "del", "da", "do", "di", "du", "la", "le", "upon", "on", "am", "an", "der", "im", "bei", "sur"]);

/** The folded words of a multi-word city name that name it alone: the last, and the first when a connector follows it. */
function distinctiveWords(name: string): Set<string> {
  const words = foldKey(name).split(/[ -]/).filter((w) => w.length > 0);
  const out = new Set<string>();
  if (words.length < 2) return out;
  const last = words[words.length - 1]!;
  if (last.length >= MIN_OWN_WORD_CHARS) out.add(last);
  if (words[0]!.length >= MIN_OWN_WORD_CHARS && NAME_CONNECTORS.has(words[1]!)) out.add(words[0]!);
  return out;
}
/** A German city name qualified by its river or region: the first part is the name in use. */
const GERMAN_QUALIFIED_NAME_RE = /^(\p{Lu}[\p{L}-]+) (?:am|an der|an|im|in der|ob der|\(\p{L})/u;
const GERMAN_SPEAKING = new Set(["DE", "AT", "CH", "LI", "LU"]);
/**
 * The first part of such a name as another script writes it, parts set apart ("フランクフルト・アム・マイン",
 * "Франкфурт-на-Майне"): the name in use there too, where GeoNames may list the bare part for a smaller namesake only
 * (フランクフルト for Frankfurt (Oder)).
 */
const QUALIFIED_HEAD_RE = /^([^\s・·\-‐]{2,})[\s・·\-‐]/u;

let cached: Gazetteer | null = null;
/** Why the gazetteer could not be built: kept, so a broken install fails each later call at once instead of rebuilding. */
let unavailable: NewsfoldError | null = null;

/**
 * The gazetteer, built on first use and kept for the life of the process (read-only afterwards). Its tables
 * ship with newsfold: when one is missing or unreadable, the error (`install.data-missing`) stops the run —
 * every document would fail alike, each after rebuilding everything before the missing table.
 */
export function getGazetteer(now: () => number = () => performance.now()): Gazetteer {
  if (unavailable !== null) throw unavailable;
  try {
    cached ??= loadGazetteer(now);
  } catch (error) {
    const reason = (error as Error).message ?? String(error);
    unavailable = new NewsfoldError("install.data-missing", `the place tables newsfold ships could not be loaded (${reason}): reinstall newsfold, or run without enrichment (--no-enrich)`, { cause: error });
    throw unavailable;
  }
  return cached;
}

/** The gazetteer from the snapshot saved at build time (gazetteer-snapshot.ts) when it matches this code, else built. */
function loadGazetteer(now: () => number): Gazetteer {
  const t0 = now();
  const tables = readGazetteerSnapshot();
  return tables === null ? buildGazetteer(now) : gazetteerOf(tables, now() - t0);
}

/** A new gazetteer, not shared (`getGazetteer` keeps one per process): for tests that compare builds. */
export function buildGazetteer(now: () => number = () => performance.now()): Gazetteer {
  const t0 = now();
  const tables = buildGazetteerTables();
  return gazetteerOf(tables, now() - t0);
}

/** The gazetteer's tables from the data newsfold ships (the packages' country names and nationalities, GeoNames' cities, ours). */
export function buildGazetteerTables(): GazetteerTables {
  const require = createRequire(import.meta.url);
  const readJson = (spec: string): unknown => JSON.parse(readFileSync(require.resolve(spec), "utf8"));
  const entries = new Map<string, GazEntry[]>();
  const caseless = new Map<string, GazEntry[]>();
  const names = namesAdder(entries, caseless);
  const add = names.add;

  // Countries in every language i18n-iso-countries ships; a name two countries share is dropped below.
  const countryNames = new Map<string, string>();
  const countriesDir = join(dirname(require.resolve("i18n-iso-countries/langs/en.json")));
  const countryKeys = new Map<string, Set<string>>();
  const countryFiles = readdirSync(countriesDir).filter((f) => f.endsWith(".json")).sort().map(
    (file) => [file, JSON.parse(readFileSync(join(countriesDir, file), "utf8")) as { countries: Record<string, string | string[]> }] as const,
  );
  // A name in brackets after a territory's may be its sovereign's ("Гвиана (Франция)", Kyrgyz for French Guiana):
  // such a part is another country's own name in some language, and made that name ambiguous (Russian "Франция").
  const ownNames = new Map<string, Set<string>>();
  for (const [, data] of countryFiles) {
    for (const [code, value] of Object.entries(data.countries)) {
      for (const n of Array.isArray(value) ? value : [value]) {
        const key = foldKey(n.split(/\s*[()]\s*/)[0]!.trim());
        (ownNames.get(key) ?? ownNames.set(key, new Set()).get(key)!).add(code);
      }
    }
  }
  // Languages writing each folded country name; "" for a name of ours (COUNTRY_ALIASES), which any language may use.
  const countryNameLangs = new Map<string, Set<string>>();
  const addCountry = (name: string, code: string, lang = "") => {
    const parts = name.split(/\s*[()]\s*/);
    for (const [k, part] of parts.entries()) {
      const n = part.trim();
      if (n.length < 2 || n.includes(",")) continue;
      // An acronym in brackets names the sovereign, not this country: "Jomfruøyene (USA)" made "USA" ambiguous.
      if (k > 0 && isAcronym(n)) continue;
      if (k > 0 && [...(ownNames.get(foldKey(n)) ?? [])].some((other) => other !== code)) continue;
      const key = foldKey(n);
      (countryNameLangs.get(key) ?? countryNameLangs.set(key, new Set()).get(key)!).add(lang);
      const codes = countryKeys.get(key) ?? new Set<string>();
      codes.add(code);
      countryKeys.set(key, codes);
      if (codes.size === 1 && !entries.has(key)) add(n, { kind: "country", code, strictCase: isAcronym(n) });
    }
  };
  /** "lang|code|folded name" of each country name the package gives, to tell its fallbacks from demonyms below. */
  const countryNameIn = new Set<string>();
  /** Greek country names (code, name), for the demonyms derived from them below. */
  const greekNames: [string, string][] = [];
  /** Country names (language, code, name) of the languages whose adjectives or nouns of nationality are derived below. */
  const scriptNames: [string, string, string][] = [];
  for (const [file, data] of countryFiles) {
    for (const [code, value] of Object.entries(data.countries)) {
      const names = Array.isArray(value) ? [...value] : [value];
      const lang = file.slice(0, -".json".length);
      // Serbian's Latin spelling of each name too (Немачка, Nemačka): the package gives the Cyrillic one alone.
      if (lang === "sr") names.push(...names.filter(isCyrillic).map(serbianLatin));
      for (const n of names) {
        addCountry(n, code, lang);
        countryNameIn.add(`${lang}|${code}|${foldKey(n)}`);
      }
      if (file === "el.json") {
        for (const n of names) for (const g of greekGenitives(n)) addCountry(g, code, lang);
        for (const n of names) greekNames.push([code, n]);
      }
      if (DERIVED_DEMONYM_LANGS.has(lang) || NOUN_FROM_NAME_LANGS.has(lang)) for (const n of names) scriptNames.push([lang, code, n]);
      if (file === "en.json") countryNames.set(code, displayName(code, names));
    }
  }
  // CLDR's names beyond the package's (country-names-cldr.ts: 印度尼西亚, where the package gives 印尼 and a text
  // writing the long name met only 印度, India, inside it).
  for (const [lang, table] of Object.entries(CLDR_COUNTRY_NAMES)) {
    for (const [code, names] of Object.entries(table)) {
      for (const n of names.split("|")) {
        addCountry(n, code, lang);
        if (lang === "sr" && isCyrillic(n)) addCountry(serbianLatin(n), code, lang);
      }
    }
  }
  const aliases = Object.entries(COUNTRY_ALIASES).flatMap(([code, names]) => names.split("|").map((n): [string, string] => [code, n]));
  for (const [code, n] of aliases) addCountry(n, code);
  dropAmbiguous(entries, countryKeys, "country");
  dropAmbiguous(caseless, countryKeys, "country");
  restrictShortCountryNames(entries, countryNameLangs);
  withholdNamesCutOfTheirArticle(entries, countryNameLangs);

  // Demonyms: i18n-nationality's base forms, our supplement, and their inflections per language.
  const demonyms = new Map<string, { codes: Set<string>; langs: Set<string>; nounLangs?: Set<string>; listed: boolean }>();
  const addForm = (lang: string, form: string, code: string, noun: boolean, ownLanguageRule = false) => {
    const key = foldKey(form);
    const d = demonyms.get(key) ?? { codes: new Set<string>(), langs: new Set<string>(), listed: false };
    d.codes.add(code);
    d.langs.add(lang);
    d.listed ||= !ownLanguageRule;
    if (noun) (d.nounLangs ??= new Set()).add(lang);
    demonyms.set(key, d);
  };
  const addDemonym = (lang: string, base: string, code: string, ownLanguageRule = false) => {
    if (/\s/.test(base.trim())) return;
    for (const form of inflectDemonym(lang, base.trim())) addForm(lang, form, code, false, ownLanguageRule);
  };
  /** A noun naming a person by nationality, in its own cases (nationality-nouns.ts): not inflected as an adjective. */
  const addNoun = (lang: string, form: string, code: string) => {
    if (!/\s/.test(form.trim())) addForm(lang, form.trim(), code, true);
  };
  for (const lang of NATIONALITY_LANGS) {
    const data = readJson(`i18n-nationality/langs/${lang}.json`) as { nationalities: Record<string, string> };
    for (const [code, listed] of Object.entries(data.nationalities)) {
      // Where the package has no adjective it gives the country's name in the language ("Reunión", whose plural is the
      // common word "reuniones", meetings): a name is no demonym. An erratum of "" withholds one.
      const erratum = NATIONALITY_ERRATA[lang]?.[code];
      if (erratum === undefined ? !countryNameIn.has(`${lang}|${code}|${foldKey(listed)}`) : erratum !== "") addDemonym(lang, erratum ?? listed, code);
    }
  }
  for (const [code, name] of greekNames) {
    const demonym = greekDemonym(name);
    if (demonym !== null) addDemonym("el", demonym, code);
  }
  // Arabic, Persian and Hindi adjectives of a country, from the package's names, CLDR's and ours in their scripts.
  for (const lang of DERIVED_DEMONYM_LANGS) {
    const cldr = Object.entries(CLDR_COUNTRY_NAMES[lang] ?? {}).flatMap(([code, names]) => names.split("|").map((n): [string, string] => [code, n]));
    const names = [...scriptNames.filter(([l]) => l === lang).map(([, c, n]): [string, string] => [c, n]), ...aliases, ...cldr];
    for (const [code, name] of names) for (const form of derivedDemonyms(lang, name)) addDemonym(lang, form, code, OWN_LANGUAGE_DEMONYM_LANGS.has(lang));
  }
  for (const [lang, table] of Object.entries(DEMONYM_SUPPLEMENT)) {
    for (const [code, forms] of Object.entries(table)) for (const f of forms.split("|")) addDemonym(lang, f, code);
  }
  // Nouns of nationality: from the countries' names (German, Czech, Slovak, Croatian, Serbian, Bosnian, Turkish,
  // Swahili), from their adjectives (Russian, Ukrainian, Bulgarian, Polish), and the irregular ones.
  for (const [lang, code, name] of scriptNames) if (NOUN_FROM_NAME_LANGS.has(lang)) for (const form of nounsOfCountryName(lang, name)) addNoun(lang, form, code);
  for (const lang of NOUN_FROM_ADJECTIVE_LANGS) {
    for (const [code, forms] of Object.entries(DEMONYM_SUPPLEMENT[lang] ?? {})) for (const f of forms.split("|")) for (const form of nounsOfAdjective(lang, f)) addNoun(lang, form, code);
  }
  for (const [lang, table] of Object.entries(NOUN_SUPPLEMENT)) {
    for (const [code, forms] of Object.entries(table)) for (const f of forms.split("|")) addNoun(lang, f, code);
  }
  for (const [key, d] of demonyms) {
    const [code] = d.codes;
    if (d.codes.size !== 1 || code === undefined || isCommonWord(key)) continue;
    if (entries.has(key)) continue;
    const entry: GazEntry = d.nounLangs === undefined ? { kind: "demonym", code, langs: d.langs } : { kind: "demonym", code, langs: d.langs, nounLangs: d.nounLangs };
    add(key, d.listed ? entry : { ...entry, ownLanguagesOnly: true });
  }

  // Cities: GeoNames with its alternate names in every script, then curated inflected forms onto the same ids.
  // Alternate names outside the Latin script wait in `deferred` until an article writes that script.
  const addAlternate = names.addAlternate;
  const deferred: ([string, CityEntry][] | undefined)[] = [];
  const cities = loadCities();
  const byName = new Map<string, City>();
  for (const c of cities) {
    const key = foldKey(c.name);
    if (CITY_STOPWORDS.has(key) || isCommonWord(key)) continue;
    const known = byName.get(`${c.country}:${key}`);
    if (known === undefined || rank(c) > rank(known)) byName.set(`${c.country}:${key}`, c);
    const entry: GazEntry = { kind: "city", city: c, strictCase: false };
    add(c.name, entry);
    // "Frankfurt am Main", "Brandenburg an der Havel", "Freiburg im Breisgau", "Halle (Saale)": German names
    // the river or region tells apart are written by their first part alone.
    const head = GERMAN_SPEAKING.has(c.country) ? GERMAN_QUALIFIED_NAME_RE.exec(c.name)?.[1] : undefined;
    if (head !== undefined && !CITY_STOPWORDS.has(foldKey(head)) && !isCommonWord(foldKey(head))) add(head, entry);
    const alternate: GazEntry & { kind: "city" } = { ...entry, latinAlternate: true };
    // A word of the city's own name is its name in use ("Querétaro" of Santiago de Querétaro, "Hull" of Kingston upon
    // Hull, "Pachuca" of Pachuca de Soto), save a first word its kind follows ("Gold" of Gold Coast, "Rapid" of Rapid City).
    const ownWords = distinctiveWords(c.name);
    for (const a of c.altNames) {
      const script = scriptOf(a.charCodeAt(0));
      if (script === LATIN) addAlternate(a, ownWords.has(foldKey(a)) ? entry : alternate);
      else {
        const list = (deferred[script] ??= []);
        list.push([a, entry]);
        const part = head === undefined ? undefined : QUALIFIED_HEAD_RE.exec(a)?.[1];
        if (part !== undefined) list.push([part, entry]);
      }
    }
    // "Washington, D.C." is written "Washington"; "Mexico City" is indexed by its exonym row.
    if (c.name.includes(",")) add(c.name.split(",")[0] ?? c.name, { kind: "city", city: c, strictCase: false });
  }
  for (const [country, name, aliases] of CITY_EXONYMS) {
    const city = byName.get(`${country}:${foldKey(name)}`);
    if (city === undefined) continue;
    for (const a of aliases.split("|")) if (a.length > 0) add(a, { kind: "city", city, strictCase: false });
  }
  addRegions(names, entries, caseless, deferred, cities);
  restrictCountryNamesOfCapitals(entries, countryNameLangs, countryNameIn);
  // Bigger and capital cities first: "Paris" is the French capital before Paris, Texas. A city's own name counts
  // as much as being a capital: Philadelphia, Pennsylvania comes before Amman, whose ancient name it is, while
  // "Peking" stays Beijing's before Pekin, Illinois.
  for (const map of [entries, caseless]) {
    for (const [key, list] of map) if (list.length > 1) list.sort((a, b) => entryRankFor(b, key) - entryRankFor(a, key));
  }

  for (const [id, name, acronyms, names] of ORGANISATIONS) {
    for (const a of acronyms.split("|")) if (a.length > 0) add(a, { kind: "org", id, name, strictCase: true });
    for (const n of names.split("|")) if (n.length > 0) add(n, { kind: "org", id, name, strictCase: false });
  }
  for (const a of NEWS_AGENCIES) add(a, { kind: "agency" });
  addOwnLanguageCountryNames(entries);

  const combining = new Map(Object.entries(COMBINING_FORMS));
  const countryPoints = new Map<string, { lat: number; lon: number; population: number }>();
  for (const c of cities) {
    if (c.featureCode !== "PPLC") continue;
    const known = countryPoints.get(c.country);
    if (known === undefined || c.population > known.population) countryPoints.set(c.country, { lat: c.lat, lon: c.lon, population: c.population });
  }
  const lowerDemonyms = new Map<string, Map<string, GazEntry>>();
  for (const [key, list] of entries) {
    const d = list.find((e) => e.kind === "demonym");
    if (d?.kind !== "demonym") continue;
    for (const lang of d.langs) {
      if (lang === "en") continue; // English demonyms are capitalised
      let table = lowerDemonyms.get(lang);
      if (table === undefined) lowerDemonyms.set(lang, (table = new Map()));
      table.set(key, d);
    }
  }
  const tables: GazetteerTables = {
    entries, caseless, deferred, maxWords: new Map(), caselessLongest: new Map(), caselessMaxLength: 0,
    lowerDemonyms, countryNames, countryPoints, combining, cities, cityStates: cityStatesOf(cities, entries),
  };
  indexKeys(tables, entries.keys(), false);
  indexKeys(tables, caseless.keys(), true);
  return tables;
}

type CityEntry = GazEntry & { kind: "city" };

/**
 * Letters a region's one-word name needs in a script without capitals beyond Han, Kana and Hangul (Arabic, Hebrew,
 * Devanagari …): shorter transliterations meet the words and surnames of the text ("کایا", Myanmar's Kayah, is the end
 * of the Turkish surname Yerlikaya as Persian writes it).
 */
const REGION_CASELESS_MIN_LETTERS = 5;
/**
 * A town smaller than this (a city readers know, as gazetteer-match.ts counts them) sharing a region's Latin name goes
 * after the region, as does a city that name is only an unattested alternate of: "Virginia" is the American state before
 * the South African town of 120,000 (an article naming South Africa still gets the town: `preferDocCountry`), "Florida"
 * before the Cuban town, while "Herat" stays the city of half a million before its province.
 */
const REGION_OVER_TOWN_POPULATION = 300_000;
/**
 * A town of the region's own country this size or more keeps a name they share: it is the region's namesake, whatever
 * the region's English name ("Венеция" is Venice, of 260,000, not Veneto), while a small one yields to the region
 * ("カリフォルニア州", which GeoNames lists for Hacienda Heights, is California).
 */
const REGION_NAMESAKE_POPULATION = 100_000;
/** An entry a region does not take a name from: anything but a small town (REGION_OVER_TOWN_POPULATION, REGION_NAMESAKE_POPULATION). */
const heldBeyondRegion = (e: GazEntry, region: City): boolean =>
  e.kind !== "city" ||
  e.city.featureCode === "PPLC" ||
  e.city.population >= REGION_OVER_TOWN_POPULATION ||
  (e.city.country === region.country && e.city.population >= REGION_NAMESAKE_POPULATION);
/**
 * People of the city table's towns per first-level region of a country, below which its regions are left out: where a
 * country is cut into units smaller than a town (Slovenia's 210 municipalities, Malta's 68 councils, Latvia's,
 * North Macedonia's, Andorra's parishes) they are seldom news by themselves, and their names are words somewhere
 * ("Store" of Štore). Turkey's provinces count 800,000 a region, Kenya's counties 300,000, Azerbaijan's districts 43,000.
 */
const REGION_MIN_TOWNSFOLK = 40_000;
const tooShortUncased = (key: string): boolean =>
  !startsCased(key) && !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(key) && key.replace(/[^\p{L}]/gu, "").length < REGION_CASELESS_MIN_LETTERS;

/**
 * First-level subdivisions (region-data.ts: California, Bayern, 四川省, كاليفورنيا) under the names no country,
 * demonym, big city (`heldBeyondRegion`) or common word holds: "Lagos" stays the city, "Georgia" the country, and a
 * name two regions share ("Punjab", India's and Pakistan's) names neither. Names outside the Latin script wait, as the
 * cities' do, until an article writes their script, where the same rules apply (`namesAdder`). A one-word name that is
 * also a common given name ("Virginia", "Farah") names the region only after a preposition of place, as a city's
 * unattested alternate does (`latinAlternate`).
 */
function addRegions(
  names: ReturnType<typeof namesAdder>,
  entries: ReadonlyMap<string, GazEntry[]>,
  caseless: ReadonlyMap<string, GazEntry[]>,
  deferred: ([string, CityEntry][] | undefined)[],
  cities: readonly City[],
): void {
  const regions = loadRegions();
  const regionsByKey = new Map<string, number>();
  for (const r of regions) for (const key of new Set([r.name, ...r.altNames].map(foldKey))) regionsByKey.set(key, (regionsByKey.get(key) ?? 0) + 1);
  // A region named after a city of its country (the canton of Geneva, Varna province, Ordu) is left to the city: text
  // naming one means the city as often, and in scripts where only the region's name is listed it would take the city's place.
  const cityNames = new Set(cities.flatMap((c) => [c.name, ...c.altNames].map((n) => `${c.country}:${foldKey(n)}`)));
  const townsfolk = new Map<string, number>();
  for (const c of cities) townsfolk.set(c.country, (townsfolk.get(c.country) ?? 0) + c.population);
  const regionCount = new Map<string, number>();
  for (const r of regions) regionCount.set(r.country, (regionCount.get(r.country) ?? 0) + 1);
  for (const r of regions) {
    if (cityNames.has(`${r.country}:${foldKey(r.name)}`)) continue;
    if ((townsfolk.get(r.country) ?? 0) / regionCount.get(r.country)! < REGION_MIN_TOWNSFOLK) continue;
    // Its names are the table's keys: the entry's record need not hold them again (1.4 MB of the snapshot).
    const entry: CityEntry = { kind: "city", city: { ...r, altNames: [] }, strictCase: false };
    for (const n of [r.name, ...r.altNames]) {
      const key = foldKey(n);
      if (regionsByKey.get(key) !== 1 || caseless.has(key) || CITY_STOPWORDS.has(key) || isCommonWord(key)) continue;
      // Over an unattested alternate of a city ("Florida" of Floridablanca) by its English name alone ("Venetië" stays Venice).
      const own = n === r.name;
      const blocks = (e: GazEntry): boolean => (e.kind === "city" && e.latinAlternate === true ? !own : heldBeyondRegion(e, r));
      if (entries.get(key)?.some(blocks) === true) continue;
      const oneWord = !/[\s-]/.test(key);
      if (oneWord && tooShortUncased(key)) continue;
      const alternate = oneWord && startsCased(key) && isCommonGivenNameToken({ text: n, key }) ? { ...entry, latinAlternate: true as const } : entry;
      const script = scriptOf(n.charCodeAt(0));
      if (script === LATIN) names.add(n, alternate);
      else (deferred[script] ??= []).push([n, alternate]);
    }
  }
}

/**
 * The gazetteer's tables as built, before any script's names are indexed on demand: plain data (maps, sets, arrays,
 * records), which the snapshot written at build time holds whole (gazetteer-snapshot.ts) and `gazetteerOf` serves.
 */
export interface GazetteerTables {
  entries: Map<string, GazEntry[]>;
  caseless: Map<string, GazEntry[]>;
  /** GeoNames' alternate names outside the Latin script, by `scriptOf`, until an article writes that script. */
  deferred: ([string, CityEntry][] | undefined)[];
  maxWords: Map<string, number>;
  caselessLongest: Map<string, number>;
  caselessMaxLength: number;
  lowerDemonyms: Map<string, Map<string, GazEntry>>;
  countryNames: Map<string, string>;
  countryPoints: Map<string, { lat: number; lon: number; population: number }>;
  combining: Map<string, string>;
  cities: City[];
  cityStates: Set<number>;
}

/**
 * How names go into the tables, at build and when a deferred script is indexed alike. `touch`, while set, is told
 * of each key a name is added under.
 */
function namesAdder(entries: Map<string, GazEntry[]>, caseless: Map<string, GazEntry[]>) {
  const adder = {
    touch: null as ((key: string) => void) | null,
    add: (name: string, e: GazEntry) => {
      const key = foldKey(name);
      if (key.length < 2) return;
      adder.touch?.(key);
      const isCaseless = !startsCased(key) && CASELESS_SCRIPT_RE.test(key.replace(/^[^\p{L}]+/u, "").slice(0, 2));
      const map = isCaseless && !key.includes(" ") ? caseless : entries;
      const list = map.get(key);
      if (list === undefined) map.set(key, [e]);
      else if (!list.includes(e)) list.push(e); // one city's names in many languages often fold alike
      /** The entry under another spelling of its key too, once. */
      const alsoUnder = (other: string) => {
        adder.touch?.(other);
        const list = map.get(other);
        if (list === undefined) map.set(other, [e]);
        else if (!list.includes(e)) list.push(e);
      };
      // A Han name in traditional characters is also found in simplified ones, as Chinese text is read (han.ts).
      if (isCaseless) {
        const simple = toSimplified(key);
        if (simple !== key) alsoUnder(simple);
      }
      // Hyphenated place names are also written solid ("Guinée-Bissau", "Guinée Bissau", "GuinéeBissau" all meet). Not
      // a dialect's spelling with a one- or two-letter part (Ligurian "Sann-a" for Savona): solid, that is a given name.
      if ((e.kind === "city" || e.kind === "country") && /[-‐‑]/.test(name) && name.split(/[-‐‑]/).every((part) => [...part.trim()].length >= 3)) {
        alsoUnder(key.replace(/ /g, ""));
      }
    },
    addAlternate: (a: string, entry: CityEntry) => {
      const k = foldKey(a);
      if (CITY_STOPWORDS.has(k) || isCommonWord(k)) return;
      if (entry.latinAlternate === true && BUILDING_HEAD_RE.test(k)) return;
      const c = entry.city;
      // A region takes no name a country or a big city holds already ("لاغوس" stays Lagos the city); a small town's it
      // takes first (`heldBeyondRegion`).
      if (c.code !== undefined && [entries.get(k), caseless.get(k)].some((list) => list?.some((e) => heldBeyondRegion(e, c)) === true)) return;
      // A region's too, whatever it counts as (region-data.ts): two characters of a transliterated name are a word as often.
      const short = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,2}$/u.test(k) && (c.code !== undefined || (c.featureCode !== "PPLC" && c.population < SHORT_CJK_MIN_POPULATION));
      adder.add(a, short ? { ...entry, placeWordOnly: true } : entry);
      // Chinese and Japanese write a city with its 市 (city) or without, GeoNames often the first alone (雅安市), Korean
      // GeoNames with its 시 set apart (나고야 시) where text writes 나고야에서 or 나고야시: the bare name too, of two
      // characters only after a word of place (a derived short form may be a word: 长治).
      const suffixed = CITY_SUFFIX_RE.exec(k);
      const bare = suffixed?.[1] ?? suffixed?.[2];
      if (bare !== undefined && !CITY_STOPWORDS.has(bare) && !isCommonWord(bare)) adder.add(bare, bare.length <= 2 ? { ...entry, placeWordOnly: true } : entry);
    },
  };
  return adder;
}

/** Records the longest name starting with each first word (each first character, for caseless names) of `keys`. */
function indexKeys(tables: GazetteerTables, keys: Iterable<string>, caseless: boolean): void {
  const { maxWords, caselessLongest } = tables;
  for (const key of keys) {
    if (caseless) {
      tables.caselessMaxLength = Math.max(tables.caselessMaxLength, key.length);
      caselessLongest.set(key[0]!, Math.max(caselessLongest.get(key[0]!) ?? 0, key.length));
      continue;
    }
    const space = key.indexOf(" ");
    if (space < 0) {
      if (!maxWords.has(key)) maxWords.set(key, 1);
      continue;
    }
    const first = key.slice(0, space);
    maxWords.set(first, Math.max(maxWords.get(first) ?? 1, key.split(" ").length));
  }
}

/** The gazetteer over `tables` (which it takes over: indexing a script adds to them), with its scripts indexed on demand. */
export function gazetteerOf(tables: GazetteerTables, loadMs: number): Gazetteer {
  const { entries, caseless, deferred } = tables;
  const names = namesAdder(entries, caseless);
  const indexedKeys: string[] = [];
  /** A script's deferred names, added as the full build would have: cities ranked before organisations and agencies. */
  const indexScript = (script: number) => {
    const list = deferred[script];
    deferred[script] = undefined;
    if (list === undefined) return;
    const touched = new Set<string>();
    names.touch = (key) => touched.add(key);
    for (const [a, entry] of list) names.addAlternate(a, entry);
    names.touch = null;
    for (const map of [entries, caseless]) {
      const keys: string[] = [];
      for (const key of touched) {
        const held = map.get(key);
        if (held === undefined) continue;
        keys.push(key);
        const tail = held.filter((e) => e.kind === "org" || e.kind === "agency");
        const head = held.filter((e) => e.kind !== "org" && e.kind !== "agency").sort((x, y) => entryRankFor(y, key) - entryRankFor(x, key));
        map.set(key, [...head, ...tail]);
      }
      indexKeys(tables, keys, map === caseless);
      if (map === entries) for (const key of keys) indexedKeys.push(key);
    }
    gaz.caselessMaxLength = tables.caselessMaxLength;
  };
  const pending = new Set<number>();
  for (let k = 0; k < deferred.length; k++) if (deferred[k] !== undefined) pending.add(k);
  let pendingRe = scriptsRe(pending);
  const prepare = (text: string) => {
    // The scripts are indexed in the order the text first writes them, as a scan of each character would.
    for (let from = 0; pending.size > 0; ) {
      pendingRe.lastIndex = from;
      const at = pendingRe.exec(text)?.index;
      if (at === undefined) return;
      const script = scriptOf(text.charCodeAt(at));
      pending.delete(script);
      indexScript(script);
      pendingRe = scriptsRe(pending);
      from = at + 1;
    }
  };
  const { maxWords, caselessMaxLength, caselessLongest, lowerDemonyms, countryNames, countryPoints, combining, cities, cityStates } = tables;
  const gaz: Gazetteer = { entries, maxWords, caseless, caselessMaxLength, caselessLongest, lowerDemonyms, countryNames, countryPoints, combining, prepare, indexedKeys, loadMs, cityCount: cities.length, cities, cityStates };
  return gaz;
}

/**
 * The demonym of a Greek country in -ία, which most European and Asian ones are: the stem with -ος
 * (Ρωσία → Ρώσος, Γερμανία → Γερμανός, Τουρκία → Τούρκος, Ινδία → Ινδός); the packages give no Greek
 * demonyms. Other endings are irregular (Κίνα → Κινέζος) and left out.
 */
function greekDemonym(country: string): string | null {
  const bare = country.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (/\s/.test(bare.trim()) || !/(?:ια|ν)$/.test(bare) || bare.length <= 4) return null;
  // -ία to -ός (Ιταλία → Ιταλός), -ν takes it (Πακιστάν → Πακιστανός, Ιράν → Ιρανός).
  const demonym = bare.endsWith("ν") ? `${bare}ος` : `${bare.slice(0, -2)}ος`;
  return GREEK_WORDS_NOT_DEMONYMS.has(demonym) ? null : demonym;
}

/**
 * Stems the rule above turns into Greek words of their own: γεωργός is a farmer and γεωργικός "agricultural"
 * (a Georgian is Γεωργιανός), μικρόνησος an islet.
 */
const GREEK_WORDS_NOT_DEMONYMS: ReadonlySet<string> = new Set(["γεωργος", "μικρονησος"]);

/**
 * Greek names a country in the genitive as often as not ("ο πρόεδρος της Ρωσίας", the president of Russia):
 * a one-word name's genitive by its ending, feminine -α/-η taking -ς (Ρωσία → Ρωσίας), -ος turning to -ου
 * (Αίγυπτος → Αιγύπτου). Accents fold away, so their shift does not matter.
 */
function greekGenitives(name: string): string[] {
  if (/\s/.test(name.trim())) return [];
  if (/[αάηή]$/u.test(name)) return [`${name}ς`];
  if (/[οό]ς$/u.test(name)) return [`${name.slice(0, -2)}ου`];
  return [];
}

/** Script of a name, by its first code unit: LATIN is indexed at start-up, the others when first needed. */
const LATIN = 0;
const SCRIPT_RANGES: readonly (readonly [number, number])[] = [
  // [first code unit of a range, script]: Latin Extended Additional (Vietnamese) stays Latin.
  [0x0000, LATIN], [0x0250, 1], [0x0370, 2], [0x0400, 3], [0x0530, 4], [0x0590, 5], [0x0600, 6], [0x0900, 7], [0x0e00, 8],
  [0x10a0, 9], [0x1100, 10], [0x1200, 1], [0x1e00, LATIN], [0x1f00, 2], [0x2000, 1], [0x2d00, 9], [0x2d30, 1], [0x3040, 11],
  [0x3100, 1], [0x3130, 10], [0x3190, 1], [0x3400, 12], [0xa000, 1], [0xac00, 10], [0xd7b0, 1], [0xd800, 12], [0xe000, 1],
  [0xf900, 12], [0xfb00, 1], [0xfb1d, 5], [0xfb50, 6], [0xfe00, 1], [0xfe70, 6], [0xff00, 1],
];

/**
 * Code units of any of `scripts`, as one character class: a document is searched for a script still to
 * index in one regular-expression pass, several times faster than testing each character in a loop.
 */
function scriptsRe(scripts: ReadonlySet<number>): RegExp {
  let ranges = "";
  for (let r = 0; r < SCRIPT_RANGES.length; r++) {
    const [from, script] = SCRIPT_RANGES[r]!;
    if (!scripts.has(script)) continue;
    const to = (SCRIPT_RANGES[r + 1]?.[0] ?? 0x10000) - 1;
    ranges += `\\u${hex4(from)}-\\u${hex4(to)}`;
  }
  return ranges.length === 0 ? /(?!)/g : new RegExp(`[${ranges}]`, "g");
}

function hex4(code: number): string {
  return code.toString(16).padStart(4, "0");
}

/**
 * A coarse script of a code unit (1 other, 2 Greek, 3 Cyrillic, 4 Armenian, 5 Hebrew, 6 Arabic, 7 Indic,
 * 8 Thai and Lao, 9 Georgian, 10 Hangul, 11 Kana, 12 Han): both cases of a script fall in one, so a
 * folded name and the text that writes it agree.
 */
function scriptOf(code: number): number {
  let script = LATIN;
  for (const [from, s] of SCRIPT_RANGES) {
    if (code < from) break;
    script = s;
  }
  return script;
}

/**
 * Whether a folded key opens with a lower-case letter of a cased script (Latin, Greek, Cyrillic,
 * Armenian): most names, which then skip the Unicode script test.
 */
function startsCased(key: string): boolean {
  const c = key.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x3b1 && c <= 0x3c9) || (c >= 0x430 && c <= 0x45f) || (c >= 0x561 && c <= 0x587);
}

/**
 * CLDR's one-word country names the package lacks (Indonesian Prancis, Turkish Kıbrıs, Greek Λίβανος), each read in
 * its own language only, and only under a key nothing else holds: Swahili's Pakistan, "Pakistani", is English's adjective.
 * Added last, so every other name keeps its key.
 */
function addOwnLanguageCountryNames(entries: Map<string, GazEntry[]>): void {
  const found = new Map<string, { codes: Set<string>; langs: Set<string> }>();
  for (const [lang, table] of Object.entries(ONE_WORD_CLDR_COUNTRY_NAMES)) {
    for (const [code, names] of Object.entries(table)) {
      for (const n of names.split("|")) {
        const key = foldKey(n);
        const held = entries.get(key);
        // A name kept to the languages writing it ("Italy", begun by Turkish "İtalya"): this language writes it too (Vietnamese).
        const same = held?.findIndex((e) => e.kind === "country" && e.code === code && e.langs !== undefined) ?? -1;
        if (held !== undefined && same >= 0) {
          const e = held[same] as Extract<GazEntry, { kind: "country" }>;
          held[same] = { ...e, langs: new Set([...e.langs!, lang]) };
        }
        if (held !== undefined) continue;
        const f = found.get(key) ?? found.set(key, { codes: new Set(), langs: new Set() }).get(key)!;
        f.codes.add(code);
        f.langs.add(lang);
      }
    }
  }
  for (const [key, { codes, langs }] of found) {
    if (codes.size === 1) entries.set(key, [{ kind: "country", code: [...codes][0]!, strictCase: false, langs }]);
  }
}

/** Letters of a folded country name up to which it is another language's word as often as a name. */
const SHORT_COUNTRY_NAME_LETTERS = 4;
/**
 * Languages writing a short name from which it is the country's name wherever it is met: "Irak", "Kuba", "Chad",
 * "Peru" are written so across Europe, "Mỹ" (Vietnamese), "Man" (Norwegian's three written forms) or "Čada" (Latvian,
 * Spanish "cada", each) are not.
 */
const SHARED_COUNTRY_NAME_LANGS = 4;

/** Gives each short cased-script country name few languages write its languages (see GazEntry): elsewhere it is no country. */
function restrictShortCountryNames(entries: Map<string, GazEntry[]>, langsByKey: ReadonlyMap<string, ReadonlySet<string>>): void {
  const codeOf = (key: string) => entries.get(key)?.find((e) => e.kind === "country")?.code;
  const keysByCode = new Map<string, string[]>();
  for (const key of langsByKey.keys()) {
    const code = codeOf(key);
    if (code !== undefined) (keysByCode.get(code) ?? keysByCode.set(code, []).get(code)!).push(key);
  }
  // A name that begins another language's name of the same country is that language's word cut short where it is not
  // a name: Mongolian "Герман" (Germany) is Russian "Германия" cut, and the Russian given name Герман (Герман Греф).
  // One word begun by another one word only: "Macedonia" begins "Macedonia del Nord" and is the country in English.
  const beginsAnother = (key: string) => !key.includes(" ") && (keysByCode.get(codeOf(key) ?? "") ?? []).some((k) => k.length > key.length && k.startsWith(key) && !k.includes(" "));
  for (const [key, langs] of langsByKey) {
    if (langs.has("") || langs.size >= SHARED_COUNTRY_NAME_LANGS) continue;
    if ((key.replace(/\s/gu, "").length > SHORT_COUNTRY_NAME_LETTERS && !beginsAnother(key)) || CASELESS_SCRIPT_RE.test(key)) continue;
    for (const solid of new Set([key, key.replace(/\s/gu, "")])) {
      const list = entries.get(solid);
      if (list === undefined) continue;
      entries.set(solid, list.map((e) => (e.kind === "country" && !e.strictCase ? { ...e, langs } : e)));
    }
  }
}

/**
 * A country's name in a few languages that is a capital's name everywhere ("Brasilia", Brazil in Finnish, Brasília the
 * city): the country only in those languages, the capital in the others.
 */
function restrictCountryNamesOfCapitals(entries: Map<string, GazEntry[]>, langsByKey: ReadonlyMap<string, ReadonlySet<string>>, countryNameIn: ReadonlySet<string>): void {
  // Each language's folded names of each country ("fr|MX" → mexique), from the package's "lang|code|name" rows.
  const ownNames = new Map<string, string[]>();
  for (const row of countryNameIn) {
    const [lang, code, name] = row.split("|") as [string, string, string];
    (ownNames.get(`${lang}|${code}`) ?? ownNames.set(`${lang}|${code}`, []).get(`${lang}|${code}`)!).push(name);
  }
  const langs = new Set([...countryNameIn].map((row) => row.slice(0, row.indexOf("|"))));
  for (const [key, keyLangs] of langsByKey) {
    if (keyLangs.has("")) continue;
    const list = entries.get(key);
    if (list === undefined || !list.some((e) => e.kind === "city" && e.city.featureCode === "PPLC")) continue;
    if (keyLangs.size < SHARED_COUNTRY_NAME_LANGS) {
      entries.set(key, list.map((e) => (e.kind === "country" && !e.strictCase && e.langs === undefined ? { ...e, langs: keyLangs } : e)));
      continue;
    }
    // Named so in many languages, and the name the capital of that very country opens with: a language whose own name
    // of the country is another word reads it as the capital ("Mexico" in French, whose country is "Mexique"; "Tunis" in
    // German, "Tunesien"). Not where its name is this one spelled another way (see spellingVariant), nor where the
    // capital's name is another (Asunción, whose alternate names list "Paraguay").
    const country = list.find((e) => e.kind === "country");
    if (country?.kind !== "country") continue;
    const capitalNamedSo = (e: GazEntry) => e.kind === "city" && e.city.featureCode === "PPLC" && e.city.country === country.code && foldKey(e.city.name).startsWith(key);
    if (!list.some(capitalNamedSo)) continue;
    const others = [...langs].filter((lang) => {
      const names = ownNames.get(`${lang}|${country.code}`);
      // Only a language writing the country in the key's script: a Latin word in a Chinese text is English's.
      return !keyLangs.has(lang) && names !== undefined && names.some((name) => sameScript(name, key)) && names.every((name) => !spellingVariant(name, key));
    });
    if (others.length === 0) continue;
    entries.set(key, list.map((e) => (e === country ? { ...country, notLangs: new Set([...(country.notLangs ?? []), ...others]) } : e)));
  }
}

const LATIN_KEY_RE = /^[\p{Script=Latin}\s'-]+$/u;
const sameScript = (a: string, b: string): boolean => LATIN_KEY_RE.test(a) === LATIN_KEY_RE.test(b);

/**
 * Two spellings of one name: one edit apart once letters that spell one sound alike are made one (x and ks, c, q and k,
 * y and i, w and v, ph and f, doubled letters): German "Mexiko", Finnish "Meksiko", Italian "Messico" and English "Macao"
 * are spellings of "Mexico" and "Macau"; French "Mexique", German "Tunesien" are other words.
 */
function spellingVariant(a: string, b: string): boolean {
  const sound = (s: string) => s.replace(/x/g, "ks").replace(/ph/g, "f").replace(/[cq]/g, "k").replace(/y/g, "i").replace(/w/g, "v").replace(/(.)\1+/g, "$1");
  return withinOneEdit(sound(a), sound(b));
}

/** Two spellings one insertion, deletion or substitution apart ("macao", "macau"; "mexiko", "mexico"). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return Math.max(a.length, b.length) - i - j <= 1;
}

/** Definite articles a country's name may open with ("El Salvador", Russian "Эль-Сальвадор" folded with a space). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(["el", "la", "le", "l", "the", "o", "a", "al", "il", "lo", "het", "der", "die", "das", "эль", "эл", "ел"]);

/**
 * A one-word country name that another language writes after a definite article ("Salvador" of "El Salvador") is no
 * name of that country in the languages writing the article and never the bare word: theirs is a given name or a city.
 */
function withholdNamesCutOfTheirArticle(entries: Map<string, GazEntry[]>, langsByKey: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const [key, langs] of langsByKey) {
    const space = key.indexOf(" ");
    if (space < 0 || key.indexOf(" ", space + 1) >= 0 || !NAME_ARTICLES.has(key.slice(0, space))) continue;
    const bare = key.slice(space + 1);
    const bareLangs = langsByKey.get(bare);
    const list = entries.get(bare);
    if (bareLangs === undefined || bareLangs.has("") || list === undefined) continue;
    const code = entries.get(key)?.find((e) => e.kind === "country")?.code;
    const notLangs = new Set([...langs].filter((lang) => lang !== "" && !bareLangs.has(lang)));
    if (code === undefined || notLangs.size === 0) continue;
    entries.set(bare, list.map((e) => (e.kind === "country" && e.code === code ? { ...e, notLangs: new Set([...(e.notLangs ?? []), ...notLangs]) } : e)));
  }
}

/** Drop names that two countries share in different languages: a wrong country is worse than none. */
function dropAmbiguous(map: Map<string, GazEntry[]>, keys: Map<string, Set<string>>, kind: GazEntry["kind"]): void {
  for (const [key, codes] of keys) {
    if (codes.size < 2) continue;
    const list = map.get(key);
    if (list === undefined) continue;
    const rest = list.filter((e) => e.kind !== kind);
    if (rest.length === 0) map.delete(key);
    else map.set(key, rest);
  }
}

/** "USA", "U.S.", "UK": written in capitals, and only a match when the text writes them so. */
function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, "");
  return letters.length <= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isCommonWord(key: string): boolean {
  return CALENDAR_WORDS.has(key) || NOT_NAMES.has(key) || HONORIFICS.has(key) || ROLES.has(key);
}

/**
 * The everyday English name: the shortest form without a comma and not an acronym ("China", "United States"), CLDR's
 * English name among the forms ("Syria", "Laos", "Moldova" where the package gives only "Syrian Arab Republic", "Lao
 * People's Democratic Republic", "Moldova, Republic of"), unless written with a qualifier ("Congo - Kinshasa",
 * "Myanmar (Burma)", "St. Kitts & Nevis"). English is in every ICU build, small ones too.
 */
function displayName(code: string, names: readonly string[]): string {
  let cldr: string | undefined;
  try {
    cldr = (ENGLISH_REGION_NAMES ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "none" })).of(code);
  } catch {
    cldr = undefined; // a code ICU does not know
  }
  const forms = cldr !== undefined && !/[-(&.]/.test(cldr) ? [cldr, ...names] : names;
  const usable = forms.filter((n) => !n.includes(",") && !isAcronym(n));
  const pool = usable.length > 0 ? usable : names;
  return [...pool].sort((a, b) => a.split(" ").length - b.split(" ").length)[0] ?? names[0] ?? "";
}

let ENGLISH_REGION_NAMES: Intl.DisplayNames | undefined;

function rank(c: City): number {
  return (c.featureCode === "PPLC" ? 1e9 : 0) + c.population;
}

/** How far an entry goes first among those of `key`: `entryRank`, and a city whose own name `key` is as if it were a capital. */
function entryRankFor(e: GazEntry, key: string): number {
  if (e.kind !== "city") return entryRank(e);
  const own = foldKey(e.city.name) === key || foldKey(e.city.name.split(",")[0] ?? "") === key;
  return rank(e.city) + (own ? 1e9 : 0);
}

function entryRank(e: GazEntry): number {
  switch (e.kind) {
    case "country":
      return 3e9;
    case "org":
      return 2.5e9;
    case "demonym":
      // Above any city, a capital by its own name (2e9 and its population) included.
      return 2.1e9;
    case "city":
      return rank(e.city);
    default:
      return 0;
  }
}

/**
 * City-states: a capital that is its country's only city in the table and is named as the country (Vatican City,
 * Monaco, San Marino, Gibraltar, Luxembourg). Named either way it is one place, so it is the country: Japanese バチカン is the
 * city's name and バチカン市国 the country's, English "Vatican City" both, and every language must meet.
 */
function cityStatesOf(cities: readonly City[], entries: ReadonlyMap<string, readonly GazEntry[]>): Set<number> {
  const perCountry = new Map<string, number>();
  for (const c of cities) perCountry.set(c.country, (perCountry.get(c.country) ?? 0) + 1);
  const out = new Set<number>();
  for (const c of cities) {
    if (c.featureCode !== "PPLC" || perCountry.get(c.country) !== 1) continue;
    // By its own name: Andorra la Vella and Bandar Seri Begawan, which GeoNames also lists as "Andorra" and "Brunei", are cities.
    if (entries.get(foldKey(c.name))?.some((e) => e.kind === "country" && e.code === c.country)) out.add(c.geonameId);
  }
  return out;
}
