import { ARABIC_SCRIPT_GIVEN_NAMES_TEXT } from "./lexicon-scripts.js";
import { personKey, personMatchKey } from "./person-key.js";

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
