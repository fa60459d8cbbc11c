import type { GazMatch, MatchContext } from "./gazetteer-match.js";
import {
  CALENDAR_WORDS, EXPERTS, GENERATIONAL_SUFFIXES, LOWER_CASE_CALENDAR_WORDS, LOWER_CASE_WEEKDAYS, GERMAN_ADJECTIVE_ENDINGS, GERMAN_INFLECTED_ADJECTIVE_ENDINGS, GERMAN_NOUN_ENDINGS, HONORIFICS, NAME_ONLY_SUFFIXES, NAME_PARTICLES, NOT_NAMES, REPORTING, ROLES, ROLE_SUFFIXES, TURKISH_NON_NAME,
} from "./lexicon.js";
import { institutionWords, negativeWords, PLACE_OR_SURNAME_TAILS, THING_TAILS, TITLE_HEADS } from "./lexicon-negative.js";
import { localLexicon, ROLE_AFTER_NAME_LANGUAGES, vietnamesePairAt, type LocalLexicon } from "./lexicon-europe.js";
import { keyOrder } from "./name-order.js";
import { ARTICLES_BEFORE_NO_NAME, isDefiniteArticle, runKey } from "./article-named.js";
import { DECLINING_LANGUAGES, nominativeKeys, nominativeSurname, wordStem } from "./declension.js";
import { ARABIC_ARTICLE_RE, personKey } from "./person-key.js";
import { isCommonGivenNameToken, spellsListedGivenName } from "./given-names.js";
import { HEADS as ORG_HEAD_KEYS, TAILS as ORG_TAIL_KEYS } from "./organisations.js";
import { NOUNS_CAPITALISED, spaceGap, type Token } from "./tokens.js";
import { foldToken } from "./fold.js";
import { PATRONYMIC_SURNAME_RE, ROLES_OF_LANGUAGES, ROMANCE_BETWEEN, ROMANCE_LANGUAGES, ROMANCE_OF, romanceRun } from "./romance-names.js";

/** One mention of a person: `key` is `personKey` of the fullest name it was merged with. */
export interface PersonMention {
  key: string;
  /** The name as written in this mention, honorifics and roles left out. */
  text: string;
  start: number;
  end: number;
  /** Given name and surname (or more) written out, not a surname alone or an initial. */
  full: boolean;
}

/** Words either side of a name searched for a reporting verb ("a déclaré samedi Olaf Scholz", "Merkel sagte"). */
const VERB_WINDOW = 3;
/** Words before a name searched for a role ("le ministre allemand des Affaires étrangères, X"). */
const ROLE_WINDOW = 6;
/** Prepositions of place before a town ("in", "à", "en", "im", "nel", "w", "ve", "på" …), in the languages with name particles. */
const LOCATIVES: ReadonlySet<string> = new Set(["in", "at", "a", "en", "au", "aux", "em", "no", "na", "nel", "nella", "im", "w", "we", "v", "ve", "u", "i", "pa", "te", "op", "bij"]);
/**
 * Particles that are prepositions of the article's language, not a name's: Indonesian and Malay "di" (at), West and
 * South Slavic "do" (to, into: Polish "Jadę do Łodzi", I am going to Łódź).
 */
const PARTICLE_IS_PREPOSITION: Readonly<Record<string, string>> = { id: "di", ms: "di", pl: "do", cs: "do", sk: "do", sl: "do", hr: "do", sr: "do", bs: "do" };
/** Particles that are a preposition where no given name stands before them: German "from", French "of". */
const GERMAN_FROM: ReadonlySet<string> = new Set(["von", "vom"]);
/** Words after a name searched for its role where a language sets it there without a comma: an adjective, then the role. */
const ROLE_AFTER_WINDOW = 2;
/**
 * Endings of a noun's genitive no name's first word takes in Polish, Czech and Slovak: -u of masculine nouns (Sejmu,
 * Orlenu), -ych of plural adjectives. Not -ii and -ji, which a woman's given name takes too (Julii, Alicji, as
 * Komisji and Telewizji do).
 */
const NOUN_GENITIVE_LANGUAGES: ReadonlySet<string> = new Set(["pl", "cs", "sk"]);
const NOUN_GENITIVE_RE = /(?:u|ych)$/;
/** Longest name kept: longer capitalised runs are titles of works, events or headlines. */
const MAX_NAME_WORDS = 4;

/**
 * People in capitalised word runs. A run is cut at countries, demonyms, organisations, months,
 * weekdays and known non-names; leading honorifics and roles are removed and count as cues. A run of
 * two or more names is a person when a cue supports it (honorific, role before or in apposition,
 * reporting verb near), or, without a cue, when it does not open a sentence and one of its words recurs
 * (or the article is English, where names need no introduction). A run the language writes with its
 * definite article is no person (article-named.ts). A single word is a person only
 * right after an honorific or role, or when it is a word of a full name found in the article.
 */
export function findPeople(tokens: readonly Token[], gaz: readonly GazMatch[], ctx: MatchContext): PersonMention[] {
  const blocked = new Uint8Array(tokens.length);
  // Where a country's name may open a run as a given name.
  const countryGivenName = new Set<number>();
  for (const m of gaz) {
    // A city word may be part of a name ("Paris Hilton"), decided below; not with a case ending on it.
    if (m.entry.kind === "city" && m.inflected !== true) continue;
    // So may a word after a name's capitalised particle, whatever place it also names ("Ignazio La Russa").
    if (m.j === m.i + 1 && m.i >= 2 && particleInside(tokens, m.i - 1)) continue;
    // So may a country's name that is a common given name, right before another capitalised word ("Chad Smith",
    // "Dominique Strauss-Kahn", "Israel Katz"); enrich-article.ts drops the country where a person holds it.
    if (m.entry.kind === "country" && givenNameBeforeName(tokens, m.i, m.j, ctx.lowerWords)) {
      countryGivenName.add(m.i);
      continue;
    }
    for (let k = m.i; k < m.j; k++) blocked[k] = 1;
  }
  // Only capitalised words can be names (`nameLike`, the bare surnames of `mergeVariants`): only they are looked up.
  const negative = negativeWords(ctx.lang);
  const local = localLexicon(ctx.lang);
  const nouns = ctx.commonNouns !== undefined && ctx.commonNouns.size > 0 ? ctx.commonNouns : null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cap && (negative.has(t.key) || TITLE_HEADS.has(t.key) || nouns?.has(t.key) === true || (ctx.lang === "en" && englishVerbCapitalised(t, ctx.lowerWords))) && !particleInside(tokens, k)) blocked[k] = 1;
  }
  // Tokens that end a place name: a name particle after one is a preposition.
  const placeAt = new Set<number>();
  for (const m of gaz) placeAt.add(m.j - 1);
  // How often each capitalised word is written. Not its cases together where names decline: institutions' words
  // decline too, and "Komisji Budżetu" would pass for a name that recurs.
  const lastWordCount = new Map<string, number>();
  for (const t of tokens) if (t.cap) lastWordCount.set(t.key, (lastWordCount.get(t.key) ?? 0) + 1);
  const countOf = (t: Token) => lastWordCount.get(t.key) ?? 0;
  const genitiveS = GENITIVE_S_LANGUAGES.has(ctx.lang);
  // The city named at each token, built once: looked up per run, it keeps the scan linear in the mentions.
  const cityAt = new Map<number, GazMatch>();
  for (const m of gaz) if (m.entry.kind === "city" && !cityAt.has(m.i)) cityAt.set(m.i, m);
  // Words of nationality ("nigérian", "Nigerian", "nigeriano") and countries' names: an expert is named across one ("l'expert
  // nigérian Dimie Ogoina", "pakar asal Nigeria Dimie Ogoina"), and after an article a nationality is a noun naming the
  // person that follows ("le Nigérian Dimie Ogoina").
  const nationality = new Set<number>();
  // Nouns naming a person by nationality in the article's language ("der Pakistaner", "пакистанец"): a cue without an article.
  const nationalityNoun = new Set<number>();
  const origin = new Set<number>();
  const orgStartAt = new Map<number, number>();
  for (const m of gaz) {
    if (m.entry.kind === "org" && m.j > m.i + 1) orgStartAt.set(m.j - 1, m.i);
    if (m.j !== m.i + 1 || (m.entry.kind !== "demonym" && m.entry.kind !== "country")) continue;
    origin.add(m.i);
    if (m.entry.kind === "demonym") nationality.add(m.i);
    if (m.entry.kind === "demonym" && m.entry.nounLangs?.has(ctx.lang) === true) nationalityNoun.add(m.i);
  }
  const scan: RoleScan = { origin, orgStartAt };

  const found: Found[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i]!, blocked[i] === 1, local, tokens[i + 1])) continue;
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const prev = tokens[j - 1]!;
      // Initials written together ("J.D. Vance", "J.R.R. Tolkien") are one run with the name after them.
      const joined = spaceGap(t.gap) || (/^\.[ \u00a0]+$/.test(t.gap) && (prev.text.length === 1 || isHonorific(prev.key, local))) ||
        (t.gap === "." && prev.text.length === 1 && t.text.length === 1 && prev.cap && t.cap);
      if (!joined) break;
      // A genitive ends the name it is written on: "Wladimir Putins Besuch" is Putin's visit, where the article
      // writes "Putin" too (many names end in s: "Hans Meier").
      if (genitiveS && caseStem(prev.key, GENITIVE_S, (stem) => (lastWordCount.get(stem) ?? 0) > 0) !== null) break;
      if (nameLike(t, blocked[j] === 1, local)) {
        j++;
        continue;
      }
      // Lower-case particles between names, one or two: "Charles de Gaulle", "Ursula von der Leyen", "Felipe de la Cruz".
      // Not after a place a preposition of place governs, where the word is the article or preposition it also is
      // ("in Sotsji de Turkse president"; "Luca de Meo" stays whole, though GeoNames knows a Luca), nor a particle the
      // language uses as a preposition (Indonesian "di", at: "Erdoğan di Sochi"). Before a place it may well be a
      // name's ("Éamon de Valera").
      const particles = particlesAt(tokens, j);
      const locative = placeAt.has(j - 1) && j >= 2 && LOCATIVES.has(tokens[j - 2]!.key) && !tokens[j - 2]!.cap;
      // German "von" after a given name and surname is the preposition "from" ("Jeremy Corbyn von der Labour-Partei",
      // "Christian Drosten von der Charité"), and after a single word no given name a noun's "from" or "of" ("Sicht von
      // Diess", "Fan von Fußball"); as a particle it follows the given name ("Ursula von der Leyen", "Richard von Weizsäcker").
      const germanFrom = ctx.lang === "de" && GERMAN_FROM.has(tokens[j]!.key) &&
        (j - i >= 2 ? !isRole(tokens[j - 2]!.key, local) && !honorificAt(tokens[j - 2]!, local) : !isCommonGivenNameToken(tokens[i]!));
      // "de" after a single word no given name is a noun's ("l'Europe de Stephen Smith", "Al-Azhar de Gaza", "Orden del
      // Fénix", "Cassa di Risparmio"); the particle follows a given name ("Charles de Gaulle", "Luis de Guindos"), or
      // a Spanish patronymic opening a compound surname ("Sáenz de Santamaría").
      const romanceOf = j - i === 1 && ROMANCE_OF[ctx.lang]?.has(tokens[j]!.key) === true && !isCommonGivenNameToken(tokens[i]!) &&
        !isRole(tokens[i]!.key, local) && !honorificAt(tokens[i]!, local) && !(ctx.lang === "es" && PATRONYMIC_SURNAME_RE.test(tokens[i]!.key));
      const preposition = locative || germanFrom || romanceOf || tokens[j]!.key === PARTICLE_IS_PREPOSITION[ctx.lang];
      // Nor before an institution's head: "Sabine Fischer-Volk von der Kanzlei Karimi" works at the law firm.
      const after = tokens[j + particles];
      if (particles > 0 && !preposition && after !== undefined && !ORG_HEAD_KEYS.has(after.key) && nameLike(after, blocked[j + particles] === 1, local)) j += particles + 1;
      else break;
    }
    segments.push(...splitRun(tokens, i, j, local));
    i = j - 1;
  }
  const named = ctx.articleNamed ?? null;
  // End of the last person found: a role before it is that person's, not a later name's.
  let personEnd = 0;
  for (const seg of segments) {
    // "the White House", and "White House officials" where the article writes it with "the" elsewhere:
    // no person, whatever verb follows; only a role or honorific in the run itself ("the President Joe Biden") is.
    // A capitalised article inside the run ("según The New York Times") is read past.
    const from = isDefiniteArticle(tokens[seg.from], ctx.lang) && seg.from + 1 < seg.to ? seg.from + 1 : seg.from;
    if (named !== null && !seg.strong && (named.nameStart[from] === 1 || named.keys.has(runKey(tokens, from, seg.to)))) continue;
    const cue = seg.cue || nationalityNounBefore(tokens, seg.from, nationality, ctx.lang) || (nationalityNoun.has(seg.from - 1) && spaceGap(tokens[seg.from]!.gap));
    const p: Found | null = judge(tokens, seg.from, seg.to, cue, seg.strong, ctx, local, countOf, cityAt, personEnd, scan, seg.suffix !== undefined);
    // A country's name read as a given name opens the person's name ("Delaware Florida Georgia" is a list of states).
    if (p !== null && !p.tokens.some((k, n) => n > 0 && countryGivenName.has(k))) {
      if (seg.suffix !== undefined && p.tokens[p.tokens.length - 1] === seg.suffix - 1) p.suffix = seg.suffix;
      found.push(p);
      personEnd = (p.suffix ?? p.tokens[p.tokens.length - 1]!) + 1;
      // Where the role follows the name ("Putyin orosz elnök"), it is that name's: a later word does not take it.
      if (ROLE_AFTER_NAME_LANGUAGES.has(ctx.lang)) personEnd = roleAfterEnd(tokens, personEnd, local);
    }
  }
  return mergeVariants(tokens, found, blocked, ctx.lang);
}

