import { boundedCache } from "./bounded-cache.js";
import { foldToken, TOKEN_HYPHENS_RE } from "./fold.js";
import { classAt, LETTER, MARK, NUMBER, UNSPACED, unitsAt } from "./word-chars.js";

/** One word of the document, with what the extractors ask of it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** `foldToken(text)`: folded, hyphens as spaces, word-sign apostrophes dropped; the lookup form. */
  key: string;
  /** `key` holds a space (a hyphenated word, "nur sultan"): asked of every word, so answered once here. */
  multiWord: boolean;
  /** Starts with an upper-case letter ("Scholz", "PARIS", "Ш"). */
  cap: boolean;
  /** Two or more letters, all upper case ("OTAN", "GENEVE"). */
  upper: boolean;
  /** Written in a script without case (Han, Arabic, Thai …): capitalisation says nothing. */
  caseless: boolean;
  /** First word of a sentence, paragraph or quotation: its capital proves nothing. */
  sentStart: boolean;
  /** A full stop right after the word ("M.", "W."). */
  dot: boolean;
  /** Characters between the previous word and this one. */
  gap: string;
}

/**
 * Words are letter/digit runs joined by hyphens ("Nur-Sultan", "sino-russes" stay one word);
 * apostrophes split ("l'Afghanistan" → "l", "Afghanistan"; "Çin'in" → "Çin", "in"; not the "O'" of "O'Brien" nor "D'Alema"'s), which drops the
 * French elisions and the Turkish and English case endings in one rule. Hebrew is the exception: a
 * geresh after ג ד ז ח ע צ ת makes the sounds Hebrew letters lack (j, dh, zh, kh, gh, ch, th: "רג'פ", "סנצ'ס", "שייח'"), part of its letter,
 * and gershayim between two letters mark an acronym (או"ם, the UN; נאט"ו), part of the word. So is an apostrophe
 * between two Cyrillic letters, a sign Ukrainian and Belarusian spell words with (Хав'єр, прем'єр; Russian has none).
 * In scripts written without spaces a number is a word of its own ("17时在四川" is 17 | 时在四川): a word ends
 * where a digit meets a Han, Kana, Thai … letter, marks between them aside. `wordEnd` scans by hand what this
 * regular expression (flags gu) matches, cut there; test/enrich/tokens.test.ts holds the two together:
 * `(?:O['’](?=\p{Lu})|(?<=(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}+ )D['’](?=\p{Lu})|[\p{L}\p{N}])(?:[\p{L}\p{M}\p{N}]|(?<=[גדזחעצץת])['׳’]|(?<=[א-ת])["״](?=[א-ת])|(?<=[\u0400-\u04ff])['’](?=[\u0400-\u04ff])|[-‐‑](?=[\p{L}\p{N}]))*`
 */
const WORD_START = LETTER | NUMBER;
const WORD_PART = LETTER | MARK | NUMBER;
/** Abbreviations whose full stop does not end the sentence: titles and initials. */
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "sr", "sra", "srta", "sig", "dott",
  "st", "ste", "gen", "col", "lt", "sen", "rep", "gov", "jr", "hr", "fr", "nr", "no", "vs", "etc", "ing", "mgr",
]);

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Hebrew letters after which an apostrophe or geresh is part of the word: ג ד ז ח ע צ ץ ת. */
function takesGeresh(c: number): boolean {
  return c === 0x5d2 || c === 0x5d3 || c === 0x5d6 || c === 0x5d7 || c === 0x5e2 || c === 0x5e6 || c === 0x5e5 || c === 0x5ea;
}

