import type { GazMatch } from "./gazetteer-match.js";
import { endsInPlaceCase, townAsAgent } from "./caseless-places.js";
import { CALENDAR_WORDS, HONORIFICS, REPORTING, ROLES } from "./lexicon.js";
import { fold, foldToken } from "./fold.js";
import { spellsListedGivenName } from "./given-names.js";
import { ARABIC_SCRIPT_GIVEN_NAMES_TEXT, CHINESE_SURNAMES, HEBREW_GIVEN_NAMES_TEXT, HINDI_GIVEN_NAMES_TEXT, CJK_ROLES_AFTER, CJK_ROLES_AFTER_KNOWN_NAMES, CJK_ROLES_BEFORE, KOREAN_SURNAMES, SCRIPT_FUNCTION_WORDS_TEXT, TRANSCRIPTION } from "./lexicon-scripts.js";
import { negativeWords } from "./lexicon-negative.js";
import { ARABIC_STOPWORDS, nameKey } from "./names.js";
import type { PersonMention } from "./people.js";
import { HANGUL_INITIAL, hangulWithInitial, personKey, romanise, soundSpelledKey } from "./person-key.js";
import { japaneseNameBefore, japaneseNameInChinese, soundsJapanese, type JapaneseName } from "./japanese-names.js";
import { isOwnWeekday } from "./event-date.js";
import { thaiPersonAt } from "./people-thai.js";
import { THAI_RE } from "./thai.js";
import { spaceGap, type Token } from "./tokens.js";
import { wordSegmenter } from "../text/char-class.js";

/**
 * People in scripts without capitals, where a name looks like any word: found next to a role or an
 * honorific, the one cue these languages give.
 *  - Arabic, Persian, Hebrew, Devanagari, Thai: a role ("وزير", "שר", "मंत्री") and its complements
 *    (words with the article, countries, demonyms: "وزير الخارجية الصيني"), then one to three words
 *    up to a function word, a verb of saying, a date word or punctuation;
 *  - Korean: the name stands before its role ("왕이 중국 외교부장은");
 *  - Chinese (and other Han text): after a role (外长王毅, 国务委员兼外长王毅), two or three Han characters;
 *    Japanese: before one (王毅外相), Han characters or a Katakana run.
 */
export function findCaselessPeople(doc: string, tokens: readonly Token[], gaz: readonly GazMatch[], lang: string, bodyStart = 0): PersonMention[] {
  if (!tokens.some((t) => t.caseless)) return [];
  const placeTokens = new Set<number>();
  for (const m of gaz) if (m.j === m.i + 1 && m.start === tokens[m.i]!.start && m.end === tokens[m.i]!.end && !townAsAgent(m, doc)) placeTokens.add(m.i);
  for (const m of gaz) for (let k = m.i; k < m.j; k++) if (m.j > m.i + 1) placeTokens.add(k);
  // Tokens a place of several words goes on after ("מקסיקו סיטי"): one complement of a role, not two.
  const placeGoesOn = new Set<number>();
  for (const m of gaz) for (let k = m.i; k + 1 < m.j; k++) placeGoesOn.add(k);
  const cityTokens = new Set<number>();
  // A city in a case of place ("லண்டனில்", in London) is no given name the city shares: not one here (see opensName).
  for (const m of gaz) if (m.entry.kind === "city" && m.j === m.i + 1 && placeTokens.has(m.i) && !endsInPlaceCase(tokens[m.i]!.text, lang)) cityTokens.add(m.i);
  // Where a country other than China's names ends inside a Han run ("印度总理莫迪", India's prime minister Modi).
  const foreignCountryEnds = new Set<number>();
  for (const m of gaz) if (m.entry.kind === "country" && !CHINESE_SPEAKING.has(m.entry.code)) foreignCountryEnds.add(m.end);
  // Places with a postposition written on ("도쿄서", "in Tokyo"): a word with a role in the sentence, no name.
  const placePlusParticle = new Set<number>();
  for (const m of gaz) if (m.j === m.i + 1 && m.start === tokens[m.i]!.start && m.end < tokens[m.i]!.end) placePlusParticle.add(m.i);
  const japan = new Set<number>();
  for (const m of gaz) if (m.j === m.i + 1 && (m.entry.kind === "country" || m.entry.kind === "demonym") && m.entry.code === "JP") japan.add(m.i);
  // Words that are a country's name or adjective and nothing more (no postposition written on).
  const countries = new Set<number>();
  const nationalities = new Set<number>();
  // Countries with a genitive written on ("ইতালির", Italy's; "இத்தாலியின்").
  const countriesOf = new Set<number>();
  for (const m of gaz) {
    if (m.j !== m.i + 1 || m.start !== tokens[m.i]!.start || m.end !== tokens[m.i]!.end) continue;
    if (m.entry.kind === "country") (GENITIVE_ENDINGS.get(lang)?.test(tokens[m.i]!.text) === true ? countriesOf : countries).add(m.i);
    else if (m.entry.kind === "demonym") nationalities.add(m.i);
  }
  // Korean countries with the genitive particle written on ("인도의", India's).
  const countryGenitive = new Set<number>();
  for (const m of gaz) if (m.entry.kind === "country" && m.j === m.i + 1 && m.start === tokens[m.i]!.start && m.end === tokens[m.i]!.end - 1 && tokens[m.i]!.text.endsWith("의")) countryGenitive.add(m.i);
  const out: Found[] = [];
  // People introduced by country or nationality whose surname the article names again, and those it names once: the
  // second kind is taken where the first is found, the article listing several alike ("भारत के नीरज चोपड़ा … पाकिस्तान के
  // अरशद नदीम", India's Neeraj Chopra … Pakistan's Arshad Nadeem), each closed by a number, a postposition or a case ending.
  let introduced = false;
  const parallel: Found[] = [];
  let wordCount: Map<string, number> | null = null;
  const counts = () => (wordCount ??= wordCounts(tokens));
  // The words of the text as written, no proclitic taken off (wordCounts counts "وأردوغان" for "أردوغان").
  let written: Set<string> | null = null;
  const writtenAlone = () => (written ??= new Set(tokens.filter((t) => t.caseless).map((t) => t.key)));
  if (UNSPACED_ANY_RE.test(doc)) {
    const bigPlaces = new Set<string>();
    for (const m of gaz) if (m.entry.kind === "country" || (m.entry.kind === "city" && (m.entry.city.featureCode === "PPLC" || m.entry.city.population >= BIG_CITY_POPULATION))) bigPlaces.add(`${m.start}:${m.end}`);
    foreignNames(doc, out, bigPlaces);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.caseless) continue;
    if (UNSPACED_RE.test(t.text)) {
      findInRun(t, lang, out, foreignCountryEnds);
      continue;
    }
    const thai = thaiPersonAt(tokens, i, gaz);
    if (thai !== null) {
      out.push(thai);
      i = thai.lastToken;
      continue;
    }
    if (HANGUL_RE.test(t.text)) {
      const p = koreanNameBeforeCountry(tokens, i, placeTokens, countries) ?? koreanBefore(tokens, i, placeTokens, placePlusParticle, japan) ?? koreanAfterCountryRole(tokens, i, countries, placeTokens);
      if (p !== null) out.push(p);
      else if (countryGenitive.has(i)) {
        const named = koreanAfterCountryGenitive(tokens, i, placeTokens);
        if (named?.confirmed === true) {
          out.push(named);
          introduced = true;
        } else if (named !== null) parallel.push(named);
      }
      continue;
    }
    if (GIVEN_NAME_LANGUAGES.has(lang)) {
      const named = nameFromGivenName(tokens, i, placeTokens, cityTokens, lang, counts);
      if (named !== null) {
        out.push(named);
        i = named.lastToken;
        continue;
      }
    }
    const ofCountry = nameAfterCountry(tokens, i, countries, countriesOf, placeTokens, lang);
    if (ofCountry?.confirmed === true) {
      out.push(ofCountry);
      introduced = true;
      i = ofCountry.lastToken;
      continue;
    }
    // Unconfirmed, it waits (`parallel`) and the words go on to the other readings.
    if (ofCountry !== null) parallel.push(ofCountry);
    const described = nameBeforeNationality(tokens, i, nationalities, placeTokens, lang);
    if (described !== null && !out.some((o) => o.start < described.end && described.start < o.end)) out.push(described);
    if (nationalityNoun(tokens, i, nationalities, lang)) {
      const p = nameAfter(tokens, i, placeTokens, cityTokens, lang, counts, placeGoesOn, writtenAlone);
      if (p !== null && p.full && namedAgain(tokens, p.lastToken, lang)) {
        out.push(p);
        introduced = true;
        i = p.lastToken;
      } else if (p !== null && p.full && p.lastToken === i + 2 && closedAfter(tokens, p.lastToken, lang)) parallel.push(p);
      continue;
    }
    if (!isCue(t.key)) continue;
    // A role set after its name describes that name: what follows it ("، دیدار کرد", met) is the sentence going on.
    const before = nameBeforeRole(tokens, i, placeTokens, cityTokens, lang, counts);
    if (before !== null) {
      if (!out.some((o) => o.start < before.end && before.start < o.end)) out.push(before);
      continue;
    }
    const p = nameAfter(tokens, i, placeTokens, cityTokens, lang, counts, placeGoesOn, writtenAlone);
    if (p !== null) {
      out.push(p);
      i = p.lastToken;
    }
  }
  if (introduced) for (const p of parallel) if (!out.some((o) => o.start < p.end && p.start < o.end)) out.push(p);
  if (HEADLINE_NAME_LANGUAGES.has(lang) && bodyStart > 0) {
    for (const p of headlineName(tokens, bodyStart, placeTokens, gaz, lang)) if (!out.some((o) => o.start < p.end && p.start < o.end)) out.push(p);
  }
  // A run of Han before or after a role that is a place is no name (中国外相, China's foreign minister).
  const placeSpans = new Set(gaz.map((m) => `${m.start}:${m.end}`));
  const named = out.filter((p) => doc.slice(p.start, p.end) === p.text && !(HAN_RE.test(p.text) && placeSpans.has(`${p.start}:${p.end}`)));
  return withFullNameKeys(named.map((p) => withoutCaseEnding(p, lang))).map(({ lastToken: _, parts: __, confirmed: ___, ...p }) => p);
}

/** Languages whose news opens a headline with the subject's name, and whose names no capital marks (`headlineName`). */
const HEADLINE_NAME_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "ur", "he"]);

/**
 * The two words that open the headline, when the text writes them again together and then the second alone: a news
 * headline opens with its subject, and the text names a person in full once, then by the surname ("بولا تينوبو يؤدي
 * اليمين …" headlining "أدى بولا تينوبو … وأعلن تينوبو", Bola Tinubu; "בולה טינובו הושבע …"). A foreign name of no
 * list, with no role beside it, is found so. A phrase the headline opens with and the text repeats whole ("حكومة
 * نظامية") is no name unless its last word stands alone again; words with the Arabic article are none.
 */
function headlineName(tokens: readonly Token[], bodyStart: number, places: ReadonlySet<number>, gaz: readonly GazMatch[], lang: string): Found[] {
  const [a, b] = [tokens[0], tokens[1]];
  if (a === undefined || b === undefined || b.end > bodyStart || !spaceGap(b.gap)) return [];
  // A given name a town shares opens it (بولا, Bola, is Pula in Croatia); not a country, nor a city a headline opens
  // with as the government it stands for ("موسكو تتهم", Moscow accuses).
  const town = gaz.find((m) => m.i === 0 && m.j === 1)?.entry;
  const townName = town?.kind === "city" && town.city.population < BIG_CITY_POPULATION;
  const nameAt = (k: number) => (!places.has(k) || (k === 0 && townName)) && nameWord(tokens[k]!, lang) && !isCue(tokens[k]!.key) && !FUNCTION_WORDS.has(tokens[k]!.key);
  if (!nameAt(0) || !nameAt(1)) return [];
  const found: Found[] = [mention(tokens, 0, 2)];
  let alone = false;
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < bodyStart) continue;
    if (t.key === a.key && tokens[k + 1]?.key === b.key && spaceGap(tokens[k + 1]!.gap)) {
      found.push(mention(tokens, k, k + 2));
      k++;
    } else if (t.key === b.key || (PROCLITIC_RE.test(t.key) && t.key.slice(1) === b.key)) alone = true;
  }
  return found.length >= 2 && alone ? found : [];
}

/**
 * Case endings written onto a name's last word, with what restores the word, in the languages whose news so write
 * foreign names (a name there ends in a vowel or, in Tamil, a consonant with its virama, so the endings are no part
 * of one): Bengali's object ending (রুটোকে, Ruto), Tamil's accusative, dative, genitive and "with" after a vowel's
 * glide or in place of a virama (ரூட்டோவை, ரூட்டோவுடன்; புதினுக்கு of புதின்), Telugu's dative, object and "with" (రూటోకు), and
 * Georgian's ergative, genitive and dative (რამაფოსამ, პუტინმა, პუტინის, რამაფოსას). Georgian writes a nominative
 * -ი on a name ending in a consonant, so a name never ends in -ს, nor in -მ after a vowel.
 */
