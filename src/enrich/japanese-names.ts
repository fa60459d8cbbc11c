import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { toSimplified } from "./han.js";
import { CHINESE_SURNAMES } from "./lexicon-scripts.js";

/**
 * Japanese names written in kanji, read as English writes them: 岸田文雄 is "Fumio Kishida". Kanji give no
 * sound a reader could derive (any-ascii reads 岸田 in pinyin, "an tian"), so the readings come from IPADIC's
 * name entries: `data/japanese-names.tsv.gz`, built by `scripts/build-japanese-names.ts` (© NAIST, licence in
 * `data/japanese-names.COPYING`), about 11,000 surnames and 16,000 given names, loaded on the first
 * Japanese name asked for.
 */
export interface JapaneseName {
  /** Characters the name takes. */
  length: number;
  /** Characters of its surname (the first, as Japanese writes names). */
  surnameLength: number;
  /** The Hepburn reading, given name first ("fumio kishida"); the surname alone when the given name is not known. */
  reading: string;
  /** Both parts were read: a full name, not a surname (with an unread given name after it). */
  full: boolean;
}

/** The table ships beside `src/` and `dist/` alike: two folders up from this module. */
const TABLE_URL = new URL("../../data/japanese-names.tsv.gz", import.meta.url);
/** Characters of a surname and of a given name, at most (勅使河原 has four, but is rare). */
const MAX_PART = 3;
/** An unread given name after a known surname, at most: 晋三 of 安倍晋三 (IPADIC lacks it). */
const MAX_UNREAD_GIVEN = 2;

let tables: { surnames: Map<string, string>; given: Map<string, string> } | null = null;

function load(): NonNullable<typeof tables> {
  if (tables !== null) return tables;
  const surnames = new Map<string, string>();
  const given = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(TABLE_URL)).toString("utf8").split("\n")) {
    if (line.length === 0 || line.startsWith("#")) continue;
    const [spelling = "", kind, reading = ""] = line.split("\t");
    const table = kind === "s" ? surnames : given;
    table.set(spelling, reading);
    // Chinese text writes a Japanese name in its own characters (丰田章男 for 豊田章男), which the zh reader also brings
    // traditional text to: the name is found under that spelling too, unless it is another name's.
    const chinese = toSimplified(spelling);
    if (chinese !== spelling && !table.has(chinese)) table.set(chinese, reading);
  }
  return (tables = { surnames, given });
}

/**
 * `text` read whole as a Japanese name: a known surname, then a known given name, or nothing, or (after a surname
 * of two characters or more) one or two unread characters. Longer surnames are tried first (小泉 before 小).
 * A surname of one character that is a common Chinese one (王, 李) is left to Chinese reading: Japanese news
 * names Chinese people in kanji too (王毅外相), and a lone character is too little to tell the two apart, unless
 * `inJapanese` text gives it a known given name of two characters.
 */
export function readJapaneseName(text: string, inJapanese = false): JapaneseName | null {
  if (text.length < 2) return null;
  const { surnames, given } = load();
  let unread: JapaneseName | null = null;
  for (let s = Math.min(MAX_PART, text.length); s >= 1; s--) {
    const surname = surnames.get(text.slice(0, s));
    if (surname === undefined) continue;
    const rest = text.slice(s);
    const g = rest.length <= MAX_PART && rest.length > 0 ? given.get(rest) : undefined;
    // In Japanese text, 林芳正 is Hayashi Yoshimasa: a given name of two characters the table knows is Japanese
    // (Chinese leaders' given names, 近平, 克強, 文斌, are not in it; one character, 毅, 強, may be either).
    if (s === 1 && CHINESE_SURNAMES.has(text[0]!) && !(inJapanese && g !== undefined && rest.length >= 2)) continue;
    if (rest.length === 0) return s >= 2 ? { length: s, surnameLength: s, reading: surname, full: false } : null;
    if (g !== undefined) return { length: text.length, surnameLength: s, reading: `${g} ${surname}`, full: true };
    if (s >= 2 && rest.length <= MAX_UNREAD_GIVEN && unread === null) unread = { length: text.length, surnameLength: s, reading: surname, full: false };
  }
  return unread;
}

/**
 * A Japanese name that ends at `end` in `s` and starts at `runStart` or after it (Japanese sets the name before its
 * role: 岸田文雄首相). The longest reading wins; one that starts inside the run ("同日岸田") needs a surname of
 * two characters or more, as a single character there is as likely the end of another word.
 */
export function japaneseNameBefore(s: string, runStart: number, end: number): JapaneseName | null {
  for (let from = Math.max(runStart, end - 2 * MAX_PART); from < end - 1; from++) {
    const name = readJapaneseName(s.slice(from, end), true);
    if (name !== null && (from === runStart || name.surnameLength >= 2)) return name;
  }
  return null;
}

/**
 * A Japanese full name opening at `from` in Chinese text, after a role (日本首相岸田文雄): Chinese writes Japanese
 * people in their kanji. Only a full name whose surname has two characters or more, and either four characters in
 * all or a first character no common Chinese surname is: a Chinese name is a surname of one character and a given
 * name of one or two (王毅, 李强), so 高田健 stays Chinese (Gao Tianjian) though 高田 is also a Japanese surname.
 */
export function japaneseNameInChinese(s: string, from: number): JapaneseName | null {
  for (let len = Math.min(2 * MAX_PART, s.length - from); len >= 3; len--) {
    const name = readJapaneseName(s.slice(from, from + len));
    if (name === null || !name.full || name.surnameLength < 2) continue;
    if (len === 4 || !CHINESE_SURNAMES.has(s[from]!)) return name;
  }
  return null;
}

/**
 * A reading brought to the sounds Korean and Japanese spellings of one name share: Korean writes し as 시 (si), しょ
 * as 쇼 (syo), つ as 쓰 (sseu), ふ as 후 and voices or devoices a word's first consonant (기시다 is Kishida, 고토
 * Goto), so sibilants, voicing, f and p, r and l, and doubled letters are one class each.
 */
function soundClass(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/eu/g, "u")
    .replace(/ts|sh|sy/g, "s")
    .replace(/ch|z/g, "j")
    .replace(/g/g, "k").replace(/d/g, "t").replace(/b/g, "p").replace(/f/g, "p").replace(/r/g, "l")
    .replace(/ou/g, "o")
    .replace(/(.)\1+/g, "$1");
}

let readings: { surnames: Set<string>; given: Set<string> } | null = null;

/**
 * Whether two Hangul words read in Latin letters (`surname`, then `given`) sound like a Japanese surname the table
 * knows and a given name it knows: Korean writes a Japanese name surname first ("오타니 쇼헤이", "도요다 아키오"),
 * often with no country beside it to say so.
 */
export function soundsJapanese(surname: string, given: string): boolean {
  if (readings === null) {
    const t = load();
    readings = { surnames: new Set([...t.surnames.values()].map(soundClass)), given: new Set([...t.given.values()].map(soundClass)) };
  }
  return readings.surnames.has(soundClass(surname)) && readings.given.has(soundClass(given));
}
