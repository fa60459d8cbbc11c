/**
 * Regnal numerals as each language writes them after (or before) a monarch's or a pope's name: Roman numerals
 * ("Leo XIV", German "Leo XIV.", Romanian "Leon al XIV-lea", Hungarian "XIV. Leó"), Greek numerals with the keraia
 * ("Λέων ΙΔ΄"), Danish and Turkish digits with a full stop ("Frederik 10.", "14. Leo"), Chinese numerals and Japanese
 * digits before 世 (利奥十四世, レオ14世), Korean digits before 세 (레오 14세), Thai ที่ and digits, and the ordinal words
 * of Arabic (الرابع عشر), Persian and Urdu (چهاردهم), Hebrew (השלישי, ה-14), Hindi (तृतीय, 14वें) and Bengali (চতুর্দশ).
 * A name so numbered is the same person in every script whatever the name's spelling there (Charles III is Carlos III,
 * Karol III, Карл III, 查尔斯三世, تشارلز الثالث): `regnalParts` reads the number and the name word beside it.
 */

/** The highest number read: no reigning line has gone past it. */
const MAX_REGNAL = 39;

const ROMAN_RE = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_DIGIT: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** The value of an upper-case Roman numeral up to XXXIX, or null. */
export function romanValue(s: string): number | null {
  if (s.length === 0 || !ROMAN_RE.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGIT[s[i]!]!;
    const next = ROMAN_DIGIT[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Greek numerals: tens (Ι΄ 10, Κ΄ 20) and units, closed by the keraia (or the tonos or an apostrophe typed for it). */
const GREEK_NUMERAL_RE = /^([ΙΚ]?)(ΣΤ|[ΑΒΓΔΕϚΖΗΘ]?)[ʹ΄'’]$/u;
const GREEK_UNITS: Readonly<Record<string, number>> = { "Α": 1, "Β": 2, "Γ": 3, "Δ": 4, "Ε": 5, "ΣΤ": 6, "Ϛ": 6, "Ζ": 7, "Η": 8, "Θ": 9 };

function greekValue(s: string): number | null {
  const m = GREEK_NUMERAL_RE.exec(s);
  if (m === null || (m[1] === "" && m[2] === "")) return null;
  return (m[1] === "Ι" ? 10 : m[1] === "Κ" ? 20 : 0) + (GREEK_UNITS[m[2]!] ?? 0);
}

const HAN_DIGITS: Readonly<Record<string, number>> = { "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };

/** 三 → 3, 十四 → 14, 二十一 → 21. */
function hanValue(s: string): number | null {
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? (HAN_DIGITS[s] ?? null) : null;
  const tens = ten === 0 ? 1 : HAN_DIGITS[s.slice(0, ten)];
  const units = ten === s.length - 1 ? 0 : HAN_DIGITS[s.slice(ten + 1)];
  return tens === undefined || units === undefined || s.length > ten + 2 ? null : tens * 10 + units;
}

/** ASCII, full-width, Thai, Arabic-Indic, Persian and Devanagari digits as a number. */
function digitsValue(s: string): number {
  let n = 0;
  for (const c of s) {
    const code = c.codePointAt(0)!;
    const zero = [0x30, 0xff10, 0x0e50, 0x0660, 0x06f0, 0x0966, 0x09e6].find((z) => code >= z && code <= z + 9)!;
    n = n * 10 + (code - zero);
  }
  return n;
}
const DIGITS = "[0-9０-９๐-๙٠-٩۰-۹०-९০-৯]";

/** Ordinal words, first to twentieth as far as a language's press numbers monarchs so (masculine, then feminine). */
const ORDINAL_WORDS: readonly (readonly [string, string])[] = [
  // Arabic; the teens are two words (الرابع عشر), read by `arabicTeen`.
  ["ar", "الأول|الاول|الأولى|الاولى الثاني|الثانية الثالث|الثالثة الرابع|الرابعة الخامس|الخامسة السادس|السادسة السابع|السابعة الثامن|الثامنة التاسع|التاسعة العاشر|العاشرة"],
  // Persian and Urdu (Urdu's ہ and ی read as Persian's, see `abjadForm`).
  ["fa", "اول|یکم دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم شانزدهم هفدهم هجدهم|هیجدهم نوزدهم بیستم"],
  ["he", "הראשון|הראשונה השני|השנייה|השניה השלישי|השלישית הרביעי|הרביעית החמישי|החמישית השישי|השישית השביעי|השביעית השמיני|השמינית התשיעי|התשיעית העשירי|העשירית"],
  // Hindi, Marathi and Nepali take Sanskrit's ordinals for kings (चार्ल्स तृतीय); Hindi also its own (लियो चौदहवें), but
  // not पहले, "first", which as often means "before" ("-" keeps the places).
  ["hi", "प्रथम द्वितीय तृतीय चतुर्थ पंचम|पञ्चम षष्ठ|षष्ठम सप्तम अष्टम नवम दशम एकादश द्वादश त्रयोदश चतुर्दश पंचदश|पञ्चदश षोडश सप्तदश अष्टादश एकोनविंश विंश"],
  ["hi", "- दूसरे|दूसरा तीसरे|तीसरा चौथे|चौथा पांचवें|पाँचवें|पांचवां छठे|छठा सातवें|सातवां आठवें|आठवां नौवें|नौवां दसवें|दसवां ग्यारहवें बारहवें तेरहवें चौदहवें|चौदहवां|चौदहवाँ पंद्रहवें|पन्द्रहवें सोलहवें सत्रहवें अठारहवें उन्नीसवें बीसवें"],
  ["bn", "প্রথম দ্বিতীয় তৃতীয় চতুর্থ পঞ্চম ষষ্ঠ সপ্তম অষ্টম নবম দশম একাদশ দ্বাদশ ত্রয়োদশ চতুর্দশ পঞ্চদশ ষোড়শ সপ্তদশ অষ্টাদশ ঊনবিংশ বিংশ"],
];

const ORDINALS = new Map<string, number>();
for (const [, list] of ORDINAL_WORDS) list.split(" ").forEach((forms, k) => { for (const f of forms.split("|")) if (f !== "-") ORDINALS.set(f, k + 1); });

/** Urdu's and Arabic's letters for Persian's (ہ ۃ for ه, ي ى for ی, ك for ک): one table reads them all. */
function abjadForm(w: string): string {
  return w.replace(/[ہۃ]/gu, "ه").replace(/[يى]/gu, "ی").replace(/ك/gu, "ک");
}

/** A Bengali ordinal, which Bengali writes before the name (তৃতীয় চার্লস, চতুর্দশ লিও). */
export function prefixOrdinal(word: string): number | null {
  const c = word.charCodeAt(0);
  return c >= 0x0980 && c <= 0x09ff ? (ORDINALS.get(word) ?? null) : null;
}

/** An ordinal word in Arabic, Persian, Urdu, Hebrew or an Indic script, or null. */
export function ordinalWord(word: string): number | null {
  const c = word.charCodeAt(0);
  return ORDINALS.get(word) ?? (c >= 0x0600 && c <= 0x06ff ? ORDINALS.get(abjadForm(word)) : undefined) ?? null;
}

/** Arabic's "ten" of a teen's ordinal. */
export const isTen = (word: string): boolean => word === "عشر" || word === "عشرة";

/** Arabic's teens: the unit's ordinal then عشر (الرابع عشر, 14th). */
export function arabicTeen(unit: string, ten: string): number | null {
  if (!isTen(ten)) return null;
  const n = ORDINALS.get(unit === "الحادي" || unit === "الحادية" ? "الأول" : unit);
  return n !== undefined && n < 10 ? 10 + n : null;
}

const KOREAN_RE = new RegExp(`^(${DIGITS}{1,2})세`, "u");
const HINDI_DIGITS_RE = new RegExp(`^(${DIGITS}{1,2})(?:वें|वे|वाँ|वां|वा)$`, "u");
const HEBREW_DIGITS_RE = new RegExp(`^ה[-־]?(${DIGITS}{1,2})$`, "u");
const DIGITS_RE = new RegExp(`^(${DIGITS}{1,2})$`, "u");
/** Romanian writes "al XIV-lea" (a queen's "a II-a"); the Roman numeral is the number. */
const ROMANIAN_RE = /^([IVX]+)-(?:lea|a)$/;

/**
 * The number a word written after a name gives it, or null: a Roman or Greek numeral, Korean N세 (a case particle may
 * follow), Hindi N-वें, Hebrew ה-N, an ordinal word. `stop`: the word ends with a full stop, as German, Czech and
 * Danish write ordinals; digits alone count only so (Danish "Frederik 10.").
 */
export function suffixNumber(word: string, stop: boolean): number | null {
  // Told apart by the first character: this runs on every word of an article that may name a monarch.
  const c = word.charCodeAt(0);
  let n: number | null;
  if (c === 73 || c === 86 || c === 88) n = romanValue(word) ?? romanValue(ROMANIAN_RE.exec(word)?.[1] ?? ""); // I V X
  else if (c >= 0x0391 && c <= 0x03ff) n = greekValue(word);
  else if (DIGIT_START_RE.test(word)) n = matched(KOREAN_RE, word) ?? matched(HINDI_DIGITS_RE, word) ?? (stop ? matched(DIGITS_RE, word) : null);
  else if (c === 0x05d4) n = matched(HEBREW_DIGITS_RE, word) ?? ordinalWord(word); // ה
  else n = ordinalWord(word);
  return n !== null && n >= 1 && n <= MAX_REGNAL ? n : null;
}
const DIGIT_START_RE = new RegExp(`^${DIGITS}`, "u");

/** The number of a numeral written before a name with a full stop (Hungarian "XIV. Leó", Turkish "14. Leo"). */
export function prefixNumber(word: string): number | null {
  const n = romanValue(word) ?? matched(DIGITS_RE, word);
  return n !== null && n >= 1 && n <= MAX_REGNAL ? n : null;
}

function matched(re: RegExp, word: string): number | null {
  const m = re.exec(word);
  return m === null ? null : digitsValue(m[1]!);
}

/** Chinese (利奥十四世), Japanese (レオ14世) and Thai (เลโอที่ 14) write the number onto the name. */
const UNSPACED_FORMS: readonly (readonly [RegExp, (s: string) => number | null])[] = [
  [/^(.+?)([一二三四五六七八九十]{1,3})世$/u, hanValue],
  [new RegExp(`^(.+?)(${DIGITS}{1,2})世$`, "u"), digitsValue],
  [new RegExp(`^(.+?)ที่\\s?(${DIGITS}{1,2})$`, "u"), digitsValue],
];

/** A regnal name's number and the name word written beside it ("Leo" of "Leo XIV", "Paul" of "John Paul II"). */
export interface RegnalParts {
  number: number;
  word: string;
}

/**
 * Reads "Leo XIV", "Leo XIV.", "Leon al XIV-lea", "XIV. Leó", "14. Leo", "Λέων ΙΔ΄", "Лев XIV", "利奥十四世",
 * "レオ14世", "레오 14세", "เลโอที่ 14", "لاون الرابع عشر", "لئو چهاردهم", "לאו ה-14", "लियो चौदहवें", "চতুর্দশ লিও": one or
 * two name words and the number, or null for any other name.
 */
export function regnalParts(name: string): RegnalParts | null {
  const t = name.trim();
  for (const [re, value] of UNSPACED_FORMS) {
    const m = re.exec(t);
    if (m === null || /\s/u.test(m[1]!.trim())) continue;
    const n = value(m[2]!);
    // The name word beside the number: the last part of a Chinese or Japanese name written with its dot (约翰·保罗).
    if (n !== null && n >= 1 && n <= MAX_REGNAL) return { number: n, word: m[1]!.split(/[·・]/u).at(-1)!.trim() };
  }
  const words = t.split(/\s+/u);
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  const stop = last.endsWith(".");
  const bare = stop ? last.slice(0, -1) : last;
  const teen = words.length >= 3 ? arabicTeen(words[words.length - 2]!, bare) : null;
  if (teen !== null && words.length <= 4) return { number: teen, word: words[words.length - 3]! };
  const suffix = suffixNumber(bare, stop);
  // Romanian's "al"/"a" before the numeral is no name word.
  const before = words[words.length - 2] === "al" || words[words.length - 2] === "a" ? words.length - 2 : words.length - 1;
  if (suffix !== null && before >= 1 && before <= 2) return { number: suffix, word: words[before - 1]! };
  const first = words[0]!;
  const prefix = first.endsWith(".") ? prefixNumber(first.slice(0, -1)) : prefixOrdinal(first);
  if (prefix !== null && words.length <= 3) return { number: prefix, word: words[1]! };
  return null;
}