const PERSON_CASE_ENDINGS: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  // Bengali's genitive after a consonant, -ের ("ইজাবেল হুপার্টের নেতৃত্বাধীন", led by Isabelle Huppert), which Bengali
  // spellings of a foreign -er do not end in (they write -ার: পিটার, হুপার্ট); -র after a vowel waits for a postposition.
  bn: [[/(?<=.{2})কে$/u, ""], [/(?<=.{2})ের$/u, ""]],
  // Not the genitive -இன் nor a consonant's accusative -ஐ: names end so (புடின், Putin; அண்ணாமலை).
  ta: [[/(?<=.{2})வ(?:ை|ுடன்|ுக்கு)$/u, ""], [/(?<=.{2})(?:ுடன்|ுக்கு)$/u, "\u0bcd"]],
  te: [[/(?<=.{2})(?:కు|ను|తో)$/u, ""]],
  ka: [[/(?<=.[^აეიოუ])მა$/u, ""], [/(?<=.[აეიოუ])მ$/u, ""], [/(?<=.{2})ის$/u, ""], [/(?<=.[აეიოუ])ს$/u, ""]],
  // Nepali's dative and ergative (मिलेईलाई, मेलोनीले), Gujarati's ergative and genitive (મેલોનીએ, મિલેઈનું): not the
  // genitives -को, -की, -ની, which names end in (जेलेन्स्की, મેલોની).
  ne: [[/(?<=.{2})(?:लाई|ले)$/u, ""]],
  // Marathi's ergative and dative (चोप्राने, चोप्राला), written onto the name as Nepali's are.
  mr: [[/(?<=.{2})(?:ने|ला)$/u, ""]],
  gu: [[/(?<=.{2})(?:એ|નું)$/u, ""]],
};

/**
 * Whether a name word carries one of its language's case endings (PERSON_CASE_ENDINGS): the name ends with it. Only
 * where no given name ends so (a Georgian given name may end in -ამ, William's უილიამ, as an ergative does).
 */
function caseEnded(word: string, lang: string): boolean {
  return CASE_ENDING_CLOSES.has(lang) && PERSON_CASE_ENDINGS[lang]!.some(([ending]) => ending.test(word));
}
const CASE_ENDING_CLOSES: ReadonlySet<string> = new Set(["ne", "gu"]);

/** A caseless name whose last word carries a case ending (PERSON_CASE_ENDINGS), keyed without it. */
function withoutCaseEnding(p: Found, lang: string): Found {
  const endings = PERSON_CASE_ENDINGS[lang];
  if (endings === undefined || p.key !== personKey(p.text)) return p;
  const space = p.text.lastIndexOf(" ");
  const last = p.text.slice(space + 1);
  for (const [ending, restore] of endings) {
    if (!ending.test(last)) continue;
    return { ...p, key: personKey(p.text.slice(0, space + 1) + last.replace(ending, restore)) };
  }
  return p;
}

/**
 * A one-word mention that is a word of one full name in the article takes that name's key: Korean names a Japanese
 * prime minister "기시다 후미오" once, then "기시다 총리는" (Prime Minister Kishida), which alone would read as a
 * Korean surname 기 and a given name.
 */
function withFullNameKeys(found: Found[]): Found[] {
  const byWord = new Map<string, string | null>();
  for (const p of found) {
    if (!p.full) continue;
    for (const w of p.parts ?? p.text.split(" ")) byWord.set(w, byWord.get(w) === undefined || byWord.get(w) === p.key ? p.key : null);
  }
  if (byWord.size === 0) return found;
  return found.map((p) => {
    const key = p.full || p.text.includes(" ") ? null : byWord.get(p.text);
    return key === undefined || key === null ? p : { ...p, key };
  });
}

/**
 * `parts`: the words of a name written without spaces (a Japanese full name's surname), for `withFullNameKeys`.
 * `confirmed`: a name after a country's genitive whose surname the article names again (`nameAfterCountry`,
 * `koreanAfterCountryGenitive`).
 */
type Found = PersonMention & { lastToken: number; parts?: readonly string[] | undefined; confirmed?: true };

/** Words of a name after a role, at most: a given name and a surname (a following word is mostly a verb), more through particles. */
const MAX_NAME_WORDS = 2;
/** "Son of", "daughter of" and "house of": inside a name, never its first word. */
const SON_OF: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "בן", "बिन"]);
/** "House of" (Arabic آل, folded ال; Hebrew אאל; Hindi अल), after which a ruler's name runs on. */
const HOUSE_OF: ReadonlySet<string> = new Set(["ال", "אאל", "अल"]);
/** Words that join name parts ("بن", "عبد", "أبو"): each lets the name run one word further. */
const JOINING = new Set([
  // ال is آل folded, "house of" (آل ثاني, Al Thani), as Hebrew אאל; فون دير is "von der"; Hindi बिन, अल are bin, al.
  "بن", "ابن", "بنت", "ال", "عبد", "ابو", "أبو", "אבו", "בן", "עבד", "אאל", "فون", "فان", "دير", "बिन", "अल",
  // Portuguese, Spanish and Italian "da", "de", "di" as these scripts write them ("لولا دا سيلفا", "लूला डा सिल्वा", "לולה דה סילבה").
  "دا", "دو", "دي", "डा", "दा", "डे", "दे", "डी", "דה", "דא", "די",
  // Bengali, Tamil and Georgian ("আলেক্সান্দ্রে দি মোরায়েস", Alexandre de Moraes). Not Georgian და, which is "and".
  "দি", "দা", "ডি", "ডা", "দে", "ডে", "டி", "டா", "டெ", "დე", "დი",
]);
/** Complement words between a role and the name ("الخارجية الصيني", "החוץ של סין"), at most. */
const MAX_COMPLEMENTS = 4;
const UNSPACED_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL_RE = /^\p{Script=Hangul}/u;
/** The definite article written onto a word (Arabic ال, Hebrew ה): complements of a role, not names. */
const ARTICLE_RE = /^(?:[وبلفك]?ال|لل|ה)/; // لل: the article after ل ("للأمم", for the nations)
/**
 * A word opening with the article, as its key reads (folded, أ is ا). Not where it is written with a hamza: "ألكسندر"
 * (Alexandre), "ألبرتو" are foreign names that begin with al-, no article.
 */
function withArticle(t: Token): boolean {
  return ARTICLE_RE.test(t.key) && !/^[وبلفك]?[أإآ]ل/u.test(t.text);
}
/** One-letter proclitics (and, with, for …) before a role word: "بنظيره" is "with his counterpart". */
const PROCLITIC_RE = /^[وبلفكה]/;
/** "Of" between a role and its complement (Hebrew "שר החוץ של סין"). */
const OF_WORDS: ReadonlySet<string> = new Set(["של", "باسم"]); // Arabic "المتحدث باسم" is "speaking in the name of"
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...ARABIC_STOPWORDS, ...SCRIPT_FUNCTION_WORDS_TEXT.split(/\s+/).filter(Boolean)].map(foldToken));

function isCue(key: string): boolean {
  if (ROLES.has(key) || HONORIFICS.has(key)) return true;
  return PROCLITIC_RE.test(key) && key.length > 3 && (ROLES.has(key.slice(1)) || HONORIFICS.has(key.slice(1)));
}

/**
 * Arabic role nouns that end a name ("محمود مدير", Mahmoud, director of …) but open none: their complements run on
 * without the article ("مدير أمن سوهاج", director of security of Sohag), which would read as a name after a role.
 */
const ROLES_ENDING_NAMES: ReadonlySet<string> = new Set(
  ["مدير", "مديرة", "مساعد", "مساعدة", "نائب", "محافظ", "قائد", "المدير", "المديرة", "المساعد", "النائب", "المحافظ", "القائد"].map(fold),
);

function stopsName(t: Token): boolean {
  return FUNCTION_WORDS.has(t.key) || ROLES_ENDING_NAMES.has(t.key) || CALENDAR_WORDS.has(t.key) || REPORTING.has(t.key) || isCue(t.key) || /\p{N}/u.test(t.text) ||
    ARABIC_POSSESSED_RE.test(t.text) || ARABIC_PLURAL_POSSESSED_RE.test(t.text);
}

/**
 * An Arabic verb's imperfect: the prefix of the third person masculine (ي) before a root of three letters or more. Not
 * the feminine ت, which opens as many foreign surnames (ترامب, توسك, تويودا).
 */
const ARABIC_IMPERFECT_RE = /^ي\p{Script=Arabic}{3,}$/u;

/**
 * An Arabic noun in -a with a possessive pronoun written on ("إصابتها", her illness; "زيارتهم", their visit): no name
 * takes one (a name in -ta ends in ة, or in ته as شحاته, which is left alone).
 */
const ARABIC_POSSESSED_RE = /\p{Script=Arabic}{2}ت(?:ها|هم|هما|هن|نا|كم)$/u;
/**
 * A plural in -āt with "his" written on ("تصريحاته", his statements; "قراراته"): four letters of stem at least, where
 * a name in -āta keeps a short one (شحاته).
 */
const ARABIC_PLURAL_POSSESSED_RE = /\p{Script=Arabic}{4}اته$/u;

/**
 * An Arabic noun with the preposition li- or bi- written on ("لبرنامج", for the programme; "بفرض", by imposing) where
 * the text writes the noun alone too: a role's complement ("المتحدث الرسمي لبرنامج …", the programme's spokesman), no
 * name. A name opening with those letters (ليلى, بشار, لافروف) is not written without them.
 */
function prepositionOnNoun(t: Token, writtenAlone: () => ReadonlySet<string>): boolean {
  return t.key.length > 3 && /^[لب]/.test(t.key) && writtenAlone().has(t.key.slice(1));
}

const PREPOSITION_NOUN_PRONOUN_RE = /^[وبلك]\p{Script=Arabic}{3,}(?:ه|ها|هم)$/u;

/**
 * Whether a role noun is in the construct state, the noun after it its complement: an Arabic role without the article
 * ("رئيس أركان الجيش", chief of the army's staff; "رئيس هيئة النقل", head of the transport authority), a title aside.
 */
function inConstruct(role: Token, lang: string): boolean {
  if (lang !== "ar" || withArticle(role)) return false;
  const bare = PROCLITIC_RE.test(role.key) && !ROLES.has(role.key) ? role.key.slice(1) : role.key;
  return ROLES.has(bare) && !HONORIFICS.has(bare);
}

/**
 * A role's complements are countries, demonyms, cities and words with the article ("وزير الخارجية الصيني",
 * "עמדת לונדון"); a city without the article followed by one name word only, where two would follow a
 * complement, opens the name instead: a given name a city shares ("الرئيس الروسي فلاديمير بوتين يوم",
 * Vladimir). After a comma the name is set apart ("נשיא רוסיה, ולדימיר פוטין"), and after a country a city is no
 * further complement ("נשיא רוסיה ולדימיר פוטין אירח", a verb after the name): one name word after it will do.
 */
function opensName(tokens: readonly Token[], j: number, places: ReadonlySet<number>, cities: ReadonlySet<number>, afterComma: boolean, lang: string): boolean {
  const t = tokens[j]!;
  if (!places.has(j)) return true;
  if (withArticle(t)) return false;
  if (!(afterComma || cities.has(j))) return countryAsGivenName(tokens, j, places, cities, lang);
  // A town's name before "son of" is a given name it shares ("الشيخ زايد بن سلطان", Zayed bin Sultan).
  if (SON_OF.has(tokens[j + 1]?.key ?? "") && spaceGap(tokens[j + 1]!.gap)) return true;
  if (places.has(j - 1) && !cities.has(j - 1)) afterComma = true;
  const nameWord = (k: number) => {
    const n = tokens[k];
    return n !== undefined && n.caseless && spaceGap(n.gap) && !places.has(k) && !stopsName(n) && (!withArticle(n) || arabicNameWithArticle(n, tokens[k - 1]!, lang));
  };
  return nameWord(j + 1) && (afterComma || !nameWord(j + 2));
}

/**
 * A country's name that is a given name too (جورجيا, जॉर्जिया: Georgia and Giorgia; Jordan, Chad) opens the name after a
 * role whose complement is given already, followed by one name word: after another country or demonym ("رئيسة الوزراء
 * الإيطالية جورجيا ميلوني يوم", the Italian prime minister Giorgia Meloni on), or, in languages that set the complement
 * before the role, when a postposition follows that word ("इटली की प्रधानमंत्री जॉर्जिया मेलोनी ने") or a case ending closes it.
 */
function countryAsGivenName(tokens: readonly Token[], j: number, places: ReadonlySet<number>, cities: ReadonlySet<number>, lang: string): boolean {
  const spaced = (k: number) => tokens[k] !== undefined && spaceGap(tokens[k]!.gap);
  const name = tokens[j + 1];
  if (name === undefined || !spaced(j + 1) || !name.caseless || places.has(j + 1) || stopsName(name)) return false;
  // Or a case ending written onto that word (Gujarati "જ્યોર્જિયા મેલોનીએ", by Giorgia Meloni).
  if (caseEnded(name.text, lang)) return true;
  const postpositions = POSTPOSITIONS.get(lang);
  if (postpositions !== undefined) return spaced(j + 2) && postpositions.has(tokens[j + 2]!.text);
  const after = tokens[j + 2];
  const oneWord = after === undefined || !spaced(j + 2) || stopsName(after) || places.has(j + 2);
  return places.has(j - 1) && !cities.has(j - 1) && spaced(j) && oneWord;
}

/**
 * A word of the language's negative table (an institution, a unit, a time word), proclitics off: no
 * name word, but a role's complement ("رئيس منظمة الصحة العالمية تيدروس", "head of the World Health
 * Organization, Tedros": the construct noun has no article, yet the name comes after it).
 */
