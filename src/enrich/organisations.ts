import { slug } from "./fold.js";
import type { GazMatch } from "./gazetteer-match.js";
import { CALENDAR_WORDS, HONORIFICS, NOT_NAMES, ROLES } from "./lexicon.js";
import { ORG_HEADS, ORG_TAILS } from "./org-data.js";
import { foldKey } from "./fold.js";
import { runKey, type ArticleNamed } from "./article-named.js";
import { negativeWords } from "./lexicon-negative.js";
import { inCapsRun, spaceGap, type Token } from "./tokens.js";

/** An organisation found by the shape of its name, not in the curated table: kept as a string. */
export interface OrgMention {
  id: string;
  name: string;
  start: number;
  end: number;
}

export const HEADS = new Set(ORG_HEADS.map(foldKey));
export const TAILS = new Set(ORG_TAILS.map(foldKey));
/** Small words inside organisation names ("Ministère des Affaires", "Bank of England", "Ministerio de Salud"). */
export const CONNECTORS = new Set(
  "de des du d la le l of the for and et y e und fur der die das del della dello degli di per do da dos das dla i ds"
    .split(" "),
);
/** Conjunctions among the connectors: they join two names more often than they sit inside one. */
const CONJUNCTIONS = new Set(["and", "et", "y", "e", "und", "i"]);
/** Words after the head an organisation name may run to: longer runs are sentences. */
const MAX_ORG_WORDS = 7;
/** Acronyms longer than this are words shouted in capitals, not acronyms. */
const MAX_ACRONYM = 6;
/**
 * Capitalised words that are not organisations: Roman numerals, currencies, units, diseases, time zones and the hours'
 * AM and PM, and the technical terms of devices and networks that reviews and tech news write in capitals.
 */
const NOT_ACRONYMS = new Set(
  `ii iii iv vi vii viii ix xi xii xx xxi usd eur gbp chf jpy cny rmb pln try rub km kg mw gw co2 covid sars mers hiv aids dna rna pcr gdp pib bip tv ok ceo pdg ps nb
   gmt utc cet cest bst edt est pdt pst am pm mph kmh mah ghz mhz mb gb tb kb mp
   usb led lcd oled amoled hdr hd uhd lte gps nfc ram rom cpu gpu ssd hdd sim sms mms pdf pin id ui os ip67 ip68 wifi 3g 4g 5g`.split(/\s+/),
);

/**
 * Organisations by pattern: a head word and what follows it ("Organisation de coopération de
 * Shanghai", "Ministry of Defence"), a name ending in a head (Turkish "Dışişleri Bakanlığı", "Foreign
 * Ministry"), and acronyms in capitals ("PKK", "(CDU)"). Tokens already taken are skipped.
 */
