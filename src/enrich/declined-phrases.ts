import type { GazEntry, Gazetteer } from "./gazetteer.js";

/**
 * Names of two or three words declined in every word: Russian "Южная Корея" is "Южной Кореи", "в Южной Корее";
 * Polish "Stany Zjednoczone" is "Stanów Zjednoczonych"; Greek "Σαουδική Αραβία" is "της Σαουδικής Αραβίας";
 * Czech "Spojené státy" is "Spojených států". Each word takes its own ending (an adjective's, a noun's, a plural's),
 * so no single rewrite of the last word restores the name. Both sides are cut to a stem instead, the text's words
 * and the gazetteer's multi-word names alike: the word's final vowels, then a case consonant the vowels carried
 * (Russian -м -х -в, Polish -j -m -ch -w, Greek -ν -ς), as often as they alternate, so "Кореи", "Корее", "Корею"
 * and "Корея" all read "кор", Czech "Koreje" too, and "Штатов", "Штатах", "Штаты" all "штат"; the g of an adjective's
 * genitive between vowels too (Russian, Ukrainian -ого, -его, Polish -ego, Czech -ého: "Международного" and
 * "Международный" both "международн"), never a word's last letter ("Петербург"). A stem this short is taken only as part of a whole name.
 */
export const DECLINED_PHRASE_LANGS: ReadonlySet<string> = new Set(["ru", "uk", "be", "pl", "cs", "sk", "hr", "sr", "bs", "sl", "el"]);

/** Letters a folded ending is made of, and the consonants a case ending closes with, per script. */
const CYRILLIC_ENDING = /(?:[аяоеэыиуюіїєьй]+[мхвг]?)+$|[мхв]$/u;
const LATIN_ENDING = /(?:[aeiouy]+(?:ch|[jmhwg])?)+$|(?:ch|[jmw])$/u;
const GREEK_ENDING = /(?:[αεηιουω]+[νς]?)+$|[νς]$/u;
/** A stem keeps this many letters: "Рим" in the genitive ("Рима") is not cut to "р". */
const MIN_STEM = 3;

/** A folded word cut to the stem its cases share (see above), or the word when it would keep too little. */
export function declensionStem(word: string): string {
  const c = word.charCodeAt(0);
  const ending = c >= 0x0400 && c < 0x0530 ? CYRILLIC_ENDING : c >= 0x0370 && c < 0x0400 ? GREEK_ENDING : LATIN_ENDING;
  // Searched past the letters a stem keeps: leftmost, "има" of "Рима" would match and leave one letter.
  const at = word.slice(MIN_STEM).search(ending);
  return at < 0 ? word : word.slice(0, MIN_STEM + at);
}

/** The gazetteer's multi-word place and organisation names by the stems of their words; rebuilt when an article's script adds names. */
export interface DeclinedIndex {
  byStems: Map<string, GazEntry[]>;
  /** Most words of a name whose first stem is this one. */
  maxWords: Map<string, number>;
  /** The gazetteer's size when this was built. */
  builtAt: number;
}

const indexes = new WeakMap<Gazetteer, DeclinedIndex>();

/** The index of `gaz` as its names now stand. */
export function declinedIndex(gaz: Gazetteer): DeclinedIndex {
  const held = indexes.get(gaz);
  if (held !== undefined && held.builtAt === gaz.entries.size) return held;
  const byStems = new Map<string, GazEntry[]>();
  const maxWords = new Map<string, number>();
  for (const [key, list] of gaz.entries) {
    if (!key.includes(" ")) continue;
    // Organisations' full names decline as places' do ("Всемирной организации здравоохранения"); acronyms do not.
    const places = list.filter((e) => (e.kind === "country" || e.kind === "city" || e.kind === "org") && !e.strictCase);
    if (places.length === 0) continue;
    const stemmed = key.split(" ").map(declensionStem);
    const stems = stemmed.join(" ");
    const known = byStems.get(stems);
    if (known === undefined) byStems.set(stems, places);
    else for (const e of places) if (!known.includes(e)) known.push(e);
    maxWords.set(stemmed[0]!, Math.max(maxWords.get(stemmed[0]!) ?? 0, stemmed.length));
  }
  const index: DeclinedIndex = { byStems, maxWords, builtAt: gaz.entries.size };
  indexes.set(gaz, index);
  return index;
}