function negativeWord(t: Token, lang: string): boolean {
  const negative = negativeWords(lang);
  if (negative.size === 0) return false;
  if (negative.has(t.key) || negative.has(nameKey(t.key, lang))) return true;
  // With a one-letter preposition written on ("بوزارة الدفاع", at the Ministry of Defence).
  return t.key.length > 3 && PROCLITIC_RE.test(t.key) && negative.has(t.key.slice(1));
}

/** Second words of roles written in two: Urdu's prime minister, "وزیر اعظم" ("great minister"; اعظم alone is a given name). */
const ROLE_SECOND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([["وزیر", new Set(["اعظم"])]]);

/** Arabic nouns of a company, bank or group (شركة, مجموعة, بنك), before its name written bare: a role's complement. */
const COMPANY_NOUNS: ReadonlySet<string> = new Set(["شركة", "مجموعة", "بنك", "مصرف", "صندوق", "وكالة", "مؤسسة"].map(foldToken));

/** Hebrew heads of a company or board (chairman, chief executive), whose company follows them bare. */
const COMPANY_HEADS: ReadonlySet<string> = new Set(['יו"ר', "יו״ר", 'מנכ"ל', "מנכ״ל", 'מנכ"לית', "מנכ״לית"].map(foldToken));

/** Tokens j, j + 1 and j + 2 are spaced name words, none a place. */
function threeNameWords(tokens: readonly Token[], j: number, places: ReadonlySet<number>, lang: string): boolean {
  for (let k = j; k < j + 3; k++) {
    const t = tokens[k];
    if (t === undefined || !t.caseless || places.has(k) || (k > j && !spaceGap(t.gap))) return false;
    if (!nameWord(t, lang) && !(k === j + 2 && lang === "he" && /^ה./u.test(t.text) && !stopsName(t))) return false;
  }
  return true;
}

/**
 * Numbers of people before a role ("দুই নেতা", the two leaders; "دو رهبر"; "இரு தலைவர்கள்"): the role is then a plural
 * subject, and the word after it the sentence going on, no name.
 */
const COUNT_WORDS: ReadonlySet<string> = new Set(["দুই", "দুজন", "উভয়", "दो", "दोनों", "تین", "دو", "دونوں", "هر", "இரு", "இரண்டு", "ఇద్దరు", "ఇరువురు", "שני", "שתי", "كلا"].map(foldToken));

function nameAfter(
  tokens: readonly Token[], i: number, places: ReadonlySet<number>, cities: ReadonlySet<number>, lang: string, counts: () => ReadonlyMap<string, number>,
  placeGoesOn: ReadonlySet<number>, writtenAlone: () => ReadonlySet<string>,
): Found | null {
  const before = tokens[i - 1];
  if (before !== undefined && spaceGap(tokens[i]!.gap) && (COUNT_WORDS.has(before.key) || /^\p{N}+$/u.test(before.text))) return null;
  let j = i + 1;
  // The word after a noun in construct is its complement: after the role (see inConstruct), after "باسم" (in the name of)
  // and after a preposition's noun (see prepositionOnNoun).
  let construct = inConstruct(tokens[i]!, lang);
  for (let skipped = 0; j < tokens.length && skipped < MAX_COMPLEMENTS; skipped++) {
    const t = tokens[j]!;
    if (!t.caseless || !/^[\s,،]+$/.test(t.gap)) return null;
    if (skipped > 0 && /[,،]/.test(t.gap)) break;
    if (places.has(j) && opensName(tokens, j, places, cities, false, lang)) break;
    // "الرئيس التنفيذي لشركة إيرباص غيوم فوري": a company's noun heads the company's bare name, both the role's.
    if (COMPANY_NOUNS.has(t.key.replace(PROCLITIC_RE, "")) && tokens[j + 1]?.caseless === true && spaceGap(tokens[j + 1]!.gap)) {
      j += 2;
      continue;
    }
    const completesRole = ROLE_SECOND_WORDS.get(tokens[j - 1]!.key)?.has(t.key) === true;
    // A preposition after the role is none of its complements: the role word is then a verb or noun of the sentence ("صدر على", issued on).
    const governed = construct && !/[,،]/.test(t.gap) && !FUNCTION_WORDS.has(t.key);
    const nounOfPreposition = lang === "ar" && prepositionOnNoun(t, writtenAlone);
    if (!(withArticle(t) || places.has(j) || OF_WORDS.has(t.key) || ROLES.has(t.key) || negativeWord(t, lang) || completesRole || governed || nounOfPreposition)) break;
    construct = nounOfPreposition || (lang === "ar" && OF_WORDS.has(t.key));
    // A place of two words is one complement ("ראש העיר לשעבר של מקסיקו סיטי", the former mayor of Mexico City).
    if (placeGoesOn.has(j)) j++;
    j++;
  }
  // A noun with a preposition or "and" written on and a pronoun on its end ("لوعده", for his promise; "وعمره", and his
  // age) opens no name; the stem of three letters at least keeps وجيه and وهبه (Wagih, Wahba).
  if (lang === "ar" && PREPOSITION_NOUN_PRONOUN_RE.test(tokens[j]?.text ?? "")) return null;
  const afterComma = j > i + 1 && /[,،]/.test(tokens[j]?.gap ?? "");
  // A company's head names the company bare before its holder ("יו"ר טויוטה אקיו טויודה", Toyota's chairman Akio
  // Toyoda; "מנכ"ל אפל טים קוק"): three name words and no comma, the first is the company's.
  if (COMPANY_HEADS.has(tokens[i]!.key) && !afterComma && threeNameWords(tokens, j, places, lang)) j++;
  let k = nameRunEnd(tokens, j, places, cities, afterComma, lang, counts, false);
  if (k === j) return null;
  if (lang === "ka") k = georgianAgreeingEnd(tokens, i, j, k, places);
  if (lang === "ar" && k === j + MAX_NAME_WORDS) k = arabicSubjectEnd(tokens, i, j, k, places);
  // One word closing the sentence after a role, in a language that sets its verb last, is the verb ("… ორი მთავარი
  // მსახიობი შეაქო.", praised the two leading actors): a name stands there with more words, or named again. Georgian
  // ends a name's nominative in -ი (პრეზიდენტი პუტინი), which no verb's past does.
  if (k === j + 1 && VERB_LAST_LANGUAGES.has(lang) && endsSentence(tokens, k) && (counts().get(tokens[j]!.key) ?? 0) < 2 && !(lang === "ka" && tokens[j]!.text.endsWith("ი"))) return null;
  const found = mention(tokens, j, k);
  const genitive = lang === "bn" ? bengaliGenitive(tokens, k) : null;
  return genitive === null ? found : { ...found, key: personKey(`${found.text.slice(0, found.text.lastIndexOf(" ") + 1)}${genitive}`) };
}

/**
 * Georgian writes the ergative's -მა on a role and on the last word of the name in apposition to it ("პრეზიდენტმა ანდრეს
 * მანუელ ლოპეს ობრადორმა", President Andrés Manuel López Obrador): the name runs to that word, up to four words.
 */
function georgianAgreeingEnd(tokens: readonly Token[], role: number, j: number, k: number, places: ReadonlySet<number>): number {
  if (!tokens[role]!.text.endsWith("მა") || tokens[k - 1]!.text.endsWith("მა")) return k;
  for (let m = k; m < j + 4 && m < tokens.length; m++) {
    const t = tokens[m]!;
    if (!spaceGap(t.gap) || places.has(m) || !nameWord(t, "ka")) return k;
    if (t.text.endsWith("მა")) return m + 1;
  }
  return k;
}

/**
 * Arabic opens a sentence with its verb, then the subject ("وهنأها الرئيس … أندريس مانويل لوبيز أوبرادور في …", the
 * president Andrés Manuel López Obrador congratulated her in …): after a role right behind the sentence's first word, the
 * name runs on to four words when a function word (a preposition, "that") closes it, where no verb can stand.
 */
function arabicSubjectEnd(tokens: readonly Token[], role: number, j: number, k: number, places: ReadonlySet<number>): number {
  const verb = role - 1;
  if (verb < 0 || !(verb === 0 || /[.!?؟\n]/.test(tokens[verb]!.gap)) || FUNCTION_WORDS.has(tokens[verb]!.key)) return k;
  let m = k;
  // A preposition written on a noun with a pronoun on its end ("بفريقه", with his team) is no name word.
  const nameWordHere = (t: Token) => nameWord(t, "ar") && !/^[بلك].{2,}(?:ه|ها|هم)$/u.test(t.text);
  while (m < j + 4 && m < tokens.length && spaceGap(tokens[m]!.gap) && !places.has(m) && nameWordHere(tokens[m]!)) m++;
  const next = tokens[m];
  return m > k && next !== undefined && spaceGap(next.gap) && FUNCTION_WORDS.has(next.key) ? m : k;
}

/** Caseless-script languages whose clause ends with its verb: Georgian, Persian, the Indic languages, Amharic. */
const VERB_LAST_LANGUAGES: ReadonlySet<string> = new Set(["ka", "fa", "hi", "ur", "bn", "ta", "te", "ml", "kn", "mr", "gu", "pa", "ne", "am"]);

/** The word before token `k` ends its sentence: a full stop (or ।, ։, ።, ?) or the text's end follows. */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return next === undefined || /[.!?।։።؟\n]/u.test(next.gap);
}

/**
 * A name opened by a given name of the tables (Arabic, Persian, Hebrew, Hindi: "أحمد موسى", "משה כחלון", "राहुल गांधी"),
 * where no role stands before it; null unless a second name word follows the given name. A compound with عبد ("servant
 * of", عبد الله) is a given name too.
 */
function nameFromGivenName(tokens: readonly Token[], i: number, places: ReadonlySet<number>, cities: ReadonlySet<number>, lang: string, counts: () => ReadonlyMap<string, number>): Found | null {
  const t = tokens[i]!;
  // عبد and a name with the article, spaced (عبد الفتاح) or, as Persian and Urdu write it, solid (عبدالفتاح, عبدالله).
  // Or another script's spelling of a listed Arabic one (Hebrew מוחמדו, Hindi मुहम्मदु, Bengali মুহাম্মাদু: Muhammadu).
  const opens = GIVEN_NAMES.has(t.key) || SOLID_ABD_RE.test(t.key) || (t.key === "عبد" && /^ال/.test(tokens[i + 1]?.key ?? "") && spaceGap(tokens[i + 1]!.gap)) ||
    (lang !== "ar" && lang !== "fa" && spellsListedGivenName(t.text));
  if (!opens || places.has(i)) return null;
  const k = nameRunEnd(tokens, i, places, cities, false, lang, counts, true);
  return k >= i + 2 ? mention(tokens, i, k) : null;
}

const SOLID_ABD_RE = /^عبدال.{2,}$/u;

/** Languages whose news `nameFromGivenName` reads: Arabic-script ones, Hebrew, Hindi and Bengali, whose letters have no case. */
const GIVEN_NAME_LANGUAGES: ReadonlySet<string> = new Set(["ar", "fa", "ur", "he", "hi", "bn"]);
/** The scripts' tables in one set: no key of one script is a key of another. */
const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `${ARABIC_SCRIPT_GIVEN_NAMES_TEXT} ${HEBREW_GIVEN_NAMES_TEXT} ${HINDI_GIVEN_NAMES_TEXT}`.split(/\s+/).filter(Boolean).map(foldToken),
);

/**
 * Where the name starting at token `j` ends (`j` when it has no word): up to MAX_NAME_WORDS name words, more through
 * joining words, an article-bearing family name ending it. `opened`: token `j` is known to start the name (a given
 * name), whatever stands before it.
 */
