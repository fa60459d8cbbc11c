/**
 * Character classes for tokenizing, looked up in one 64 K table so the hot loop never runs a regex.
 * WORD mirrors the reference shingling (`[\p{L}\p{N}]+`, ../shared/bench/shingling.py);
 * NO_SPACE marks scripts written without spaces between words, whose runs go to `Intl.Segmenter`.
 */
export const SEP = 0;
export const WORD = 1;
export const NO_SPACE = 2;
/** A UTF-16 surrogate: the caller reads the whole code point and asks `astralClass`. */
export const SURROGATE = 3;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/**
 * Scripts without word spaces that ICU segments with dictionaries. Script_Extensions (not Script)
 * so the Katakana prolonged sound mark "ー" and iteration marks stay inside their runs.
 * Hangul is absent on purpose: Korean separates words with spaces.
 */
const NO_SPACE_CHAR =
  /^[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Thai}\p{Script_Extensions=Lao}\p{Script_Extensions=Khmer}\p{Script_Extensions=Myanmar}]$/u;

let bmpTable: Uint8Array | undefined;

/** Thai, Lao, Khmer and Burmese write vowels and tones as combining marks: they stay inside words. */
const MARK_CHAR = /^\p{M}$/u;

function classify(ch: string): number {
  if (NO_SPACE_CHAR.test(ch) && (WORD_CHAR.test(ch) || MARK_CHAR.test(ch))) return NO_SPACE;
  return WORD_CHAR.test(ch) ? WORD : SEP;
}

/** The class of every BMP code unit, built once on first use (about 10 ms) and then shared. */
export function bmpClassTable(): Uint8Array {
  if (bmpTable !== undefined) return bmpTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = c >= 0xd800 && c <= 0xdfff ? SURROGATE : classify(String.fromCharCode(c));
  }
  bmpTable = table;
  return table;
}

/** Class of a code point above U+FFFF (rare: CJK extensions, historic scripts, math letters). */
export function astralClass(codePoint: number): number {
  return classify(String.fromCodePoint(codePoint));
}

/**
 * Fold-table markers, all above any lowercase letter or digit of the BMP (U+FFFD..U+FFFF are
 * symbols and noncharacters), so one compare splits word code units from the rare cases.
 */
export const FOLD_SPECIAL_MIN = 0xfffd;
/** The lowercase of this code unit starts or continues a run of a spaceless script. */
export const FOLD_NO_SPACE = 0xfffd;
/** A UTF-16 surrogate: read the whole code point. */
export const FOLD_SURROGATE = 0xfffe;
/**
 * Lowercasing this code unit alone is not the same as lowercasing it in its text: "İ" becomes two
 * code units and "Σ" becomes "ς" at the end of a word (Final_Sigma). The caller lowercases the text.
 */
export const FOLD_CASE_CONTEXT = 0xffff;
/** Greek capital sigma, whose lowercase depends on its neighbours. */
const CAPITAL_SIGMA = 0x3a3;

let foldTableCache: Uint16Array | undefined;

/**
 * Lowercase and class of every BMP code unit in one 128 KB table, so the shingler needs no
 * `toLowerCase` pass and no second lookup: 0 = separator, 1..0xFFFC = a word code unit, lowercased,
 * and the FOLD_* markers. Built once on first use from the same `classify` as `bmpClassTable`
 * applied to the lowercased unit, so it agrees with `tokenize(text)` code unit for code unit.
 */
export function foldTable(): Uint16Array {
  if (foldTableCache !== undefined) return foldTableCache;
  const classes = bmpClassTable();
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (classes[c] === SURROGATE) {
      table[c] = FOLD_SURROGATE;
      continue;
    }
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length !== 1 || c === CAPITAL_SIGMA) {
      table[c] = FOLD_CASE_CONTEXT;
      continue;
    }
    const l = lower.charCodeAt(0);
    const cls = classes[l];
    if (cls === NO_SPACE) table[c] = FOLD_NO_SPACE;
    else if (cls === WORD) table[c] = l < FOLD_SPECIAL_MIN && l !== 0 ? l : FOLD_CASE_CONTEXT;
    else if (cls === SURROGATE) table[c] = FOLD_CASE_CONTEXT;
  }
  foldTableCache = table;
  return table;
}

const astralLowerCache = new Map<number, number>();

/** Lowercase of a code point above U+FFFF (Deseret, Adlam … have case), memoised: the path is rare. */
export function lowerAstral(codePoint: number): number {
  let lower = astralLowerCache.get(codePoint);
  if (lower === undefined) {
    lower = String.fromCodePoint(codePoint).toLowerCase().codePointAt(0) ?? codePoint;
    astralLowerCache.set(codePoint, lower);
  }
  return lower;
}

const astralClassCache = new Map<number, number>();

/** `astralClass` memoised: it runs two regexes and astral letters repeat within a text. */
export function astralClassCached(codePoint: number): number {
  let cls = astralClassCache.get(codePoint);
  if (cls === undefined) {
    cls = astralClass(codePoint);
    astralClassCache.set(codePoint, cls);
  }
  return cls;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The word segmenter for runs of NO_SPACE characters, made once. The locale is fixed ("und") so results
 * do not depend on the machine's default locale; ICU picks its dictionary by script, not by locale.
 */
export function wordSegmenter(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter("und", { granularity: "word" }));
}

/** Word segments of a run of NO_SPACE characters. */
export function segmentRun(run: string, out: string[]): void {
  for (const part of wordSegmenter().segment(run)) {
    if (part.segment.length > 0) out.push(part.segment);
  }
}
