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

/**
 * The gazetteer's multi-word place and organisation names by the stems of their words. When an article's script adds
 * names (`Gazetteer.indexedKeys`), only the stems of the keys it added or changed are gathered again: rebuilding it
 * whole took a tenth of a second or more each time a script came in, in every thread.
 */
export interface DeclinedIndex {
  byStems: Map<string, GazEntry[]>;
  /** Most words of a name whose first stem is this one. */
  maxWords: Map<string, number>;
  /** The multi-word keys sharing each stems, in the gazetteer's order: what a changed bucket is gathered from. */
  keysByStems: Map<string, string[]>;
  /** The stems of each multi-word key met. */
  stemsOf: Map<string, string>;
  /** How many of `gaz.indexedKeys` have been read. */
  readUpTo: number;
}

const indexes = new WeakMap<Gazetteer, DeclinedIndex>();

/** The index of `gaz` as its names now stand. */
export function declinedIndex(gaz: Gazetteer): DeclinedIndex {
  let index = indexes.get(gaz);
  // Asked at every capitalised word of a declining language: nothing is made unless a script was indexed since.
  if (index !== undefined && index.readUpTo === gaz.indexedKeys.length) return index;
  const changed = new Set<string>();
  if (index === undefined) {
    index = { byStems: new Map(), maxWords: new Map(), keysByStems: new Map(), stemsOf: new Map(), readUpTo: gaz.indexedKeys.length };
    for (const key of gaz.entries.keys()) meetKey(index, key, changed);
    indexes.set(gaz, index);
  } else if (index.readUpTo < gaz.indexedKeys.length) {
    for (let k = index.readUpTo; k < gaz.indexedKeys.length; k++) meetKey(index, gaz.indexedKeys[k]!, changed);
    index.readUpTo = gaz.indexedKeys.length;
  }
  for (const stems of changed) gather(index, gaz, stems);
  return index;
}

/** Notes a key's stems as changed, the key among them when new (the gazetteer adds new keys after its others). */
function meetKey(index: DeclinedIndex, key: string, changed: Set<string>): void {
  if (!key.includes(" ")) return;
  let stems = index.stemsOf.get(key);
  if (stems === undefined) {
    stems = key.split(" ").map(declensionStem).join(" ");
    index.stemsOf.set(key, stems);
    const keys = index.keysByStems.get(stems);
    if (keys === undefined) index.keysByStems.set(stems, [key]);
    else keys.push(key);
  }
  changed.add(stems);
}

/** The entries of one stems, from its keys' lists as they now stand, in the gazetteer's order. */
function gather(index: DeclinedIndex, gaz: Gazetteer, stems: string): void {
  let bucket: GazEntry[] | undefined;
  for (const key of index.keysByStems.get(stems) ?? []) {
    // Organisations' full names decline as places' do ("Всемирной организации здравоохранения"); acronyms do not.
    const places = (gaz.entries.get(key) ?? []).filter((e) => (e.kind === "country" || e.kind === "city" || e.kind === "org") && !e.strictCase);
    if (places.length === 0) continue;
    if (bucket === undefined) bucket = places;
    else for (const e of places) if (!bucket.includes(e)) bucket.push(e);
  }
  if (bucket === undefined) return;
  index.byStems.set(stems, bucket);
  const space = stems.indexOf(" ");
  const first = stems.slice(0, space);
  index.maxWords.set(first, Math.max(index.maxWords.get(first) ?? 0, stems.split(" ").length));
}