export function findOrganisations(
  tokens: readonly Token[], taken: Uint8Array, lang: string, lowerWords: ReadonlySet<string> = new Set(), articleNamed: ArticleNamed | null = null,
): OrgMention[] {
  const out: OrgMention[] = [];
  const lowerContent = lang === "fr" || lang === "es" || lang === "it" || lang === "pt" || lang === "pl";
  const named = articleNamed === null ? null : namedLengths(tokens, taken, articleNamed);
  const negative = negativeWords(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    // A name may open with a place ("the New York Times", "the London Stock Exchange"), which stays a place too.
    const length = named === null || taken[i] === TAKEN_BY_PERSON ? 0 : namedAt(tokens, taken, i, named);
    if (length > 0) {
      out.push(mention(tokens, i, i + length));
      taken.fill(TAKEN_BY_PLACE, i, i + length);
      i += length - 1;
      continue;
    }
    if (taken[i] !== 0) continue;
    if (HEADS.has(t.key) && !t.upper) {
      // Extend over capitalised words and connectors; lower-case words only when a capital follows.
      let end = i + 1;
      let k = i + 1;
      // Places may end a name ("Banque de France", "Bank of England"); people may not.
      while (k < tokens.length && k - i <= MAX_ORG_WORDS && /^[ \u00a0']+$/.test(tokens[k]!.gap) && taken[k] !== TAKEN_BY_PERSON) {
        const w = tokens[k]!;
        // "Supreme Court Justice Amy Coney Barrett": a role before a person is the person's, not the name's.
        if (ROLES.has(w.key) && taken[k + 1] === TAKEN_BY_PERSON) break;
        // "el Banco de España y la Unión Europea": a conjunction joins two names.
        if (CONJUNCTIONS.has(w.key)) break;
        if (w.cap && !CALENDAR_WORDS.has(w.key)) end = k + 1;
        // A lower-case word only right after a connector: "Organisation de coopération de …", not "Ministère a dit".
        else if (!CONNECTORS.has(w.key) && !(lowerContent && CONNECTORS.has(tokens[k - 1]!.key))) break;
        k++;
      }
      if (end > i + 1) {
        out.push(mention(tokens, i, end));
        for (let x = i; x < end; x++) taken[x] = TAKEN_BY_PLACE;
        i = end - 1;
      }
      continue;
    }
    if (TAILS.has(t.key) && i > 0 && !t.upper) {
      let from = i;
      while (from > 0 && i - from < 3 && tokens[from - 1]!.cap && taken[from - 1] === 0 && spaceGap(tokens[from]!.gap)) {
        from--;
        if (tokens[from]!.sentStart) break; // the name may open the sentence, but not run past its start
      }
      if (from < i) {
        out.push(mention(tokens, from, i + 1));
        for (let x = from; x <= i; x++) taken[x] = TAKEN_BY_PLACE;
      }
      continue;
    }
    if (!t.upper) continue;
    // A US party's letter and a state after a politician ("D-N.Y.", "R-KY", "I-VT") label the person, not a body.
    if (PARTY_LABEL_RE.test(t.text)) continue;
    const letters = t.text.replace(/[^\p{L}]/gu, "");
    // A word in capitals the article also writes in lower case is shouted, not an acronym ("ALSO READ"); so is a word of
    // the language's negative table ("HERE", "FILE", "SOURCE"), whichever the article writes.
    if (letters.length <= MAX_ACRONYM && !inCapsRun(tokens, i) && !lowerWords.has(t.key) && !negative.has(t.key) && !NOT_ACRONYMS.has(t.key.split(" ")[0] ?? t.key) && !CALENDAR_WORDS.has(t.key) && !NOT_NAMES.has(t.key.split(" ")[0] ?? t.key) && !isDateline(tokens, i)) {
      out.push({ id: `org:name:${slug(t.text)}`, name: t.text, start: t.start, end: t.end });
    }
  }
  return out;
}

const PARTY_LABEL_RE = /^[DRI][-‐‑]\p{Lu}{1,2}$/u;

/** Nouns of time that end the names of holidays, seasons and periods ("the Lunar New Year", "the Cold War Era"). */
const TIME_NOUNS = new Set("year years day days week weeks month months season seasons night nights eve weekend decade century era age".split(" "));

/**
 * Names written with a definite article (article-named.ts) of two words or more, by first word: their
 * lengths, longest first. One word after "the" is often a name used as a modifier ("the Obama
 * administration"), and a run holding a person or made only of places is theirs.
 */
function namedLengths(tokens: readonly Token[], taken: Uint8Array, named: ArticleNamed): Map<string, { key: string; length: number }[]> {
  const byFirst = new Map<string, { key: string; length: number }[]>();
  for (const [from, runEnd] of named.runs) {
    // The name ends where a person or a role begins ("the Bank of England Governor Andrew Bailey").
    let to = from;
    const beforePerson = (k: number) => (ROLES.has(tokens[k]!.key) || HONORIFICS.has(tokens[k]!.key)) && taken[k + 1] === TAKEN_BY_PERSON;
    while (to < runEnd && taken[to] !== TAKEN_BY_PERSON && !beforePerson(to)) to++;
    while (to > from && !tokens[to - 1]!.cap) to--; // "the Ministry of" is no name
    if (to - from < 2) continue;
    let placed = 0;
    let shouted = 0;
    for (let k = from; k < to; k++) {
      if (taken[k] === TAKEN_BY_PLACE) placed++;
      if (tokens[k]!.upper) shouted++;
    }
    // Only places, or words in capitals ("PROPOSITION DE LOI"): no organisation's name.
    if (placed === to - from || shouted * 2 > to - from) continue;
    // "the New Year", "the Middle East": a time or a region, not an organisation.
    const last = tokens[to - 1]!.key;
    if (TIME_NOUNS.has(last) || NOT_NAMES.has(last)) continue;
    const key = runKey(tokens, from, to);
    const list = byFirst.get(tokens[from]!.key) ?? [];
    if (!list.some((e) => e.key === key)) list.push({ key, length: to - from });
    byFirst.set(tokens[from]!.key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
}

/** Length of the article-named name starting at token `i` (with or without its article), or 0. */
function namedAt(tokens: readonly Token[], taken: Uint8Array, i: number, byFirst: ReadonlyMap<string, { key: string; length: number }[]>): number {
  const candidates = byFirst.get(tokens[i]!.key);
  if (candidates === undefined) return 0;
  for (const { key, length } of candidates) {
    if (i + length > tokens.length || taken.subarray(i, i + length).some((x) => x === TAKEN_BY_PERSON)) continue;
    if (runKey(tokens, i, i + length) === key) return length;
  }
  return 0;
}

/** "GENEVE, 17 septembre", "WASHINGTON —": a capitalised place opening a paragraph is a dateline. */
function isDateline(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.sentStart && (next === undefined || /^\s*[,(—–-]/.test(next.gap));
}

function mention(tokens: readonly Token[], from: number, to: number): OrgMention {
  const a = tokens[from]!;
  const b = tokens[to - 1]!;
  const name = tokens.slice(from, to).map((t, n) => (n === 0 ? "" : t.gap.replace(/\s+/g, " ")) + t.text).join("");
  return { id: `org:name:${slug(name)}`, name, start: a.start, end: b.end };
}

const TAKEN_BY_PLACE = 1;
const TAKEN_BY_PERSON = 2;

/** Tokens covered by gazetteer matches (1) and people (2), which pattern search must leave alone. */
export function takenTokens(count: number, gaz: readonly GazMatch[], people: readonly { start: number; end: number }[], tokens: readonly Token[]): Uint8Array {
  const taken = new Uint8Array(count);
  for (const m of gaz) for (let k = m.i; k < m.j; k++) taken[k] = TAKEN_BY_PLACE;
  let p = 0;
  for (let k = 0; k < tokens.length && p < people.length; k++) {
    const t = tokens[k]!;
    while (p < people.length && people[p]!.end <= t.start) p++;
    const person = people[p];
    if (person !== undefined && t.start >= person.start && t.end <= person.end) taken[k] = TAKEN_BY_PERSON;
  }
  return taken;
}
