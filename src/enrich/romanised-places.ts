import { createRequire } from "node:module";
import anyAscii from "any-ascii";
import type { City } from "./city-data.js";
import { fold } from "./fold.js";
import type { Gazetteer } from "./gazetteer.js";
import type { GazMatch } from "./gazetteer-match.js";
import { nameForm, readGeresh, romanise } from "./person-key.js";
import { THAI_RE, THAI_STOPS, thaiWords } from "./thai.js";
export { THAI_TEXT_RE } from "./thai.js";
import type { Token } from "./tokens.js";

/**
 * Cities written in a script whose spellings GeoNames does not list for them. cities15000 gives Sochi in
 * Cyrillic, Devanagari, Georgian, Kana, Han and Hangul but not in Arabic, Hebrew or Greek, and so for most
 * cities below the largest. These scripts write a foreign city by its sound (سوتشي, סוצ'י, Σότσι), so the
 * word read in Latin letters meets the city's Latin names. A word is read so only where a word of place
 * governs it (Arabic في, Hebrew ב-, Greek στο, Hindi में, Urdu میں), is not matched otherwise, reads as exactly one
 * city of ROMANISED_CITY_MIN_POPULATION people or more, and that city's country is named in the article
 * (without this, the 110 Arabic texts of SemEval-2022 dev gave 86 "cities", nearly all common nouns after في).
 *
 * How a spelling survives the scripts: both sides are brought to one form (spellings of one sound made one
 * by `nameForm`; "ch", "sh", "tsh" and "ts" one hushing class, which Greek writes τσ, Arabic تش or ش and
 * Hebrew צ'; p, f, v and b one class, as Arabic has no p or v; h dropped; e/i and o/u one vowel each). The
 * consonants must be the same. Greek, Ethiopic and the scripts of India write every vowel: the whole reading, vowels
 * in their places, must be the same too ("bar", Hindi's बाजार, market, is not "bra", Praha or Praia). Arabic
 * and Hebrew write long vowels only (ا و ي, א ו י) and short ones not at all: their vowels must be the Latin
 * ones with at most one left out (برلين b-r-l-i-n for Berlin), and a word with no written vowel needs three
 * consonants, as a short unvocalised word reads as too many things.
 */
export const ROMANISED_CITY_MIN_POPULATION = 100_000;

/** Whether a document holds a letter of the scripts handled here: most documents do not, and skip the word loop. */
export const ROMANISED_SCRIPTS_RE = /[\u0370-\u03ff\u1f00-\u1fff\u0590-\u06ff\u0750-\u077f\u0900-\u0aff\u1200-\u137f]/;

/** Scripts handled here: Greek, Hebrew, Arabic (with Persian), Devanagari, Bengali, Gurmukhi, Gujarati, Ethiopic (Amharic). */
const SCRIPT_RE =
  /^(?:(\p{Script=Greek})|(\p{Script=Hebrew})|(\p{Script=Arabic})|(\p{Script=Devanagari})|(\p{Script=Ethiopic})|(\p{Script=Bengali})|(\p{Script=Gurmukhi})|(\p{Script=Gujarati}))/u;
type Script = "greek" | "hebrew" | "arabic" | "devanagari" | "ethiopic" | "bengali" | "gurmukhi" | "gujarati";
/** Scripts of India that write every vowel, as Devanagari does; read and compared as it is. */
const INDIC: ReadonlySet<Script> = new Set(["devanagari", "bengali", "gurmukhi", "gujarati"]);
/** Amharic's prepositions of place written onto the name: in (በ), from (ከ); "to" (ወደ) is a word before it. */
const ETHIOPIC_PROCLITICS = "በከ";

