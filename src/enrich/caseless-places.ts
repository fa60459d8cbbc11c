import { fold, foldKey } from "./fold.js";
import { isOwnWeekday } from "./event-date.js";
import { negativeWords } from "./lexicon-negative.js";
import { nameKey } from "./names.js";
import type { Gazetteer } from "./gazetteer.js";
import type { GazMatch } from "./gazetteer-match.js";

/**
 * Cities named in scripts without capitals. There a city's name looks like any word, and many are
 * words: in Arabic كورونا is the virus and a Californian Corona, الجديدة "the new" and El Jadida, عالية
 * "high" and Aley, يوما "one day" and Yuma. On SemEval-2022 dev's Arabic texts such words made most of the
 * cities found. A city written in such a script is kept when something besides its spelling says it is
 * a place:
 *  - it is large (a capital, or CASELESS_CITY_MIN_POPULATION people): readers know those names;
 *  - the article names its country;
 *  - a word of place governs it: a preposition before it ("في", "إلى", "在", "در", "ใน", spaced or not), a one-letter
 *    proclitic "in"/"to"/"from" on it (Arabic ب, Hebrew ב ל מ), a locative postposition after it
 *    (Korean 에서 …, Japanese で, Hindi में); a short Han or Kana name of a smaller city needs this one.
 */
export const CASELESS_CITY_MIN_POPULATION = 1_000_000;

/**
 * Prepositions of place written as a word before the name (Arabic, Persian, Hebrew, Thai). Not Arabic
 * من: "from" but also "of" and "than", the commonest preposition, it made the virus كورونا a city in
 * "تعافى من كورونا" (recovered from corona).
 */
const BEFORE_WORDS: ReadonlySet<string> = new Set(["في", "فى", "إلى", "الى", "إلي", "قرب", "داخل", "در", "به", "از", "ליד", "ใน", "ที่", "จาก"]);
/** Characters before a name in unspaced Chinese: at, in, to, arrive, from. */
const BEFORE_CHARS = "在于赴到抵从自往";
/**
 * Words of place Thai writes against the name, no space between: in, at, from, to, and the nouns that
 * open a place's name (จังหวัด province, อำเภอ district, เมือง city, กรุง capital).
 */
const THAI_BEFORE_WORDS = ["ใน", "ที่", "จาก", "ไปยัง", "สู่", "จังหวัด", "อำเภอ", "เมือง", "กรุง"];
/** Postpositions after a name: Japanese particles, Hindi postpositions, Korean locatives (cut off by the matcher). */
const AFTER_WORDS: readonly string[] = ["で", "に", "へ", "から", "まで", "में", "से", "तक", "에서", "서", "에", "로", "으로", "까지", "부터"];
/** One-letter proclitics meaning in, to or from, written onto the name (Arabic, Hebrew; Amharic በ in, ከ from). */
const PROCLITICS = "بלבמበከ";

const CASELESS_RE = /^[^\p{Lu}\p{Ll}\p{Lt}\P{L}]/u;

/**
 * Whether a city match in a caseless script has evidence beyond its spelling (see above). A one-word
 * name that is a word of the language's negative table, article and proclitics off, is that word and no
 * city, large or not: Arabic المدينة is "the city" far more often than Medina (which is also
 * "المدينة المنورة", a phrase, still matched).
 */
export function caselessCityAttested(m: GazMatch, doc: string, countries: ReadonlySet<string>, gaz: Gazetteer, lang = "und"): boolean {
  const entry = m.entry;
  if (entry.kind !== "city") return true;
  const text = doc.slice(m.start, m.end);
  if (!CASELESS_RE.test(text)) return true;
  if (m.j === m.i + 1 && !/\s/.test(text)) {
    const negative = negativeWords(lang);
    const key = fold(text);
    if (negative.has(key) || negative.has(nameKey(key, lang))) return false;
  }
  const c = entry.city;
  // A city spelled as a weekday of the article's language (Persian دوشنبه, Monday, is Dushanbe) is the day, unless the
  // article names the city's country.
  if (isOwnWeekday(lang, fold(text))) return countries.has(c.country);
  // A short Han/Kana name of a smaller city is a common word as often as not: only a word of place will do.
  if (entry.placeWordOnly !== true) {
    if (c.featureCode === "PPLC" || c.population >= CASELESS_CITY_MIN_POPULATION || countries.has(c.country)) return true;
    if (PROCLITICS.includes(text[0]!) && !gaz.caseless.has(foldKey(text))) return true;
  }
  const before = doc.slice(Math.max(0, m.start - 12), m.start);
  // Not at the document's start: every string includes "", so a headline's first characters passed for governed ones.
  const previous = before.at(-1);
  if (previous !== undefined && BEFORE_CHARS.includes(previous)) return true;
  if (THAI_BEFORE_WORDS.some((w) => before.endsWith(w))) return true;
  const word = /(\S+)\s+$/u.exec(before)?.[1];
  if (word !== undefined && BEFORE_WORDS.has(word)) return true;
  const after = doc.slice(m.end, m.end + 6);
  return AFTER_WORDS.some((w) => after.startsWith(w) || after.startsWith(` ${w}`));
}
