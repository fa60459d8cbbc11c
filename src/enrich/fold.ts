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
/**
 * Hyphens, dashes and apostrophes inside names: "Nur-Sultan" and "Nur Sultan" are one key. So is the zero-width
 * non-joiner Persian and Urdu write between the parts of a word (سری‌لانکا, Sri Lanka; بین‌المللی): a word break to
 * the tokenizer, and as often a space in text.
 */
const JOINERS_RE = /[-‐‑‒–'’`´.\u200c]+/g;

/** Lower case, no diacritics, special Latin letters spelled out: "Çavuşoğlu" → "cavusoglu". */
export function fold(s: string): string {
  if (isAsciiLetters(s)) return s.toLowerCase(); // most words: skip normalisation
  const out = s.toLowerCase().normalize("NFD").replace(MARKS_RE, "").replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  // Put back what NFD split and was kept (Hangul syllables, kana voicing, Indic vowel signs), so a key is as long as its word.
  if (!KEPT_SPLIT_RE.test(out)) return out;
  const composed = out.normalize("NFC");
  return composed.includes("ヴ") ? composed.replace(KATAKANA_V_RE, (v) => KATAKANA_B[v] ?? v) : composed;
}

const KEPT_SPLIT_RE = /[\u1100-\u11ff]|\p{M}/u;
/**
 * Japanese writes a foreign v either with ヴ or with the b row, both standard (the 1991 cabinet notice on loanwords)
 * and the b row the usual one in news: ジュネーヴ and ジュネーブ (Geneva), サラエヴォ and サラエボ are one key.
 */
const KATAKANA_V_RE = /ヴ[ァィェォ]?/g;
const KATAKANA_B: Readonly<Record<string, string>> = { "ヴァ": "バ", "ヴィ": "ビ", "ヴ": "ブ", "ヴェ": "ベ", "ヴォ": "ボ" };

/**
 * Apostrophes that are signs of a word, not joints between two: Ukrainian and Belarusian write one between two
 * Cyrillic letters (В'єтнам, Слов'янськ, здоров'я; also as ’ and ʼ), Hebrew a geresh after ג ד ז ח ע צ ת for sounds it
 * lacks (ז'נבה, Geneva). Dropped from keys, so the word is one key however the apostrophe is written or left out
 * (GeoNames writes זנבה).
 */
const WORD_SIGN_RE = /(?<=[\u0400-\u04ff])['’ʼ](?=[\u0400-\u04ff])|(?<=[גדזחעצץת])['׳’]/g;
const MAY_HAVE_WORD_SIGN_RE = /['’ʼ׳]/;

/** A folded word with its word-sign apostrophes dropped (see WORD_SIGN_RE). */
export function dropWordSigns(folded: string): string {
  return MAY_HAVE_WORD_SIGN_RE.test(folded) ? folded.replace(WORD_SIGN_RE, "") : folded;
}

/**
 * A word as a token's key holds it: folded, its word-sign apostrophes dropped, its hyphens spaces ("secretaris-generaal"
 * is "secretaris generaal", as tokens.ts keys the word). Word lists compared with keys are built so.
 */
export function foldToken(word: string): string {
  const folded = withoutNukta(dropWordSigns(fold(word)));
  return folded.includes("-") || folded.includes("‐") || folded.includes("‑") ? folded.replace(TOKEN_HYPHENS_RE, " ") : folded;
}

/** Hyphens a token key writes as spaces ("Nur-Sultan" is "nur sultan"); tokens.ts keys its ASCII words with it too. */
export const TOKEN_HYPHENS_RE = /[-‐‑]+/g;

/** Fold and turn joiners into spaces, collapsing runs: the key form of a multi-word name. */
export function foldKey(s: string): string {
  return withoutNukta(dropWordSigns(fold(s))).replace(JOINERS_RE, " ").replace(/\s+/g, " ").trim();
}

/**
 * The nukta Hindi writes under क ख ग ज फ for the sounds of Persian, Arabic and English loans (फ़ f of फ ph, ज़ z of ज j)
 * is written or left out for one word: फ़्रांस and फ्रांस, फ़्रांसीसी and फ्रांसीसी are France and French either way. Lookup
 * keys drop it there; person keys, which read its sound, are made from the text (person-key.ts). Not under ड and ढ, nor
 * in Bengali, where a letter with it is another letter (ড় ṛ, য় y).
 */
const NUKTA_RE = /(?<=[\u0915-\u0917\u091c\u092b])\u093c/;
const NUKTAS_RE = new RegExp(NUKTA_RE.source, "g");
function withoutNukta(folded: string): string {
  return NUKTA_RE.test(folded) ? folded.replace(NUKTAS_RE, "") : folded;
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
  // Serbian and Macedonian letters: ћ as Russian writes it (Вучић, Вучич), џ as the dzh of Russian's дж (Џорџа,
  // Джорджа), the others as their Latin alphabets do.
  ђ: "dj", ј: "j", љ: "lj", њ: "nj", ћ: "ch", џ: "dzh", ѓ: "gj", ќ: "kj", ѕ: "dz",
  // Letters of Kazakh, Kyrgyz, Uzbek, Tajik, Tatar, Bashkir, Mongolian and Belarusian Cyrillic, as their Latin spellings write them.
  ә: "a", ғ: "g", қ: "k", ң: "ng", ө: "o", ұ: "u", ү: "u", һ: "h", ў: "u", ҳ: "h", ҷ: "j", ӣ: "i", ӯ: "u", ҡ: "k", ҙ: "z",
  ҫ: "s", ӑ: "a", ӗ: "e", ӳ: "u", ҝ: "g", ҹ: "j",
};

const DZH_RE = /[Dd][žżŽŻ]/gu;
const HUSHING: Readonly<Record<string, string>> = {
  č: "ch", ć: "ch", ç: "ch", š: "sh", ś: "sh", ş: "sh", ș: "sh", ž: "zh", ź: "zh", ż: "zh", ț: "ts", ţ: "ts", đ: "dj",
  Č: "Ch", Ć: "Ch", Ç: "Ch", Š: "Sh", Ś: "Sh", Ş: "Sh", Ș: "Sh", Ž: "Zh", Ź: "Zh", Ż: "Zh", Ț: "Ts", Ţ: "Ts", Đ: "Dj",
};
const HUSHING_LETTERS_RE = new RegExp(`[${Object.keys(HUSHING).join("")}]`, "gu");
const HUSHING_RE = new RegExp(HUSHING_LETTERS_RE.source, "u");

/** Palladius' цз before a front vowel, pinyin's j (Цзинь, jin; Цзян, jiang); before others it is z (Цзэ, ze). */
const PALLADIUS_J = /цз(?=[иеяюё])/g;

/** Fold, then transliterate Cyrillic letters (other scripts are left as they are). */
export function foldLatin(s: string): string {
  // Hushing letters as the digraphs of Cyrillic's transliteration, before folding takes their marks away: Czech,
  // Slovak, Baltic and South Slavic č š ž and dž, Polish ć ś ź ż, Turkish ç ş, Romanian ș ț, Croatian đ (Čaputová,
  // Чапутова; Đoković, Djokovic, Джокович; Çavuşoğlu, Чавушоглу; Žižek, Жижек).
  const f = fold(HUSHING_RE.test(s) ? s.replace(DZH_RE, (m) => (m[0] === "D" ? "Dzh" : "dzh")).replace(HUSHING_LETTERS_RE, (c) => HUSHING[c] ?? c) : s);
  if (!/[\u0400-\u04ff]/.test(f)) return f;
  // Russian writes pinyin j as цз before i ("Си Цзиньпин", Xi Jinping): read as the dzh Russian gives an English j.
  return f.replace(PALLADIUS_J, "дж").replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
}

function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}