/**
 * A one-word match at [i, j) that is a common given name, followed over a space (or a name's particle) by a capitalised
 * word the article does not also write in lower case ("Love Israel And Hate Iran" is a title's).
 */
function givenNameBeforeName(tokens: readonly Token[], i: number, j: number, lowerWords: ReadonlySet<string>): boolean {
  const next = tokens[j + particlesAt(tokens, j)];
  return j === i + 1 && next !== undefined && next.cap && !next.upper && !lowerWords.has(next.key) && spaceGap(tokens[j]?.gap ?? "") &&
    isCommonGivenNameToken(tokens[i]!);
}

/** English auxiliaries: capitalised in a title-case line ("Rao Is Unrecognisable"), never a name's word. */
const ENGLISH_AUXILIARIES: ReadonlySet<string> = new Set("is are was were be been being am has have had does did should would could must might shall".split(" "));

/**
 * An English verb written with a capital in a title-case line or caption ("Momo Confirmed", "Victoria Fuller Modeled"):
 * an auxiliary, or a past form in -ed the article also writes in lower case (a surname in -ed, Reed, is not a word it writes).
 */
function englishVerbCapitalised(t: Token, lowerWords: ReadonlySet<string>): boolean {
  return ENGLISH_AUXILIARIES.has(t.key) || (t.key.length > 4 && t.key.endsWith("ed") && lowerWords.has(t.key));
}

/**
 * Languages that write a name's genitive with a bare -s before the noun it governs: German "Putins Krieg", Dutch
 * "Poetins oorlog", Swedish, Danish and Norwegian "Putins krig".
 */
const GENITIVE_S_LANGUAGES: ReadonlySet<string> = new Set(["de", "nl", "sv", "da", "nb", "no", "nn", "lb"]);
const GENITIVE_S: readonly string[] = ["s"];

/**
 * Case endings a language writes on a name's last word without an apostrophe (keys are folded: Finnish "llä" is
 * "lla"): the genitive -s above, and the Finnish and Estonian cases, with the i a name ending in a consonant takes
 * ("Olaf Scholzin", "Scholzille"; "Scholzi", "Scholziga"), and the Hungarian ones. Longest first. An ending is read
 * off only where the article writes the bare word too (`caseFormStems`).
 */
const NAME_CASE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries([...GENITIVE_S_LANGUAGES].map((lang) => [lang, GENITIVE_S])),
  fi: ["iksi", "ille", "illa", "ilta", "ista", "issa", "iin", "ina", "lle", "lla", "lta", "sta", "ssa", "ksi", "in", "ia", "na", "n", "a"],
  et: ["iga", "ile", "ilt", "ist", "ga", "is", "le", "lt", "st", "i", "s"],
  // Hungarian: dative, "with" (its v taking the name's last consonant: Orbánnal), on, from, about, to, and the
  // accusative, which lengthens a last vowel (Ficót; folded, Fico + t).
  hu: ["nak", "nek", "val", "vel", "nal", "nel", "ral", "rel", "tol", "rol", "hoz", "hez", "ra", "re", "ot", "et", "at", "t"],
};
/**
 * The Turkic languages and Mongolian write their case endings onto a surname of the region's Slavic shape (-ov, -ev,
 * -in): "Мирзиёевті", "Mirziyoyevni", "Mirziyoyevi", "Мирзиёевыг" (accusative), "Тоқаевтың" (genitive), "Путинтэй" (with). After such an
 * ending the rest is the case, never a woman's -a (Тоқаева keeps it).
 */
const SLAVIC_SURNAME_END = String.raw`(.{2,}(?:ов|ев|ёв|ин|ov|ev|yev|in))`;
const SURNAME_CASE_AFTER_SLAVIC_ENDING: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(
    Object.entries({
      kk: "ты ті ды ді ны ні ға ге қа ке на не тың тің дың дің ның нің мен бен пен дан ден тан тен нан нен",
      ky: "ту тү ду дү ну нү ды ди ты ти ны ни га ге ка ке го гө ко кө нын нин дын дин тын тин",
      uz: "ni ga ka ning dan",
      az: "i ə in dən də lə",
      mn: "ыг ийг ын ийн тай тэй той д аас ээс",
    }).map(([lang, endings]) => [lang, new RegExp(`^${SLAVIC_SURNAME_END}(?:${endings.split(" ").join("|")})$`, "u")]),
  ),
  // Armenian writes its cases and article onto the surnames of its own shape (-յան, -yan) and of the Slavic one too:
  // "Լավրովին" (to Lavrov), "Միրզոյանից" (from Mirzoyan), "Պուտինով".
  hy: /^(.{2,}(?:յան|ով|եւ|ին))(?:ը|ի|ին|ից|ով|ում)$/u,
};

/** Letters a name keeps without its ending: "Hans" is no genitive of a name "Han". */
const MIN_CASE_STEM = 4;

/** The folded word without the case ending that makes it a form of `attested` (a name's last word), or null. */
function caseStem(key: string, endings: readonly string[], attested: (stem: string) => boolean): string | null {
  for (const e of endings) {
    if (!key.endsWith(e) || key.length - e.length < MIN_CASE_STEM || (e === "s" && key.endsWith("ss"))) continue;
    const stem = key.slice(0, -e.length);
    if (attested(stem)) return stem;
  }
  return null;
}

/**
 * The last words of found names that are another found name's last word plus a case ending ("Wladimir Putins"
 * beside "Putin", "Olaf Scholzin" beside "Olaf Scholz"), by token, as they are keyed: without the ending. Only
 * where the article writes the name without it too, since many names end so (Klaus, Roberts, Martin, Marin).
 */
function caseFormStems(tokens: readonly Token[], found: readonly { tokens: number[] }[], endings: readonly string[]): Map<number, string> {
  const lastWords = new Set(found.map((f) => tokens[f.tokens[f.tokens.length - 1]!]!.key));
  // Beyond the genitive -s (Williams beside William is a surname), any word the article capitalises: "Robert Ficót"
  // is Fico where "Fico szerint" follows; and a stem the article writes with two endings ("Bolsonarolle" in the title,
  // "Jair Bolsonaron" in the text), though never bare.
  const stemsOfForms = new Map<string, Set<string>>();
  if (endings !== GENITIVE_S) {
    for (const t of tokens) {
      if (!t.cap) continue;
      lastWords.add(t.key);
      for (const e of endings) {
        if (t.key.endsWith(e) && t.key.length - e.length >= MIN_CASE_STEM) {
          const stem = t.key.slice(0, -e.length);
          (stemsOfForms.get(stem) ?? stemsOfForms.set(stem, new Set()).get(stem)!).add(t.key);
        }
      }
    }
  }
  const out = new Map<number, string>();
  for (const f of found) {
    const k = f.tokens[f.tokens.length - 1]!;
    const t = tokens[k]!;
    const stem = caseStem(t.key, endings, (s) => lastWords.has(s) || (stemsOfForms.get(s)?.size ?? 0) >= 2);
    if (stem !== null) out.set(k, t.text.slice(0, stem.length - t.key.length));
  }
  return out;
}

/** The name as written from its first word to its last, particles included ("Ursula von der Leyen"; its key leaves them out). */
function withParticles(tokens: readonly Token[], idx: readonly number[]): string {
  let text = tokens[idx[0]!]!.text;
  for (let k = idx[0]! + 1; k <= idx[idx.length - 1]!; k++) text += ` ${tokens[k]!.text}`;
  return text;
}

/** Lower-case name particles from token `j` (at most two, each after a space) with a token after them, or 0. */
function particlesAt(tokens: readonly Token[], j: number): number {
  let n = 0;
  while (n < 2 && j + n + 1 < tokens.length) {
    const t = tokens[j + n]!;
    // As written, not folded: Vietnamese "đã đến" (has arrived) folds to the particles "da den".
    if (!NAME_PARTICLES.has(t.text) || t.cap || !spaceGap(tokens[j + n + 1]!.gap)) break;
    n++;
  }
  return n;
}

