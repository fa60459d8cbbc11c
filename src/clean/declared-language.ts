import type { LanguageGuess } from "../types.js";

/**
 * A page's declared language (`<html lang>`, `og:locale`) settles what detection could not tell (a teaser of two
 * sentences, a text of names), when the text is written in that language's script: templates declare "en" over
 * Bulgarian or Bengali news, and a declaration the letters contradict is no evidence. A JSONL record's `lang` is the
 * user's own statement and is taken as it is (clean-article.ts).
 */

/** Confidence given to a declared language: below any detected one, above the floor that makes a guess "und". */
const DECLARED_LANGUAGE_CONFIDENCE = 0.5;
/** Share of a text's letters the declared language's script must hold. */
const SCRIPT_SHARE = 0.6;
/** Letters looked at: the text's opening is enough to know its script. */
const SAMPLE_CHARS = 600;

/** The scripts of languages not written in Latin letters; a language with Latin beside them lists it too. */
const SCRIPTS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    Cyrillic: "ru uk bg mk be kk ky mn tg tt ba cv sah",
    "Cyrillic|Latin": "sr uz az",
    Greek: "el",
    Arabic: "ar fa ur ps ug sd ckb",
    "Arabic|Latin": "ku",
    Hebrew: "he yi",
    Devanagari: "hi mr ne sa mai",
    Bengali: "bn as",
    Gurmukhi: "pa",
    Gujarati: "gu",
    Oriya: "or",
    Tamil: "ta",
    Telugu: "te",
    Kannada: "kn",
    Malayalam: "ml",
    Sinhala: "si",
    Thai: "th",
    Lao: "lo",
    Khmer: "km",
    Myanmar: "my",
    Georgian: "ka",
    Armenian: "hy",
    Ethiopic: "am ti",
    Tibetan: "bo",
    Thaana: "dv",
    Han: "zh",
    "Han|Hiragana|Katakana": "ja",
    "Hangul|Han": "ko",
  }).flatMap(([scripts, codes]) => {
    const letters = new RegExp(`[${scripts.split("|").map((s) => `\\p{Script=${s}}`).join("")}]`, "gu");
    return codes.split(" ").map((code) => [code, letters] as const);
  }),
);
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

/** Codes pages still declare for languages since renamed (Hebrew iw, Indonesian in), and Norwegian's written standards as detection names them. */
const CURRENT_CODES: Readonly<Record<string, string>> = { iw: "he", in: "id", ji: "yi", jw: "jv", mo: "ro", sh: "sr", nb: "no", nn: "no" };

/** The declared language's ISO 639 code ("bg-BG" → "bg", "iw" → "he"), or null when it is none. */
function declaredCode(declared: string | undefined): string | null {
  const code = declared?.trim().toLowerCase().split(/[-_]/u)[0];
  if (code === undefined || !/^[a-z]{2,3}$/u.test(code)) return null;
  return CURRENT_CODES[code] ?? code;
}

/** Whether `text` is written in the script of the language `code` (Latin for a language not listed above). */
function writtenInScriptOf(code: string, text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return false;
  const inScript = sample.match(SCRIPTS[code] ?? LATIN)?.length ?? 0;
  return inScript >= SCRIPT_SHARE * letters;
}

/**
 * `detected`, or the declared language when detection could not tell: a JSONL record's own `lang` (`text` null: the
 * user's statement, taken as it is), a page's when `text`'s letters are in its script.
 */
export function withDeclaredLanguage(detected: LanguageGuess, declared: string | undefined, text: string | null): LanguageGuess {
  if (detected.code !== "und") return detected;
  const code = declaredCode(declared);
  return code !== null && (text === null || writtenInScriptOf(code, text)) ? { code, confidence: DECLARED_LANGUAGE_CONFIDENCE } : detected;
}