/** Greek prepositions of place with the article ("στο Σότσι", in Sochi), and "σε", folded. */
const GREEK_BEFORE: ReadonlySet<string> = new Set(["στο", "στη", "στην", "στον", "σε"]);
/** Arabic and Persian prepositions of place before the name (من is left out: also "of" and "than"). */
const ARABIC_BEFORE: ReadonlySet<string> = new Set(["في", "فى", "إلى", "الى", "إلي", "قرب", "در", "به"]);
/** Hebrew "near" before the name; the prepositions "in", "to", "from" are written onto it. */
const HEBREW_BEFORE: ReadonlySet<string> = new Set(["ליד"]);
/** One-letter prefixes meaning in, to, from (Arabic ب, Hebrew ב ל מ). */
const PROCLITICS: Readonly<Record<"hebrew" | "arabic", string>> = { hebrew: "בלמ", arabic: "ب" };
/**
 * Hindi postpositions of place after the name: in, up to ("से" is also "with" a person: left out), Marathi's येथे (at);
 * and the verb of arriving, which takes its destination bare ("काहिरा पहुंचे", arrived in Cairo), with or without chandrabindu.
 */
const HINDI_AFTER: ReadonlySet<string> = new Set(["में", "तक", "पहुंचे", "पहुँचे", "पहुंचा", "पहुँचा", "पहुंची", "पहुँची", "येथे"]);
/** Hindi's "near" after the genitive: "गाज़ियानटेप के पास", near Gaziantep. */
const HINDI_NEAR: ReadonlySet<string> = new Set(["पास", "निकट", "नज़दीक", "नजदीक"]);
/**
 * Case endings of place written onto the name: Nepali -मा (in) and -बाट (from), Marathi -मध्ये (in) and -त after a
 * vowel (दिल्लीत, in Delhi); Bengali -তে after a vowel, -য় after ā (ঢাকায়) and the vowel sign -ে after a consonant
 * (তুরিনে, in Turin); Gujarati -માં (in) and -થી (from).
 */
const INDIC_SUFFIXES: Readonly<Partial<Record<Script, readonly string[]>>> = {
  devanagari: ["मध्ये", "बाट", "मा"],
  // য় twice: as one code point and as য with a nukta, both in use.
  bengali: ["তে", "য়", "য়", "থেকে", "ে"],
  gujarati: ["માં", "થી"],
};
/** A Marathi or Bengali ending that follows a vowel sign only ("दिल्लीत"; "তুরিনে" ends in the sign itself). */
const AFTER_VOWEL_SIGN: ReadonlySet<string> = new Set(["त", "তে", "য়", "য়"]);
/** Punjabi's postpositions of place after the name (ਵਿੱਚ, in; ਤੱਕ, up to) and Bengali's থেকে (from) written apart; Gujarati's ખાતે (at). */
const INDIC_AFTER: ReadonlySet<string> = new Set(["ਵਿੱਚ", "ਵਿਚ", "ਤੱਕ", "ਤਕ", "থেকে", "ખાતે"]);
/** The three letters shorter a stem is, the more common words read as some city: a stem keeps at least this many. */
const MIN_INDIC_STEM = 3;
/** Consonants a stem cut from a case ending must read as: with two, Nepali गाउँमा (in the village) read as Jammu. */
const MIN_SUFFIXED_CONSONANTS = 3;
/** Urdu's postpositions of place, after the name as in Hindi (میں, in; تک, up to). */
const URDU_AFTER: ReadonlySet<string> = new Set(["میں", "تک"]);

/** Arabic and Hebrew letters that write vowels, in the Latin vowel classes below (a word's first letter reads as a consonant, but alef as "a"). */
const ABJAD_VOWELS: Readonly<Record<string, string>> = { "ا": "a", "أ": "a", "إ": "a", "آ": "a", "ى": "a", "ة": "a", "و": "u", "ي": "i", "א": "a", "ו": "u", "י": "i" };

interface CityForm {
  city: City;
  /** The whole reading, consonants and vowels in order. */
  form: string;
  vowels: string;
  /** Read from the city's own name, not an alternate (GeoNames keeps old names: Suleja was Abuja). */
  own: boolean;
}

/** Cities by consonant skeleton, built on first use from the gazetteer's table. */
let index: Map<string, CityForm[]> | null = null;
let indexedFrom: readonly City[] | null = null;