function nameLike(t: Token, blocked: boolean, local: LocalLexicon, next?: Token): boolean {
  // An Arabic family name with its article ("al-Assad", "ас-Сиси") is a name's word, though it opens in lower case.
  if (!blocked && t.multiWord && ARABIC_ARTICLE_RE.test(t.text)) return true;
  if (blocked || !t.cap || t.upper || t.caseless) return false;
  if (/\p{N}/u.test(t.text)) return false;
  // A hyphenated word with a lower-case part between capitalised ones is a place's compound ("Риу-Гранди-ду-Сул",
  // "Ростов-на-Дону"), not a name's (Jean-Luc, Анна-Мария; romanised Korean ends on one: Kim Jong-un).
  if (t.multiWord && INNER_LOWER_CASE_PART_RE.test(t.text)) return false;
  // A month or weekday only lower-case calendars have, capitalised past a sentence's start or before another capitalised
  // word, is a name ("Marco Rubio", "Julio Iglesias sang", "Luigi Di Maio"); a weekday only inside one ("Plácido
  // Domingo"), not opening it ("Domingo de Pascua"). `next` is given for a run's first word.
  if (CALENDAR_WORDS.has(t.key)) {
    if (!LOWER_CASE_CALENDAR_WORDS.has(t.key) || (next !== undefined && LOWER_CASE_WEEKDAYS.has(t.key))) return false;
    if (t.sentStart && !(next !== undefined && next.cap && spaceGap(next.gap))) return false;
  }
  return !local.calendar.has(t.key) && !NOT_NAMES.has(t.key);
}

const INNER_LOWER_CASE_PART_RE = /[-‐‑]\p{Ll}+[-‐‑]\p{Lu}/u;

/** A run of name words cut at roles and honorifics: what `judge` reads. */
interface Segment {
  from: number;
  to: number;
  cue: boolean;
  strong: boolean;
  /** A son's suffix right after the segment ("Jr."), shown with the name but no word of it. */
  suffix?: number;
}

/** A person's words as `judge` keeps them, and the suffix written after them. */
interface Found {
  tokens: number[];
  cue: boolean;
  strong: boolean;
  suffix?: number;
}

/** Name words an abbreviated son's suffix needs before it: "Jr." alone is no one. */
const MIN_WORDS_BEFORE_SUFFIX = 2;

/**
 * Strip leading honorifics and roles (remembered as cues) and cut the run at roles inside it. A run ending in an
 * abbreviated son's suffix ("Robert F. Kennedy Jr.", "Cal Ripken Jr.") ends in a person's name, which that suffix follows
 * and nothing else: the segment before it is cued, and its last word is the surname whatever else it means ("Martin
 * Luther King Jr."). The suffix is no word of the name; written out ("Júnior"), it stays one (person-key.ts drops it).
 */
function splitRun(tokens: readonly Token[], from: number, to: number, local: LocalLexicon): Segment[] {
  const out: Segment[] = [];
  const last = tokens[to - 1]!;
  const suffixed = to - from > MIN_WORDS_BEFORE_SUFFIX && NAME_ONLY_SUFFIXES.has(last.key) && spaceGap(last.gap);
  const end = suffixed ? to - 1 : to;
  let start = from;
  let cue = false;
  let strong = false;
  for (let k = from; k < end; k++) {
    if (suffixed && k === end - 1 && k > start) break;
    // After a name's capitalised particle a role's word is the surname ("Bruno Le Maire").
    if (k - 1 > start && capitalParticle(tokens[k - 1]!)) continue;
    const honorific = honorificAt(tokens[k]!, local);
    const role = isRole(tokens[k]!.key, local);
    if (honorific || role || isReporting(tokens[k]!.key, local)) {
      if (k > start) out.push({ from: start, to: k, cue, strong });
      start = k + 1;
      cue = true;
      strong = strong || honorific || role;
    }
  }
  if (suffixed) {
    if (start < end) out.push({ from: start, to: end, cue: true, strong, suffix: end });
  } else if (start < end && !(end - start === 1 && NAME_ONLY_SUFFIXES.has(tokens[start]!.key))) {
    out.push({ from: start, to: end, cue, strong }); // "Jr." after a role ("King Jr.") is the suffix of a name cut short
  }
  return out;
}

/** The alphabet a word opens with: Latin, Cyrillic, Greek, or another. */
function alphabetOf(word: string): string {
  const c = word.charCodeAt(0);
  if (c < 0x0250) return "latin";
  if (c >= 0x0370 && c < 0x0400) return "greek";
  if (c >= 0x0400 && c < 0x0530) return "cyrillic";
  return "other";
}

/** Role words that modify the noun a compound ends with ("vice-champion", "ex-mari"), not heads of their own. */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(["vice", "ex", "prime", "co"]);

function isRole(key: string, local: LocalLexicon): boolean {
  if (local.notCues.has(key)) return false;
  if (ROLES.has(key) || local.roles.has(key) || ROLE_SUFFIXES.some((s) => key === s || (key.length > s.length + 2 && key.endsWith(s))) || isDeclinedRole(key, local)) return true;
  // A hyphenated compound ending in a role is one ("Премьер-министр", "vice-président", "Ex-Präsident"): its key is
  // written with a space. So is one opening with a role word, in languages that set the head first ("secretário-geral").
  // An organisation's name may open it ("VN-secretaris-generaal"): the compound after each hyphen is tried.
  const space = key.indexOf(" ");
  if (space < 0) return false;
  const first = key.slice(0, space);
  return (!ROLE_MODIFIERS.has(first) && (ROLES.has(first) || local.roles.has(first))) || isRole(key.slice(space + 1), local);
}

/**
 * Slavic languages decline a role before a name ("с президентом Кении Уильямом Руто", "міністру", "губернатора";
 * Croatian "s kancelarom Friedrichom Merzom", Slovene "s premierjem"): the lexicon holds the nominative, so a word is
 * also a role when it is one plus a case ending (keys are folded: Polish "-ą" is "-a").
 */
const CYRILLIC_CASE_ENDING = /(?:ом|ем|ём|ой|ою|ею|ові|еві|ам|ах|ами|ов|а|я|у|ю|е|і|ы|и)$/;
const LATIN_CASE_ENDING = /(?:owi|ovi|iem|jem|om|em|a|u|e|i|y)$/;
function isDeclinedRole(key: string, local: LocalLexicon): boolean {
  const c = key.charCodeAt(key.length - 1);
  const cyrillic = c >= 0x0400 && c <= 0x04ff;
  if (!cyrillic && !(local.declinesRoles && c >= 0x61 && c <= 0x7a)) return false;
  const stem = key.replace(cyrillic ? CYRILLIC_CASE_ENDING : LATIN_CASE_ENDING, "");
  return stem.length >= (cyrillic ? 3 : 4) && stem !== key && (ROLES.has(stem) || local.roles.has(stem));
}

function isHonorific(key: string, local: LocalLexicon): boolean {
  return (HONORIFICS.has(key) && !local.notCues.has(key)) || local.honorifics.has(key);
}

/** French writes "M." and "MM." with their full stop; without it "m" and "mm" are metres and millimetres ("16 mm Durchmesser"). */
const DOTTED_HONORIFICS: ReadonlySet<string> = new Set(["m", "mm"]);

/** An honorific as written at token `t`. */
function honorificAt(t: Token, local: LocalLexicon): boolean {
  // Written otherwise, a word that folds to a Vietnamese honorific is another word ("thứ Ba", Tuesday; "bà", Mrs); with a
  // full stop it is the pronoun ending a sentence ("của ông.", his): Vietnamese abbreviates no honorific.
  if (local.honorificsAsWritten !== null && local.honorifics.has(t.key) && (t.dot || !local.honorificsAsWritten.has(t.text.toLowerCase()))) return false;
  return isHonorific(t.key, local) && (t.dot || !DOTTED_HONORIFICS.has(t.key));
}

function isReporting(key: string, local: LocalLexicon): boolean {
  return REPORTING.has(key) || local.reporting.has(key);
}

/** A role word at token `k`, or the last syllable of a Vietnamese role written in two ("tổng thống"). */
/**
 * Whether the word at `k` stands elsewhere in the article alone, between words without capitals ("Qantas orders …"):
 * not in another name ("El Salvador" holds the given name of "Salvador Sánchez Cerén").
 */
function writtenApart(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  const capital = (t: Token | undefined) => t !== undefined && (t.cap || t.upper);
  for (let x = 0; x < tokens.length; x++) {
    if (x === k || tokens[x]!.key !== key) continue;
    const next = tokens[x + 1];
    const nextApart = !capital(next) || /[.!?;:\n]/.test(next!.gap);
    const prevApart = tokens[x]!.sentStart || /[.!?;:\n]/.test(tokens[x]!.gap) || !capital(tokens[x - 1]);
    if (nextApart && prevApart) return true;
  }
  return false;
}

/**
 * A name's particle written with a capital ("Le" of "Marine Le Pen", "De" of "Kevin De Bruyne", "Van" of "Herman Van
 * Rompuy"), as written: Vietnamese "Lê" folds to "le" and is a surname.
 */
function capitalParticle(t: Token): boolean {
  return writtenAs(t, NAME_PARTICLES);
}

/** A capitalised word of `words` by its key and as written (the key alone is cheap, and most words fail it). */
function writtenAs(t: Token, words: ReadonlySet<string>): boolean {
  return t.cap && words.has(t.key) && words.has(t.text.toLowerCase());
}

/**
 * Particles that open a European surname written alone ("Le Pen", "De Bruyne", "Van Rompuy", "Di Maio"), as written with
 * a capital. Not the Arabic and Hebrew ones, whose capitalised forms are given names too (Al Gore, Ben Carson).
 */
const SURNAME_OPENERS: ReadonlySet<string> = new Set(["le", "la", "de", "del", "della", "di", "da", "du", "des", "dos", "das", "do", "van", "von", "der", "den", "ter"]);

/** Particles that are also articles written with a capital inside titles ("Die Rückkehr Der Jedi", "Do Believe"). */
const ARTICLE_LIKE_PARTICLES: ReadonlySet<string> = new Set(["der", "den", "des", "das", "do", "dos"]);

/** A capitalised particle between two capitalised words, over spaces ("Marine Le Pen"): a name's, though "Le" opens sentences. */
function particleInside(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return writtenAs(tokens[k]!, SURNAME_OPENERS) && !ARTICLE_LIKE_PARTICLES.has(tokens[k]!.key) && before !== undefined && before.cap && !before.upper && spaceGap(tokens[k]!.gap) &&
    after !== undefined && after.cap && spaceGap(after.gap);
}

/** A capital letter with its full stop ("J." of "J.D. Vance"): a given name's initial, never a word of its own. */
function isInitial(t: Token): boolean {
  return t.text.length === 1 && t.dot && t.cap;
}

/** Words of a name that opens with a given name, at most ("Lee Harvey Oswald", "María Elena Morera"). */
const MAX_GIVEN_NAME_RUN = 3;

/**
 * Where, in a run that opens with what a role heads ("ministro de Desarrollo Productivo Matías Kulfas", "Директор Центра
 * Гамалеи Александр Гинцбург"), the role's holder begins: a common given name past the first word, two or three words
 * before the run's end; -1 when none.
 */
function holderAt(tokens: readonly Token[], idx: readonly number[]): number {
  return idx.findIndex((k, n) => n >= 1 && idx.length - n >= 2 && idx.length - n <= MAX_GIVEN_NAME_RUN && isCommonGivenNameToken(tokens[k]!));
}

