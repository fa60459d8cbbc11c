import { foldLatin } from "./fold.js";
import { HONORIFICS, NAME_PARTICLES } from "./lexicon.js";

/**
 * Spellings that sound alike across languages and transliteration schemes, rewritten to one form.
 * Vowels are kept ("Scholz" ≠ "Schulz"): only known alternations collapse. In order:
 *  - consonant digraphs: German "tsch"/French "tch"/Polish "cz", "sch"/"sz", "kh", "zh", "w"/"v", "z"/"s", "c"/"k";
 *  - vowel spellings: French "ou" (Poutine), German "oe"/"ue" for umlauts, Polish "ie" after a
 *    consonant (Pieskow), "y"/"i" and "j" after a vowel (Sergey, Sergei, Sergej), a glide between
 *    vowels (Tokayev, Tokaev), a silent final "e" (Poutine);
 *  - the Russian ё after hushing consonants, "-ev" in English and French, "-ow"/"-ov" in German and Polish
 *    (Gorbachev, Gorbatschow);
 *  - a reduced vowel between a first consonant and l or r, as Turkic names are transliterated with or
 *    without it;
 *  - doubled letters.
 */
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/yj$/, "y"], [/tsch|tch|cz/g, "ch"], [/sch|sz/g, "sh"], [/ck/g, "k"], [/ph/g, "f"], [/th/g, "t"], [/kh/g, "h"],
  [/gh/g, "g"], [/dzh|dj|dsch/g, "j"], [/zh/g, "j"], [/w/g, "v"], [/q/g, "k"], [/c(?!h)/g, "k"], [/x/g, "ks"], [/z/g, "s"],
  [/ou/g, "u"], [/oe/g, "o"], [/ue/g, "u"], [/([^aeiouy])ie/g, "$1e"], [/y/g, "i"], [/([aeiou])j(?![aeiou])/g, "$1i"],
  [/([aeiou])i(?=[aeiou])/g, "$1"], [/([^aeiou])e$/, "$1"], [/([cs]h|j)[eo]v$/, "$1ov"], [/^([^aeiou])i([lr])(?=[aeiou])/, "$1$2"],
  [/(.)\1+/g, "$1"],
];
const VOWELS_RE = /[aeiou]/g;

/** A name word in its key form: folded, Cyrillic transliterated, alternations collapsed ("Gorbatschow" → "gorbachov"). */
export function nameForm(word: string): string {
  let w = foldLatin(word).replace(/[^\p{L}]/gu, "");
  if (!/^[a-z]+$/.test(w)) return w; // other scripts: as written
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  return w;
}

/** A word's consonant skeleton: first letter, then consonants ("Gorbatchev", "Gorbaczow" → "grbchv"). Coarser than `nameForm`. */
export function nameSkeleton(word: string): string {
  const w = nameForm(word);
  return (w[0] ?? "") + w.slice(1).replace(VOWELS_RE, "").replace(/(.)\1+/g, "$1");
}

/** Vowel classes of a given name's first vowel: enough to keep John and Jane, Joe and Jill apart, not Sergei and Sergueï. */
const VOWEL_CLASS: Readonly<Record<string, string>> = { a: "a", e: "e", i: "e", o: "o", u: "o" };

/**
 * The canonical key of a person's name, shared by the spellings of one person across articles and
 * languages: `<given>-<surname>`, where `<surname>` is the `nameForm` of the last word and `<given>` the
 * initial of the given name followed by the class of its first vowel ("Olaf Scholz" → "oa-sholz").
 *  - accents, case and Cyrillic script fold away ("Sánchez", "Путин");
 *  - known transliteration alternations do not matter ("Gorbatchev" = "Gorbaczow", "Zelensky" =
 *    "Selenskyj", "Poutine" = "Putin"), other vowels do ("Scholz" ≠ "Schulz");
 *  - middle names and particles ("von der", "da") are ignored;
 *  - "John Smith" ≠ "Jane Smith"; an initial alone ("O. Scholz") keys as "o-sholz": the article merges
 *    it into the full name it fits (see people.ts), across articles it stays apart;
 *  - a surname alone (no given name known) keys as `-<surname>`, distinct from any full name.
 * The surname is the last word, also for names written surname first ("Xi Jinping"): the rule only has
 * to be the same for every spelling, not right about which part is the family name.
 */
export function personKey(name: string): string {
  const words = foldLatin(name)
    .split(/[\s\-‐‑.]+/)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w));
  const core = words.filter((w) => !NAME_PARTICLES.has(w));
  const parts = core.length > 0 ? core : words;
  const surname = parts[parts.length - 1];
  if (surname === undefined) return "";
  return `${parts.length > 1 ? givenKey(parts[0] ?? "") : ""}-${nameForm(surname)}`;
}

function givenKey(word: string): string {
  const w = nameForm(word);
  if (w.length <= 1) return w;
  const vowel = /[aeiou]/.exec(w.slice(1))?.[0];
  return (w[0] ?? "") + (vowel === undefined ? "" : VOWEL_CLASS[vowel] ?? "");
}