/**
 * Place matches for words of these scripts that the gazetteer did not match (`taken` holds the tokens it
 * or a person took, non-zero), each governed by a word of place and read as one city of a country the
 * article names (`named`, with the Arabic relative adjectives of the text).
 */
export function findRomanisedPlaces(tokens: readonly Token[], gaz: Gazetteer, taken: Uint8Array, named: ReadonlySet<string>): GazMatch[] {
  let countries: Set<string> | null = null;
  const out: GazMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] !== 0 || t.multiWord) continue;
    const script = scriptOf(t.text);
    if (script === null) continue;
    const word = governedWord(tokens, i, script);
    if (word === null) continue;
    countries ??= withArabicNisbas(tokens, named);
    const known = countries;
    // A stem cut from a case ending is any noun in that case ("बजारमा", in the market): it must read as a city of a
    // country the article names, with three consonants at least (no capital by its spelling alone).
    const suffixed = INDIC.has(script) && word !== t.text;
    const plausible = (c: City): boolean => known.has(c.country) || (!suffixed && capitalByFullSpelling(c, script));
    const city = cityOf(word, script, gaz.cities, plausible, suffixed ? MIN_SUFFIXED_CONSONANTS : 2);
    if (city !== null) out.push({ i, j: i + 1, start: t.start, end: t.end, entry: { kind: "city", city, strictCase: false } });
  }
  return out;
}

/**
 * A national capital read from a script that writes every vowel (Greek, Devanagari, Ethiopic, Thai) needs no mention of
 * its country: news names a capital alone ("लावरोव काहिरा पहुंचे", Lavrov arrived in Cairo), and a common word
 * read with all its vowels meets one of the two hundred capitals' Latin names far less often than one of the
 * thousands of cities. Arabic and Hebrew, which leave vowels out, keep the country's proof.
 */
function capitalByFullSpelling(city: City, script: Script | "thai"): boolean {
  return city.featureCode === "PPLC" && (script === "greek" || INDIC.has(script as Script) || script === "ethiopic" || script === "thai");
}

/**
 * Thai writes a city after the word for city or for capital city ("เมืองโซชี", Sochi; "กรุงไคโร", Cairo),
 * inside a phrase without spaces. ICU's dictionary splits a foreign name into syllables ("โซ", "ชี"): the
 * name is the longest run of syllables after the cue, up to a word that ends a name (THAI_STOPS) and at
 * most THAI_NAME_SYLLABLES long, that reads (`thaiReading`, every vowel written, as Devanagari) as exactly
 * one city of ROMANISED_CITY_MIN_POPULATION people whose country the article names.
 */
