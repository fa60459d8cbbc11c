import { KOREAN_NOUN_PARTICLE_SOURCE } from "../text/korean.js";

/**
 * Full-text search in scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese). Both search engines cut words at spaces and punctuation: a Chinese paragraph is one "word"
 * to them, and searching 岸田文雄 found nothing. Each character of these scripts is indexed as a word of
 * its own and a query's run of them becomes the phrase of its characters, so a query matches wherever
 * its characters stand together: substring search, what CJK search engines do with unigrams and bigrams
 * (Lucene's CJK analysers) and what needs no dictionary that could cut a name differently in the query
 * and in the text.
 *
 * The characters are named by code-point ranges, not Unicode properties, so PostgreSQL's regular
 * expressions (which lack \p{…}) index exactly the characters the query side separates.
 */
export const NO_SPACE_RANGES = [
  ["3005", "3007"], // 々 〆 〇
  ["3040", "30ff"], // Hiragana, Katakana (ー included)
  ["31f0", "31ff"], // Katakana phonetic extensions
  ["3400", "4dbf"], // CJK Extension A
  ["4e00", "9fff"], // CJK Unified Ideographs
  ["f900", "faff"], // CJK Compatibility Ideographs
  ["ff66", "ff9f"], // half-width Katakana
  ["0e00", "0eff"], // Thai, Lao
  ["1000", "109f"], // Myanmar
  ["1780", "17ff"], // Khmer
  ["20000", "2fa1f"], // CJK Extensions B–F, compatibility supplement
] as const;

const jsClass = NO_SPACE_RANGES.map(([from, to]) => `\\u{${from}}-\\u{${to}}`).join("");
const NO_SPACE_CHAR = new RegExp(`[${jsClass}]`, "u");
const NO_SPACE_CHARS = new RegExp(`[${jsClass}]`, "gu");

/** The same class for PostgreSQL's advanced regular expressions (\uXXXX and \UXXXXXXXX escapes). */
export const POSTGRES_NO_SPACE_CLASS = `[${NO_SPACE_RANGES.map(([from, to]) => `${pgEscape(from)}-${pgEscape(to)}`).join("")}]`;

function pgEscape(hex: string): string {
  return hex.length <= 4 ? `\\u${hex.padStart(4, "0")}` : `\\U${hex.padStart(8, "0")}`;
}

/**
 * Zero-width space: SQLite's unicode61 tokenizer separates words at it, and a snippet cut from the
 * spaced text reads as the original.
 */
export const SEARCH_SEPARATOR = "\u200b";

/**
 * Korean separates words with spaces but writes its particles onto the noun ("도쿄에서", in Tokyo): such a
 * noun is indexed and queried apart from its particle (text/korean.ts), so 도쿄 finds 도쿄에서 and 도쿄는.
 */
const KOREAN_NOUN_PARTICLE = new RegExp(KOREAN_NOUN_PARTICLE_SOURCE, "gu");
const HANGUL = /[\uac00-\ud7a3]/u;
/** Either kind of character: most texts hold neither, and one scan tells (this runs on every article stored). */
const SEARCH_SPECIAL = new RegExp(`[${jsClass}\\uac00-\\ud7a3]`, "u");

/** The same rule for PostgreSQL: the expression and its replacement, a space between noun and particle. */
export const POSTGRES_KOREAN_NOUN_PARTICLE = KOREAN_NOUN_PARTICLE_SOURCE;

/**
 * The text as the SQLite index reads it: a separator after each character of those scripts, and before one
 * that follows any other character; Korean particles set apart from their noun; null when the text has
 * neither (the text is indexed as it is).
 */
export function spacedForSearch(text: string | null): string | null {
  if (text === null || !SEARCH_SPECIAL.test(text)) return null;
  const korean = HANGUL.test(text) ? text.replace(KOREAN_NOUN_PARTICLE, `$1${SEARCH_SEPARATOR}$2`) : text;
  if (!NO_SPACE_CHAR.test(korean)) return korean === text ? null : korean;
  return spacedScripts(korean);
}

function spacedScripts(text: string): string {
  let out = "";
  let previousNoSpace = true;
  for (const ch of text) {
    if (NO_SPACE_CHAR.test(ch)) {
      if (!previousNoSpace) out += SEARCH_SEPARATOR;
      out += ch + SEARCH_SEPARATOR;
      previousNoSpace = true;
    } else {
      out += ch;
      previousNoSpace = false;
    }
  }
  return out;
}

/** A snippet cut from spaced text, as the article reads: separators gone, "[岸]​[田]" one match "[岸田]". */
export function unspaced(snippet: string): string {
  if (!snippet.includes(SEARCH_SEPARATOR)) return snippet;
  return snippet.replace(/\]\u200b+\[/gu, "").replaceAll(SEARCH_SEPARATOR, "");
}

/**
 * What PostgreSQL's `websearch_to_tsquery` reads of a user's query: each word holding characters of those
 * scripts becomes the quoted phrase of its characters ("东京" → "东 京"; "-东京" stays a negation), a Korean
 * noun stands without its particle ("도쿄에서" → "도쿄"), a quoted phrase is spaced inside (particles kept);
 * the rest of the query is left as typed.
 */
export function spacedWebsearch(input: string): string {
  if (!SEARCH_SPECIAL.test(input)) return input;
  const spaced = (text: string, particles: string) => text.replace(KOREAN_NOUN_PARTICLE, particles).replace(NO_SPACE_CHARS, " $& ").trim();
  return input.replace(/"([^"]*)"|([^\s"]+)/gu, (whole: string, phrase: string | undefined, word: string | undefined) => {
    if (phrase !== undefined) return `"${spaced(phrase, "$1 $2")}"`;
    if (word === undefined || spaced(word, "$1") === word) return whole;
    return word.startsWith("-") ? `-"${spaced(word.slice(1), "$1")}"` : `"${spaced(word, "$1")}"`;
  });
}

/**
 * The search words of a query word: a run of those scripts becomes its characters ("岸田文雄" → 岸 田 文 雄);
 * a Korean noun stands without its particle ("도쿄에서" → 도쿄, which finds 도쿄는 too), or, inside a quoted
 * phrase (`withParticles`), beside it as the index has them ("대통령은" → 대통령 은).
 */
export function searchWords(word: string, withParticles = false): string[] {
  const korean = HANGUL.test(word) ? word.replace(KOREAN_NOUN_PARTICLE, withParticles ? "$1 $2" : "$1") : word;
  if (!NO_SPACE_CHAR.test(korean)) return korean === word ? [word] : korean.split(" ");
  return korean.replace(NO_SPACE_CHARS, " $& ").trim().split(/\s+/u);
}
