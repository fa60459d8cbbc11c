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
 *    proclitic "in"/"to"/"from" on it (Arabic ب, Hebrew ב ל מ), a locative ending on it (Bengali -য়, Tamil -இல்), a
 *    locative postposition after it
 *    (Korean 에서 …, Japanese で, Hindi में, Urdu میں); a short Han or Kana name of a smaller city needs this one;
 *  - it is coordinated with a place so attested: "जिनेवा और बर्लिन में", "제네바와 베를린에서" (in Geneva and Berlin), where
 *    the postposition follows the last name only (`attestCoordinated`).
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
const THAI_BEFORE_WORDS = ["ใน", "ที่", "จาก", "ไปยัง", "สู่", "จังหวัด", "อำเภอ", "เมือง", "กรุง", "นคร"];
/**
 * Locative endings written onto the name, as the matcher reads them off (gazetteer-match.ts): a word of place as much as
 * a postposition is. Bengali -য়, -তে, -এ (জেনেভায়, in Geneva), Tamil -இல் (ஜெனீவாவில்), Georgian -ში, Telugu -లో,
 * Malayalam -ഇൽ, Kannada -ಅಲ್ಲಿ, Gujarati -માં, Nepali -मा, Marathi -मध्ये and -त.
 */
const LOCATIVE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  bn: ["য়", "তে", "এ", "ে"], ta: ["யில்", "வில்", "ில்"], ka: ["ში"], te: ["లో"], ml: ["യിൽ", "ിൽ"], kn: ["ನಲ್ಲಿ", "ದಲ್ಲಿ"],
  gu: ["માં"], ne: ["मा"], mr: ["मध्ये", "त"],
};
/** "From" written onto the name: Tamil -இலிருந்து (லண்டனிலிருந்து, from London), Georgian -დან (თბილისიდან). */
const ABLATIVE_ENDINGS: Readonly<Record<string, readonly string[]>> = { ta: ["ிலிருந்து"], ka: ["დან"] };

/**
 * A word with a case of place written onto it ("in London", "from London"): a place where the sentence happens, never a
 * given name a city shares, which a name's first word would be bare.
 */
export function endsInPlaceCase(text: string, lang: string): boolean {
  return LOCATIVE_ENDINGS[lang]?.some((e) => text.endsWith(e)) === true || ABLATIVE_ENDINGS[lang]?.some((e) => text.endsWith(e)) === true;
}

/** Postpositions after a name: Japanese particles, Hindi postpositions, Korean locatives (cut off by the matcher). */
const AFTER_WORDS: readonly string[] = ["で", "に", "へ", "から", "まで", "में", "से", "तक", "에서", "서", "에", "로", "으로", "까지", "부터", "میں", "سے", "تک"];
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
    if (c.featureCode === "PPLC" || c.population >= CASELESS_CITY_MIN_POPULATION) return true;
    // The country named is no proof for a town the ergative follows (`townAsAgent`): "بھارت کے نیرج چوپڑا نے", India's
    // Neeraj Chopra did; چوپڑا is also Chopda.
    if (countries.has(c.country)) return !townAsAgent(m, doc);
    if (PROCLITICS.includes(text[0]!) && !gaz.caseless.has(foldKey(text))) return true;
    if (LOCATIVE_ENDINGS[lang]?.some((e) => text.endsWith(e)) === true && !gaz.caseless.has(foldKey(text))) return true;
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

/** The ergative postposition after a word, a space before it: Hindi, Urdu, Punjabi. */
export const ERGATIVE_AFTER = [" ने", " نے", " ਨੇ"];

/** A town below the size readers know whose word the ergative follows: the agent of a verb, a person's name far more often. */
export function townAsAgent(m: GazMatch, doc: string): boolean {
  if (m.entry.kind !== "city") return false;
  const c = m.entry.city;
  return c.featureCode !== "PPLC" && c.population < CASELESS_CITY_MIN_POPULATION && ERGATIVE_AFTER.some((w) => doc.startsWith(w, m.end));
}

/**
 * Between two names, "and" or a list's comma alone: Hindi और, एवं, तथा; Urdu and Persian اور, و; Bengali ও, এবং; Tamil
 * மற்றும்; Thai และ; Korean 와, 과, 및 (written onto the first name); Japanese と, や; Chinese 和, 与, 及 and the list
 * comma 、. Arabic and Hebrew write their "and" onto the second name (وبرلين), which the match then holds.
 */
const COORDINATION_RE = /^[\s,،、，]*(?:और|एवं|तथा|اور|و|ও|এবং|மற்றும்|และ|와|과|및|と|や|和|与|及)?[\s,،、，]*$/u;
const CONJUNCTION_PROCLITIC_RE = /^[وו]/u;

/**
 * The caseless cities `attested` leaves out that are coordinated with a place it keeps, in place: a postposition
 * after the last name governs the whole list ("जिनेवा और बर्लिन में"), as a preposition before the first does ("在柏林和
 * 日内瓦", "في برلين وجنيف"). `matches` in the order of the text; read from the last, then from the first, so a
 * list of three is carried by the name its word of place is written on.
 */
export function attestCoordinated(matches: readonly GazMatch[], attested: boolean[], doc: string): void {
  const carry = (k: number, by: number) => {
    const [first, second] = k < by ? [matches[k]!, matches[by]!] : [matches[by]!, matches[k]!];
    const other = matches[by]!;
    if (attested[k] || matches[k]!.entry.kind !== "city" || !attested[by] || (other.entry.kind !== "city" && other.entry.kind !== "country")) return;
    if (second.start < first.end) return;
    const gap = doc.slice(first.end, second.start);
    if (gap.length > 12 || !COORDINATION_RE.test(gap)) return;
    // Only a space between them: a list needs its "and" or comma, written in the gap or onto the second name.
    if (gap.trim().length === 0 && !CONJUNCTION_PROCLITIC_RE.test(doc.slice(second.start, second.end))) return;
    attested[k] = true;
  };
  for (let k = matches.length - 2; k >= 0; k--) carry(k, k + 1);
  for (let k = 1; k < matches.length; k++) carry(k, k - 1);
}