export function findThaiPlaces(tokens: readonly Token[], gaz: Gazetteer, named: ReadonlySet<string>): GazMatch[] {
  const out: GazMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!THAI_RE.test(t.text) || !THAI_CITY_CUES.some((cue) => t.text.includes(cue))) continue;
    const words = thaiWords(t.text);
    for (let k = 0; k < words.length - 1; k++) {
      if (!THAI_CITY_CUES.includes(words[k]!.word)) continue;
      let end = k + 1;
      while (end < words.length && end - k - 1 < THAI_NAME_SYLLABLES && !THAI_STOPS.has(words[end]!.word) && !THAI_CITY_CUES.includes(words[end]!.word)) end++;
      for (let last = end; last > k + 1; last--) {
        const from = words[k + 1]!.index;
        const to = words[last - 1]!.index + words[last - 1]!.word.length;
        // romanise reads Thai in spoken order.
        const city = cityOf(t.text.slice(from, to), "devanagari", gaz.cities, (c) => named.has(c.country) || capitalByFullSpelling(c, "thai"));
        if (city === null) continue;
        out.push({ i, j: i + 1, start: t.start + from, end: t.start + to, entry: { kind: "city", city, strictCase: false } });
        k = last - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Hungarian writes a foreign city by its sound in its own spelling ("Szocsi", Sochi; "Kazany", Kazan), with the
 * suffix of place on it ("Szocsiban", in Sochi), and GeoNames lists few such spellings. A capitalised word
 * with a suffix of being in, going into or coming from a place, whose stem the gazetteer does not know, is read
 * from Hungarian spelling into English-like letters (cs ch, sz s, s sh, zs zh, gy dy, ny n, ty t, ly y, j y) and
 * compared as the other scripts' spellings are: every vowel written, one city of ROMANISED_CITY_MIN_POPULATION
 * people or more, its country named in the article.
 */
export function findHungarianPlaces(tokens: readonly Token[], gaz: Gazetteer, named: ReadonlySet<string>): GazMatch[] {
  const out: GazMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.upper || t.multiWord || t.caseless) continue;
    const ending = HUNGARIAN_PLACE_SUFFIXES.find((e) => t.key.endsWith(e) && t.key.length - e.length >= MIN_HUNGARIAN_STEM);
    if (ending === undefined) continue;
    const stem = t.key.slice(0, -ending.length);
    if (gaz.entries.has(stem)) continue; // a name the gazetteer knows was matched (or refused) by it already
    const city = cityOf(hungarianReading(stem), "devanagari", gaz.cities, (c) => named.has(c.country));
    if (city !== null) out.push({ i, j: i + 1, start: t.start, end: t.end, entry: { kind: "city", city, strictCase: false } });
  }
  return out;
}

/** In, into, from (inessive, illative, elative), folded as keys are ("ból" and "ből" are "bol"). */
const HUNGARIAN_PLACE_SUFFIXES: readonly string[] = ["ban", "ben", "bol", "ba", "be"];
/** Letters a stem keeps: shorter words with those endings are mostly common ones. */
const MIN_HUNGARIAN_STEM = 4;
/** Hungarian digraphs and the letters it spells otherwise than English, in the order they must be read. */
const HUNGARIAN_SPELLING: readonly (readonly [RegExp, string])[] = [
  [/dzs/g, "j"], [/cs/g, "ch"], [/sz/g, "\u0000"], [/zs/g, "zh"], [/s/g, "sh"], [/\u0000/g, "s"],
  [/gy/g, "dy"], [/ny/g, "n"], [/ty/g, "t"], [/ly/g, "y"], [/j/g, "y"], [/c/g, "ts"],
];

function hungarianReading(stem: string): string {
  let s = stem;
  for (const [re, to] of HUNGARIAN_SPELLING) s = s.replace(re, to);
  return s;
}

/** City, capital city: the words Thai sets before a city's name. */
const THAI_CITY_CUES: readonly string[] = ["เมือง", "กรุง"];
/** Syllables a Thai city name may run to ("เบอร์ลิน" is one word to ICU, "คา ซาน" two). */
const THAI_NAME_SYLLABLES = 4;

/**
 * The countries the article names, with those it names by an Arabic relative adjective: the gazetteer's
 * demonyms come from packages without Arabic, and Arabic writes a country's people and things by adding ي to
 * its name (روسيا → روسي, "Russian", الرئيس الروسي; مصر → مصري; feminine روسية), a regular derivation.
 */
function withArabicNisbas(tokens: readonly Token[], named: ReadonlySet<string>): Set<string> {
  const countries = new Set(named);
  const nisbas = arabicNisbas();
  for (const t of tokens) {
    const code = t.caseless ? nisbas.get(t.key) : undefined;
    if (code !== undefined) countries.add(code);
  }
  return countries;
}

let nisbaTable: Map<string, string> | null = null;