function nameRunEnd(tokens: readonly Token[], j: number, places: ReadonlySet<number>, cities: ReadonlySet<number>, afterComma: boolean, lang: string, counts: () => ReadonlyMap<string, number>, opened: boolean): number {
  const opening = tokens[j]?.key ?? "";
  if (SON_OF.has(opening) || HOUSE_OF.has(opening)) return j; // no name opens with them
  let k = j;
  let limit = j + MAX_NAME_WORDS;
  // A Persian name word in parts joined by a zero-width non-joiner ("یرلی‌کایا", "حسن‌زاده") is one word: its parts
  // count as one against the limit.
  // A ruling house's آل ("house of") after the name's last words lets it run on ("تميم بن حمد آل ثاني"); a kunya after a
  // full name is a byname, not more of it ("محمود عباس أبو مازن").
  while (k < tokens.length && (k < limit || (k > j && (tokens[k]!.gap === ZWNJ || HOUSE_OF.has(tokens[k]!.key))))) {
    const t = tokens[k]!;
    const joined = k > j && t.gap === ZWNJ;
    if (JOINING.has(t.key) || joined) limit++;
    const gapOk = k === j ? opened || /^[\s,،]+$/.test(t.gap) : joined || spaceGap(t.gap);
    // A joining word inside a name is no place, whatever town shares its spelling (بن, "son of").
    const place = places.has(k) && !(k > j && JOINING.has(t.key)) && !(k === j && opensName(tokens, k, places, cities, afterComma, lang));
    if (!gapOk || place) break;
    // A joining word inside the name lets in the word it joins on, past the limit too (after آل).
    if (k > j && JOINING.has(t.key)) {
      limit = Math.max(limit, k + 2);
      k++;
      continue;
    }
    // "and" written onto a given name ("سليمان ورحاب", Suleiman and Rehab) opens another name.
    if (k > j && t.key.startsWith("و") && GIVEN_NAMES.has(t.key.slice(1))) break;
    // An Arabic verb in the imperfect follows its subject ("شنقريحة يشرف", Chengriha supervises; "يوسف يحدد", Yusuf sets):
    // ي and a root of three letters or more, which no given name of the list spells, right after the first word ends the
    // name. Not later: a family name may open so after a given name of two words ("عبد المجيد تبون").
    if (k === j + 1 && lang === "ar" && ARABIC_IMPERFECT_RE.test(t.text) && !GIVEN_NAMES.has(t.key)) break;
    // A word with a case ending written on is the name's last ("हाभियर मिलेईलाई स्वागत", welcomed Javier Milei).
    if (k > j && caseEnded(tokens[k - 1]!.text, lang)) break;
    // A Hebrew surname opening with the letter of the article (הרצוג, Herzog; הריס, Harris; הדסון): after a given name,
    // the name's last word when the article writes it again, as a verb so opening (הגיע, arrived) is not.
    if (k > j && lang === "he" && hebrewSurnameWithHe(t, counts())) {
      k++;
      break;
    }
    if (!nameWord(t, lang) && !hebrewMonthAsName(tokens, k, lang)) {
      // Inside an Arabic name a word with the article is the rest of a compound ("عبد الفتاح") or the family name
      // ("بشار الأسد", "عبد الفتاح السيسي"), which ends the name.
      if (k === j || !arabicNameWithArticle(t, tokens[k - 1]!, lang)) break;
      k++;
      if (!JOINING.has(tokens[k - 2]!.key)) break;
      continue;
    }
    k++;
  }
  while (k > j + 1 && JOINING.has(tokens[k - 1]!.key)) k--; // nor ends with one
  if (k === j) return k;
  // Set apart by commas, the name runs to the closing one: a third word inside it is part of the name
  // ("נשיא טורקיה, רג'פ טאיפ ארדואן, לשיחות"), where without the commas it is mostly a verb.
  // A name word, then a particle and another ("لويز إيناسيو لولا دا سيلفا", Luiz Inácio Lula da Silva): a name goes on
  // through its particle, as a verb does not.
  if (caseEnded(tokens[k - 1]!.text, lang)) return k;
  if (k === j + MAX_NAME_WORDS && particleThenName(tokens, k, places, lang)) k += 3;
  else if (afterComma && k === j + MAX_NAME_WORDS && closesApposition(tokens, k, places, lang)) k++;
  else if (k === j + MAX_NAME_WORDS && surnameRepeated(tokens, k, places, lang, counts())) k++;
  else if (k === j + MAX_NAME_WORDS) {
    const tail = closedTail(tokens, k, places, lang);
    if (tail > 0) k += tail;
    else if (familyNameAtEnd(tokens, k, cities, lang)) k++;
  }
  return k;
}

/**
 * Name words after the first two that a word no verb stands before closes: a postposition, a weekday where the verb comes
 * last, a comma where it comes first (see below). One word, or two: Spanish names carry two given names and two
 * surnames ("आंद्रेस मैनुअल लोपेज़ ओब्रादोर ने", Andrés Manuel López Obrador). 0 when none closes.
 */
function closedTail(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string): number {
  const closes = (m: number) =>
    beforePostposition(tokens, m, places, lang) || beforeDayWord(tokens, m, places, lang) || (VERB_BEFORE_OBJECT.has(lang) && beforeComma(tokens, m, places, lang));
  const t = tokens[k];
  if (t !== undefined && spaceGap(t.gap) && !places.has(k) && nameWord(t, lang) && closes(k + 1)) return 2;
  return closes(k) ? 1 : 0;
}

/**
 * Where the verb comes last, the subject comes first and the time right after it ("তেদ্রোস আধানম গেব্রেয়েসুস বুধবার …",
 * Tedros Adhanom Ghebreyesus on Wednesday …): a third name word followed by a weekday is the name's, not its verb.
 */
function beforeDayWord(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!(VERB_LAST_LANGUAGES.has(lang) || lang === "ar") || t === undefined || next === undefined || places.has(k) || !nameWord(t, lang)) return false;
  if (!spaceGap(t.gap) || !spaceGap(next.gap)) return false;
  // Arabic sets the verb first and the subject right after it, then the time: a third name word before a time word
  // ("يون سوك يول مساء الثلاثاء", Yoon Suk Yeol on Tuesday evening) is the name's. Not before a definite noun: headlines
  // set the verb after the name ("نبيل الحلفاوي يحتفل بعيد", celebrates).
  if (lang === "ar") return CALENDAR_WORDS.has(next.key) || ARABIC_TIME_WORDS.has(next.key);
  return CALENDAR_WORDS.has(next.key);
}
/** Arabic times of day that open a time adverbial after the subject: evening, morning, night, dawn, noon. */
const ARABIC_TIME_WORDS: ReadonlySet<string> = new Set(["مساء", "صباح", "ليلة", "فجر", "ظهر"].map(foldToken));

/** Languages whose verb comes before its object, not last: a word a comma closes right after a name is no verb. */
const VERB_BEFORE_OBJECT: ReadonlySet<string> = new Set(["ar", "he"]);

/** A third name word a comma closes ("تيدروس أدهانوم غيبريسوس، يوم الأربعاء"): the name's, where a verb would take its object first. */
function beforeComma(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && next !== undefined && spaceGap(t.gap) && !places.has(k) && nameWord(t, lang) && /^[,،]/.test(next.gap);
}

/**
 * An Arabic name of three words ends with a family name written with the article, mostly a relative adjective in -ī
 * ("محمد شياع السوداني", Mohammed Shia al-Sudani; "السوداني" is also "the Sudanese", which the gazetteer reads as a
 * country's adjective). After two name words such a word is the name's; a noun with the article ("المؤلف", the
 * author) or a city is not.
 */
function familyNameAtEnd(tokens: readonly Token[], k: number, cities: ReadonlySet<number>, lang: string): boolean {
  const t = tokens[k];
  if (t === undefined || !spaceGap(t.gap) || !arabicNameWithArticle(t, tokens[k - 1]!, lang)) return false;
  return RELATIVE_ADJECTIVE_RE.test(t.key) && !cities.has(k);
}

function hebrewSurnameWithHe(t: Token, counts: ReadonlyMap<string, number>): boolean {
  return t.caseless && /^ה./u.test(t.text) && !stopsName(t) && !negativeWord(t, "he") && (counts.get(t.key) ?? 0) >= 2;
}

/** The -ī of an Arabic or Persian relative adjective (السوداني, العراقی). */
const RELATIVE_ADJECTIVE_RE = /[يی]$/u;

function particleThenName(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string): boolean {
  const [word, particle, last] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (word === undefined || particle === undefined || last === undefined || places.has(k) || places.has(k + 2)) return false;
  const spaced = [word, particle, last].every((t) => spaceGap(t.gap));
  return spaced && JOINING.has(particle.key) && !JOINING.has(word.key) && nameWord(word, lang) && nameWord(last, lang);
}

/**
 * Hebrew months that are also names: מרץ is March and Merz, יוני June and Yoni, מאי May and Mai. In a name run (after
 * a role or a given name) such a word is the name, unless a number stands beside it, as in a date ("12 מרץ 2025").
 */
const HEBREW_MONTH_NAMES: ReadonlySet<string> = new Set(["מרץ", "יוני", "מאי"]);

function hebrewMonthAsName(tokens: readonly Token[], k: number, lang: string): boolean {
  if (lang !== "he" || !HEBREW_MONTH_NAMES.has(tokens[k]!.key)) return false;
  const numeric = (t: Token | undefined): boolean => t !== undefined && /\p{N}/u.test(t.text);
  const after = tokens[k + 1];
  return !numeric(tokens[k - 1]) && !(after !== undefined && spaceGap(after.gap) && numeric(after));
}

/**
 * Bengali postpositions that take the genitive: with (সঙ্গে, সাথে), near (কাছে), for (জন্য), about (সম্পর্কে), against
 * (বিরুদ্ধে), and the nouns news sets so: under the chairmanship (সভাপতিত্বে), leadership (নেতৃত্বে), in the presence of.
 */
const BENGALI_GENITIVE_POSTPOSITIONS: ReadonlySet<string> = new Set(["সঙ্গে", "সাথে", "কাছে", "জন্য", "সম্পর্কে", "বিরুদ্ধে", "সভাপতিত্বে", "নেতৃত্বে", "উপস্থিতিতে"]);

/**
 * The last word of a Bengali name before a postposition that takes the genitive, without its genitive ending
 * ("নরেন্দ্র মোদীর সঙ্গে", with Narendra Modi: মোদী), or null: Bengali writes -র after a vowel and -ের after a consonant.
 */
function bengaliGenitive(tokens: readonly Token[], k: number): string | null {
  const last = tokens[k - 1];
  const next = tokens[k];
  if (last === undefined || next === undefined || !spaceGap(next.gap) || !BENGALI_GENITIVE_POSTPOSITIONS.has(next.text)) return null;
  const m = /^(.{2,}?)(?:ের|র)$/u.exec(last.text);
  return m === null ? null : m[1]!;
}

/** Hindi and Urdu postpositions: they follow a noun, never a verb, so a name word before one ends a noun phrase. */
const POSTPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["hi", new Set(["ने", "का", "की", "के", "को", "से", "में", "पर", "तक"])],
  ["ur", new Set(["نے", "کا", "کی", "کے", "کو", "سے", "میں", "پر", "تک"])],
  ["pa", new Set(["ਨੇ", "ਦਾ", "ਦੀ", "ਦੇ", "ਨੂੰ", "ਤੋਂ", "ਨਾਲ", "ਵਿੱਚ"])],
  // Marathi writes its case endings onto the noun, but after a name the honorific pronoun's forms stand apart (यांनी, by; यांचे, of).
  ["mr", new Set(["यांनी", "यांचे", "यांची", "यांच्या", "यांना", "यांच्याशी"])],
]);

/**
 * Hindi and Urdu set the verb last and a postposition after a noun: a third name word followed by one is the surname
 * of a name with a middle name ("रेचेप तैय्यप एर्दोगन की", Recep Tayyip Erdoğan's), not a verb.
 */
function beforePostposition(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  const postpositions = POSTPOSITIONS.get(lang);
  if (postpositions === undefined || t === undefined || next === undefined || !spaceGap(t.gap) || places.has(k) || !nameWord(t, lang)) return false;
  return spaceGap(next.gap) && postpositions.has(next.text);
}

/**
 * Languages whose news open a sentence with a name and its role in apposition without a comma, as often as with
 * one: Persian ("سرگئی لاوروف وزیر خارجه روسیه گفت", Sergei Lavrov, Russia's foreign minister, said).
 */
const APPOSITION_WITHOUT_COMMA: ReadonlySet<string> = new Set(["fa"]);
/** Words of a name set before its role, at most (a given name, a middle name and a surname). */
const MAX_NAME_BEFORE_ROLE = 3;
/** Letters whose words Persian joins with a zero-width non-joiner: "نخست‌وزیر" (prime minister) is two tokens. */
const ZWNJ = "\u200c";

/**
 * A name in apposition before its role: "اولاف شولتس، صدراعظم آلمان" (Olaf Scholz, chancellor of Germany),
 * "با پدرو سانچس، نخست‌وزیر اسپانیا" (with Pedro Sánchez, prime minister of Spain), as Persian, Arabic and
 * Hebrew news introduce a person as often as with the role first. The role (or a compound ending in one,
 * "نخست‌وزیر") follows a comma; before the comma, two or three name words. One word is too little to tell a
 * name from any noun. The run must open the clause (the start, punctuation, a function word or a verb of
 * saying before it), or end in a word the article repeats, as it repeats a surname: a noun phrase before a
 * comma does neither. A city may open the run at the start of a clause, a given name it shares ("ولادیمیر
 * پوتین،", Vladimir Putin).
 */
function nameBeforeRole(tokens: readonly Token[], r: number, places: ReadonlySet<number>, cities: ReadonlySet<number>, lang: string, counts: () => ReadonlyMap<string, number>): Found | null {
  let role = r;
  while (role > 0 && tokens[role]!.gap === ZWNJ) role--; // the compound's first part holds the comma
  const comma = /^\s*[,،]\s*$/.test(tokens[role]!.gap);
  if (!comma && !APPOSITION_WITHOUT_COMMA.has(lang)) return null;
  const opensClause = (k: number) => k === 0 || !spaceGap(tokens[k]!.gap);
  // Set apart by a comma at a clause's head, a name may have four words: Spanish names carry two given names and two
  // surnames ("آندرس مانوئل لوپس اوبرادور، رئیس‌جمهور کنونی"). Not in Arabic, whose clause opens with its verb.
  const most = comma && lang !== "ar" ? MAX_NAME_BEFORE_ROLE + 1 : MAX_NAME_BEFORE_ROLE;
  let k = role - 1;
  while (k >= 0 && role - k <= most) {
    const t = tokens[k]!;
    if (!t.caseless || HAN_RE.test(t.text) || HANGUL_RE.test(t.text) || THAI_RE.test(t.text)) break;
    const givenCity = places.has(k) && cities.has(k) && k < role - 1 && opensClause(k);
    if ((places.has(k) && !givenCity) || !nameWord(t, lang)) break;
    k--;
    if (opensClause(k + 1)) break;
  }
  let from = k + 1;
  if (role - from > MAX_NAME_BEFORE_ROLE && !opensClause(from)) from++;
  // Arabic opens its clauses with the verb ("حصل محمد سفان، وزير …", Mohamed Saafan obtained): not a name's first word.
  const verbFirst = lang === "ar" && role - from === MAX_NAME_BEFORE_ROLE && opensClause(from);
  if (verbFirst) from++;
  if (role - from < 2) return null;
  // Without the comma, only a sentence's opening words: "محمدجواد ظریف وزیر امور خارجه ایران روز دوشنبه …".
  if (!comma) return from === 0 || /[.!?؟\n]/.test(tokens[from]!.gap) ? mention(tokens, from, role) : null;
  const bounded = verbFirst || opensClause(from) || !nameWord(tokens[from - 1]!, lang) || places.has(from - 1);
  if (!bounded && (counts().get(tokens[role - 1]!.key) ?? 0) < 2) return null;
  return mention(tokens, from, role);
}