/** A Hebrew letter: gershayim (" or ״) between two of them marks an acronym or a foreign sound (או"ם, נאט"ו), inside the word. */
function isHebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/** A Cyrillic letter: Ukrainian and Belarusian write an apostrophe between two as a sign of the word (Хав'єр, прем'єр, В'ячеслав). */
function isCyrillicLetter(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/** A number against a letter of an unspaced script, either way round: a word ends between them. */
function numberMeetsUnspaced(a: number, b: number): boolean {
  return (a & NUMBER && b & UNSPACED) !== 0 || (a & UNSPACED && b & NUMBER) !== 0;
}

const CAPITAL_RE = /^\p{Lu}/u;
/** "D'" at lastIndex after a capitalised word and one space, a capital after it. */
const AFTER_NAME_D_RE = /(?<=(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}+ )D['’](?=\p{Lu})/uy;

/** End of the word that starts at `start` (a letter or digit there). */
function wordEnd(doc: string, start: number): number {
  const n = doc.length;
  let k = start + unitsAt(doc, start);
  // An Irish or Scottish surname's "O'" before a capital ("O'Brien", "O'Neill") is the word's, not an elision's; so is an
  // Italian or French surname's "D'" after a capitalised word ("Massimo D'Alema"; a sentence's "D'Alger" is "from Algiers").
  const c0 = doc.charCodeAt(start);
  if ((c0 === 0x4f || c0 === 0x44) && (doc.charCodeAt(k) === 0x27 || doc.charCodeAt(k) === 0x2019) && CAPITAL_RE.test(doc.slice(k + 1, k + 3))) {
    if (c0 === 0x4f) k++;
    else {
      AFTER_NAME_D_RE.lastIndex = start;
      if (AFTER_NAME_D_RE.test(doc)) k++;
    }
  }
  let previous = classAt(doc, start);
  while (k < n) {
    const c = doc.charCodeAt(k);
    const cls = classAt(doc, k);
    if (cls & WORD_PART) {
      if (numberMeetsUnspaced(previous, cls)) break;
      if (cls !== MARK) previous = cls;
      k += unitsAt(doc, k);
    }
    else if ((c === 0x27 || c === 0x5f3 || c === 0x2019) && takesGeresh(doc.charCodeAt(k - 1))) k++;
    else if ((c === 0x22 || c === 0x5f4) && isHebrewLetter(doc.charCodeAt(k - 1)) && isHebrewLetter(doc.charCodeAt(k + 1))) k++;
    else if ((c === 0x27 || c === 0x2019) && isCyrillicLetter(doc.charCodeAt(k - 1)) && isCyrillicLetter(doc.charCodeAt(k + 1))) k++;
    // A hyphen joins the next part, whose signs are the word's as the first part's are ("קאסים-ז'ומרט", Kassym-Jomart).
    else if (isHyphen(c) && k + 1 < n && classAt(doc, k + 1) & WORD_START) {
      previous = classAt(doc, k + 1);
      k += 1 + unitsAt(doc, k + 1);
    }
    else break;
  }
  return k;
}

/**
 * What a gap ends a sentence or opens a quotation with: /[.!?:;«»"“”„()[\]\n]|--|[—–] /, read by hand
 * since nearly every gap is one space.
 */
function breaksSentence(doc: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    switch (doc.charCodeAt(k)) {
      case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x3b: case 0xab: case 0xbb: case 0x22: case 0x201c:
      case 0x201d: case 0x201e: case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x0a:
        return true;
      case 0x2d: // "--"
        if (k + 1 < to && doc.charCodeAt(k + 1) === 0x2d) return true;
        break;
      case 0x2014: case 0x2013: // "— ", "– "
        if (k + 1 < to && doc.charCodeAt(k + 1) === 0x20) return true;
        break;
    }
  }
  return false;
}

type Form = Pick<Token, "key" | "multiWord" | "cap" | "upper" | "caseless">;

/**
 * What a word's spelling alone says of it. ASCII words (most of them) are read by their character codes;
 * a lower-case word skips the Unicode tests that only capitals and caseless scripts need.
 */
function formOf(text: string): Form {
  let lower = 0;
  let upper = 0;
  let hyphen = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return unicodeFormOf(text);
    if (c >= 0x61 && c <= 0x7a) lower++;
    else if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c === 0x2d) hyphen = true;
  }
  const lowered = upper === 0 ? text : text.toLowerCase();
  const key = hyphen ? lowered.replace(TOKEN_HYPHENS_RE, " ") : lowered;
  const first = text.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return { key, multiWord: hyphen, cap: false, upper: false, caseless: false };
  return { key, multiWord: hyphen, cap: first <= 0x5a && first >= 0x41, upper: lower === 0 && upper >= 2, caseless: false };
}

/**
 * Forms of words beyond ASCII, by spelling: folding them (NFD, mark and letter tables) costs more than a lookup,
 * and the words of a language recur from one article to the next.
 */
const unicodeFormOf = boundedCache(100_000, (text) => spelledFormOf(text));

function spelledFormOf(text: string): Form {
  const first = text[0] ?? "";
  const key = foldToken(text);
  const multiWord = key.includes(" ");
  // Georgian is written in Mkhedruli, which Unicode calls lower case (its capitals, Mtavruli, are for titles): caseless.
  if (isMkhedruli(first)) return { key, multiWord, cap: false, upper: false, caseless: true };
  const firstUpper = first.toUpperCase();
  if (first !== firstUpper) return { key, multiWord, cap: false, upper: false, caseless: false }; // starts lower case
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    key,
    multiWord,
    cap: isUpperLetter(first),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    caseless: first.toLowerCase() === firstUpper && /\p{L}/u.test(first),
  };
}

function isMkhedruli(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x10d0 && c <= 0x10ff;
}