function arabicNisbas(): Map<string, string> {
  if (nisbaTable !== null) return nisbaTable;
  const names = (createRequire(import.meta.url)("i18n-iso-countries/langs/ar.json") as { countries: Record<string, string | string[]> }).countries;
  const table = new Map<string, string>();
  const countryWords = new Set<string>();
  for (const value of Object.values(names)) for (const n of [value].flat()) countryWords.add(fold(n));
  for (const [code, value] of Object.entries(names)) {
    for (const name of [value].flat()) {
      const base = fold(name).replace(/^ال/, "");
      if (/\s/.test(base) || base.length < 3) continue;
      // روسيا → روسي, فرنسا → فرنسي, مصر → مصري: a final alef or ta marbuta gives way to the ي.
      const masculine = /يا$/.test(base) ? base.slice(0, -1) : /[اة]$/.test(base) ? `${base.slice(0, -1)}ي` : `${base}ي`;
      for (const form of [masculine, `${masculine}ة`]) {
        // A country whose name is already such a form (مالي, Mali) is named, not derived.
        if (countryWords.has(form)) continue;
        for (const written of [form, `ال${form}`]) if (!table.has(written)) table.set(written, code);
      }
    }
  }
  nisbaTable = table;
  return table;
}

function scriptOf(text: string): Script | null {
  const m = SCRIPT_RE.exec(text);
  if (m === null) return null;
  return m[1] ? "greek" : m[2] ? "hebrew" : m[3] ? "arabic" : m[4] ? "devanagari" : m[5] ? "ethiopic" : m[6] ? "bengali" : m[7] ? "gurmukhi" : "gujarati";
}

/** An Indic word's stem when a case ending of place is written onto it ("पालेर्मोमा" → पालेर्मो), else null. */
function indicStem(word: string, script: Script): string | null {
  for (const ending of INDIC_SUFFIXES[script] ?? []) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if ([...stem].length < MIN_INDIC_STEM) return null;
    // The vowel sign -ে ends a stem spoken with a final consonant: the letter before it is one.
    if (ending === "ে" && !/\p{L}$/u.test(stem.slice(-1))) return null;
    if (AFTER_VOWEL_SIGN.has(ending) && !/\p{Mc}$|\p{Mn}$/u.test(stem)) return null;
    return stem;
  }
  if (script === "devanagari" && word.endsWith("त") && /[\u093e-\u094c]$/u.test(word.slice(0, -1)) && [...word].length > MIN_INDIC_STEM + 1) return word.slice(0, -1);
  return null;
}

/** The word as a city name would be written (a prefixed preposition off), when a word of place governs it; else null. */
function governedWord(tokens: readonly Token[], i: number, script: Script): string | null {
  const t = tokens[i]!;
  const before = i > 0 && /^\s+$/.test(t.gap) ? tokens[i - 1]!.key : "";
  const after = tokens[i + 1];
  switch (script) {
    case "greek":
      // Greek is cased: a city's name is capitalised.
      return t.cap && GREEK_BEFORE.has(before) ? t.text : null;
    case "devanagari":
    case "bengali":
    case "gurmukhi":
    case "gujarati": {
      if (after !== undefined && /^\s+$/.test(after.gap) && (HINDI_AFTER.has(after.key) || INDIC_AFTER.has(after.key))) return t.text;
      const next = tokens[i + 2];
      if (after?.key === "के" && next !== undefined && /^\s+$/.test(next.gap) && HINDI_NEAR.has(next.key)) return t.text;
      return indicStem(t.text, script);
    }
    case "ethiopic":
      if (before === "ወደ") return t.text;
      return ETHIOPIC_PROCLITICS.includes(t.text[0]!) && t.text.length > 2 ? t.text.slice(1) : null;
    case "arabic":
    case "hebrew": {
      // A word with the article is a common noun ("في الاجتماع", in the meeting); cities that take it are in GeoNames.
      if (/^(?:ال|ה)/.test(t.text)) return null;
      if ((script === "arabic" ? ARABIC_BEFORE : HEBREW_BEFORE).has(before)) return t.text;
      if (script === "arabic" && after !== undefined && /^\s+$/.test(after.gap) && URDU_AFTER.has(after.key)) return t.text;
      const prefixed = PROCLITICS[script].includes(t.text[0]!) && t.text.length > 3;
      return prefixed && !/^(?:ال|ה)/.test(t.text.slice(1)) ? t.text.slice(1) : null;
    }
  }
}

