/**
 * Serbian is written in two alphabets, letter for letter (Vuk's Cyrillic and Gaj's Latin): the press uses both, and
 * the packages give the country names in Cyrillic alone ("Немачка"), so a Latin page's "Nemačka" met nothing.
 */
const LATIN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "đ", е: "e", ж: "ž", з: "z", и: "i", ј: "j", к: "k", л: "l", љ: "lj", м: "m",
  н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ћ: "ć", у: "u", ф: "f", х: "h", ц: "c", ч: "č", џ: "dž", ш: "š",
};

/** Serbian Cyrillic text in Serbian Latin ("Шпанија" → "Španija", "Њемачка" → "Njemačka"); other characters stay. */
export function serbianLatin(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) out += ch;
    // A capital digraph letter is written with its second letter small ("Љубљана" → "Ljubljana").
    else out += lower === ch ? latin : latin[0]!.toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Whether a name is in Cyrillic letters (the ones `serbianLatin` changes). */
export const isCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);