/** The word at `k`, a name's last, is written elsewhere not after the word before it here: alone, or after another. */
function surnameWrittenApart(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  const before = tokens[k - 1]?.key;
  for (let x = 0; x < tokens.length; x++) {
    if (x === k || tokens[x]!.key !== key) continue;
    if (x === 0 || tokens[x - 1]!.key !== before || !spaceGap(tokens[x]!.gap)) return true;
  }
  return false;
}

function isRoleAt(tokens: readonly Token[], k: number, local: LocalLexicon): boolean {
  if (isRole(tokens[k]!.key, local)) return true;
  const prev = tokens[k - 1];
  return local.rolePairs !== null && prev !== undefined && /^[ \u00a0]$/.test(tokens[k]!.gap) && local.rolePairs.has(`${prev.text} ${tokens[k]!.text}`.toLowerCase());
}

function judge(
  tokens: readonly Token[], from: number, to: number, cueIn: boolean, strongIn: boolean, ctx: MatchContext, local: LocalLexicon,
  countOf: (t: Token) => number, cityAt: ReadonlyMap<number, GazMatch>, personEnd: number, scan: RoleScan, suffixed = false,
): Found | null {
  // A sentence-initial word the article also writes in lower case is a common word, not a name; so is "in" or a
  // particle opening a sentence before a city ("La Porto Alegre, primarul …", Romanian "at"; Vietnamese "Tại").
  while (from < to && tokens[from]!.sentStart && !cueIn && ctx.lowerWords.has(tokens[from]!.key) && !isInitial(tokens[from]!)) from++;
  if (from + 1 < to && tokens[from]!.sentStart && cityAt.has(from + 1) && (NAME_PARTICLES.has(tokens[from]!.key) || IN_WORDS[ctx.lang]?.has(tokens[from]!.key) === true)) from++;
  let idx: number[] = [];
  for (let k = from; k < to; k++) if (!NAME_PARTICLES.has(tokens[k]!.key) || tokens[k]!.cap) idx.push(k);
  // A name ends in no particle: a capitalised one last opens a surname the run lost ("Luigi Di" before a word read otherwise).
  while (idx.length > 1 && capitalParticle(tokens[idx[idx.length - 1]!]!)) idx.pop();
  if (idx.length > 0) to = idx[idx.length - 1]! + 1;
  // "in Berlin Kai Wegner", "in New York Michael Bloomberg": a city before a full name says where, not
  // who ("Paris Hilton", a city and one more word, stays a name).
  const leadingCity = idx[0] === undefined ? undefined : cityAt.get(idx[0]);
  // Not a given name the city shares, before a patronymic ("Владимир Владимирович Путин") or right after a role
  // ("el presidente Salvador Sánchez Cerén"), where the role's complement would take a preposition or a case; not
  // so where a complement follows its role bare ("Chủ tịch Toyota Akio Toyoda", Toyota's chairman).
  const roleJustBefore = from > 0 && idx[0] === from && !BARE_COMPLEMENT_LANGUAGES.has(ctx.lang) && isRoleAt(tokens, from - 1, local);
  // A city of two words or more is no given name ("Starosta Porto Alegre Sebastião Melo", the mayor of Porto Alegre).
  // Nor before a son's suffix, which ends a person's whole name ("Martin Luther King Jr.": Martin, Slovakia).
  const givenName = suffixed || (idx[1] !== undefined && PATRONYMIC_RE.test(tokens[idx[1]]!.key)) || (roleJustBefore && (leadingCity === undefined || leadingCity.j === leadingCity.i + 1));
  const afterCity = leadingCity === undefined || givenName ? [] : idx.filter((k) => k >= leadingCity.j);
  // After "in", the city says where even before a single word ("w Monachium Bayern", in Munich Bayern): that word is
  // judged alone, a name only after a role.
  if (afterCity.length >= 2 || (afterCity.length === 1 && afterIn(tokens, idx[0]!, ctx.lang))) {
    idx = afterCity;
    from = idx[0]!;
  }
  // A name is written in one alphabet: a Latin word before a Cyrillic or Greek name is a brand or an acronym ("Глава
  // Apple Тим Кук", the head of Apple Tim Cook), not the given name.
  while (idx.length > 1 && alphabetOf(tokens[idx[0]!]!.text) !== alphabetOf(tokens[idx[idx.length - 1]!]!.text)) idx = idx.slice(1);
  // "Real Madrid", "Inter Milan", "Olympique Lyon": a club's word before its city names the club, whatever cue stands by.
  if (idx.length >= 2 && CLUB_WORDS.has(tokens[idx[0]!]!.key) && idx.some((k) => cityAt.has(k))) return null;
  // "il presidente del Consiglio Giorgia Meloni", "le ministre de l'Economie Christine Lagarde": the institution's word
  // is the role's, not the given name.
  const institutions = institutionWords(ctx.lang);
  // Whether a word follows a role's genitive or bare "of" (`complement` below): asked before the institution's words are
  // read off the run and after.
  const followsRolesOf = (k: number) => afterGenitive(tokens, k, ctx.lang) || afterRolesOf(tokens, k, ctx.lang, local);
  const opensPortfolio = idx.length > 0 && followsRolesOf(idx[0]!);
  while (idx.length > 2 && (ORG_HEAD_KEYS.has(tokens[idx[0]!]!.key) || institutions.has(tokens[idx[0]!]!.key))) idx = idx.slice(1);
  // Polish, Czech and Slovak: a word in a noun's genitive is what a role heads ("prezes Orlenu Daniel Obajtek",
  // "Marszałek Senatu"); no name opens so. Before a full name it is dropped, after a role; otherwise the run is no person.
  if (idx.length > 0 && NOUN_GENITIVE_LANGUAGES.has(ctx.lang) && NOUN_GENITIVE_RE.test(tokens[idx[0]!]!.key)) {
    if (idx.length !== 3 || !roleBefore(tokens, from, false, personEnd, local, ctx.lang, scan)) return null;
    idx = idx.slice(1);
  }
  // Vietnamese names a nationality with "người" (person) and the country ("tay vợt người Ý Jannik Sinner", the Italian
  // player): the country's word, which the gazetteer may not know (Ý, one letter), opens no name.
  if (ctx.lang === "vi" && idx.length === 3 && idx[0] === from && tokens[from - 1]?.key === "nguoi" && spaceGap(tokens[from]!.gap)) {
    idx = idx.slice(1);
    from = idx[0]!;
  }
  // "Президент Бундесбанка Йоахим Нагель", "глава Сбербанка Герман Греф", "Prezident Bundesbanky Joachim Nagel": right
  // after a role, a long word in the genitive before two more is what the role heads. Not before a patronymic
  // (Владимир Владимирович Путин), nor a woman's two given names (Мария Корина Мачадо), nor short syllables of a
  // Korean name (Ли Чжэ Мён).
  if (idx.length === 3 && from > 0 && idx[0] === from && isRoleAt(tokens, from - 1, local) && headedGenitive(tokens[idx[0]!]!.key, tokens[idx[1]!]!.key, ctx.lang)) {
    idx = idx.slice(1);
    from = idx[0]!;
  }
  // "Директор Центра Гамалеи Александр Гинцбург": right after a role, a longer complement in the genitive, then who holds
  // the role, from a common given name on (two or three words).
  if (idx.length >= 4 && from > 0 && idx[0] === from && isRoleAt(tokens, from - 1, local) && ROLE_GENITIVE_ENDINGS[ctx.lang]?.test(tokens[idx[0]!]!.key) === true &&
    !isCommonGivenNameToken(tokens[idx[0]!]!)) {
    const holder = holderAt(tokens, idx);
    if (holder > 0) {
      idx = idx.slice(holder);
      from = idx[0]!;
    }
  }
  // "CEO Qantas Vanessa Hudson", "Prezes Qantas Vanessa Hudson": right after a role, the first of three words is what the
  // role heads when the article writes it elsewhere alone ("Qantas orders …" in the title), as it writes a company; a
  // given name comes back with its surname or not at all.
  if (idx.length === 3 && from > 0 && idx[0] === from && isRoleAt(tokens, from - 1, local) && !isInitial(tokens[idx[0]!]!) && writtenApart(tokens, idx[0]!)) {
    idx = idx.slice(1);
    from = idx[0]!;
  }
  // "presidenta de la Liga", "director del Instituto", "General de la Cámara": a name right after a role's genitive is
  // what the role heads, not who holds it; the role cues no person there ("presidente de la Cámara, Sergio Massa" does).
  let complement = idx.length > 0 && followsRolesOf(idx[0]!);
  // "la presidente della Bce Christine Lagarde", "el presidente de la Generalitat Salvador Illa": one word after the
  // genitive, then two: the word is what the role heads (a name takes no article), the two who holds the role.
  if (complement && idx.length === 3 && idx.every((k) => !ctx.lowerWords.has(tokens[k]!.key))) {
    idx = idx.slice(1);
    from = idx[0]!;
    complement = false;
  }
  // "el ministro de Desarrollo Productivo Matías Kulfas": a longer portfolio, then who holds it, from a common given name on.
  if (opensPortfolio && idx.length >= 3 && !isCommonGivenNameToken(tokens[idx[0]!]!)) {
    const holder = holderAt(tokens, idx);
    if (holder > 0) {
      idx = idx.slice(holder);
      from = idx[0]!;
      complement = false;
    }
  }
  if (complement) cueIn = strongIn = false;
  // "Departamento de Servicios Sociales", "Comisión del Crimen": a run still holding an institution's noun is its name.
  if ((!strongIn || idx.length === 1) && idx.some((k) => institutions.has(tokens[k]!.key))) return null;
  const romance = romanceRun(tokens, idx, ctx.lang, !strongIn && !(idx.length >= 2 && cityAt.has(idx[0]!)));
  if (romance === null) return null;
  if (romance !== idx) {
    idx = romance;
    from = idx[0]!;
    to = idx[idx.length - 1]! + 1;
  }
  // In the Romance languages, which set an organisation's head word first, a run right after one is the rest of its name
  // ("Partido Socialista Unido", "Banco Santander"), unless it opens with a given name: who holds the role the body heads ("Fraktionschef der Partei Friedrich Merz").
  const head = tokens[from - 1];
  const afterOrgHead = head !== undefined && head.cap && ORG_HEAD_KEYS.has(head.key) && spaceGap(tokens[from]!.gap) && !isRoleAt(tokens, from - 1, local);
  if (afterOrgHead && idx.length >= 2 && ROMANCE_LANGUAGES.has(ctx.lang) && !isCommonGivenNameToken(tokens[idx[0]!]!)) return null;
  // Turkish suffixes no name takes ("Cumhurbaşkanlığı", "Fiyatları", "Kurulundan"), whatever cue stands near.
  if (ctx.lang === "tr" && idx.some((k) => TURKISH_NON_NAME.test(tokens[k]!.key))) return null;
  // Turkish and Azerbaijani write a case ending after an apostrophe on a name ("Guterres Kiev'e geldi"): a place so
  // ended is where the person went, not the name's last word.
  const lastIdx = idx[idx.length - 1];
  if (APOSTROPHE_CASE_LANGUAGES.has(ctx.lang) && idx.length >= 2 && lastIdx !== undefined && cityAt.has(lastIdx) && /^['’]/.test(tokens[lastIdx + 1]?.gap ?? "")) {
    idx = idx.slice(0, -1);
    to = idx[idx.length - 1]! + 1;
  }
  if (idx.length === 0 || idx.length > MAX_NAME_WORDS) return null;
  if (from < ctx.headlineEnd) return null; // headline capitals prove nothing: names there come from the body
  // Nor do those of a body's line in headline case (a related article's title): a name there opens with a given name
  // the tables know (and is no longer than names run: "Raid Killed Top Suspect" is a title), follows a role, or has its
  // last word written again in the article.
  if (ctx.headlineLines?.[from] === 1 && !cueIn && !(isCommonGivenNameToken(tokens[from]!) && idx.length <= MAX_GIVEN_NAME_RUN) && countOf(tokens[to - 1]!) < 2) return null;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  if (last.text.length === 1 && (last.dot || idx.length === 1)) return null; // "W." alone is an initial, not a name ("Ван И" is)
  // Initials alone ("Y.M", "F.N.", as Turkish news names a suspect) say who to no one beyond the article.
  if (idx.every((k) => tokens[k]!.text.length === 1 && tokens[k]!.cap && /\p{Script=Latin}/u.test(tokens[k]!.text))) return null;
  // A run that is all city names ("Berlin Brandenburg", "New York", "Rio de Janeiro") is places, not a person; so is one
  // whose words but those with an Arabic article are ("Jerusalem al-Quds"). One opening with such a word names a person
  // only after a role ("President al-Sisi"): a name's own first word is no article ("al-Quds Local sources").
  if (coveredByCities(idx, cityAt)) return null;
  // So is one naming a large city after "of", whatever cue stands by ("all'Allianz Arena di Monaco di Baviera", a stadium of
  // Munich; "Bourse de Paris"). Family names that are towns are small ones (Henri de Castries, Éamon de Valera), and
  // "bin" is a father's name (Tamim bin Hamad).
  if (!strongIn && idx.some((k, n) => n > 0 && !tokens[k - 1]!.cap && OF_PARTICLES.has(tokens[k - 1]!.key) && largeCityAt(cityAt, k))) return null;
  const plain = idx.filter((k) => !ARABIC_ARTICLE_RE.test(tokens[k]!.text));
  if (plain.length < idx.length) {
    if (plain.length > 0 && plain.every((k) => insideCity(k, cityAt))) return null;
    if (idx[0] !== plain[0] && !strongIn && !roleBefore(tokens, from, false, personEnd, local, ctx.lang, scan)) return null;
  }
  // "Fox News", "Morgan Stanley Group", "Cumhuriyet Halk Partisi": a name ending with an organisation's head is the organisation's.
  if (ORG_TAIL_KEYS.has(last.key) || THING_TAILS.has(last.key)) return null;
  if (PLACE_OR_SURNAME_TAILS.has(last.key) && !isCommonGivenNameToken(tokens[idx[0]!]!)) return null;
  // "House Intelligence Committee", "Trump White House": a run written right before such a head, which no name can hold
  // (it cut the run), is the start of that body's or place's name.
  const next = tokens[to];
  const nextJoined = next !== undefined && next.cap && spaceGap(next.gap);
  if (nextJoined && (ORG_TAIL_KEYS.has(next.key) || THING_TAILS.has(next.key) || BODY_HEADS.has(next.key))) return null;
  // English puts a role's modifiers before it, capitalised in a title ("Detective Senior Sergeant", "Rear Admiral", "Florida
  // Emergency Manager", "County Election Commissioner"): a run right before a capitalised role is the title's.
  if (nextJoined && ctx.lang === "en" && isRoleAt(tokens, to, local)) return null;
  if (ctx.lang === "de" && idx.some((k) => GERMAN_INFLECTED_ADJECTIVE_ENDINGS.some((e) => tokens[k]!.key.endsWith(e)))) return null;
  // A single word is a person only after a role, and only its own: "Senator Bernie Sanders of Vermont".
  const strong = strongIn || (!complement && roleBefore(tokens, from, idx.length === 1, personEnd, local, ctx.lang, scan));
  const cue = cueIn || strong || appositive(tokens, to, ctx.lang, local) || verbNear(tokens, from, to, local);
  if (idx.length === 1 && ctx.lang === "vi" && vietnamesePairAt(tokens, idx[0]!)) return null; // "Bộ trưởng Nội vụ": what the minister is of
  // A run whose last syllable opens a role written in two ("Tổng Thư ký", secretary-general) is the role's first syllables.
  if (ctx.lang === "vi" && vietnamesePairAt(tokens, idx[idx.length - 1]!)) return null;
  if (idx.length === 1) {
    // "directorul general al Organizației", "director of the Organisation": an institution's head word alone is no one.
    if (ORG_HEAD_KEYS.has(tokens[idx[0]!]!.key) || opensInstitutionName(tokens, to)) return null;
    // Where weekdays and months are written in lower case, a capitalised word right after it means the name or title goes
    // on in a word read otherwise ("el economista José Guerra", Guerra also "war"; "prezes Telewizji Polskiej"): not this
    // word alone.
    const nextWord = tokens[to];
    if (LOWER_CASE_CALENDAR_LANGUAGES.has(ctx.lang) && nextWord !== undefined && nextWord.cap && !nextWord.upper && spaceGap(nextWord.gap)) return null;
    const own = strong && !countedByNumber(tokens, idx[0]!) && !afterOrganisationHead(tokens, idx[0]!, institutions) && !endsNameOf(tokens, idx[0]!, ctx.lang, local) && !afterAcronym(tokens, idx[0]!) && !afterOf(tokens, idx[0]!, ctx.lang, local) && !beforeAppositiveName(tokens, to, local) &&
      !genitiveBeforeName(tokens, idx[0]!, ctx.lang, local) && !afterIn(tokens, idx[0]!, ctx.lang);
    return own ? { tokens: idx, cue, strong } : null;
  }
  // Hungarian: a role with the possessive ending right after a run is the run's ("az Egészségügyi Világszervezet
  // főigazgatója", the World Health Organization's director-general): the run is what holds the office, not who.
  if (!strongIn && ctx.lang === "hu" && possessiveRoleAt(tokens, to, local)) return null;
  if (cue) return { tokens: idx, cue, strong };
  // A surname with its particles alone ("Le Pen") is a person only after a role, or as the full name's it is (mergeVariants);
  // without either it is as often a title ("Le Monde", "La Liga", "De Standaard").
  if (idx.every((k, n) => n === idx.length - 1 || writtenAs(tokens[k]!, SURNAME_OPENERS))) return null;
  // No given name is "Banco" or "Corriere": without a cue, a name opening with an institution's head is the institution's.
  if (ORG_HEAD_KEYS.has(tokens[idx[0]!]!.key)) return null;
  // A pair opening with a common given name ("Carla Bruni", "Emmanuel Macron a rencontré …", "Сергей Лавров") is a person's name without
  // a cue or a second mention, in any language and at a sentence's start too, unless the article writes either word in
  // lower case ("Happy New Year" where "new" is written so) or an article stands before it (`afterArticle`). Longer runs
  // are left to the rules below.
  // Two given names and a surname ("Lee Harvey Oswald", "María Elena Morera") keep their first at a sentence's start.
  // A capitalised particle inside the name is its surname's ("Marine Le Pen", "Kevin De Bruyne"), no word of its own.
  const nameWords = idx.filter((k, n) => n === 0 || n === idx.length - 1 || !capitalParticle(tokens[k]!));
  const opensWithGivenName = (nameWords.length === 2 || nameWords.length === 3) && isCommonGivenNameToken(tokens[nameWords[0]!]!) &&
    nameWords.every((k) => !ctx.lowerWords.has(tokens[k]!.key)) && !afterArticle(tokens, idx[0]!, ctx.lang);
  const givenFirst = opensWithGivenName && nameWords.length === 2;
  const twoGiven = opensWithGivenName && nameWords.length === 3 && isCommonGivenNameToken(tokens[nameWords[1]!]!);
  // Spanish and Portuguese names carry two surnames, the father's and the mother's, after one or two given names
  // ("Edmundo García Monroy", "Juan Alberto Torres García"): a common surname that is also a town's name is one of them,
  // and the given name opens the name at a sentence's start too ("Isabel Díaz Ayuso criticó …").
  const iberian = IBERIAN_NAME_LANGUAGES.has(ctx.lang) && !afterArticle(tokens, idx[0]!, ctx.lang) &&
    idx.every((k) => !ctx.lowerWords.has(tokens[k]!.key)) && isCommonGivenNameToken(tokens[idx[0]!]!) &&
    (idx.length === 3 || (idx.length === 4 && isCommonGivenNameToken(tokens[idx[1]!]!)));
  let givenAfterStart = false;
  // Initials written together ("T.J. Watt", "J.K. Rowling") open nothing but a name, at a sentence's start too.
  const initials = isInitial(first) && idx.length >= 3 && isInitial(tokens[idx[1]!]!) && tokens[idx[1]!]!.gap === ".";
  if (first.sentStart && !givenFirst && !twoGiven && !initials && !iberian) {
    // The capital of a sentence's first word says nothing; the capitals after it do. A longer run whose first
    // word the article capitalises nowhere else is judged without it ("Winemaker Simon McCabe opened …"); a
    // pair, only when its last word comes back in the article ("Simon McCabe opened … McCabe said"); any
    // other run opening a sentence is left out, as before.
    if (idx.length >= 3 && countOf(first) <= 1) idx = idx.slice(1);
    else if (idx.length !== 2 || countOf(tokens[idx[1]!]!) < 2) return null;
    if (ORG_HEAD_KEYS.has(tokens[idx[0]!]!.key)) return null; // "Hayat Tahrir al-Sham": what is left opens an organisation's name
    // What is left may open with a common given name ("Winemaker Simon McCabe opened …").
    givenAfterStart = idx.length === 2 && isCommonGivenNameToken(tokens[idx[0]!]!) && idx.every((k) => !ctx.lowerWords.has(tokens[k]!.key));
  }
  if (ctx.lang === "de" && idx.some((k) => GERMAN_NOUN_ENDINGS.some((e) => tokens[k]!.key.endsWith(e)) || GERMAN_ADJECTIVE_ENDINGS.some((e) => tokens[k]!.key.endsWith(e)))) return null;
  // A given name the Arabic script's list holds, in Latin or Cyrillic letters, opens a person's name, also before a word
  // a town's name declines to ("Muhammadu Buhari"; "Мухаммаду Бухари", not "of Bukhara").
  if (idx.length === 2 && spellsListedGivenName(tokens[idx[0]!]!.text)) return { tokens: idx, cue, strong };
  // Without a cue, a run ending in a city names a club or a firm ("Real Madrid", "Bayern Munich", "Inter Milan"); after
  // a common given name the city is a surname ("Clark Davis", "Sophie Turner").
  if (iberian) return { tokens: idx, cue, strong };
  if (cityAt.has(idx[idx.length - 1]!) && !givenFirst) return null;
  // English news names people once and bare, with given names of every origin ("Barack Obama", "Kimi Raikkonen"): a pair
  // is taken there, though as many are titles and bodies ("Crime Stoppers"; requiring a listed given name or a second
  // mention lost a quarter of the real names with them). Elsewhere a pair needs one or the other.
  if ((ctx.lang === "en" && !opensWithCommonWord(tokens, idx, ctx)) || givenFirst || twoGiven || givenAfterStart) return { tokens: idx, cue, strong };
  // A second mention: where every noun is capitalised, the surname's alone or after another word, or the whole name's
  // from a given name on ("Kim Jong Un"). Terms come back whole ("Social Media", "Open Source Software"); a person,
  // named in full once, by the surname after. (A first name alone, "Vinícius" for "Vinícius Júnior", is no second
  // mention here: German nouns stand alone as often.)
  const recurs = NOUNS_CAPITALISED.has(ctx.lang)
    ? countOf(last) >= 2 && (surnameWrittenApart(tokens, to - 1) || isCommonGivenNameToken(tokens[idx[0]!]!))
    : idx.some((k) => countOf(tokens[k]!) >= 2);
  return recurs ? { tokens: idx, cue, strong } : null;
}

/** The Romance and Slavic languages, which write weekdays and months in lower case. */
const LOWER_CASE_CALENDAR_LANGUAGES: ReadonlySet<string> = new Set(["es", "ca", "pt", "it", "fr", "ro", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "bg", "be"]);

/** Languages whose names carry two surnames after one or two given names. */
const IBERIAN_NAME_LANGUAGES: ReadonlySet<string> = new Set(["es", "pt", "ca", "gl"]);

/**
 * The run opens with a word the article also writes in lower case, a common word, and no common given name ("Social
 * Security", "Infectious Diseases", "Big Tech"); given names that are words ("Bill Mott", "Joy Reid") are listed.
 */
function opensWithCommonWord(tokens: readonly Token[], idx: readonly number[], ctx: MatchContext): boolean {
  const first = tokens[idx[0]!]!;
  return ctx.lowerWords.has(first.key) && !isCommonGivenNameToken(first) && !NAME_PARTICLES.has(first.key);
}


function afterArticle(tokens: readonly Token[], k: number, lang: string): boolean {
  const before = tokens[k - 1];
  return before !== undefined && ARTICLES_BEFORE_NO_NAME[lang]?.has(before.key) === true && spaceGap(tokens[k]!.gap);
}

/** Languages setting a role's complement after it with neither preposition nor case: Vietnamese, Indonesian, Malay, Tagalog. */
const BARE_COMPLEMENT_LANGUAGES: ReadonlySet<string> = new Set(["vi", "id", "ms", "tl"]);

/** Genitive endings of the nouns a role heads, in the declining languages that write no article before them. */
const ROLE_GENITIVE_ENDINGS: Readonly<Record<string, RegExp>> = {
  ru: /[аяыи]$/, be: /[аяыіу]$/, uk: /[аяуюиії]$/,
  pl: /[ayi]$/, cs: /[ayei]$/, sk: /[ayei]$/, sl: /[ae]$/, hr: /[ae]$/, bs: /[ae]$/, sr: /[aeае]$/,
};
/** Letters below which a word may be one syllable of a name written in three (Korean "Ли Чжэ Мён", "Пак Кын Хе"). */
const MIN_HEADED_GENITIVE_LETTERS = 5;
const PATRONYMIC_RE = /(?:ович|евич|ьич|овна|евна|ична|инична|ич)$/;
const FEMININE_NAME_RE = /[аяa]$/;

/** `first`, before the word `second`, is a noun in the genitive after a role: not a given name (keys are folded). */
function headedGenitive(first: string, second: string, lang: string): boolean {
  const endings = ROLE_GENITIVE_ENDINGS[lang];
  if (endings === undefined || first.length < MIN_HEADED_GENITIVE_LETTERS || !endings.test(first)) return false;
  if (PATRONYMIC_RE.test(second)) return false;
  return !(FEMININE_NAME_RE.test(first) && FEMININE_NAME_RE.test(second));
}

/** Words a city name runs to, at most, looking back from one of its tokens. */
const MAX_CITY_WORDS = 4;

/** Token `k` lies in a city name found at it or a few tokens before ("Jerusalem" in "East Jerusalem"). */
function insideCity(k: number, cityAt: ReadonlyMap<number, GazMatch>): boolean {
  for (let d = 0; d < MAX_CITY_WORDS && d <= k; d++) if ((cityAt.get(k - d)?.j ?? 0) > k) return true;
  return false;
}

/** Every token of the run lies in a city name found at one of its tokens. */
function coveredByCities(idx: readonly number[], cityAt: ReadonlyMap<number, GazMatch>): boolean {
  let coveredTo = -1;
  for (const k of idx) {
    const city = cityAt.get(k);
    if (city !== undefined) coveredTo = Math.max(coveredTo, city.j);
    if (k >= coveredTo) return false;
  }
  return true;
}

/**
 * "Președintele Bundesbank, Joachim Nagel, a susținut": a word between a role and a full name set off by commas is
 * what the role heads; the name between the commas holds it.
 */
function beforeAppositiveName(tokens: readonly Token[], to: number, local: LocalLexicon): boolean {
  const given = tokens[to];
  const surname = tokens[to + 1];
  const after = tokens[to + 2];
  if (given === undefined || surname === undefined || !/^,[ \u00a0]+$/.test(given.gap) || !spaceGap(surname.gap)) return false;
  // Closed by a comma before the verb: not a list of people ("President Biden, Donald Trump and Kamala Harris").
  if (after === undefined || !/^,[ \u00a0]+$/.test(after.gap) || after.cap) return false;
  return [given, surname].every((t) => nameLike(t, false, local) && !isRole(t.key, local) && !isHonorific(t.key, local));
}

/**
 * "Премьер Госсовета КНР Ли Цян": a long word in the genitive after a role, then (past an acronym) a full name, is what
 * the role heads, in the declining languages (`headedGenitive`).
 */
function genitiveBeforeName(tokens: readonly Token[], k: number, lang: string, local: LocalLexicon): boolean {
  let next = k + 1;
  if (tokens[next]?.upper === true && spaceGap(tokens[next]!.gap)) next++;
  const [given, surname] = [tokens[next], tokens[next + 1]];
  if (given === undefined || surname === undefined || !spaceGap(given.gap) || !spaceGap(surname.gap)) return false;
  if (![given, surname].every((t) => nameLike(t, false, local) && !isRole(t.key, local))) return false;
  return headedGenitive(tokens[k]!.key, given.key, lang);
}

/** "30 Prozent", "3 Millionen": a word a number counts is a unit, whatever role stands a few words before. */
function countedByNumber(tokens: readonly Token[], k: number): boolean {
  return k > 0 && /\p{N}$/u.test(tokens[k - 1]!.text) && spaceGap(tokens[k]!.gap);
}

/**
 * Prepositions fused with the article, and preposition-article pairs, that make the next name a complement ("of the",
 * "del", "de la", "della", "du", "do"): a person's name takes none of them, an institution's or a place's does. The bare
 * preposition ("de", "von", "van") and Portuguese "da" are left out: they also open surnames ("le général de Gaulle",
 * "da Silva").
 */
const GENITIVES: Readonly<Record<string, { fused: ReadonlySet<string>; pairs: ReadonlySet<string> }>> = {
  en: { fused: new Set(), pairs: new Set(["of the"]) },
  es: { fused: new Set(["del"]), pairs: new Set(["de la", "de las", "de los"]) },
  ca: { fused: new Set(["del", "dels"]), pairs: new Set(["de la", "de les", "de l"]) },
  pt: { fused: new Set(["do", "dos", "das"]), pairs: new Set() },
  it: { fused: new Set(["del", "dello", "della", "dei", "degli", "delle", "dell"]), pairs: new Set() },
  fr: { fused: new Set(["du", "des"]), pairs: new Set(["de la", "de l"]) },
  // Romanian's genitive article ("directorul general al Organizației Mondiale a Sănătății").
  ro: { fused: new Set(["al", "a", "ai", "ale"]), pairs: new Set() },
};

/** Token `k` follows one of the language's genitives, over spaces (an elided "l'" over its apostrophe). */
function afterGenitive(tokens: readonly Token[], k: number, lang: string): boolean {
  const g = GENITIVES[lang];
  const one = tokens[k - 1];
  if (g === undefined || one === undefined || one.cap || !/^[ \u00a0'’]+$/.test(tokens[k]!.gap)) return false;
  if (g.fused.has(one.key)) return true;
  const two = tokens[k - 2];
  return two !== undefined && !two.cap && spaceGap(one.gap) && g.pairs.has(`${two.key} ${one.key}`);
}

/** Languages writing a case ending after an apostrophe on a name (Turkish "Kiev'e", Azerbaijani "Bakı'ya"). */
const APOSTROPHE_CASE_LANGUAGES: ReadonlySet<string> = new Set(["tr", "az"]);

/** "un porte-parole de BNP Paribas": a word right after an acronym is the rest of the organisation's name. */
function afterAcronym(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before !== undefined && before.upper && before.text.length >= MIN_ACRONYM_LETTERS && spaceGap(tokens[k]!.gap);
}

/** Letters of an acronym that opens an organisation's name: two are a person's initials as often ("JK Shin"). */
const MIN_ACRONYM_LETTERS = 3;

/**
 * "une porte-parole de Natixis", "le directeur général de Calyon": a single word right after the role's own "of" is
 * whose the role is, not who holds it, where the article also writes the word alone. Not so where it always has its
 * particle ("le général de Gaulle").
 */
function afterOf(tokens: readonly Token[], k: number, lang: string, local: LocalLexicon): boolean {
  const words = OF_WORDS[lang];
  const isOf = (t: Token | undefined, next: Token) => t !== undefined && !t.cap && words?.has(t.key) === true && /^[ \u00a0'’]+$/.test(next.gap);
  if (!isOf(tokens[k - 1], tokens[k]!)) return false;
  // The "of" is the role's own, right after it ("directeur général de Calyon"): "la première victoire d'Armstrong"
  // has a role word further back (première, the premier) that is no role there.
  if (k < 2 || !isRoleAt(tokens, k - 2, local)) return false;
  // Written elsewhere without its "of", the word is a name of its own ("Natixis a accusé une perte"); always with it,
  // the particle is the name's.
  const key = tokens[k]!.key;
  return tokens.some((t, j) => j !== k && t.key === key && words!.has(tokens[j - 1]?.key ?? "") !== true);
}

/**
 * "ministro de Economía", "Secretario de Seguridad", "ministro di Grazia e Giustizia": in Spanish, Catalan, Portuguese and
 * Italian a role's bare "of" opens what the role is of, its portfolio or body, as the genitive article does
 * (`afterGenitive`); who holds it follows in apposition ("el ministro de Economía, Luis Caputo").
 */
function afterRolesOf(tokens: readonly Token[], k: number, lang: string, local: LocalLexicon): boolean {
  if (!ROLES_OF_LANGUAGES.has(lang) || k < 2) return false;
  const of = tokens[k - 1]!;
  return !of.cap && OF_WORDS[lang]?.has(of.key) === true && spaceGap(tokens[k]!.gap) && spaceGap(of.gap) && isRoleAt(tokens, k - 2, local);
}

/**
 * "Sistema Provincial de Manejo", "Banco de Comercio": a single word right after a capitalised word and "of" ends that
 * name, whatever role stood before it. A name's own particle follows a given name, in the same run ("Luis de Guindos").
 */
function endsNameOf(tokens: readonly Token[], k: number, lang: string, local: LocalLexicon): boolean {
  const of = tokens[k - 1];
  const head = tokens[k - 2];
  if (of === undefined || head === undefined || of.cap || !head.cap || !spaceGap(of.gap) || !spaceGap(tokens[k]!.gap)) return false;
  const ofWord = OF_WORDS[lang]?.has(of.key) === true || GENITIVES[lang]?.fused.has(of.key) === true;
  return ofWord && !isRoleAt(tokens, k - 2, local) && !honorificAt(head, local) && !isCommonGivenNameToken(head);
}

const OF_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["de", "d"]), es: new Set(["de"]), ca: new Set(["de"]), pt: new Set(["de"]), it: new Set(["di"]), en: new Set(["of"]),
};

/** "Instituto Antártico", "Universidad Complutense": a word right after an organisation's head noun is its name's, whatever role stands before. */
function afterOrganisationHead(tokens: readonly Token[], k: number, institutions: ReadonlySet<string>): boolean {
  const head = tokens[k - 1];
  return head !== undefined && head.cap && spaceGap(tokens[k]!.gap) && (ORG_HEAD_KEYS.has(head.key) || institutions.has(head.key));
}

/**
 * What the role search needs of the gazetteer's matches: where a country or nationality is named (`origin`, one word),
 * and the first word of each organisation named in several (`orgStartAt`, by its last word).
 */
interface RoleScan {
  origin: ReadonlySet<number>;
  orgStartAt: ReadonlyMap<number, number>;
}

/**
 * "le président X", "son homologue allemand, X", "Bundeskanzlerin X": a role a few words before, in one clause, after
 * `personEnd`. An organisation's name between counts as one word ("Tổng Giám đốc Tổ chức Y tế Thế giới Tedros …", the
 * director-general of the World Health Organization).
 */
function roleBefore(
  tokens: readonly Token[], from: number, single: boolean, personEnd: number, local: LocalLexicon, lang: string, scan: RoleScan,
): boolean {
  let apposition = false;
  // A full name may take a role from before the person right before it when a list goes on between them ("Foreign
  // ministers Sergei Lavrov and Wang Yi", "l'ancien Premier ministre Alain Juppé, l'ancien mannequin Inès de la
  // Fressange"); after a verb the role was that person's ("reżyser Pedro Almodóvar zdobył w sobotę Złotego Lwa").
  const stop = single || (personEnd > 0 && personEnd < from && !listGoesOn(tokens[personEnd]!)) ? personEnd : 0;
  // English sets a role right before the single name it gives ("Sen. Scott", "President Biden"), or before its initials
  // ("CEO JK Shin"); further back, a single capitalised word is a quote's or a list's ("the sheriff's office … they said, 'Oh").
  let windowStart = from - ROLE_WINDOW;
  if (single && lang === "en") windowStart = from - 1 - (tokens[from - 1]?.upper === true && tokens[from - 1]!.text.length <= 3 ? 1 : 0);
  for (let k = from - 1; k >= 0 && k >= windowStart && k >= stop; k--) {
    const t = tokens[k]!;
    const orgStart = scan.orgStartAt.get(k);
    if (orgStart !== undefined) windowStart -= k - orgStart;
    // Its full stop is an abbreviation's ("prof. X"); on another line it is a unit or a list's word ("125 mm ⏎ Steuerrohr").
    if (honorificAt(t, local) && k === from - 1 && /^\.?[ \u00a0]+$/.test(tokens[from]!.gap)) return true;
    // A sentence end between the role and the name ("… prezydenta. Chce wiedzieć"), or a line break (a title
    // without a full stop, "Voters head to the polls" above "Danes voted"): the role is not the name's.
    // A colon may label a name ("Autor: Zbigniew Kopeć"), but ends the clause for roles further back.
    if ((k === from - 1 ? /[.!?;()\n]/ : /[.!?;:()\n]/).test(tokens[k + 1]!.gap)) return false;
    if (isRoleAt(tokens, k, local) && roleReaches(tokens, k, from, local, lang, scan)) return true;
    apposition ||= tokens[k + 1]!.gap.includes(",");
    // German sets a role right before its holder ("Bundeskanzler Olaf Scholz"); a lower-case word between is a
    // preposition, a verb or a genitive's article, and the capitalised noun after it a common one or what the role heads
    // ("Ministerin für Wissenschaft", "Der Autor will … unters Volk bringen", "Präsidentin des Deutschen Vereins"). A full
    // name may follow an article ("Chef der Deutschen Bank Christian Sewing"), a comma ("die Premierministerin von
    // Barbados, Mia Mottley"), "und" or "wie" ("Theoretiker wie Giorgio Agamben"); a single word there is a list's next
    // noun ("Sänger und Regisseur").
    if (lang === "de" && !t.cap && t.key.charCodeAt(0) < 0x250 && (single || (!apposition && !GERMAN_BETWEEN.has(t.key)))) return false;
    // The Romance languages set an adjective between a role and its single name ("el presidente francés Macron"); a
    // preposition, article or conjunction there opens what the role is of or for ("abogado para la Liga", "del Fiscal y el
    // Delito"), unless a comma sets the name in apposition ("el ministro de Economía, Caputo").
    // The role's own "of" right before the name is `afterOf`'s to judge ("le général de Gaulle").
    const rolesOwnOf = k === from - 1 && OF_WORDS[lang]?.has(t.key) === true && k > 0 && isRoleAt(tokens, k - 1, local);
    if (single && !apposition && !t.cap && !rolesOwnOf && ROMANCE_BETWEEN[lang]?.has(t.key) === true) return false;
  }
  return false;
}


const GERMAN_BETWEEN: ReadonlySet<string> = new Set(["der", "des", "dem", "den", "die", "und", "wie"]);

/**
 * Nouns of institutions, as Slavic languages write them in lower case after the adjectives of the name they end
 * ("Světové zdravotnické organizace", "Световната здравна организация", "Europejskiego Banku …" is capitalised and
 * not here): a single capitalised word they follow within two lower-case words opens that name, no person.
 */
const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  `organizace organizácia organizácie organizacja organizacji organizacija organizacije организация организации організація
  організації организација организације организацията banka banky банк банка банку univerzita univerzity uniwersytet
  uniwersytetu университет университета університет університету agentura agentury agencja agencji агентство агентства
  komise komisia komisja komisji комиссия комиссии комісія комісії unie únie unia unii союз союза fond fondu fundusz funduszu
  фонд фонда фонду ministerstvo ministerstva ministerstwo ministerstwa министерство министерства міністерство міністерства`
    .split(/\s+/).map(foldToken),
);

/**
 * English nouns heading a body's name after its modifiers ("Justice Department", "Ethics Committee", "City Council",
 * "Premier League", "Metropolitan Police"), beyond the organisations' and things' heads.
 */
const BODY_HEADS: ReadonlySet<string> = new Set("department committee council government league police administration office agency service services".split(" "));

function opensInstitutionName(tokens: readonly Token[], to: number): boolean {
  for (let k = to; k < to + 2 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cap || !spaceGap(t.gap)) return false;
    if (INSTITUTION_NOUNS.has(t.key)) return true;
  }
  return false;
}