/**
 * The one city of `cities` the word reads as, among those the article makes plausible (`plausible`: its country
 * named, or a capital read from a script that writes every vowel); null when none or several do. In a script that
 * writes every vowel, a reading shared with a city the article gives no ground for leaves no doubt ("काहिरा" reads
 * as Cairo and as Kariya, a town of Japan: in an article that does not name Japan, it is the capital).
 */
function cityOf(word: string, script: Script, cities: readonly City[], plausible: (city: City) => boolean, minConsonants = 2): City | null {
  const abjad = script === "arabic" || script === "hebrew";
  const form = abjad ? abjadForm(word) : placeForm(INDIC.has(script) ? indicReading(word) : romanise(word));
  if (form === null) return null;
  const { skeleton, vowels } = split(form);
  if (consonants(skeleton) < minConsonants || (abjad && vowels.length === 0 && consonants(skeleton) < 3)) return null;

  let found: CityForm | null = null;
  for (const candidate of cityIndex(cities).get(skeleton) ?? []) {
    // A script writing every vowel writes them in their places: "bar" (बाजार, market) is not "bra" (Praia, Praha).
    if (!(abjad ? oneVowelShort(vowels, candidate.vowels) : form === candidate.form)) continue;
    // Arabic and Hebrew readings are loose (vowels left out): any other city reading alike is doubt enough.
    if (!abjad && !plausible(candidate.city)) continue;
    // Two different cities read alike: the word says which neither is, unless (in a script writing every vowel) it is
    // one's own name and only an old or other name of the other (Αμπούτζα is Abuja, not Suleja, once called Abuja).
    if (found !== null && found.city.geonameId !== candidate.city.geonameId) {
      if (abjad || found.own === candidate.own) return null;
      if (candidate.own) found = candidate;
      continue;
    }
    if (found === null || candidate.own) found = candidate;
  }
  if (found !== null && !plausible(found.city)) return null;
  return found?.city ?? null;
}

/**
 * An Indic word read as its name is spoken: the inherent vowel of a consonant between two vowels is silent when the next
 * consonant carries its own vowel sign (Hindi's schwa deletion: गाज़ियानटेप is Gaziantep, not Gaziyanatep; ਪਾਲੇਰਮੋ is
 * Palermo), and the glide before u that these scripts write for English "tu", "nu" is dropped (ट्यूरिन, Turin).
 * Bengali's romanisation writes no inherent vowels and is read as it is.
 */
function indicReading(word: string): string {
  return romanise(SCHWA_SCRIPTS_RE.test(word) ? withoutMedialSchwa(word) : word).replace(/([^aeiou])yu/g, "$1u");
}

/** Devanagari, Gurmukhi and Gujarati: parallel blocks of 128 code points with the same layout. */
const SCHWA_SCRIPTS_RE = /[\u0900-\u097f\u0a00-\u0aff]/u;
const isConsonant = (low: number): boolean => (low >= 0x15 && low <= 0x39) || (low >= 0x58 && low <= 0x5f);
const isVowelSign = (low: number): boolean => low >= 0x3e && low <= 0x4c;
const isIndependentVowel = (low: number): boolean => low >= 0x05 && low <= 0x14;
const VIRAMA = 0x4d;
const NUKTA = 0x3c;

