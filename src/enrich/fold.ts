/**
 * Name folding shared by every lookup in enrich: gazetteer keys, person keys and stoplists are all
 * compared in this form, so "Genève", "GENEVE" and "Geneve" meet.
 */

/** Letters NFD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss", ł: "l", ø: "o", æ: "ae", œ: "oe", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h",
  // Azerbaijani's schwa, as its own spellings in other alphabets write it (Ərdoğan, Erdoğan).
  ə: "e",
};
const SPECIAL_RE = /[ßłøæœđðþıħə]/g;
/**
 * Marks that are accents or vowel points (Latin, Greek and Cyrillic diacritics, Arabic harakat, Hebrew
 * niqqud), and the Arabic tatweel that stretches a word for show ("عـنـد" is "عند"): written or not for the
 * same word. Not the vowel signs of Indic and other scripts, which are letters of the word (विदिशा without
 * them would read विदेश, "foreign").
 */
const MARKS_RE = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
/** Hyphens, dashes and apostrophes inside names: "Nur-Sultan" and "Nur Sultan" are one key. */
const JOINERS_RE = /[-‐‑‒–'’`´.]+/g;

/** Lower case, no diacritics, special Latin letters spelled out: "Çavuşoğlu" → "cavusoglu". */
export function fold(s: string): string {
  if (isAsciiLetters(s)) return s.toLowerCase(); // most words: skip normalisation
  const out = s.toLowerCase().normalize("NFD").replace(MARKS_RE, "").replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  // Put back what NFD split and was kept (Hangul syllables, kana voicing, Indic vowel signs), so a key is as long as its word.
  return KEPT_SPLIT_RE.test(out) ? out.normalize("NFC") : out;
}

const KEPT_SPLIT_RE = /[\u1100-\u11ff]|\p{M}/u;

/** Fold and turn joiners into spaces, collapsing runs: the key form of a multi-word name. */
export function foldKey(s: string): string {
  return fold(s).replace(JOINERS_RE, " ").replace(/\s+/g, " ").trim();
}

/** ASCII slug for ids of names not in any gazetteer: "Ministère des Affaires" → "ministere-des-affaires". */
export function slug(s: string): string {
  const out = foldKey(s).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return out.length > 0 ? out : "x";
}

/** Basic Russian/Ukrainian Cyrillic → Latin, so "Путин" and "Putin" can share a person key. */
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "i", є: "e", ґ: "g",
  // Serbian and Macedonian letters: ћ as Russian writes it (Вучић, Вучич), the others as their Latin alphabets do.
  ђ: "dj", ј: "j", љ: "lj", њ: "nj", ћ: "ch", џ: "dz", ѓ: "gj", ќ: "kj", ѕ: "dz",
  // Letters of Kazakh, Kyrgyz, Uzbek, Tajik, Tatar, Bashkir, Mongolian and Belarusian Cyrillic, as their Latin spellings write them.
  ә: "a", ғ: "g", қ: "k", ң: "ng", ө: "o", ұ: "u", ү: "u", һ: "h", ў: "u", ҳ: "h", ҷ: "j", ӣ: "i", ӯ: "u", ҡ: "k", ҙ: "z",
  ҫ: "s", ӑ: "a", ӗ: "e", ӳ: "u", ҝ: "g", ҹ: "j",
};

/** Palladius' цз before a front vowel, pinyin's j (Цзинь, jin; Цзян, jiang); before others it is z (Цзэ, ze). */
const PALLADIUS_J = /цз(?=[иеяюё])/g;

/** Fold, then transliterate Cyrillic letters (other scripts are left as they are). */
export function foldLatin(s: string): string {
  const f = fold(s);
  if (!/[\u0400-\u04ff]/.test(f)) return f;
  // Russian writes pinyin j as цз before i ("Си Цзиньпин", Xi Jinping): read as the dzh Russian gives an English j.
  return f.replace(PALLADIUS_J, "дж").replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
}

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}