/** Hungarian endings of the possessive a role takes after its holder's office ("elnöke", its president; "főigazgatója"). */
const HUNGARIAN_POSSESSIVE_RE = /^(.{3,}?)(?:ja|je|a|e)$/;

/** A Hungarian role in the possessive right after `to`, set apart by spaces only: the words before it hold the office. */
function possessiveRoleAt(tokens: readonly Token[], to: number, local: LocalLexicon): boolean {
  const t = tokens[to];
  if (t === undefined || !spaceGap(t.gap) || !isRoleAt(tokens, to, local)) return false;
  return hungarianPossessive(t.key, local);
}

/**
 * A Hungarian role in the possessive ("főigazgatója", its director-general) belongs to the words before it; after it
 * a name follows only across a comma ("a WHO főigazgatója, Tedros …"), not further on ("főigazgatója szerdán Genfben").
 */
function hungarianPossessive(key: string, local: LocalLexicon): boolean {
  const stem = HUNGARIAN_POSSESSIVE_RE.exec(key)?.[1];
  return stem !== undefined && isRole(stem, local);
}

/**
 * Whether the role at `k` reaches a name at `from`: an office does across the window, an expert only close by
 * (`expertNamed`), a Hungarian role in the possessive only across the comma right after it (`hungarianPossessive`).
 */