/** Split a document into words with the flags the extractors need; one pass, no backtracking. */
export function tokenize(doc: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let prev: Token | null = null;
  for (let start = 0; start < doc.length; ) {
    if (!(classAt(doc, start) & WORD_START)) {
      start += unitsAt(doc, start);
      continue;
    }
    const end = wordEnd(doc, start);
    const text = doc.slice(start, end);
    const { key, multiWord, cap, upper, caseless } = formOf(text);
    // Most gaps are one space: the constant, not a new string each time.
    const gap = start - prevEnd === 1 && doc.charCodeAt(prevEnd) === 0x20 ? " " : doc.slice(prevEnd, start);
    let sentStart = prev === null || breaksSentence(doc, prevEnd, start);
    // "M. Scholz", "O. Scholz": the full stop belongs to the abbreviation, not the sentence.
    if (sentStart && prev !== null && prev.dot && /^\.\s+$/.test(gap) && (ABBREVIATIONS.has(prev.key) || prev.text.length === 1)) {
      sentStart = false;
    }
    const tok: Token = { text, start, end, key, multiWord, cap, upper, caseless, sentStart, dot: doc.charCodeAt(end) === 0x2e, gap };
    out.push(tok);
    prev = tok;
    prevEnd = end;
    start = end;
  }
  return out;
}

/**
 * Only spaces between two words, no-break ones too (`/^[ \u00a0]+$/`, read by hand): they may form one name. Most gaps
 * are the one-space constant `tokenize` hands out, which the first test takes.
 */
export function spaceGap(gap: string): boolean {
  if (gap === " ") return true;
  for (let k = 0; k < gap.length; k++) if (gap[k] !== " " && gap[k] !== "\u00a0") return false;
  return gap.length > 0;
}

/** True when a title is written in headline case (most long words capitalised): its capitals prove nothing. */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capped = 0;
  for (const t of tokens) {
    // Numbers have no case: "2020" is no lower-case word.
    if (t.text.length < HEADLINE_MIN_WORD || t.caseless || (!t.cap && isDigit(t.text.charCodeAt(0)))) continue;
    long++;
    if (t.cap) capped++;
  }
  return long >= 3 && capped / long >= HEADLINE_CAP_SHARE;
}

/**
 * Marks (1) the tokens of the body's lines written in headline case: the titles of related articles, subheads and
 * menus a crawled text carries between its paragraphs ("Hating Trump", "Restore Legitimacy"), whose capitals prove
 * nothing. A line is a run of tokens no line break parts, of MAX_HEADLINE_LINE_WORDS words at most, not closed by a
 * sentence's punctuation. Null in languages that capitalise every noun (German, Luxembourgish), whose sentences read so.
 */
export function headlineCaseLines(doc: string, tokens: readonly Token[], bodyFrom: number, lang: string): Uint8Array | null {
  if (NOUNS_CAPITALISED.has(lang)) return null;
  let marks: Uint8Array | null = null;
  let from = bodyFrom;
  for (let k = bodyFrom + 1; k <= tokens.length; k++) {
    const next = tokens[k];
    if (next !== undefined && !next.gap.includes("\n")) continue;
    // A line with a comma, a semicolon or a colon lists or labels (a byline, "Name, Founder", "Auteur : Name"): its capitals are the names'.
    if (k - from <= MAX_HEADLINE_LINE_WORDS && !SENTENCE_CLOSE_RE.test(doc.slice(tokens[k - 1]!.end, next === undefined ? doc.length : next.start))) {
      const line = tokens.slice(from, k);
      if (!line.some((t, n) => n > 0 && LIST_GAP_RE.test(t.gap)) && isHeadlineCase(line)) (marks ??= new Uint8Array(tokens.length)).fill(1, from, k);
    }
    from = k;
  }
  return marks;
}

/** Languages that capitalise every noun (German, Luxembourgish): a capital there proves no name. */
export const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(["de", "lb"]);
/** Words in a line of headline case at most: a longer line is a paragraph. */
const MAX_HEADLINE_LINE_WORDS = 16;
/** The punctuation that closes a sentence, in any script (Armenian ։, the Indic danda, CJK 。, Arabic ؟, Urdu ۔, Ethiopic ።) before the line ends: the line was one. */
const SENTENCE_CLOSE_RE = /^[^\n]*[.!?…։।॥。！？؟۔።]/u;
const LIST_GAP_RE = /[,;:]/;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Words shorter than this (articles, prepositions) stay lower case even in headline case. */
const HEADLINE_MIN_WORD = 4;
/** Share of long capitalised words above which a title is headline case; sentence case rarely passes half. */
const HEADLINE_CAP_SHARE = 0.6;

/** Words in capitals this many in a row are a shouted headline or banner, not acronyms or names ("VOTED TO EXPEL THEIR"). */
const CAPS_RUN = 3;

/** True when token i is in a run of CAPS_RUN or more all-capital words. */
export function inCapsRun(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]!.upper) return false;
  let from = i;
  let to = i + 1;
  while (from > 0 && tokens[from - 1]!.upper && /^[ \u00a0']+$/.test(tokens[from]!.gap)) from--;
  while (to < tokens.length && tokens[to]!.upper && /^[ \u00a0']+$/.test(tokens[to]!.gap)) to++;
  return to - from >= CAPS_RUN;
}