/** An Arabic word with the article that may continue a name begun before it: no place, function, time or negative word. */
function arabicNameWithArticle(t: Token, prev: Token, lang: string): boolean {
  if (!/^ال/.test(t.key) || t.key.length < 5 || !t.caseless) return false;
  const bare = t.key.slice(2);
  return !stopsName(t) && !negativeWord(t, lang) && !FUNCTION_WORDS.has(bare) && !CALENDAR_WORDS.has(bare) && prev.caseless;
}

/** A word that can be part of a name after a role (its gap and whether it is a place are the caller's to judge). */
function nameWord(t: Token, lang: string): boolean {
  // The article as written: a foreign name's آل or أل (آلکاراس, ألكاراز: Alcaraz) folds to the article's letters. Persian
  // and Urdu have no article: their ال opens names (الکساندر, Alexandre; الهام, Elham).
  return t.caseless && !stopsName(t) && !negativeWord(t, lang) && (NO_ARTICLE_LANGUAGES.has(lang) || !ARTICLE_RE.test(t.text)) && t.key.length >= 2 && !isOwnWeekday(lang, t.key);
}
const NO_ARTICLE_LANGUAGES: ReadonlySet<string> = new Set(["fa", "ur"]);

/**
 * Without commas, a third word after two name words is mostly a verb; it is the surname of a name with a
 * middle name ("الرئيس التركي رجب طيب أردوغان لبحث", Recep Tayyip Erdoğan) when the article names the person
 * by it elsewhere, as news does ("بوتين يستقبل أردوغان"), and not by the middle word, which would then be the
 * surname and the third word what follows the name.
 */
function surnameRepeated(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string, counts: ReadonlyMap<string, number>): boolean {
  const t = tokens[k];
  if (t === undefined || !spaceGap(t.gap) || places.has(k) || !nameWord(t, lang)) return false;
  return (counts.get(t.key) ?? 0) >= 2 && (counts.get(tokens[k - 1]!.key) ?? 0) < 2;
}

/**
 * How often each word occurs in the document, a one-letter proclitic on it or not ("وأردوغان" counts for
 * "أردوغان"): built once per document, when a name first needs it.
 */
function wordCounts(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const t of tokens) {
    if (!t.caseless) continue;
    count(t.key);
    if (PROCLITIC_RE.test(t.key) && t.key.length > 3) count(t.key.slice(1));
  }
  return counts;
}

/** Whether token `k` is a last name word closed by punctuation (or the end of the text). */
function closesApposition(tokens: readonly Token[], k: number, places: ReadonlySet<number>, lang: string): boolean {
  const t = tokens[k];
  if (t === undefined || !spaceGap(t.gap) || places.has(k) || !nameWord(t, lang)) return false;
  const next = tokens[k + 1];
  return next === undefined || /[,،.;:!?]/.test(next.gap);
}

function mention(tokens: readonly Token[], from: number, to: number): Found {
  const a = tokens[from]!;
  const b = tokens[to - 1]!;
  // Words apart by a space; the parts of a Persian word stay joined by their non-joiner.
  let text = a.text;
  for (let k = from + 1; k < to; k++) text += (tokens[k]!.gap === ZWNJ ? ZWNJ : " ") + tokens[k]!.text;
  return { key: personKey(text), text, start: a.start, end: b.end, full: to - from >= 2, lastToken: to - 1 };
}

/** Korean roles are compounds ending in these (국무장관, secretary of state; 국방장관; 부총리; 부통령; 위원장; 한은 총재, the central bank's governor; 도지사; 부회장): the compound is a role. */
const KOREAN_ROLE_ENDINGS = ["장관", "차관", "총리", "대통령", "부통령", "대변인", "위원장", "총장", "대사", "총재", "의장", "지사",
  // Companies and sport: chairman (부회장, vice-chairman), president, coach; courts: judge, Supreme Court justice.
  "회장", "사장", "감독", "판사", "대법관",
  // The Church: a cardinal (로버트 프레보스트 추기경).
  "추기경"];
/**
 * Endings of Korean institutions named before a role: ministries (외교부), agencies (기상청, 식약처), parties
 * (민주당), banks (한국은행), committees, governments, public corporations, congresses (국민회의). Not 원 (감사원), which ends
 * given names too.
 */
const KOREAN_INSTITUTION_ENDINGS = ["부", "처", "청", "당", "은행", "위원회", "정부", "공사", "회의"];

function koreanInstitution(t: Token): boolean {
  return /^\p{Script=Hangul}+$/u.test(t.text) && KOREAN_INSTITUTION_ENDINGS.some((e) => t.text.length >= e.length + 2 && t.text.endsWith(e));
}

/** Nouns a Korean role heads in a compound: election, candidate, inauguration, victory in an election, primary. */
const KOREAN_ROLE_COMPOUND_RE = /^(?:선거|후보|취임|당선|경선)/u;
/** Words before a Korean role that say what kind of holder, not who: woman, man, former, successor, new, sitting, next. */
const KOREAN_NOT_NAMES: ReadonlySet<string> = new Set(["여성", "남성", "전임", "후임", "신임", "현직", "전직", "차기"]);

/** Korean case particles written onto a role ("외교부장은", "장관이"). */
const KOREAN_PARTICLES = ["은", "는", "이", "가", "을", "를", "과", "와", "의", "도"];
/** Korean names: surname and given name in two to four syllables. */
const KOREAN_NAME = /^\p{Script=Hangul}{2,4}$/u;
/** A foreign surname in Hangul longer than any Korean name. */
const LONG_FOREIGN_SURNAME = /^\p{Script=Hangul}{5,6}$/u;

/** Words of a Korean role's own before it: former, current, newly appointed, next, acting. */
const KOREAN_ROLE_QUALIFIERS: ReadonlySet<string> = new Set(["전", "현", "신임", "차기", "권한대행"]);

function koreanBefore(tokens: readonly Token[], i: number, places: ReadonlySet<number>, placePlusParticle: ReadonlySet<number>, japan: ReadonlySet<number>): Found | null {
  if (!koreanRole(tokens[i]!)) return null;
  // "대통령 선거" (the presidential election), "대통령 후보" (candidate): the role heads a compound, titling no one.
  if (KOREAN_ROLE_COMPOUND_RE.test(tokens[i + 1]?.text ?? "") && spaceGap(tokens[i + 1]!.gap)) return null;
  let k = i - 1;
  // "전 대통령", "현 대통령", "신임 대통령": former, current, newly appointed, a word of the role's own.
  if (k >= 1 && KOREAN_ROLE_QUALIFIERS.has(tokens[k]!.key)) k--;
  const afterCountry = k >= 0 && places.has(k);
  if (afterCountry) k--;
  // The role's ministry, agency or bank between them ("박진 외교부 장관", Park Jin, foreign minister): that word is no name.
  // Not before a country, where the word is the name (a foreign one may end as a ministry does: "볼라 티누부 나이지리아
  // 대통령", Bola Tinubu).
  if (!afterCountry && k >= 1 && koreanInstitution(tokens[k]!) && spaceGap(tokens[k]!.gap)) k--;
  // A company's name between ("버네사 허드슨 콴타스 최고경영자", Vanessa Hudson, Qantas chief executive): a word the
  // article writes elsewhere (its title names the company), after a given name and surname opening their clause.
  if (k >= 2 && companyBefore(tokens, k) && spaceGap(tokens[k]!.gap) && hangulNameWord(tokens[k - 1]!) && !places.has(k - 1) &&
    (foreignGivenName(tokens, k - 1, placePlusParticle) || shortGivenAtClauseHead(tokens, k - 1))) {
    return mention(tokens, k - 2, k);
  }
  const n = tokens[k];
  if (n === undefined || places.has(k) || FUNCTION_WORDS.has(n.key) || KOREAN_NOT_NAMES.has(n.text) || !spaceGap(tokens[k + 1]!.gap)) return null;
  // A foreign surname may run to five or six syllables (예를리카야, Yerlikaya): taken after a foreign given name, which
  // beside a surname so plainly foreign may be of two syllables at the head of its clause (알리, Ali).
  if (!KOREAN_NAME.test(n.text)) {
    if (!LONG_FOREIGN_SURNAME.test(n.text)) return null;
    const long = fourWordsAtClauseHead(tokens, k);
    if (long !== null) return long;
    if (foreignGivenName(tokens, k, placePlusParticle)) return mention(tokens, k - 1, k + 1);
    return shortGivenAtClauseHead(tokens, k) ? mention(tokens, k - 1, k + 1) : null;
  }
  if (japan.has(k + 1) || japaneseSounding(tokens[k - 1], n)) {
    const japanese = japaneseOrder(tokens, k, places);
    if (japanese !== null) return japanese;
  }
  // A party or ministry before a Korean name ("더불어민주당 이재명 대표는", the Democratic Party's leader Lee Jae-myung) is no given name.
  if (k >= 1 && koreanInstitution(tokens[k - 1]!)) return mention(tokens, k, k + 1);
  if (!foreignGivenName(tokens, k, placePlusParticle)) {
    // A surname no Korean surname opens (라마포사, Ramaphosa) is foreign: a two-syllable given name may open its clause (시릴, Cyril).
    const foreign = !KOREAN_SURNAMES.has(n.text[0]!) && n.text.length >= 3;
    return mention(tokens, foreign && shortGivenAtClauseHead(tokens, k) ? k - 1 : k, k + 1);
  }
  // A middle name between ("레제프 타이이프 에르도안"): the first of two given-name words opens the clause.
  return mention(tokens, foreignGivenName(tokens, k - 1, placePlusParticle, true) ? k - 2 : k - 1, k + 1);
}

/**
 * Korean world pages also set a foreigner's country and role before the name, as an apposition: "미국 대통령 도널드
 * 트럼프는" (US president Donald Trump), "프랑스 배우 이자벨 위페르는" (French actor Isabelle Huppert). After a country and
 * a bare role (no particle of its own), two Hangul words are a given name and a surname, a case particle on the second.
 */
function koreanAfterCountryRole(tokens: readonly Token[], i: number, countries: ReadonlySet<number>, places: ReadonlySet<number>): Found | null {
  const role = tokens[i]!;
  if (!countries.has(i - 1) || !/^[ \u00a0]$/.test(role.gap) || !KOREAN_BARE_ROLES.has(role.key)) return null;
  const [given, surname] = [tokens[i + 1], tokens[i + 2]];
  if (given === undefined || surname === undefined || places.has(i + 1) || places.has(i + 2)) return null;
  if (!/^[ \u00a0]$/.test(given.gap) || !/^[ \u00a0]$/.test(surname.gap) || !/^\p{Script=Hangul}{2,5}$/u.test(given.text) || !/^\p{Script=Hangul}{2,7}$/u.test(surname.text)) return null;
  if (!hangulNameWord(given) || !hangulNameWord(surname) || KOREAN_VERB_ENDING.test(given.text) || (given.text.length > 2 && KOREAN_NAME_CLOSERS.has(given.text.slice(-1)))) return null;
  const particle = KOREAN_PARTICLES.find((p) => surname.text.endsWith(p) && surname.text.length > 2);
  const end = particle === undefined ? surname.end : surname.end - particle.length;
  const text = `${given.text} ${surname.text.slice(0, surname.text.length - (particle?.length ?? 0))}`;
  // A foreign name as Hangul hears it: a consonant cluster or a final consonant written with the vowel ㅡ (도널드, 위페르,
  // 조르자), or a surname the article names again. Common nouns after a role ("미국 대통령 선거 결과", the US presidential
  // election's result) have neither.
  if (!HANGUL_EU_SYLLABLE_RE.test(text) && !surnameNamedAgain(tokens, i + 2, text.slice(text.indexOf(" ") + 1))) return null;
  return { key: personKey(text), text, start: given.start, end, full: true, lastToken: i + 2 };
}

/** Hangul syllables with the vowel ㅡ and no final (드, 르, 트, 프, 스, 크, 브 …), which write a foreign consonant alone. */
const HANGUL_EU_SYLLABLE_RE = /[그끄느드뜨르므브쁘스쓰으즈쯔츠크트프흐]/u;

function surnameNamedAgain(tokens: readonly Token[], at: number, surname: string): boolean {
  return tokens.some((t, k) => k !== at && t.text.startsWith(surname));
}

/**
 * A foreigner introduced by country in Korean, as sports pages do ("인도의 니라즈 초프라가", India's Neeraj Chopra; "파키스탄의
 * 아르샤드 나딤은"): two Hangul words after the country's genitive, the second closed by its subject or topic particle.
 * Confirmed when the article writes the surname again; else taken only beside a confirmed one (`parallel`).
 */
