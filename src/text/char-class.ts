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

let segmenter: Intl.Segmenter | undefined;

/**
 * Word segments of a run of NO_SPACE characters. The locale is fixed ("und") so results do not
 * depend on the machine's default locale; ICU picks its dictionary by script, not by locale.
 */
export function segmentRun(run: string, out: string[]): void {
  segmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  for (const part of segmenter.segment(run)) {
    if (part.segment.length > 0) out.push(part.segment);
  }
}
