import { personKey } from "./person-key.js";

/**
 * Slavic languages decline names: Russian "Путин", "Путина", "Путиным"; Polish "Duda", "Dudy", "Dudą"; Czech "Babiš",
 * "Babišovi". A surname is keyed by its nominative where its ending says the case by itself (`nominativeSurname`);
 * the forms of one name in an article are one person, keyed by the likeliest nominative among them (`nominativeKeys`).
 * An ending a nominative also writes is never stripped alone: "Захарова" is a woman's name, and a man's genitive.
 */
export const DECLINING_LANGUAGES: ReadonlySet<string> = new Set(["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs"]);

/**
 * Case endings as a romanised key writes them (Cyrillic transliterated, "y" as "i", Polish "ie" after a consonant as
 * "e"), longest first: genitive -ogo/-ego, dative -omu/-emu/-owi, instrumental -om/-em/-im/-oiu, locative -e/-i, and
 * the feminine -oi/-ei/-u/-a.
 */
const CASE_ENDING = /(?:ogo|ego|omu|emu|ovi|evi|ami|oiu|eiu|om|em|im|oi|ei|iu|ia|a|u|e|i)$/;
/** Shorter stems are left whole: "Li", "Wu", "Ono" decline no ending away. */
const MIN_STEM = 3;

/** A romanised surname without its case ending ("putina", "putinim" → "putin"), or as given. */
export function surnameStem(surname: string): string {
  const stem = surname.replace(CASE_ENDING, "");
  return stem.length >= MIN_STEM ? stem : surname;
}

/** A person key with its surname's ending removed ("va-putina" → "va-putin"): equal for the cases of one name. */
export function declinedKeyStem(key: string): string {
  const dash = key.lastIndexOf("-");
  return key.slice(0, dash + 1) + surnameStem(key.slice(dash + 1));
}

/** The stem of one written word read as a surname ("Путиным", "Dudą" → "putin", "dud"). */
export function wordStem(word: string): string {
  const key = personKey(word);
  return surnameStem(key.slice(key.lastIndexOf("-") + 1));
}

/**
 * Endings only an oblique case writes on a surname, and the nominative's instead: the instrumental of -ov and -in
 * names (Лавровым, Путиным → Лавров, Путин), of consonant stems (Шольцем, Макроном, Scholzem, Tuskiem → Scholz,
 * Tusk; Croatian Merzom), the cases of adjectival names (Зеленского, Kaczyńskiego, Zelenským → Зеленский, Kaczyński, Zelenský), the Polish and Czech
 * dative (Tuskowi, Babišovi), the Polish accusative and instrumental of names in -a (Dudę, Dudą → Duda). Endings
 * a nominative also writes are left alone: -а, -и, -ой (Захарова, Толстой), and -им, -ем after a vowel or in
 * short words (Ибрахим, Карим).
 */
const OBLIQUE_TO_NOMINATIVE: readonly (readonly [RegExp, string, number])[] = [
  // [ending (after what it follows), the nominative's ending, letters the stem keeps at least]
  [/(?<=[сц]ь?к)(?:ого|ому|им|ім)$/u, "ий", 3],
  [/(?<=(?:ов|ев|ёв|єв|ин|ын|ін))(?:ым|им)$/u, "", 3],
  // Consonant stems in the instrumental: five letters at least before -ем, as short names end so (Бэкхем, Harlem);
  // three before -ом, -ём, which no name's nominative ends in after a consonant (Serbian Шолцом, Scholz; a Korean
  // syllable, Ли Чжэ Мёном).
  [/(?<=[бвгджзклмнпрстфхцчшщђћџ])(?:ом|ём)$/u, "", 3],
  [/(?<=[бвгджзклмнпрстфхцчшщ])ем$/u, "", 5],
  [/(?<=[bcdfhjlłmnprstwzśźżćńšžčřď])em$/u, "", 5],
  // Croatian, Serbian, Bosnian and Slovak write a consonant stem's instrumental -om in Latin letters (Merzom, Scholzom).
  [/(?<=[bcdfghjklmnprstvzšžčćđ])om$/u, "", 4],
  [/(?<=k)(?:iego|iemu|im)$/u, "i", 3],
  // Czech and Slovak adjectival names in -ský, -cký (Zelenským, Zelenského, Zelenskom → Zelenský).
  [/(?<=[sc]k)(?:ého|ému|ým|ém|om)$/u, "ý", 3],
  [/(?<=[kg])iem$/u, "", 3],
  [/(?<=[bcdfghjklłmnprstwzśźżćńšžčřď])(?:owi|ovi)$/u, "", 3],
  [/[ąę]$/u, "a", 2],
  // Croatian, Serbian, Bosnian and Slovene decline a name ending in -i with a j (Mileija, Berlusconiju, Милеијем of Milei).
  [/(?<=i)j(?:a|u|em|i)$/u, "", 3],
  [/(?<=и)ј(?:а|у|ем|и)$/u, "", 3],
];

/** A declined surname as written, brought to its nominative where its ending says the case alone, or as given. */
export function nominativeSurname(word: string): string {
  const lower = word.toLowerCase();
  for (const [re, to, minStem] of OBLIQUE_TO_NOMINATIVE) {
    const at = lower.search(re);
    if (at < 0) continue;
    return at >= minStem ? word.slice(0, at) + to : word;
  }
  return word;
}

/**
 * The cases of one full name in an article ("Andrzej Duda", "Andrzeja Dudy", "Dudą"; "Сергей Лавров", "Сергеем
 * Лавровым") → the key of the form likeliest to be the nominative, by the ending of its last word (`caseEndingRank`),
 * the first written among equals (articles introduce a person as the subject of the lead).
 */
export function nominativeKeys(forms: readonly { key: string; surname: string }[]): Map<string, string> {
  const best = new Map<string, { key: string; rank: number }>();
  for (const { key, surname } of forms) {
    const stem = declinedKeyStem(key);
    const rank = caseEndingRank(surname);
    const held = best.get(stem);
    if (held === undefined || rank < held.rank) best.set(stem, { key, rank });
  }
  const out = new Map<string, string>();
  for (const { key } of forms) {
    const nominative = best.get(declinedKeyStem(key))!.key;
    if (nominative !== key) out.set(key, nominative);
  }
  return out;
}

/** Endings only oblique cases write (Polish -ego -emu -em -ą -ę -owi -ej, Russian and Ukrainian -ом -ем -ым -им -ой -ою -ую -ові -у -ю). */
const OBLIQUE_ENDING = /(?:ego|emu|em|om|im|ym|ą|ę|owi|ej|ом|ем|ём|ым|им|ой|ою|ею|ую|ові|еві|у|ю|ого|его|ому|ему)$/;
/**
 * How unlikely a surname, as written, is a nominative: 0 for a consonant or -o (Szpak, Путин, Ruto), 1 for -a (Duda,
 * Захарова: a nominative, or a masculine genitive), 1.5 for -i/-y/-e (Kaczyński, or the genitive of Duda), 2 for an
 * ending only oblique cases write.
 */
function caseEndingRank(surname: string): number {
  const w = surname.toLowerCase();
  if (OBLIQUE_ENDING.test(w)) return 2;
  if (/[aая]$/.test(w)) return 1;
  if (/[iyeыиіе]$/.test(w)) return 1.5;
  return 0;
}