function koreanAfterCountryGenitive(tokens: readonly Token[], i: number, places: ReadonlySet<number>): Found | null {
  const [given, surname] = [tokens[i + 1], tokens[i + 2]];
  if (given === undefined || surname === undefined || places.has(i + 1) || places.has(i + 2)) return null;
  if (!/^[ \u00a0]$/.test(given.gap) || !/^[ \u00a0]$/.test(surname.gap) || !/^\p{Script=Hangul}{2,5}$/u.test(given.text) || !/^\p{Script=Hangul}{2,7}$/u.test(surname.text)) return null;
  if (!hangulNameWord(given) || KOREAN_PHRASE_END.test(given.text) || KOREAN_VERB_ENDING.test(given.text)) return null;
  const particle = ["은", "는", "이", "가"].find((p) => surname.text.endsWith(p) && surname.text.length > 2);
  if (particle === undefined) return null;
  const bare = surname.text.slice(0, -1);
  const text = `${given.text} ${bare}`;
  const found: Found = { key: personKey(text), text, start: given.start, end: surname.end - 1, full: true, lastToken: i + 2 };
  return surnameNamedAgain(tokens, i + 2, bare) ? { ...found, confirmed: true } : found;
}

/** Korean roles set bare between a country and a name. */
const KOREAN_BARE_ROLES: ReadonlySet<string> = new Set(["대통령", "총리", "외무장관", "국무장관", "장관", "감독", "배우", "가수", "작가", "영화감독", "최고경영자"]);
/** Particles that close a noun phrase: a given name never ends in one of these. */
const KOREAN_NAME_CLOSERS: ReadonlySet<string> = new Set(["은", "는", "을", "를", "의"]);

/**
 * Korean news names a foreigner with the country in brackets after the name ("야닉 시너(이탈리아)가", Jannik Sinner of
 * Italy; "카를로스 알카라스(스페인)를"), as sports and world pages do for anyone without an office: the word before
 * the bracket is the surname, and a Hangul word before it the given name unless a case particle closes that word
 * ("결승에서", in the final), since a noun phrase ends at its particle.
 */
function koreanNameBeforeCountry(tokens: readonly Token[], i: number, places: ReadonlySet<number>, countries: ReadonlySet<number>): Found | null {
  const surname = tokens[i]!;
  const country = tokens[i + 1];
  if (country === undefined || country.gap !== "(" || !countries.has(i + 1) || !(tokens[i + 2]?.gap ?? ")").startsWith(")")) return null;
  if (!/^\p{Script=Hangul}{2,6}$/u.test(surname.text) || places.has(i) || !hangulNameWord(surname)) return null;
  const given = tokens[i - 1];
  const withGiven =
    given !== undefined && /^[ \u00a0]$/.test(surname.gap) && /^\p{Script=Hangul}{2,6}$/u.test(given.text) && !places.has(i - 1) &&
    hangulNameWord(given) && !KOREAN_VERB_ENDING.test(given.text) && !KOREAN_PHRASE_END.test(given.text);
  return mention(tokens, withGiven ? i - 1 : i, i + 1);
}

/**
 * Case particles that close a Korean noun phrase (에서 in, 에게 to, 까지, 부터, 으로, 를/을 object, 는/은 topic, 의 of):
 * a word so ending is no given name. Not 이, 가, 로 or 와, which end given names as written in Hangul (세르게이, 페드로).
 */
const KOREAN_PHRASE_END = /(?:에서|에게|까지|부터|으로|에는|에선|를|을|는|은|의)$/u;

/**
 * An adjective of nationality standing as a noun before a name ("فاز الإيطالي يانيك سينر على الإسباني كارلوس ألكاراز",
 * the Italian Jannik Sinner beat the Spaniard Carlos Alcaraz; Hebrew "הספרדי קרלוס אלקראס"; Georgian "ესპანელი კარლოს
 * ალკარასი"), as news introduces a sportsman, an artist or anyone without an office. In Arabic and Hebrew an adjective
 * follows the definite noun it qualifies ("المنتخب الإيطالي", the Italian team) and takes its article: so only after a
 * word without the article, or opening a sentence. Georgian sets its adjectives before the noun, as it sets the noun
 * of nationality before a name. What follows is as often the sentence going on ("الإيطالي في النهائي") or a noun:
 * the name's last word must be written again elsewhere, as news repeats a surname.
 */
function nationalityNoun(tokens: readonly Token[], i: number, nationalities: ReadonlySet<number>, lang: string): boolean {
  if (!NATIONALITY_NOUN_LANGUAGES.has(lang) || !nationalities.has(i)) return false;
  if (lang === "ka") return true;
  if (!(lang === "ar" ? SINGULAR_NISBA_RE : HEBREW_DEFINITE_RE).test(tokens[i]!.key)) return false;
  const before = tokens[i - 1];
  return before === undefined || /[.!?؟:\n]/.test(tokens[i]!.gap) || (spaceGap(tokens[i]!.gap) && (!withArticle(before) || FUNCTION_WORDS.has(before.key)));
}
/** A singular nisba with the article (الإيطالي, الإيطالية): the plurals (المصريين, the Egyptians) name a people, not one person. */
const SINGULAR_NISBA_RE = /^[وفب]?ال.{2,}(?:ي|ية)$/u;
const NATIONALITY_NOUN_LANGUAGES: ReadonlySet<string> = new Set(["ar", "he", "ka"]);

/**
 * Persian sets the adjective of nationality after the name it describes, directly ("کارلوس آلکاراس اسپانیایی را",
 * the Spaniard Carlos Alcaraz) or after a noun in apposition ("یانیک سینر، تنیسور ایتالیایی،", Jannik Sinner, the
 * Italian tennis player): the two name words before it, when the article names the surname again (`namedAgain`).
 */
function nameBeforeNationality(tokens: readonly Token[], i: number, nationalities: ReadonlySet<number>, places: ReadonlySet<number>, lang: string): Found | null {
  if (!NATIONALITY_AFTER_LANGUAGES.has(lang) || !nationalities.has(i) || !spaceGap(tokens[i]!.gap)) return null;
  const end = /^\s*[,،]\s*$/.test(tokens[i - 1]?.gap ?? "") ? i - 1 : i;
  const nameAt = (k: number) => {
    const t = tokens[k];
    return t !== undefined && !places.has(k) && nameWord(t, lang) && !isCue(t.key);
  };
  if (end - 2 < 0 || !nameAt(end - 1) || !nameAt(end - 2) || !spaceGap(tokens[end - 1]!.gap)) return null;
  return namedAgain(tokens, end - 1, lang) ? mention(tokens, end - 2, end) : null;
}
const NATIONALITY_AFTER_LANGUAGES: ReadonlySet<string> = new Set(["fa"]);
const HEBREW_DEFINITE_RE = /^ה/u;

/** Genitive postpositions after a country's name (Hindi के, की, का; Urdu کے, کی, کا): "Italy's". */
const GENITIVE_POSTPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["hi", new Set(["के", "की", "का"])],
  ["ur", new Set(["کے", "کی", "کا"])],
  ["pa", new Set(["ਦੇ", "ਦੀ", "ਦਾ"])],
  // Telugu "belonging to", after the country's dative (భారత్‌కు చెందిన, of India).
  ["te", new Set(["చెందిన"])],
]);
/**
 * Genitive endings written onto a country's name (Bengali -র, -ের; Tamil -ின், -யின், -வின்): "Italy's". The gazetteer
 * reads the name through them (CASELESS_ENDINGS in gazetteer-match.ts).
 */
const GENITIVE_ENDINGS: ReadonlyMap<string, RegExp> = new Map([
  ["bn", /(?<=..)(?:র|ের)$/u],
  ["ta", /(?<=..)(?:ின்|யின்|வின்)$/u],
  // Marathi -चा/-ची/-चे/-च्या (भारताच्या), Nepali -का/-को/-की (भारतका), Gujarati -ના/-નો/-ની/-નું (ભારતના), Malayalam
  // -ുടെ/-ന്റെ (ഇന്ത്യയുടെ, പാകിസ്താന്റെ).
  ["mr", /(?<=..)(?:च्या|चा|ची|चे)$/u],
  ["ne", /(?<=..)(?:का|को|की)$/u],
  ["gu", /(?<=..)(?:ના|નો|ની|નું)$/u],
  ["ml", /(?<=..)(?:ുടെ|ന്റെ)$/u],
]);
/**
 * Words that qualify the noun after "Italy's" ("भारत के कई राज्यों", India's many states; former, new, other, main):
 * that noun phrase is no name.
 */
const QUALIFIERS: ReadonlySet<string> = new Set(
  `कई सभी अन्य कुछ प्रमुख पूर्व नए नई नया बड़े सबसे दूसरे کئی تمام دیگر کچھ اہم سابق نئے بڑے دوسرے
  অনেক সব অন্য কিছু প্রধান সাবেক নতুন বড় பல அனைத்து மற்ற சில முக்கிய முன்னாள் புதிய`.split(/\s+/).filter(Boolean).map(foldToken),
);
/** Plural endings of nouns, which no name takes: Hindi -ों, Urdu -وں, Bengali -দের and -গুলো, Tamil -கள் and its cases. */
const PLURAL_ENDINGS: ReadonlyMap<string, RegExp> = new Map([
  ["hi", /ों$/u],
  ["ur", /وں$/u],
  ["bn", /(?:দের|গুলো|গুলি)$/u],
  ["ta", /கள(?:்|ை|ின்|ுக்கு|ில்)$/u],
]);
/** Letters of a surname's stem at least, for finding it again with another case ending. */
const MIN_STEM = 3;

/**
 * A person introduced by country, as Hindi, Urdu, Bengali and Tamil news introduce anyone without an office ("इटली के
 * यानिक सिनर ने", Italy's Jannik Sinner; "ইতালির ইয়ানিক সিনার"; "இத்தாலியின் யானிக் சின்னர்"): exactly two name words after
 * the country's genitive. "Italy's" is as often followed by a noun phrase ("भारत के आम लोगों", India's common people),
 * so the second word must name the person again elsewhere in the article, as news repeats a surname, with whatever
 * case ending (सिनर ने, আলকারাজকে).
 */
function nameAfterCountry(tokens: readonly Token[], i: number, countries: ReadonlySet<number>, countriesOf: ReadonlySet<number>, places: ReadonlySet<number>, lang: string): Found | null {
  let j: number;
  // An ending Telugu writes after a zero-width non-joiner (భారత్‌కు, to India) is a token of its own: the word's.
  const next = tokens[i + 1]?.gap === "\u200c" ? i + 2 : i + 1;
  if (countriesOf.has(i)) j = i + 1;
  else if (countries.has(i) && GENITIVE_POSTPOSITIONS.get(lang)?.has(tokens[next]?.text ?? "") === true && spaceGap(tokens[next]!.gap)) j = next + 1;
  else return null;
  const spacedName = (k: number) => {
    const t = tokens[k];
    return t !== undefined && spaceGap(t.gap) && !places.has(k) && nameWord(t, lang) && !isCue(t.key) && !QUALIFIERS.has(t.key) && !PLURAL_ENDINGS.get(lang)?.test(t.text);
  };
  // A third name-like word ends the name when it is a postposition or the weekday the sentence goes on with
  // (నీరజ్ చోప్రా ఆదివారం, Neeraj Chopra on Sunday).
  const third = tokens[j + 2];
  if (!spacedName(j) || !spacedName(j + 1) || (spacedName(j + 2) && !POSTPOSITIONS.get(lang)?.has(third!.text) && !isOwnWeekday(lang, third!.key))) return null;
  if (namedAgain(tokens, j + 1, lang)) return { ...mention(tokens, j, j + 2), confirmed: true };
  return closedAfter(tokens, j + 1, lang) ? mention(tokens, j, j + 2) : null;
}

/**
 * Whether the name word at `k` ends its phrase: a case ending on it, or after it a number, a postposition, a definite
 * noun where the verb comes first (Arabic "أرشد نديم الفضية", Arshad Nadeem [took] the silver), or the sentence's end.
 */
function closedAfter(tokens: readonly Token[], k: number, lang: string): boolean {
  if (caseEnded(tokens[k]!.text, lang)) return true;
  const next = tokens[k + 1];
  if (next === undefined || /[.!?।؟:;\n]/.test(next.gap)) return true;
  if (!spaceGap(next.gap)) return false;
  return /^\p{N}/u.test(next.text) || POSTPOSITIONS.get(lang)?.has(next.text) === true || (VERB_BEFORE_OBJECT.has(lang) && withArticle(next));
}

/**
 * Whether the article writes the surname at token `k` again elsewhere without the word before it, with whatever case
 * ending or proclitic on it (سينر, لسينر): a phrase repeated whole ("کا استقبال کیا" in the title and the text) is
 * no surname named again.
 */
function namedAgain(tokens: readonly Token[], k: number, lang: string): boolean {
  const surname = tokens[k]!;
  const given = tokens[k - 1]?.key;
  // Without a case ending the language writes on names (मराठी चोप्राने, by Chopra), else without its last letter.
  const bare = PERSON_CASE_ENDINGS[lang]?.find(([ending]) => ending.test(surname.key));
  const stem = bare !== undefined ? surname.key.replace(bare[0], "") : [...surname.key].length > MIN_STEM + 1 ? surname.key.slice(0, -1) : surname.key;
  for (let x = 0; x < tokens.length; x++) {
    const key = tokens[x]!.key;
    if (x === k || !(key.startsWith(stem) || (PROCLITIC_RE.test(key) && key.startsWith(stem, 1)))) continue;
    if (tokens[x - 1]?.key !== given) return true;
    // The whole name again after another word (a headline opening with it, "नीरज चोपड़ा ने … जीता स्वर्ण"): not a
    // phrase repeated with the word before it ("کا استقبال کیا", received, in a headline and its text).
    if (tokens[x - 2]?.key !== tokens[k - 2]?.key) return true;
  }
  return false;
}