function roleReaches(tokens: readonly Token[], k: number, from: number, local: LocalLexicon, lang: string, scan: RoleScan): boolean {
  const key = tokens[k]!.key;
  if (EXPERTS.has(key) && !expertNamed(tokens, k, from, scan.origin)) return false;
  return !(lang === "hu" && hungarianPossessive(key, local)) || (k === from - 1 && tokens[from]!.gap.includes(","));
}

/**
 * An expert at `k` is named at `from` right after the word, or across where the expert is from: a nationality or a
 * country, after one small word ("l'expert nigérian Dimie Ogoina", "pakar asal Nigeria Dimie Ogoina", "mtaalamu wa
 * Nigeria …"). An office reaches further; an expert's word further back is a common noun's.
 */
function expertNamed(tokens: readonly Token[], k: number, from: number, origin: ReadonlySet<number>): boolean {
  if (k === from - 1) return true;
  if (!origin.has(from - 1)) return false;
  return k === from - 2 || (k === from - 3 && !tokens[from - 2]!.cap && !tokens[from - 2]!.caseless);
}

/**
 * Articles before a word of nationality that make it a noun, per language: "le Nigérian", "el nigeriano", "dal nigeriano"
 * (da + il), "o nigeriano", "the Nigerian". After an article it names the person who follows; after a noun it is that
 * noun's adjective ("le groupe américain General Electric"), which says nothing of what follows.
 */
