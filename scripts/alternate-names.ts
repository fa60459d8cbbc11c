/**
 * Which alternate names of a city the gazetteer keeps, shared by the scripts that build its names
 * (`build-gazetteer.ts` from GeoNames, `build-zone-cities.ts` from CLDR).
 */
import { fold } from "../src/enrich/fold.js";

/**
 * Shorter alternate names are mostly codes ("DYU") or words of the language ("Ван", Russian for the
 * surname Wang, names Vannes): except in Han, Kana and Hangul, where a city takes two or three characters.
 */
const ALTERNATE_MIN_LETTERS = 4;
const CJK_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
/**
 * A one-word Latin alternate that is a word of this many cities' names or more is a generic word of place names
 * ("Puerto", "Central", "Nueva"), which GeoNames lists as a short form of one city (El Puerto de Santa María, Davao):
 * in text it is the word, or the start of another name.
 */
const GENERIC_WORD_MIN_CITIES = 5;

/** Whether to keep an alternate name: not a code, a digit, a short word of the language, a generic word or a lower-case romanisation. */
export function keepAlternate(name: string, primaryKeys: Set<string>, genericWords: ReadonlyMap<string, number>): boolean {
  if (/\p{N}/u.test(name) || name.includes("|")) return false;
  const key = fold(name);
  if (primaryKeys.has(key)) return false;
  const letters = name.replace(/[^\p{L}\p{M}]/gu, "");
  if (CJK_RE.test(letters)) return letters.length >= 2;
  if (letters.length < ALTERNATE_MIN_LETTERS) return false;
  if (!/\p{Script=Latin}/u.test(name)) return true;
  if (!/\s/.test(name.trim()) && (genericWords.get(key) ?? 0) >= GENERIC_WORD_MIN_CITIES) return false;
  return /^\p{Lu}/u.test(name) && letters !== letters.toUpperCase();
}
