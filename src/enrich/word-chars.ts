import { astralClass, bmpClassTable, NO_SPACE } from "../text/char-class.js";

/**
 * Unicode classes of the characters words are made of, as a table: the tokenizer asks for every
 * character of every article, and a table read is many times cheaper than a Unicode-property regex.
 */

/** A letter (\p{L}). */
export const LETTER = 1;
/** A combining mark (\p{M}): inside a word, never its first character. */
export const MARK = 2;
/** A digit or other number (\p{N}). */
export const NUMBER = 4;
/**
 * A letter of a script written without spaces between words (Han, Kana, Thai, Lao, Khmer, Burmese), as
 * well as LETTER: there a number written against the words ("17时在四川…", "3日午前") is a word of its own.
 */
export const UNSPACED = 8;

let bmp: Uint8Array | null = null;
/** Classes of code points above the BMP (Han extensions, historic scripts): rare, so looked up once each. */
const astral = new Map<number, number>();

/**
 * The class bits of each BMP code unit, built on first use by running each property regex over a string
 * of all of them (a few thousand runs, not 65,536 tests). Lone surrogates belong to no class, as in a `u` regex.
 */
function bmpTable(): Uint8Array {
  if (bmp !== null) return bmp;
  const table = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  const all = new TextDecoder("utf-16le").decode(units);
  // The three general categories are disjoint: each run is filled with its one bit.
  for (const [re, bit] of [[/\p{L}+/gu, LETTER], [/\p{M}+/gu, MARK], [/\p{N}+/gu, NUMBER]] as const) {
    for (let m = re.exec(all); m !== null; m = re.exec(all)) table.fill(bit, m.index, re.lastIndex);
  }
  // The scripts the copy tokenizer segments (text/char-class.ts), letters only.
  const scripts = bmpClassTable();
  for (let c = 0; c < 0x10000; c++) if (table[c] === LETTER && scripts[c] === NO_SPACE) table[c] = LETTER | UNSPACED;
  return (bmp = table);
}

/** Class bits of the code point at `doc[k]` (a whole surrogate pair when one starts there). */
export function classAt(doc: string, k: number): number {
  const c = doc.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff) return (bmp ?? bmpTable())[c]!;
  const low = doc.charCodeAt(k + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let bits = astral.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits = (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
    if (bits === LETTER && astralClass(cp) === NO_SPACE) bits |= UNSPACED;
    astral.set(cp, bits);
  }
  return bits;
}

/** Code units of the code point at `doc[k]`: 2 for a surrogate pair. */
export function unitsAt(doc: string, k: number): number {
  const c = doc.charCodeAt(k);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const low = doc.charCodeAt(k + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}