/** Whether the Hangul word at `k` opens another word of the article too (콴타스 in "콴타스,", 에어버스 in "에어버스에"). */
function companyBefore(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.key;
  if (!/^\p{Script=Hangul}{2,}$/u.test(word)) return false;
  for (let x = 0; x < tokens.length; x++) if (x !== k && tokens[x]!.key.startsWith(word) && !koreanRole(tokens[x + 1] ?? tokens[x]!)) return true;
  return false;
}

/** A role, or a compound ending in one, with or without a case particle ("대통령", "총리와", "국무장관은"). */
function koreanRole(t: Token): boolean {
  // "대통령에게", to the president: the dative's two syllables, or one of the one-syllable particles.
  const bare = t.key.endsWith("에게") ? t.key.slice(0, -2) : KOREAN_PARTICLES.some((p) => t.key.endsWith(p)) ? t.key.slice(0, -1) : t.key;
  return ROLES.has(bare) || ROLES.has(t.key) || KOREAN_ROLE_ENDINGS.some((e) => bare.endsWith(e) && bare.length > e.length);
}

/**
 * Four Hangul words opening their clause before a long foreign surname's role: two given names and two surnames
 * ("안드레스 마누엘 로페스 오브라도르 대통령은", President Andrés Manuel López Obrador), each of three syllables or more as a
 * foreign name's are, none closed by a particle.
 */
