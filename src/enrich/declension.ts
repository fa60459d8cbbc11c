import { personKey } from "./person-key.js";

/**
 * Slavic languages decline names: Russian "Путин", "Путина", "Путиным"; Polish "Duda", "Dudy", "Dudą"; Czech "Babiš",
 * "Babišovi". Within one article such forms are one person (people.ts merges them under the form the article
 * writes bare, the nominative); across articles nothing is stripped, as a form alone cannot say which case it is
 * ("Захарова" is a woman's name, and a man's in the genitive).
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