const NATIONALITY_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    fr: "le la l les du des au aux", es: "el la los las del al", it: "il lo la l i gli le del dello della dal dallo dalla al allo alla",
    pt: "o a os as do da dos das pelo pela ao", ca: "el la l els les del al", en: "the", nl: "de het", hu: "a az",
    el: "ο η οι τον την του της των το",
  }).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);

/** A word of nationality right before `from`, after an article: a noun naming the person at `from`. */
function nationalityNounBefore(tokens: readonly Token[], from: number, nationality: ReadonlySet<number>, lang: string): boolean {
  const article = tokens[from - 2];
  return from >= 2 && nationality.has(from - 1) && article !== undefined && NATIONALITY_ARTICLES[lang]?.has(article.key) === true &&
    spaceGap(tokens[from]!.gap) && /^['’ \u00a0]+$/.test(tokens[from - 1]!.gap);
}

/** The particles of names that mean "of" ("di Monaco", "de Paris", "von Berlin"). */
const OF_PARTICLES: ReadonlySet<string> = new Set(["de", "di", "da", "del", "della", "des", "du", "do", "dos", "das", "von", "van"]);
/** A city this large after "of" in a run names a place's or a body's name, not a person's family. */
const OF_CITY_MIN_POPULATION = 500_000;

function largeCityAt(cityAt: ReadonlyMap<number, GazMatch>, k: number): boolean {
  const entry = cityAt.get(k)?.entry;
  return entry?.kind === "city" && entry.city.population >= OF_CITY_MIN_POPULATION;
}

/** Words that open a sports club's name before its city, in the languages that so name clubs; never a given name. */
const CLUB_WORDS: ReadonlySet<string> = new Set(
  "real inter bayern olympique olympiakos atletico athletic sporting dynamo dinamo lokomotiv spartak borussia eintracht racing deportivo fc cf sc ac fk sk nk".split(" "),
);

/** Conjunctions that carry a list of people on: "and" in the languages news is written in. */
const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set([
  "and", "et", "und", "y", "e", "i", "a", "en", "og", "och", "ja", "es", "si", "ve", "va", "oraz", "и", "і", "та", "και", "و", "ו",
]);

/**
 * Verbs of meeting, whose object is another person ("Ulf Kristersson träffade Olaf Scholz", "Orbán Viktor
 * miniszterelnök fogadta Robert Ficót"): the sentence names people on, as a list does.
 */
const MEETING_VERBS: ReadonlySet<string> = new Set(
  `met meets received receives hosted hosts welcomed welcomes visited rencontre rencontrait recu recoit accueilli accueille
  traf trifft empfing empfangt besuchte recibio recibe reunio incontrato incontra ricevuto riceve recebeu recebe encontrou
  ontving ontvangt ontmoette trof traffade motte tog modte tapasi fogadta fogadja talalkozott spotkal przyjal przyjmuje
  prijal setkal sastao primio primil srecal kabul gorustu gap tiep`.split(/\s+/).filter(Boolean).map(foldToken),
);

/** The word after a person carries a list on: a comma or possessive before it, "and", or a verb of meeting. */
function listGoesOn(next: Token): boolean {
  return /[,'’]/.test(next.gap) || LIST_CONJUNCTIONS.has(next.key) || MEETING_VERBS.has(next.key);
}

/** "In" before a place, per language (not "to", which a person takes too: "à Macron", "a Meloni"), folded as token keys are. */
const IN_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: "in", de: "in im", es: "en", pt: "em", it: "in", nl: "in", sv: "i", da: "i", no: "i", nb: "i", pl: "w we", cs: "v ve",
    sk: "v vo", hr: "u", sr: "u у", bs: "u у", sl: "v", ro: "în la", el: "στο στη στην σε", id: "di", ms: "di", vi: "ở tại",
    ru: "в во", uk: "в у", be: "ў у", bg: "в във",
  }).map(([lang, words]) => [lang, new Set(words.split(" ").map(foldToken))]),
);