function fourWordsAtClauseHead(tokens: readonly Token[], k: number): Found | null {
  const from = k - 3;
  if (from < 0 || !(from === 0 || /[\n.!?,;:"“”'‘’()]/.test(tokens[from]!.gap))) return null;
  for (let m = from; m < k; m++) {
    const t = tokens[m]!;
    if ((m > from && !/^[ \u00a0]$/.test(t.gap)) || !/^\p{Script=Hangul}{3,6}$/u.test(t.text) || !hangulNameWord(t) || KOREAN_VERB_ENDING.test(t.text) || KOREAN_NAME_CLOSERS.has(t.text.slice(-1))) return null;
  }
  return mention(tokens, from, k + 1);
}

/** A two-syllable Hangul word before token `k` at the head of its clause: a foreign given name before a long foreign surname. */
function shortGivenAtClauseHead(tokens: readonly Token[], k: number): boolean {
  const g = tokens[k - 1];
  if (g === undefined || !/^[ \u00a0]$/.test(tokens[k]!.gap) || !/^\p{Script=Hangul}{2}$/u.test(g.text) || !hangulNameWord(g) || KOREAN_VERB_ENDING.test(g.text)) return false;
  return k - 1 === 0 || /[\n.!?,;:"“”'‘’()]/.test(g.gap) || KOREAN_VERB_ENDING.test(tokens[k - 2]?.text ?? "");
}

/**
 * A Hangul word that is no function word, time word, role or clause opener: it may be part of a name. A role with
 * its particle ends the name before it ("메르츠 총리와 마크롱 대통령은": Merz and Macron, not "총리와 마크롱").
 */
function hangulNameWord(t: Token): boolean {
  return !FUNCTION_WORDS.has(t.key) && !CALENDAR_WORDS.has(t.key) && !koreanRole(t) && !KOREAN_CLAUSE_OPENERS.has(t.key);
}

/** Hangul spellings of a Japanese surname: two to four syllables (아베, 기시다, 이시바). */
const JAPANESE_SURNAME = /^\p{Script=Hangul}{2,4}$/u;

/**
 * Korean writes a Japanese name in Japanese order, surname first, before the country and the role
 * ("기시다 후미오 일본 총리", Kishida Fumio): keyed given name first, as other scripts write it, so it
 * meets "Fumio Kishida".
 */
function japaneseOrder(tokens: readonly Token[], k: number, places: ReadonlySet<number>): Found | null {
  const surname = tokens[k - 1];
  const given = tokens[k]!;
  if (surname === undefined || !JAPANESE_SURNAME.test(surname.text) || places.has(k - 1) || !hangulNameWord(surname) || !/^[ \u00a0]$/.test(given.gap)) return null;
  const text = `${surname.text} ${given.text}`;
  return { key: personKey(`${japaneseReading(given.text)} ${japaneseReading(surname.text)}`), text, start: surname.start, end: given.end, full: true, lastToken: k };
}

/** Two Hangul words that read as a Japanese surname and given name (soundsJapanese), in that order. */
function japaneseSounding(surname: Token | undefined, given: Token): boolean {
  return surname !== undefined && JAPANESE_SURNAME.test(surname.text) && soundsJapanese(romanise(japaneseReading(surname.text)), romanise(japaneseReading(given.text)));
}

/**
 * A Japanese name's word as its Latin spelling sounds: Korean writes a Japanese word's first k and t unaspirated
 * (기시다, Kishida; 다나카, Tanaka), as its g and d, and ふ (fu) as 후 (hu). The first are read k and t, far the
 * commoner in names (Goto would read Koto), and 후 as 푸, a lip sound like the f of "Fumio".
 */
function japaneseReading(word: string): string {
  const { g, d, k, t } = HANGUL_INITIAL;
  const first = hangulWithInitial(hangulWithInitial(word.slice(0, 1), g, k), d, t);
  return (first + word.slice(1)).replace(/^후/u, "푸");
}

/**
 * Syllables of a foreign given name in Hangul ("레제프", "세르게이", "블라디미르"), at least and at most:
 * the words that open a Korean clause are mostly of two ("한편", "이날", "특히", "앞서"), and the longer
 * ones are below.
 */
const MIN_HANGUL_GIVEN = 3;
const MAX_HANGUL_GIVEN = 6;
/**
 * Connective endings of a Korean verb ("도착해", arrived and; "말하며", saying; "방문하고"), which end a clause before
 * the next name, as does a quoted statement's "다고" (숨졌다고, that … died): no given name ends so. Not a bare 고, which
 * ends Diego and Rodrigo (디에고, 로드리고).
 */
const KOREAN_VERB_ENDING = /(?:해|며|해서|하여|하고|했고|지만|는데|다고|라고)$/u;
/** Adnominal endings of a Korean verb ("개최된", held; "참석한", who attended; "열린"): a word so ending qualifies a noun. */
const KOREAN_ADNOMINAL_ENDING = /(?:된|한|던|될|할|는|은|을|린|진|인)$/u;
/** Conjunctions and adverbs of three syllables or more that open a Korean clause: no given names. */
const KOREAN_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "그러나 하지만 그리고 그러면서 그런데 따라서 아울러 그동안 지난해 올해는 이번에 무엇보다 그럼에도 이와함께 이에따라 한편으로 그러자 그래서 이로써 결과적으로 실제로 특히나 오히려 반면에 동시에 이어서".split(" "),
);

/**
 * Korean writes a Korean name as one word and a foreign one in parts, given name first ("블라디미르 푸틴
 * 러시아 대통령은"). A Hangul word standing alone before the surname at the start of a sentence or clause
 * (nothing before it but punctuation) carries no particle role in the sentence: it is that given name,
 * even when a city shares its spelling (블라디미르, the city of Vladimir), but not a place with a
 * postposition on it ("도쿄서 기시다 총리와", "in Tokyo, Kishida").
 */
function foreignGivenName(tokens: readonly Token[], k: number, placePlusParticle: ReadonlySet<number>, opening = false): boolean {
  const g = tokens[k - 1];
  if (g === undefined || !/^[ \u00a0]$/.test(tokens[k]!.gap) || placePlusParticle.has(k - 1)) return false;
  if (!HANGUL_RE.test(g.text) || g.text.length < MIN_HANGUL_GIVEN || g.text.length > MAX_HANGUL_GIVEN || !/^\p{Script=Hangul}+$/u.test(g.text)) return false;
  // A word closed by the topic, object or genitive particle ("검찰은", the prosecution) ends a phrase: no given name.
  if (!hangulNameWord(g) || KOREAN_VERB_ENDING.test(g.text) || KOREAN_NAME_CLOSERS.has(g.text.slice(-1))) return false;
  // A listed given name (무함마두, Muhammadu) is one wherever it stands, after a relative clause too ("임기를 마친 …").
  if (k - 1 === 0 || /[\n.!?,;:"“”'‘’()]/.test(g.gap) || spellsListedGivenName(g.text)) return true;
  // A verb's connective ending closes the clause before, as punctuation does ("도착해 윌리엄 루토 케냐 대통령과"); so does
  // a particle closing the phrase before ("검찰은 도널드 트럼프 전 대통령을", the prosecution … former president Donald Trump).
  const before = tokens[k - 2]?.text ?? "";
  if (KOREAN_VERB_ENDING.test(before) || (before.length >= 2 && KOREAN_NAME_CLOSERS.has(before.slice(-1)))) return true;
  // "출신", native of, closes the phrase that says where the person is from ("미국 출신 로버트 프레보스트", US-born Robert Prevost).
  if (before === "출신") return true;
  // Two name-shaped words before a surname: a place with its postposition before them ("소치에서", in Sochi)
  // closes a phrase as punctuation does. One word there is as often a verb form ("개최된", held): it is taken only
  // when it has no adnominal ending ("마르세유에서 에마뉘엘 마크롱", in Marseille, Emmanuel Macron).
  if (placePlusParticle.has(k - 2) && (opening || !KOREAN_ADNOMINAL_ENDING.test(g.text))) return true;
  // So does a day of the month ("12일 윌리엄 루토 케냐 대통령과", on the 12th, William Ruto).
  if (KOREAN_DAY_RE.test(tokens[k - 2]?.text ?? "") && (opening || !KOREAN_ADNOMINAL_ENDING.test(g.text))) return true;
  // A middle name: the word before the surname is a given name when the one before it opens the clause.
  return !opening && foreignGivenName(tokens, k - 1, placePlusParticle, true);
}

/** A day of the month as Korean dates an event: "12일", on the 12th. */
const KOREAN_DAY_RE = /^\d{1,2}일$/u;

/** Countries Japanese news writes with one character before a role: the US, Britain, France, Germany, China, Russia, Korea, India, Australia, Canada, Italy. */
const JAPANESE_COUNTRY_ABBREVIATIONS = "米英仏独中露韓印豪加伊";
/** Characters that end a Chinese name of two: function words, verbs of saying and time words after it. */
const AFTER_NAME = new Set("在于和与同对就将也说称表出会时等的是了并向日月年为将已曾又还都从及週、，。；：".split(""));
/**
 * Characters that follow a name only as the first of a time word (明天, 今年, 昨日, 周三, 星期三), and are given names'
 * characters otherwise (李在明): read as the name's end only before the rest of that word.
 */
const TIME_WORD_STARTS: Readonly<Record<string, string>> = { 明: "天日年晚早", 今: "天日年晚早", 昨: "天日晚", 周: "一二三四五六日末", 星: "期" };

/** The character at `k` begins what follows a name, not the name's third character. */
function afterName(s: string, k: number): boolean {
  const c = s[k]!;
  const rest = TIME_WORD_STARTS[c];
  return rest === undefined ? AFTER_NAME.has(c) : rest.includes(s[k + 1] ?? "");
}
const HAN_RE = /\p{Script=Han}/u;
const KATAKANA_NAME_RE = /[\p{Script=Katakana}・ー]+$/u;
const HAN_BEFORE_RE = /\p{Script=Han}{2,3}$/u;
const HAN_RUN_BEFORE_RE = /\p{Script=Han}+$/u;
/** Prefixes of a Japanese role: former, previous, current, vice (元首相, 前外相, 現大統領, 副大臣). */
const JAPANESE_ROLE_PREFIXES = "元前現副";
/** Words Japanese sets before a role that say what kind of holder, not who: woman, man, that country's, both countries', next, first. */
const JAPANESE_NOT_NAMES: ReadonlySet<string> = new Set(["女性", "男性", "同国", "両国", "次期", "初代", "新任"]);

/** Characters of a name written by sound after a role, at most (a given name and a surname run longer, with a dot). */
const MAX_TRANSCRIBED = 6;
const UNSPACED_ANY_RE = /[\p{Script=Han}\p{Script=Katakana}]/u;
/**
 * Foreign names as Chinese and Japanese write them: parts joined by the name interpunct (· in Chinese,
 * ・ in Japanese), each part in Katakana or in transcription characters ("ナレンドラ・モディ", "纳伦德拉·莫迪"), a middle
 * initial as Latin writes it ("ロバート・F・ケネディ", "约翰·F·肯尼迪").
 * The dot is written between the parts of a foreign person's name and hardly anywhere else.
 */
const INTERPUNCT_NAME_RE = /[\p{Script=Katakana}ー]{2,}(?:[・·](?:[\p{Script=Katakana}ー]{1,}|[A-ZＡ-Ｚ]\.?))*[・·][\p{Script=Katakana}ー]{1,}|[\p{Script=Han}]{2,}(?:[·・](?:[\p{Script=Han}]{1,}|[A-ZＡ-Ｚ]\.?))*[·・][\p{Script=Han}]{1,}/gu;

/** Characters of a Latin middle initial at `i` between name dots ("约翰·F·肯尼迪", "F." with its full stop), or 0. */
function initialLength(text: string, i: number): number {
  if (!/[A-ZＡ-Ｚ]/.test(text[i] ?? "")) return 0;
  return text[i + 1] === "." ? 2 : 1;
}

/** Characters of a foreign surname Chinese writes with established characters (甘地, 曼德拉), at most. */
const MAX_ESTABLISHED_SURNAME = 2;

/** Where a surname of established characters from `at` ends, when a word that follows names closes it; `at` when none does. */
function establishedSurnameEnd(text: string, at: number): number {
  for (let end = at + 1; end <= at + MAX_ESTABLISHED_SURNAME && end < text.length; end++) {
    if (!HAN_RE.test(text[end - 1]!) || afterName(text, end - 1)) return at;
    if (afterName(text, end)) return end;
  }
  return at;
}

/**
 * A Katakana name with a part that is a country, a capital or a city this large is a club, a paper or a stadium named
 * after it (レアル・マドリード, バイエルン・ミュンヘン, ワシントン・ポスト, サンティアゴ・ベルナベウ), not a person.
 */
const BIG_CITY_POPULATION = 1_000_000;

/**
 * Characters the transcription table gives French names' openings that are common words too (于 "at", 让 "let", 若 "if",
 * 热 "hot"): 伊莎贝尔·于佩尔 (Isabelle Huppert), 让-吕克 (Jean-Luc), 若斯潘 (Jospin), 热拉尔 (Gérard). Read as a name's
 * only right after the name dot, where no such word stands.
 */
const OPENERS_AFTER_DOT: ReadonlySet<string> = new Set(["于", "让", "若", "热"]);

function foreignNames(doc: string, out: Found[], bigPlaces: ReadonlySet<string>): void {
  for (const m of doc.matchAll(INTERPUNCT_NAME_RE)) {
    let text = m[0];
    const start = m.index ?? 0;
    if (HAN_RE.test(text)) {
      // The Han run may start with words before the name ("印度总理纳伦德拉"): keep the transcription characters. It may
      // hold several names ("总理弗里德里希·默茨周三会见了总统普拉博沃·苏比安托"): each interpunct past the last name opens one.
      for (let dot = text.search(/[·・]/); dot >= 0; ) {
        let from = dot;
        while (from > 0 && TRANSCRIPTION.has(text[from - 1]!)) from--;
        let end = dot + 1;
        if (OPENERS_AFTER_DOT.has(text[end] ?? "")) end++;
        while (end < text.length) {
          if (TRANSCRIPTION.has(text[end]!) || /[·・]/.test(text[end]!)) end++;
          else if (/[·・]/.test(text[end - 1]!) && /[·・]/.test(text[end + initialLength(text, end)] ?? "")) end += initialLength(text, end);
          else break;
        }
        // A surname of its own established characters (甘地, Gandhi), not the transcription table's: one or two
        // characters after the dot, then a word that follows names (表示, 说, 在).
        if (end === dot + 1) end = establishedSurnameEnd(text, dot + 1);
        if (dot - from >= 1 && end - dot >= 2) {
          out.push({ key: personKey(text.slice(from, end).replace(/[·・]/g, " ")), text: text.slice(from, end), start: start + from, end: start + end, full: true, lastToken: -1 });
        }
        const next = text.slice(end).search(/[·・]/);
        dot = next < 0 ? -1 : end + next;
      }
      continue;
    }
    if (!personDottedRun(doc, start, start + text.length)) continue;
    let at = start;
    const namesPlace = text.split(/[・·]/).some((part) => {
      const span = `${at}:${at + part.length}`;
      at += part.length + 1;
      return bigPlaces.has(span);
    });
    if (!namesPlace) out.push({ key: personKey(text.replace(/[・·]/g, " ")), text, start, end: start + text.length, full: true, lastToken: -1 });
  }
}

/**
 * Kinds of place Japanese writes after a name's last part ("リオグランデ・ド・スル州", the state of Rio Grande do Sul):
 * state, prefecture, island, peninsula, bay, river, lake, airport, station, street. Not when an office follows the kind
 * (州知事, a state's governor).
 */
const PLACE_KIND_AFTER_RE = /^(?:州|県|島|半島|湾|川|湖|空港|駅|通り)(?!知事|議会|長)/u;

/**
 * A dotted Katakana run may name a person where it is not part of a title: a longer dotted phrase whose first part is
 * one letter (ザ, "the", of "ザ・ルーム・ネクスト・ドア"), the whole of a quoted title 「…」, or a place by the kind after it.
 */
function personDottedRun(doc: string, start: number, end: number): boolean {
  const before = doc[start - 1] ?? "";
  if (before === "・" || before === "·") return false;
  if ((before === "「" || before === "『") && (doc[end] === "」" || doc[end] === "』")) return false;
  return !PLACE_KIND_AFTER_RE.test(doc.slice(end, end + 4));
}

/** Names beside role words inside a run of Han and Kana. */
/**
 * Chinese verbs of saying that follow the person who speaks ("习近平指出", Xi Jinping pointed out), and adverbs that may
 * stand between the name and the verb ("汪文斌也表示", also said).
 */
const CHINESE_REPORTING: ReadonlySet<string> = new Set(["表示", "说", "指出", "强调", "称", "认为", "介绍", "宣布", "回应", "透露", "提到", "說", "稱", "認為", "強調", "宣佈"]);
/** Any of those verbs in a run: only such a run is segmented (most runs of an article hold none). */
const CHINESE_REPORTING_RE = new RegExp([...CHINESE_REPORTING].join("|"), "u");
const CHINESE_ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set(["也", "还", "還", "则", "則", "又", "就", "都", "再", "曾", "已", "亦", "更", "并", "並"]);
const ONE_HAN_RE = /^\p{Script=Han}$/u;
const HAN_WORD_RE = /^\p{Script=Han}{1,2}$/u;
/** Titles that follow a surname ("王先生", Mr Wang; "李教授"): a way to name someone, not a given name. */
const CHINESE_TITLES_AFTER_SURNAME: ReadonlySet<string> = new Set(["先生", "女士", "小姐", "太太", "教授", "老师", "医生", "博士", "律师", "师傅", "记者", "同志", "主任", "经理", "书记", "院士", "總統", "老師", "醫生", "記者"]);

/**
 * A three-character Chinese name right before a verb of saying, where no role precedes it ("习近平指出", "汪文斌表示").
 * ICU's word segmenter (Intl.Segmenter) knows Chinese words from its dictionary and leaves a name it does not know as
 * single characters, or a surname and a two-character word (习|近平): a common surname alone, then two more characters in
 * one or two segments, before the verb, is a name; a dictionary word there (美国|高官|表示, senior US officials said) is
 * none. Two-character names (王毅) are left to the role before them: a surname character and one more the dictionary
 * lacks are as often a word (金|价, the gold price).
 */
function nameBeforeSaying(t: Token, out: Found[]): void {
  if (!CHINESE_REPORTING_RE.test(t.text)) return;
  const segments = [...wordSegmenter().segment(t.text)];
  for (let v = 2; v < segments.length; v++) {
    if (!CHINESE_REPORTING.has(segments[v]!.segment)) continue;
    let end = v;
    while (end > 2 && CHINESE_ADVERBS_BEFORE_VERB.has(segments[end - 1]!.segment)) end--;
    // Surname, then the given name: one segment of two characters, or two of one each.
    for (const parts of [2, 3]) {
      const first = end - parts;
      if (first < 0) continue;
      const name = segments.slice(first, end);
      if (!ONE_HAN_RE.test(name[0]!.segment) || !CHINESE_SURNAMES.has(name[0]!.segment)) continue;
      const given = name.slice(1);
      if (!given.every((g) => HAN_WORD_RE.test(g.segment)) || (given.length === 2 && !given.every((g) => ONE_HAN_RE.test(g.segment)))) continue;
      if (given.length === 1 && CHINESE_TITLES_AFTER_SURNAME.has(given[0]!.segment)) continue;
      const length = name.reduce((n, g) => n + g.segment.length, 0);
      if (length !== 3) continue;
      // The character before the surname is no part of it: a single character there would make it a word's end.
      const before = segments[first - 1];
      if (before !== undefined && ONE_HAN_RE.test(before.segment) && !CHINESE_SURNAMES.has(before.segment)) continue;
      push(t, name[0]!.index, name[0]!.index + length, out);
      break;
    }
  }
}

/** Countries whose people Chinese names with Chinese names: a name after their roles is read as one. */
const CHINESE_SPEAKING: ReadonlySet<string> = new Set(["CN", "TW", "HK", "MO", "SG"]);

function findInRun(t: Token, lang: string, out: Found[], foreignCountryEnds: ReadonlySet<number>): void {
  const s = t.text;
  if (lang === "zh") nameBeforeSaying(t, out);
  for (const role of lang === "ja" ? [] : CJK_ROLES_BEFORE) {
    for (let p = s.indexOf(role); p >= 0; p = s.indexOf(role, p + 1)) {
      const from = p + role.length;
      let len = 0;
      while (len < 3 && HAN_RE.test(s[from + len] ?? "")) len++;
      if (len === 3 && afterName(s, from + 2)) len = 2;
      const japanese = japaneseNameInChinese(s, from);
      if (japanese !== null) {
        pushJapanese(t, from, japanese, out);
        continue;
      }
      if (!CHINESE_SURNAMES.has(s[from]!)) {
        // A foreign name after the role, written by sound ("外长拉夫罗夫"): a run of transcription characters.
        let n = 0;
        while (n < MAX_TRANSCRIBED && TRANSCRIPTION.has(s[from + n] ?? "")) n++;
        if (n >= 2) push(t, from, from + n, out);
        continue;
      }
      // A surname's character before three or more transcription characters opens a foreign name written by sound
      // ("冯德莱恩", von der Leyen): a Chinese name has one or two characters after its surname.
      let sound = 0;
      while (sound < MAX_TRANSCRIBED && TRANSCRIPTION.has(s[from + 1 + sound] ?? "")) sound++;
      if (sound >= 3) {
        push(t, from, from + 1 + sound, out);
        continue;
      }
      // "国务委员兼外长王毅": a second role after a conjunction; the name follows that one.
      if (len < 2 || CJK_ROLES_BEFORE.some((r) => s.startsWith(r, from) || s.startsWith(r, from + 1))) continue;
      // After another country's role a name of transcription characters is spelled by sound, not a Chinese surname and
      // given name: 印度总理莫迪 is Modi, not Mo Di.
      let soundOnly = 0;
      while (soundOnly < len && TRANSCRIPTION.has(s[from + soundOnly]!)) soundOnly++;
      if (soundOnly === len && foreignCountryEnds.has(t.start + p)) {
        push(t, from, from + len, out, true);
        continue;
      }
      push(t, from, from + len, out);
    }
  }
  for (const role of lang === "ja" ? CJK_ROLES_AFTER : []) {
    for (let p = s.indexOf(role); p > 0; p = s.indexOf(role, p + 1)) {
      // "長官" inside "国務長官": the longer role is read on its own turn.
      if (CJK_ROLES_AFTER.some((r) => r.length > role.length && r.endsWith(role) && s.startsWith(r, p - (r.length - role.length)))) continue;
      // A one-character country between the name and its role ("ブリンケン米国務長官", Blinken, US secretary of state).
      const country = p > 1 && JAPANESE_COUNTRY_ABBREVIATIONS.includes(s[p - 1]!) && KATAKANA_NAME_RE.test(s.slice(0, p - 1)) ? 1 : 0;
      let end = p - country;
      // A prefix of the role may stand between (安倍晋三元首相, former prime minister; 前, 現, 副).
      if (country === 0 && end > 2 && JAPANESE_ROLE_PREFIXES.includes(s[end - 1]!)) end--;
      const before = s.slice(Math.max(0, end - 12), end);
      const katakana = KATAKANA_NAME_RE.exec(before);
      if (katakana === null) {
        // Kanji: read by the name table when it knows the name (岸田文雄首相, 岸田首相), else as Chinese (王毅外相).
        const run = HAN_RUN_BEFORE_RE.exec(before);
        const japanese = run === null ? null : japaneseNameBefore(s, end - run[0].length, end);
        if (japanese !== null) {
          pushJapanese(t, end - japanese.length, japanese, out);
          continue;
        }
        if (CJK_ROLES_AFTER_KNOWN_NAMES.has(role)) continue;
      }
      const m = katakana ?? HAN_BEFORE_RE.exec(before);
      if (m === null || m[0].replace(/[・ー]/g, "").length < 2) continue;
      // A country's name before its role ("メキシコ大統領選", Mexico's presidential election) or what the role is
      // ("女性大統領", a woman president): no one's name.
      if (foreignCountryEnds.has(t.start + end) || JAPANESE_NOT_NAMES.has(m[0])) continue;
      push(t, end - m[0].length, end, out);
    }
  }
}

/** A Japanese name read by the name table, keyed by its reading ("fumio kishida"), so it meets "Fumio Kishida". */
function pushJapanese(t: Token, from: number, name: JapaneseName, out: Found[]): void {
  const start = t.start + from;
  const end = start + name.length;
  if (out.some((o) => o.start < end && start < o.end)) return;
  const text = t.text.slice(from, from + name.length);
  // Its surname is a word of the full name: a later "岸田首相" takes the full name's key (withFullNameKeys).
  const parts = name.full ? [text.slice(0, name.surnameLength)] : undefined;
  out.push({ key: personKey(name.reading), text, start, end, full: name.full, lastToken: -1, parts });
}

/** The name at [from, to) of a run, unless it overlaps one found already; `bySound`: a foreign name keyed whole as a surname. */
function push(t: Token, from: number, to: number, out: Found[], bySound = false): void {
  const start = t.start + from;
  if (out.some((o) => o.start < t.start + to && start < o.end)) return;
  const text = t.text.slice(from, to);
  const key = bySound ? soundSpelledKey(text) : personKey(text.replace(/[・·]/g, " "));
  out.push({ key, text, start, end: t.start + to, full: !bySound, lastToken: -1 });
}
