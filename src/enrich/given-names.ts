import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { foldToken } from "./fold.js";
import { CALENDAR_WORDS, HONORIFICS, LOWER_CASE_CALENDAR_WORDS, NAME_PARTICLES, ROLES } from "./lexicon.js";
import { negativeWords } from "./lexicon-negative.js";
import { ARABIC_SCRIPT_GIVEN_NAMES_TEXT } from "./lexicon-scripts.js";
import { personKey, personMatchKey, romanise } from "./person-key.js";

/**
 * The given names of the Arabic script's list (lexicon-scripts.ts) by their cross-script key, those of four consonants
 * or more only (محمد Muhammad, مصطفى Mustafa, إبراهيم Ibrahim, عبدالله Abdullah, and the Western names it spells:
 * فلاديمير Vladimir, أنطونيو Antonio): shorter skeletons meet common words of other languages.
 */
let listedKeys: ReadonlySet<string> | null = null;
const MIN_GIVEN_SKELETON = 4;
const SURNAME_KEY_PREFIX = "person~-";

/**
 * Answers by word: asked of every word of a Hebrew, Hindi, Bengali or Urdu article, and the key is two dozen regular
 * expressions. Bounded as person-key.ts bounds its cache.
 */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

/** Whether a word spells, in any script, a given name of the Arabic script's list (Muhammadu, Мухаммаду, מוחמדו, मुहम्मदु). */
export function spellsListedGivenName(word: string): boolean {
  let answer = answers.get(word);
  if (answer === undefined) {
    listedKeys ??= new Set(ARABIC_SCRIPT_GIVEN_NAMES_TEXT.split(/\s+/).filter(Boolean).map(keyOf).filter((k) => k.length - SURNAME_KEY_PREFIX.length >= MIN_GIVEN_SKELETON));
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(word, (answer = listedKeys.has(keyOf(word))));
  }
  return answer;
}

const keyOf = (word: string): string => personMatchKey(`person:${personKey(word)}`);

/** The table ships beside `src/` and `dist/` alike: two folders up from this module. */
const COMMON_TABLE_URL = new URL("../../data/given-names.txt.gz", import.meta.url);
/**
 * Names of the Moby lists that are as often common English words a headline capitalises ("Happy", "Early", "Read",
 * "Star", "Sky", "Major", "King"), or parts of a club's or a firm's name ("West Ham"): never taken as a given name here.
 */
const COMMON_WORDS = new Set(
  `any bar bat bay boy car far fee fin had law lay man nap saw say see son way web job red sky star happy early read
   major king price gay joy faith honor charity patience prudence constance liberty ham gun war`.split(/\s+/),
);
/** Letters a listed given name needs: two-letter ones ("Al", "Di", "My") are as often words or articles. */
const MIN_COMMON_GIVEN = 3;

/**
 * The common given names of data/given-names.txt.gz (scripts/build-given-names.ts): the Moby lists' 8,400 names of
 * English-speaking countries, nam_dict's names of Europe's and other countries (Heinz, Mateusz, Serkan, Ségolène) and
 * Faker's Russian, Ukrainian, Macedonian and Greek ones (Сергей, Ольга). Months,
 * weekdays, roles, honorifics and the words of the negative tables are left out whatever the lists say ("June", "Major",
 * "Will" as a sentence's first word stays a word where the article writes it in lower case: see people.ts). Loaded on
 * first use (60 KB of gzip, about 70 ms).
 *
 * Kept in three tables, so that a name matches words of its own spelling only: folding drops what tells a name from a
 * word of another language (Latvian "Līga" is Spanish "liga", league; Serbian "Саве" reads "Save").
 * - `plain`: names without diacritics, by folded key ("Carla", "Oscar");
 * - `accented`: names with them, by their lower-case spelling ("Łukasz", "Hüseyin", "Jean-Luc");
 * - `romanised`: Cyrillic and Greek names, by their romanised form, for Cyrillic and Greek words only.
 */
interface GivenNameTables {
  plain: ReadonlySet<string>;
  accented: ReadonlySet<string>;
  romanised: ReadonlySet<string>;
}
let tables: GivenNameTables | null = null;

/** Two capitalised words joined by a hyphen ("Jean-Paul"; not "Brand-und", the first of two compounds sharing their end). */
const HYPHENATED_NAME_RE = /^\p{Lu}\p{Ll}+[-‐‑]\p{Lu}\p{Ll}+$/u;

/** Cyrillic and Greek letters: a word in them is read in Latin letters before the lists are asked ("Сергей" is Sergei). */
const CYRILLIC_OR_GREEK_RE = /^[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]/u;

/**
 * Whether a word is a common given name (`GivenNameTables`): a Latin one by its folded key or its spelling, a Cyrillic or
 * Greek one by its romanised form (Сергей, Ольга, Αλέξης), which the Latin lists are asked too (Анна, Виктор). Two given
 * names joined by a hyphen are one (Jean-Paul, Hans-Jürgen, Marie-Christine; not "Olympia-Teilnehmer").
 */
export function isCommonGivenNameToken(token: { text: string; key: string }): boolean {
  tables ??= loadCommonGivenNames();
  if (CYRILLIC_OR_GREEK_RE.test(token.text)) {
    const key = romanise(token.text);
    const listed = (k: string) => tables!.romanised.has(k) || tables!.plain.has(k);
    if (listed(key)) return true;
    const space = key.indexOf(" ");
    return space > 0 && HYPHENATED_NAME_RE.test(token.text) && listed(key.slice(0, space)) && listed(key.slice(space + 1));
  }
  if (tables.plain.has(token.key)) return true;
  const spelled = token.text.toLowerCase();
  if (spelled !== token.key && tables.accented.has(spelled)) return true;
  if (!HYPHENATED_NAME_RE.test(token.text)) return false;
  const hyphen = token.text.search(/[-‐‑]/);
  return [token.text.slice(0, hyphen), token.text.slice(hyphen + 1)].every((part) => tables!.plain.has(foldToken(part)) || tables!.accented.has(part.toLowerCase()));
}

function loadCommonGivenNames(): GivenNameTables {
  const plain = new Set<string>();
  const accented = new Set<string>();
  const romanised = new Set<string>();
  for (const line of gunzipSync(readFileSync(COMMON_TABLE_URL)).toString("utf8").split("\n")) {
    if (line.length === 0 || line.startsWith("#")) continue;
    const cyrillicOrGreek = CYRILLIC_OR_GREEK_RE.test(line);
    const key = cyrillicOrGreek ? romanise(line) : foldToken(line);
    if (key.length < MIN_COMMON_GIVEN || COMMON_WORDS.has(key) || (CALENDAR_WORDS.has(key) && !LOWER_CASE_CALENDAR_WORDS.has(key)) || ROLES.has(key) || HONORIFICS.has(key) || NAME_PARTICLES.has(key)) continue;
    if (NEGATIVE_LANGUAGES.some((lang) => negativeWords(lang).has(key))) continue;
    const spelled = line.normalize("NFC").toLowerCase();
    if (cyrillicOrGreek) romanised.add(key);
    else if (spelled === key) plain.add(key);
    else accented.add(spelled);
  }
  return { plain, accented, romanised };
}

/** Languages whose negative tables hold Latin-script words a given name could spell. */
const NEGATIVE_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sw"];