/**
 * A single word right after "in" is where, not who ("Ο υπουργός πήγε στο Παλέρμο", the minister went to Palermo): a
 * role a few words back cues no person there.
 */
function afterIn(tokens: readonly Token[], k: number, lang: string): boolean {
  const before = tokens[k - 1];
  return before !== undefined && spaceGap(tokens[k]!.gap) && IN_WORDS[lang]?.has(before.key) === true;
}

/**
 * "Olaf Scholz, chancelier allemand", "Pedro Sánchez, Spanish prime minister": a role right after a comma.
 * Hungarian sets the role after the name with no comma, an adjective between ("Vlagyimir Putyin orosz elnök").
 */
function appositive(tokens: readonly Token[], to: number, lang: string, local: LocalLexicon): boolean {
  const next = tokens[to];
  if (next === undefined) return false;
  const window = /^\s*,\s*$/.test(next.gap) ? ROLE_WINDOW : ROLE_AFTER_NAME_LANGUAGES.has(lang) && spaceGap(next.gap) ? ROLE_AFTER_WINDOW : 0;
  for (let k = to; k < tokens.length && k < to + window; k++) {
    if (k > to && /[.!?;:,()]/.test(tokens[k]!.gap)) return false;
    if (isRoleAt(tokens, k, local)) return true;
  }
  return false;
}

/** The token after a role set right after the name ending at `end` (an adjective may come between), or `end`. */
function roleAfterEnd(tokens: readonly Token[], end: number, local: LocalLexicon): number {
  for (let k = end; k < tokens.length && k < end + ROLE_AFTER_WINDOW; k++) {
    if (!spaceGap(tokens[k]!.gap)) break;
    if (isRoleAt(tokens, k, local)) return k + 1;
  }
  return end;
}

function verbNear(tokens: readonly Token[], from: number, to: number, local: LocalLexicon): boolean {
  for (let k = to; k < tokens.length && k < to + VERB_WINDOW; k++) {
    if (/[.!?;:()]/.test(tokens[k]!.gap)) break;
    if (isReporting(tokens[k]!.key, local)) return true;
  }
  for (let k = from - 1; k >= 0 && k >= from - VERB_WINDOW; k--) {
    if (/[.!?;:()]/.test(tokens[k + 1]!.gap)) break;
    if (isReporting(tokens[k]!.key, local)) return true;
  }
  return false;
}

/** A word's key as a surname alone meets it: an Arabic article left out ("al-Sisi", "el-Sisi" and "Sisi" are one). */
function surnameWordKey(t: Token): string {
  return t.multiWord && ARABIC_ARTICLE_RE.test(t.text) ? t.key.slice(t.key.indexOf(" ") + 1) : t.key;
}

/**
 * One key per person within the article: surname-only and initial forms ("M. Scholz", "O. Scholz") take the
 * key of the single full name they fit; bare mentions of a full name's surname elsewhere are added.
 */
function mergeVariants(
  tokens: readonly Token[], found: readonly Found[], blocked: Uint8Array, lang: string,
): PersonMention[] {
  const declines = DECLINING_LANGUAGES.has(lang);
  const text = (ks: readonly number[]) => {
    const a = tokens[ks[0]!]!;
    const b = tokens[ks[ks.length - 1]!]!;
    return { start: a.start, end: b.end };
  };
  // A surname written with its particles alone ("Le Pen", "De Bruyne"), not a given name: the surname alone.
  const particleSurname = (ks: readonly number[]) => ks.length >= 2 && ks.every((k, n) => n === ks.length - 1 || writtenAs(tokens[k]!, SURNAME_OPENERS));
  const isFull = (ks: readonly number[]) => ks.length >= 2 && tokens[ks[0]!]!.text.length > 1 && !particleSurname(ks);
  const endings = NAME_CASE_ENDINGS[lang];
  const caseForms = endings === undefined ? null : caseFormStems(tokens, found, endings);
  const wordAt = (k: number) => caseForms?.get(k) ?? tokens[k]!.text;
  // Where names decline, the surname's ending is read first where it says the case alone ("Сергеем Лавровым").
  // Hungarian writes the family name first: keyed given name first (name-order.ts).
  const surnameCase = SURNAME_CASE_AFTER_SLAVIC_ENDING[lang];
  const lastWord = (k: number) => (declines ? nominativeSurname(tokens[k]!.text) : surnameCase !== undefined ? tokens[k]!.text.replace(surnameCase, "$1") : wordAt(k));
  const keys = found.map((f) =>
    personKey(keyOrder(f.tokens.map((k, n) => (n === f.tokens.length - 1 ? lastWord(k) : wordAt(k))), lang).join(" ")));
  const canonical = declines
    ? nominativeKeys(found.flatMap((f, i) => (isFull(f.tokens) ? [{ key: keys[i]!, surname: tokens[f.tokens[f.tokens.length - 1]!]!.text }] : [])))
    : null;
  // Word of a full name → its key; a word two different people share maps to nothing. Where names decline, the
  // word's stem too ("Dudy", "Dudą" → the key of "Andrzej Duda").
  const byWord = new Map<string, string | null>();
  const byStem = new Map<string, string | null>();
  const fullKeys = new Set<string>();
  const remember = (map: Map<string, string | null>, w: string, key: string) => {
    const prev = map.get(w);
    map.set(w, prev === undefined || prev === key ? key : null);
  };
  for (const [i, f] of found.entries()) {
    if (!isFull(f.tokens)) continue;
    const key = canonical?.get(keys[i]!) ?? keys[i]!;
    fullKeys.add(key);
    for (const k of f.tokens) {
      remember(byWord, surnameWordKey(tokens[k]!), key);
      if (declines) remember(byStem, wordStem(tokens[k]!.text), key);
    }
  }
  // A bare case form of a full name's word ("Putins", "Scholzille") is that name's.
  const byCaseStem = (key: string) => {
    const stem = endings === undefined ? null : caseStem(key, endings, (s) => byWord.has(s));
    return stem === null ? undefined : byWord.get(stem);
  };
  const bySurname = (t: Token) => byWord.get(surnameWordKey(t)) ?? (declines ? byStem.get(wordStem(t.text)) : byCaseStem(t.key));
  // Initial key ("w-i") → the one full key it fits ("wa-i"), null when several do: one lookup per mention.
  const byInitial = new Map<string, string | null>();
  for (const k of fullKeys) {
    const dash = k.indexOf("-");
    if (dash < 1) continue;
    const initial = k[0] + k.slice(dash);
    byInitial.set(initial, byInitial.has(initial) ? null : k);
  }
  const out: PersonMention[] = [];
  const covered = new Set<number>();
  for (const [i, f] of found.entries()) {
    // Shown with its suffix ("Robert F. Kennedy Jr."), keyed and matched by its name's words.
    const shown = f.suffix === undefined ? f.tokens : [...f.tokens, f.suffix];
    const span = text(shown);
    let key = canonical?.get(keys[i]!) ?? keys[i]!;
    const full = isFull(f.tokens);
    // A surname alone takes the key of the one full name holding that word; an initial form
    // ("W. Yi") the key of the one full name with that initial and surname, or stays apart.
    if (!full && (f.tokens.length === 1 || particleSurname(f.tokens))) {
      const surname = tokens[f.tokens[f.tokens.length - 1]!]!;
      const viaWord = bySurname(surname);
      if (viaWord !== undefined && viaWord !== null) key = viaWord;
      else if (f.tokens.length > 1) key = personKey(lastWord(f.tokens[f.tokens.length - 1]!));
    } else if (!full) {
      const fit = byInitial.get(key);
      if (fit !== undefined && fit !== null) key = fit;
    }
    for (const k of shown) covered.add(k);
    out.push({ key, text: withParticles(tokens, shown), start: span.start, end: span.end, full });
  }
  // Bare surnames of people already found ("Scholz a noté", a surname in the title).
  for (let k = 0; byWord.size > 0 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.cap || t.upper || blocked[k] === 1 || covered.has(k)) continue;
    const key = bySurname(t);
    if (key === undefined || key === null) continue;
    out.push({ key, text: t.text, start: t.start, end: t.end, full: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
