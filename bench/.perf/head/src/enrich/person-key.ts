import { foldLatin } from "./fold.js";
import { HONORIFICS, NAME_PARTICLES } from "./lexicon.js";

/**
 * Spellings that sound alike across languages and transliteration schemes, rewritten to one form
 * before vowels are dropped: German "tsch"/French "tch", "kh"/"h", "w"/"v", "z"/"s", "c"/"k"
 * ("Ławrow" = "Lavrov", "Selenskyj" = "Zelensky", "Çavuşoğlu" = "Cavusoglu").
 */
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/yj$/, "y"], [/tsch|tch|cz/g, "ch"], [/sch|sz/g, "sh"], [/ck/g, "k"], [/ph/g, "f"], [/th/g, "t"], [/kh/g, "h"],
  [/gh/g, "g"], [/dzh|dj|dsch/g, "j"], [/zh/g, "j"], [/w/g, "v"], [/q/g, "k"], [/c(?!h)/g, "k"], [/x/g, "ks"], [/z/g, "s"],
  [/(.)\1+/g, "$1"],
];
/** Names this short keep their vowels: "Li" and "Lu", "Xi" and "Xu" are different people. */
const SHORT_NAME = 3;

/** A surname written to its consonant skeleton: first letter, then consonants ("Gorbatchev", "Gorbachev", "Gorbatschow" → "grbchv"). */
export function nameSkeleton(word: string): string {
  let w = foldLatin(word).replace(/[^a-z]/g, "");
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  if (w.length <= SHORT_NAME) return w;
  return (w[0] ?? "") + w.slice(1).replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

/**
 * The canonical key of a person's name, shared by the spellings of one person across articles and
 * languages: `<first letter of the given name>-<skeleton of the surname>`.
 *  - accents, case and Cyrillic script fold away ("Sánchez", "Путин");
 *  - one vowel more or less, doubled letters and common transliteration pairs do not matter
 *    ("Gorbatchev" = "Gorbaczow", "Zelensky" = "Selenskyj", "Poutine" = "Putin");
 *  - middle names, initials in the middle and particles ("von der", "da") are ignored;
 *  - the given name counts by its initial, so "O. Scholz" = "Olaf Scholz" while "Joe Biden" ≠ "Hunter Biden"
 *    (two people sharing surname and initial do share a key: the price of matching initials);
 *  - a surname alone (no given name known) keys as `-<skeleton>`, distinct from any full name.
 * The surname is the last word, also for names written surname first ("Xi Jinping" keys as k-jnpng): the
 * rule only has to be the same for every spelling, not right about which part is the family name.
 */
export function personKey(name: string): string {
  const words = foldLatin(name)
    .split(/[\s\-‐‑.]+/)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w));
  const core = words.filter((w) => !NAME_PARTICLES.has(w));
  const parts = core.length > 0 ? core : words;
  const surname = parts[parts.length - 1];
  if (surname === undefined) return "";
  const given = parts.length > 1 ? nameSkeleton(parts[0] ?? "")[0] ?? "" : "";
  return `${given}-${nameSkeleton(surname)}`;
}