function withoutMedialSchwa(word: string): string {
  const chars = [...word];
  const low = chars.map((c) => (c.codePointAt(0)! - 0x900) & 0x7f);
  const block = (k: number): number => (chars[k]!.codePointAt(0)! - 0x900) >> 7;
  // Each consonant's end (past a nukta) and what follows it: a vowel sign, a virama or nothing (the inherent vowel).
  const out: string[] = [];
  let vowelBefore = false;
  for (let k = 0; k < chars.length; k++) {
    out.push(chars[k]!);
    if (isIndependentVowel(low[k]!) || isVowelSign(low[k]!)) {
      vowelBefore = true;
      continue;
    }
    if (!isConsonant(low[k]!)) {
      vowelBefore = false;
      continue;
    }
    let end = k;
    if (low[end + 1] === NUKTA) out.push(chars[++end]!);
    const next = low[end + 1];
    if (next !== undefined && (isVowelSign(next) || next === VIRAMA)) {
      k = end;
      continue; // its own vowel sign (pushed on the next turn) or none at all
    }
    // The inherent vowel: silent between a vowel and a consonant that has a vowel sign of its own.
    let after = end + 1;
    const nextIsConsonant = after < chars.length && isConsonant(low[after]!);
    if (low[after + 1] === NUKTA) after++;
    const thenSign = nextIsConsonant && after + 1 < chars.length && isVowelSign(low[after + 1]!);
    if (vowelBefore && thenSign) {
      out.push(String.fromCodePoint(0x900 + block(k) * 0x80 + VIRAMA));
      vowelBefore = false;
    } else vowelBefore = true;
    k = end;
  }
  return out.join("");
}

/** `written` is `latin` or `latin` with one vowel left out. */
function oneVowelShort(written: string, latin: string): boolean {
  if (written === latin) return true;
  if (written.length !== latin.length - 1) return false;
  for (let k = 0; k < latin.length; k++) if (latin.slice(0, k) + latin.slice(k + 1) === written) return true;
  return false;
}

function cityIndex(cities: readonly City[]): Map<string, CityForm[]> {
  if (index !== null && indexedFrom === cities) return index;
  const built = new Map<string, CityForm[]>();
  for (const city of cities) {
    if (city.population < ROMANISED_CITY_MIN_POPULATION) continue;
    const seen = new Set<string>();
    for (const name of [city.name, ...city.altNames]) {
      // One-word Latin names: the scripts here write a city as one word.
      if (!/^[\p{Script=Latin}]+$/u.test(name)) continue;
      const form = placeForm(fold(name));
      if (form === null || seen.has(form)) continue;
      seen.add(form);
      const { skeleton, vowels } = split(form);
      const entry = { city, form, vowels, own: name === city.name };
      const list = built.get(skeleton);
      if (list === undefined) built.set(skeleton, [entry]);
      else list.push(entry);
    }
  }
  index = built;
  indexedFrom = cities;
  return built;
}

/** A romanised word in the one form both sides are compared in (see the comment above); null when it has no letters. */
function placeForm(latin: string): string | null {
  const letters = nameForm(latin.toLowerCase().replace(/[^a-z]/g, ""));
  if (!/^[a-z]+$/.test(letters)) return null;
  const form = letters
    .replace(/t?[cs]h|ts/g, "c")
    .replace(/[pfv]/g, "b")
    .replace(/h/g, "")
    .replace(/e/g, "i")
    .replace(/o/g, "u")
    .replace(/(.)\1+/g, "$1");
  return form.length > 0 ? form : null;
}

/** An Arabic or Hebrew word with its vowel letters read as vowels, in `placeForm`. */
function abjadForm(word: string): string | null {
  const chars = [...readGeresh(fold(word))];
  let latin = "";
  chars.forEach((c, k) => {
    const vowel = ABJAD_VOWELS[c];
    // The first letter is a consonant (و is w, י is y) unless it is alef; a final ה writes a vowel.
    if (vowel !== undefined && (k > 0 || vowel === "a")) latin += vowel;
    else if (c === "ה" && k === chars.length - 1 && k > 0) latin += "a";
    else latin += /[a-z]/.test(c) ? c : anyAscii(c).toLowerCase();
  });
  return placeForm(latin);
}

/** The consonants (the first letter, a vowel there as "a") and the vowels after the first letter. */
function split(form: string): { skeleton: string; vowels: string } {
  const first = /[aiu]/.test(form[0]!) ? "a" : form[0]!;
  const rest = form.slice(1);
  return { skeleton: first + rest.replace(/[aiu]/g, ""), vowels: rest.replace(/[^aiu]/g, "") };
}

function consonants(skeleton: string): number {
  return skeleton.length;
}
