import { keyWithArticleOrConnector, withArticles, type ArticleNamed } from "./article-named.js";
import { DECLINED_PHRASE_LANGS, declensionStem, declinedIndex } from "./declined-phrases.js";
import { fold, foldKey, foldToken } from "./fold.js";
import type { GazEntry, Gazetteer } from "./gazetteer.js";
import type { City } from "./city-data.js";
import { localLexicon, vietnamesePairAt } from "./lexicon-europe.js";
import { negativeWords } from "./lexicon-negative.js";
import { ROLES } from "./lexicon.js";
import { ARABIC_SCRIPT_GIVEN_NAMES_TEXT } from "./lexicon-scripts.js";
import { CONNECTORS, HEADS } from "./organisations.js";
import { spaceGap, type Token } from "./tokens.js";
import { koreanParticleOf } from "../text/korean.js";
import { thaiWords } from "./thai.js";

/** A gazetteer name found in the document: tokens [i, j) or, for parts of a hyphenated word, a slice of token i. */
export interface GazMatch {
  i: number;
  j: number;
  start: number;
  end: number;
  entry: GazEntry;
  /**
   * The word is the name with a case ending of two letters or more, in a language that writes the ending on a noun
   * phrase's last word only ("Berliinissä", in Berlin; "Moskvában"): no word of a person's name, as an uninflected
   * city may be ("Paris Hilton"). Not where every word of a name declines: Ukrainian "Володимиром Зеленським" opens
   * with the city Володимир in the instrumental.
   */
  inflected?: true;
}

/** What the matcher needs to know about the article besides its words. */
export interface MatchContext {
  lang: string;
  /** Folded words the article writes in lower case somewhere: a capital on them proves nothing. */
  lowerWords: ReadonlySet<string>;
  /** Tokens before this index belong to a headline-case title. */
  headlineEnd: number;
  /** Tokens of the body's lines in headline case (tokens.ts `headlineCaseLines`), or null when there are none. */
  headlineLines?: Uint8Array | null;
  /** Folded capitalised words the article uses as common nouns (German nouns after a determiner). */
  commonNouns?: ReadonlySet<string>;
  /** The same, read strictly (`germanCommonNouns(tokens).notPlaces`): no city. */
  commonNounsNotPlaces?: ReadonlySet<string>;
  /**
   * Folded words the article writes right after a preposition of place somewhere ("in Genf", "à Genève");
   * undefined in a language without a table of them (see PLACE_PREPOSITIONS).
   */
  placeCued?: ReadonlySet<string>;
  /** Names written with a definite article ("the White House"): no city, no person. */
  articleNamed?: ArticleNamed | null;
}

/**
 * Languages whose names take case endings without an apostrophe ("Kazachstanu", "Deutschlands",
 * "Китая"): there a capitalised word may be a known name plus a short ending.
 */
const SUFFIX_LANGS: Readonly<Record<string, readonly string[]>> = {
  pl: ["ach", "ami", "owi", "iem", "em", "ie", "ii", "iu", "ia", "u", "y", "a", "ę", "ą", "i"],
  de: ["es", "s", "n"],
  ru: ["ом", "ой", "ах", "а", "у", "е", "ы", "и", "ю"],
  uk: ["ом", "ою", "а", "у", "і", "и"],
  be: ["ам", "ай", "а", "у", "е", "ы", "і"],
  cs: ["em", "u", "a", "e", "ě", "y"],
  sk: ["om", "u", "a", "e", "y"],
  hr: ["om", "u", "a", "e"],
  sr: ["om", "u", "a", "e", "ом", "у", "а", "е"],
  bs: ["om", "u", "a", "e"],
  sl: ["om", "u", "a", "e"],
  // Hungarian suffixes of place (in, into, out of, on, onto, off, to, at, from, with; -i makes an adjective).
  // Keys are folded, so the vowel the suffix lengthens ("Moszkvában") is the name's own again.
  // Swedish, Danish and Norwegian write the definite article onto a name that is a noun too (Vatikanen, Vatikanet).
  sv: ["en", "et"],
  da: ["en", "et"],
  nb: ["en", "et"],
  no: ["en", "et"],
  // Bulgarian's definite article, short and full (във Ватикана, Кремълът).
  bg: ["ът", "ят", "а", "я"],
  hu: ["ban", "ben", "bol", "ba", "be", "on", "en", "ön", "ra", "re", "rol", "nak", "nek", "hoz", "hez", "tol", "val", "vel", "ig", "n", "i"],
  // Finnish endings in both vowel harmonies, with the i a name ending in a consonant takes (Pekingissä, Lontoossa),
  // and the illative, "into" (Pekingiin, Berliiniin, Helsinkiin), after a consonant or the name's own final i.
  fi: ["issa", "issä", "ista", "istä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "iin", "in", "n"],
  // Latvian rewrites its endings (REWRITTEN_ENDINGS): the locative's long vowel folds to the nominative's already.
  lv: [],
  // Estonian: inessive, elative, illative, adessive, ablative, allative, comitative (Pekingis, Tallinnast).
  et: ["isse", "ist", "is", "ile", "ilt", "il", "iga", "sse", "st", "s", "le", "lt", "l", "ga"],
  lt: ["uose", "e", "o", "ui"],
  // Greek rewrites its endings (REWRITTEN_ENDINGS) and strips none.
  el: [],
  tr: ["da", "de", "ta", "te", "nın", "nin", "ın", "in", "a", "e"],
  // Kazakh: ablative, genitive, locative and dative, in both vowel harmonies (Палермода, in Palermo; Астанадан).
  kk: ["дан", "ден", "тан", "тен", "нан", "нен", "ның", "нің", "дың", "дің", "тың", "тің", "да", "де", "та", "те", "ға", "ге", "қа", "ке"],
  // Kyrgyz and Uzbek: locative, ablative, genitive, dative (Астанада, Ostonada).
  ky: ["дан", "ден", "тан", "тен", "дын", "дин", "тын", "тин", "нын", "нин", "да", "де", "та", "те", "га", "ге", "ка", "ке"],
  uz: ["dan", "ning", "da", "ga", "ni"],
  // Mongolian: dative-locative, genitive and ablative (Астанад, in Astana; Узбекистаны, of Uzbekistan).
  mn: ["аас", "ээс", "оос", "өөс", "ийн", "ын", "д", "т", "ы"],
  // Azerbaijani writes them without Turkish's apostrophe (Soçidə, in Sochi; keys fold ə to e and ı to i).
  az: ["dan", "den", "da", "de", "ta", "te", "nin", "in", "la", "le", "ya", "ye", "a", "e"],
  // Armenian: locative, ablative, instrumental, genitive-dative (with the glide after a vowel: Մոսկվայում), the articles.
  hy: ["յում", "ում", "յից", "ից", "ով", "յի", "ի", "ը", "ն"],
};
/**
 * Prepositions that put the next word at a place (in, at, to, from a town), per language: the ones news
 * writes before a town and seldom before a company or a person ("at Google", "from Julia", "de" are left out).
 * Languages that mark place with case endings (Turkish, Hungarian, Finnish …) have none here.
 */
const PLACE_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: "in near outside", de: "in nach aus nahe", fr: "à au", es: "en desde", it: "a in", pt: "em", nl: "in uit naar nabij",
    sv: "i från", da: "i fra", no: "i fra", nb: "i fra", pl: "w we", cs: "v ve", sk: "v vo", ro: "în la", hr: "u",
    // Serbian and Bosnian are written in both alphabets: the Cyrillic "у" is the same word.
    sr: "u у", bs: "u у", sl: "v", id: "di ke dari", ms: "di ke dari", vi: "ở tại",
  }).map(([lang, words]) => [lang, new Set(words.split(" ").map(foldKey))]),
);

/**
 * Countries whose towns a language's press names without saying where they are: where the language is
 * official, nationally or in a region (German in South Tyrol and East Belgium), or spoken by a large share
 * (Spanish in the United States). A town elsewhere gets its country named, or a preposition of place.
 */
const HOME_COUNTRIES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    en: "US GB IE CA AU NZ ZA NG KE GH UG TZ ZM ZW IN PK PH SG MY JM TT BS BB BZ LR SL MT",
    de: "DE AT CH LI LU BE IT", fr: "FR BE CH LU MC CA SN CI CM ML BF NE TD GN BJ TG HT MG CD CG GA DZ MA TN",
    es: "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ US", it: "IT SM VA CH", pt: "PT BR AO MZ CV GW ST TL",
    nl: "NL BE SR", sv: "SE FI", da: "DK", no: "NO", nb: "NO", pl: "PL", cs: "CZ", sk: "SK", ro: "RO MD", hr: "HR BA",
    sr: "RS BA ME", bs: "BA", sl: "SI", id: "ID", ms: "MY BN SG", vi: "VN",
  }).map(([lang, codes]) => [lang, new Set(codes.split(" "))]),
);
/** A town this size or more is named without its country or a preposition; smaller foreign ones are not. */
const FOREIGN_TOWN_MIN_POPULATION = 100_000;

/**
 * A one-word match of a small foreign town (not a capital, under FOREIGN_TOWN_MIN_POPULATION, outside the
 * language's home countries) that the article neither places with a preposition nor backs with its
 * country: such names are given names and words more often than the towns ("Martin" of Slovakia, "David" of
 * Panama, "Moreno" of Brazil in German pages; "Rodríguez" of the Philippines in Spanish ones).
 */
export function foreignTownUnsupported(m: GazMatch, tokens: readonly Token[], countries: ReadonlySet<string>, ctx: MatchContext): boolean {
  const entry = m.entry;
  if (entry.kind !== "city" || m.j !== m.i + 1 || ctx.placeCued === undefined) return false;
  const home = HOME_COUNTRIES[ctx.lang];
  const c = entry.city;
  if (home === undefined || home.has(c.country) || countries.has(c.country)) return false;
  if (c.featureCode === "PPLC" || c.population >= FOREIGN_TOWN_MIN_POPULATION) return false;
  return !ctx.placeCued.has(tokens[m.i]!.key);
}

/**
 * English words that open a place's own name before another place's ("New Jersey", "New Mexico", "South Carolina",
 * "West Virginia", "Northern Ireland"): the one-word place after them is not the one named.
 */
const COMPOUND_PLACE_OPENERS: ReadonlySet<string> = new Set(["new", "north", "south", "east", "west", "northern", "southern", "eastern", "western"]);
/** A city this large has quarters named by a compass point ("East Jerusalem", "South London"): they lie in it. */
const COMPASS_QUARTERS_MIN_POPULATION = 300_000;

/**
 * The one-word place of match `m` is the second word of another place's name, which the gazetteer does not hold:
 * after "New" always (New York is not York), after a compass point unless a large city's quarter.
 */
export function insideLargerPlaceName(m: GazMatch, tokens: readonly Token[], lang: string): boolean {
  const before = tokens[m.i - 1];
  if (lang !== "en" || m.j !== m.i + 1 || before === undefined || !before.cap || !spaceGap(tokens[m.i]!.gap) || !COMPOUND_PLACE_OPENERS.has(before.key)) return false;
  if (before.key === "new" || m.entry.kind === "country") return true;
  return m.entry.kind === "city" && m.entry.city.featureCode !== "PPLC" && m.entry.city.population < COMPASS_QUARTERS_MIN_POPULATION;
}

/** The capitalised words an article writes right after a preposition of place; undefined for a language without a table. */
export function placeCuedWords(tokens: readonly Token[], lang: string): Set<string> | undefined {
  const prepositions = PLACE_PREPOSITIONS[lang];
  if (prepositions === undefined) return undefined;
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The preposition may open its sentence ("In Venetië regende het"), capitalised as any first word is.
    const before = tokens[i - 1]!;
    if (!t.cap || !spaceGap(t.gap) || (before.cap && !before.sentStart) || !prepositions.has(before.key)) continue;
    // "in Alley's case" speaks of a person: a possessive after the word proves no place.
    const next = tokens[i + 1];
    if (next !== undefined && /^['’]$/.test(next.gap) && next.key === "s") continue;
    out.add(t.key);
  }
  return out;
}

/**
 * One word of a GeoNames alternate name (not the city's own name, nor a curated exonym) names the city only
 * after a preposition of place somewhere in the article: alone, most of them are words or given names of
 * some language ("Namen", "Julia", "Alley", "Google"). In a language without a table, as before.
 */
function alternateUncued(entry: GazEntry, key: string, ctx: MatchContext): boolean {
  if (entry.kind !== "city" || entry.latinAlternate !== true) return false;
  return ctx.placeCued !== undefined && !ctx.placeCued.has(key);
}

/**
 * Vietnamese writes its words a syllable apart, its letters and tones marked: a syllable so marked is a Vietnamese word,
 * never the bare romanisation an alternate name is ("tại Liên hoan phim", at the film festival, is no Lien of Lianzhou).
 */
function vietnameseSyllable(entry: GazEntry, text: string, lang: string): boolean {
  return lang === "vi" && entry.kind === "city" && entry.latinAlternate === true && !/^[\x00-\x7f]*$/.test(text);
}

/**
 * Endings a country's name takes and a city's does not: German declines a town's name in the genitive alone
 * ("Berlins"); "-n" is a plural's dative, of "den Niederlanden" or of a noun ("Zahlen", not Zahlé).
 */
const COUNTRY_ONLY_ENDINGS: Readonly<Record<string, readonly string[]>> = { de: ["n"] };

/**
 * Languages that write a case ending on a noun phrase's last word alone (Finnish "Olaf Scholzin", Hungarian "Orbán
 * Viktorral"), and Lithuanian and Latvian, whose locative needs no preposition and may follow a name ("Gitanas Nausėda
 * Vilniuje susitiko", Nausėda met in Vilnius).
 */
const PHRASE_FINAL_ENDINGS = new Set(["fi", "et", "hu", "az", "hy", "lt", "lv", "kk", "ky", "uz", "mn"]);
/** An ending that closes a noun phrase: two letters or more (one letter may be a name's own), in such a language. */
const endsPhrase = (lang: string, ending: string): boolean => ending.length >= 2 && PHRASE_FINAL_ENDINGS.has(lang);
/** Latvian's locative lengthens a name's last vowel (Rīga, Rīgā; Liepāja, Liepājā), which folding takes away. */
const LATVIAN_LOCATIVE_RE = /[āēīū]$/u;
/** A stripped name must keep this many letters, so short words do not turn into names. */
const MIN_STEM = 5;
/** Cyrillic and Greek names keep fewer: "Каира" is Cairo (Каир) in the genitive, "Ρώμης" Rome (Ρώμη), and a capital is proof enough. */
const MIN_SHORT_STEM = 4;
const SHORT_STEM_LANGS = new Set(["ru", "uk", "be", "bg", "el", "mn", "ky"]);
/**
 * Endings written onto a caseless name, with what restores it: Bengali case endings (রাশিয়ার, Russia's; তুরস্কের;
 * সোচিতে, in Sochi), and the adjective Urdu and Persian make with ی (Urdu روسی of روس, Persian روسی of روسیه).
 */
const CASELESS_ENDINGS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  // A name ending in a vowel takes the locative as -য় (প্রিটোরিয়ায়, in Pretoria).
  bn: [["ের", ""], ["র", ""], ["তে", ""], ["কে", ""], ["এ", ""], ["ে", ""], ["য়", ""]],
  // Georgian postpositions written onto the name, which drop its nominative -ი (თბილისში, in Tbilisi; თბილისის, of it):
  // in, of, on, by; from and up to follow the whole name (თბილისიდან). A name ending in another vowel keeps it before
  // them (პრეტორიაში, in Pretoria; პრეტორიას) but for the genitive's (პრეტორიის). A noun of nationality's ergative and
  // dative drop its -ი too (იტალიელმა, იტალიელს: the Italian).
  ka: [["ში", "ი"], ["ის", "ი"], ["ზე", "ი"], ["ით", "ი"], ["იდან", "ი"], ["დან", ""], ["მდე", ""], ["ში", ""], ["ზე", ""], ["ს", ""], ["ის", "ა"], ["მა", "ი"], ["ს", "ი"]],
  // Tamil locative, dative, ablative and genitive written onto the name: after a vowel with a glide (சென்னையில்,
  // டோக்கியோவில், இத்தாலியின்), after a consonant in place of its virama (லண்டனில், ஸ்பெயினின்), or of a final -u, which
  // goes before a vowel (கொழும்பில் of கொழும்பு); a final ng takes a euphonic k first (பெய்ஜிங்கில், ஹாங்காங்கின்).
  ta: [["யிலிருந்து", ""], ["விலிருந்து", ""], ["யில்", ""], ["வில்", ""], ["க்கு", ""], ["ங்கிலிருந்து", "ங்"], ["ங்கில்", "ங்"], ["ங்கின்", "ங்"],
    ["ிலிருந்து", "்"], ["ில்", "்"], ["ுக்கு", "்"], ["யின்", ""], ["வின்", ""], ["ின்", "்"], ["ிலிருந்து", "ு"], ["ில்", "ு"], ["ின்", "ு"]],
  // Telugu, Malayalam and Kannada locatives, datives and ablatives on the name (చెన్నైలో, ചെന്നൈയിൽ, ಚೆನ್ನೈನಲ್ಲಿ);
  // Marathi's locative (मुंबईत, मुंबईमध्ये) and genitive (मुंबईचे, मुंबईच्या).
  te: [["లో", ""], ["కు", ""], ["నుంచి", ""], ["నుండి", ""]],
  // Malayalam's genitive too (ഇന്ത്യയുടെ; പാകിസ്താന്റെ of പാകിസ്താൻ, whose final chillu ൻ is ന് before an ending).
  ml: [["യിൽ", ""], ["ിൽ", "്"], ["ലേക്ക്", ""], ["യിലേക്ക്", ""], ["യിലെ", ""], ["യുടെ", ""], ["ുടെ", "്"], ["ന്റെ", "ൻ"]],
  kn: [["ನಲ್ಲಿ", ""], ["ದಲ್ಲಿ", ""], ["ಗೆ", ""], ["ನಿಂದ", ""]],
  // Gujarati's locative, ablative and genitives (પાલેર્મોમાં, ઇટાલીનાં), and Nepali's locative and genitives (पालेर्मोमा).
  gu: [["માં", ""], ["થી", ""], ["નાં", ""], ["ના", ""], ["નું", ""]],
  ne: [["मा", ""], ["का", ""], ["को", ""], ["की", ""], ["बाट", ""]],
  // A name ending in a consonant takes the oblique -ā before them (भारताच्या, भारतात of भारत).
  mr: [["मध्ये", ""], ["ाच्या", ""], ["ाचे", ""], ["ाची", ""], ["ाचा", ""], ["ात", ""], ["च्या", ""], ["चे", ""], ["ची", ""], ["चा", ""], ["त", ""]],
  ur: [["ی", ""]],
  fa: [["ی", "یه"], ["ی", ""]],
};
/** Endings that replace the name's own ("Германии" of "Германия", "Росії" of "Росія"), with the ending restored. */
const REWRITTEN_ENDINGS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  // After к, г, х and the hushing consonants the genitive of -а is -и, not -ы ("Америки"; Ukrainian "Туреччини").
  // A soft sign's genitive in -я, dative in -ю (Израиля, Ізраїлю of Израиль, Ізраїль).
  // Its locative and instrumental in -е, -ем (в Марселе, Марселем of Марсель).
  // A name in -я after a vowel takes -и, -е, -ю, -ей for it (Гвинеи, в Нагое, в Гвинею of Гвинея, Нагоя).
  // A fleeting e before a last т goes in the other cases: Египта, в Египте of Египет.
  ru: [["та", "ет"], ["те", "ет"], ["ии", "ия"], ["ией", "ия"], ["ию", "ия"], ["ой", "а"], ["ы", "а"], ["и", "а"], ["е", "а"], ["у", "а"], ["я", "ь"], ["ю", "ь"], ["е", "ь"], ["ем", "ь"],
    ["и", "я"], ["е", "я"], ["ю", "я"], ["ей", "я"],
    // Plural names take the plural's locative: в Черкассах, в Сумах, в Химках (Черкассы, Сумы, Химки).
    ["ах", "ы"], ["ах", "и"], ["ях", "и"]],
  // Lithuanian locatives and genitives of -as and -a nouns (Pekine of Pekinas, Maskvoje of Maskva, Londono).
  lt: [["e", "as"], ["o", "as"], ["ui", "as"], ["oje", "a"], ["os", "a"], ["uje", "us"]],
  // Polish -ja, -ia and -a nouns ("Turcji" of "Turcja", "Rosji", "Ukrainy", "Francji"), Czech -a and -o ones ("Ukrajiny", "Turecka" of "Turecko").
  // A masculine name's locative softens its last consonant: "w Kairze" (Kair), "w Madrycie", "w Rijadzie", "w Budapeszcie".
  // A -ka or -ga name's locative softens it too: "w Polsce" (Polska), "w Ameryce", "w Pradze" (Praga), "w Rydze".
  // Names in -ea and in -ja after a vowel take -i ("w Korei", "Gwinei", "w Nagoi" of Korea, Gwinea, Nagoja).
  // The e of -iec and -ec falls out before an ending: "w Sosnowcu", "z Sosnowca" (Sosnowiec), "Zgorzelca" (Zgorzelec).
  // Plural names (Katowice, Kielce, Tychy, Suwałki) take the plural's locative -ach and a bare genitive: "w Katowicach",
  // "do Katowic", "w Tychach".
  pl: [["ji", "ja"], ["ii", "ia"], ["ją", "ja"], ["ję", "ja"], ["y", "a"], ["ą", "a"], ["ę", "a"], ["ie", "a"], ["scie", "st"], ["dzie", "d"], ["rze", "r"], ["cie", "t"], ["ce", "ka"], ["dze", "ga"],
    ["ei", "ea"], ["oi", "oja"], ["ai", "aja"], ["cu", "iec"], ["ca", "iec"], ["cem", "iec"], ["cu", "ec"], ["ca", "ec"], ["cem", "ec"],
    ["ach", "e"], ["ach", "y"], ["ach", "i"], ["ic", "ice"], ["c", "ce"]],
  // The locative changes a stem's last consonant too: "v Praze" (Praha), "v Ostravě", "v Brně" (Brno), "v Kyjevě".
  // Names in -ie take -ii in the other cases: "ve Francii" (Francie), "v Itálii", "v Belgii"; so do foreign names in -ia
  // ("v Brasílii", Brasília).
  // Names in -ea take -eje, -eji ("Koreje", "v Koreji", "Guineje" of Korea, Guinea).
  // Plural names take the plural's locative: "v Benátkách" (Benátky), "v Pardubicích" (Pardubice).
  cs: [["y", "a"], ["ou", "a"], ["u", "a"], ["e", "a"], ["ě", "a"], ["ze", "ha"], ["ce", "ka"], ["ře", "ra"], ["a", "o"], ["u", "o"], ["ě", "o"], ["em", "o"], ["ii", "ie"], ["ii", "ia"],
    ["eje", "ea"], ["eji", "ea"], ["ach", "y"], ["ich", "e"]],
  // Slovak -o names take -a, -u, -om ("z Francúzska", "vo Francúzsku", "Nemeckom" of Francúzsko, Nemecko).
  // Plural names in -ice take the plural's locative: "v Košiciach" (Košice).
  sk: [["y", "a"], ["ou", "a"], ["u", "a"], ["e", "a"], ["i", "a"], ["a", "o"], ["u", "o"], ["om", "o"], ["iach", "e"]],
  // Finnish illative lengthens a name's last vowel before -n ("Ranskaan", "Saksaan", "Kiinaan" of Ranska, Saksa, Kiina;
  // keys are folded, so ä and ö are a and o).
  fi: [["aan", "a"], ["oon", "o"], ["uun", "u"], ["een", "e"], ["yyn", "y"]],
  // Latvian -a and -e names: accusative -u, -i, genitive -as, -es, dative -ai, -ei ("Franciju", "Ķīnas" of Francija, Ķīna).
  lv: [["u", "a"], ["as", "a"], ["ai", "a"], ["i", "e"], ["es", "e"], ["ei", "e"]],
  // Names in -o take -u in the locative and dative ("u Sarajevu", "v Kairu", "у Каиру"); Serbian also in Cyrillic.
  hr: [["i", "a"], ["e", "a"], ["u", "a"], ["om", "a"], ["u", "o"]],
  sr: [["i", "a"], ["e", "a"], ["u", "a"], ["om", "a"], ["u", "o"], ["и", "а"], ["е", "а"], ["у", "а"], ["ом", "а"], ["у", "о"]],
  bs: [["i", "a"], ["e", "a"], ["u", "a"], ["om", "a"], ["u", "o"]],
  sl: [["i", "a"], ["e", "a"], ["o", "a"], ["u", "o"]],
  // Ukrainian closes the vowel of a last syllable the ending opens again: Львів → у Львові, Харків → Харкові, Київ → Києві
  // (keys are folded: ї is і).
  // A soft sign's locative in -і, instrumental in -ем (у Марселі, Марселем of Марсель).
  // A name in -я after a vowel takes -ї, -ю, -єю for it (Гвінеї, у Нагої of Гвінея, Нагоя).
  // Belarusian genitive, dative and locative of -а and -ія names (Аргенціны, Італіі, у Аргенціне).
  be: [["ы", "а"], ["і", "а"], ["е", "а"], ["у", "а"], ["ай", "а"], ["іі", "ія"], ["ію", "ія"], ["іяй", "ія"]],
  uk: [["ту", "ет"], ["ті", "ет"], ["іі", "ія"], ["ії", "ія"], ["ією", "ія"], ["ію", "ія"], ["ою", "а"], ["ові", "ів"], ["єві", "ів"], ["і", "а"], ["и", "а"], ["у", "а"], ["ю", "ь"], ["я", "ь"], ["і", "ь"], ["ем", "ь"],
    ["і", "я"], ["ю", "я"], ["єю", "я"],
    // Its locative softens a last г or к: у Петербурзі, у Празі, в Америці (Петербург, Прага, Америка).
    ["зі", "г"], ["зі", "га"], ["ці", "ка"],
    // Plural names take the plural's locative: в Афінах, у Черкасах, у Сумах, у Чернівцях (Афіни, Черкаси, Суми, Чернівці).
    ["ах", "и"], ["ях", "і"]],
  // Greek genitives: feminine -α, -η take -ας, -ης (της Αθήνας, της Ρώμης); neuter -ο, -ι take -ου, -ιού (του Λονδίνου,
  // του Παρισιού); masculine -ος takes -ου (του Λιβάνου).
  el: [["ας", "α"], ["ης", "η"], ["ιου", "ι"], ["ου", "ο"], ["ου", "ος"]],
};
/** Cities a headline-case title may name on its own: only ones no reader would take for a word. */
const HEADLINE_CITY_MIN_POPULATION = 1_000_000;
/** One-letter prefixes written onto the next word (Arabic: and, with, for, so, like; Hebrew: in, to, and, the, from, that, as; Amharic: in, from, for). */
const PROCLITICS: Readonly<Record<string, string>> = { Arabic: "وبلفك", Hebrew: "בלוהמשכ", Ethiopic: "በከለ" };
/** The proclitic "and" of Arabic and Hebrew, which another proclitic may follow. */
const AND_PROCLITIC = "وו";
/** Caseless scripts written without spaces between words: names are found inside runs of text. */
/** Han or Kana in a word that opens with Latin letters ("NATOと…"). */
const UNSPACED_IN_WORD_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A Latin letter in a folded unspaced word. */
const LATIN_IN_WORD_RE = /[a-z]/;
const UNSPACED_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A Korean name found at the start of a longer word has this many syllables: shorter ones are common words' beginnings. */
const HANGUL_PREFIX_MIN = 3;
/** Characters a caseless name keeps once an ending is cut off (روس, Russia in Urdu). */
const MIN_CASELESS_STEM = 3;
/** The zero-width non-joiner between two parts of a Persian or Urdu word, which the tokenizer splits (see fold.ts). */
const ZWNJ = "\u200c";
/** Words in a multi-word caseless name ("نور سلطان", "नई दिल्ली", Persian "صندوق بین‌المللی پول" split at its non-joiner). */
const MAX_CASELESS_WORDS = 4;

/** Every gazetteer name in the tokens, longest first at each position, overlapping matches left out. */
export function matchGazetteer(tokens: readonly Token[], gaz: Gazetteer, ctx: MatchContext): GazMatch[] {
  const out: GazMatch[] = [];
  // A lower-case demonym is accepted only in a language it was listed for (never English): that
  // language's own small table, so most words skip the lookup in the whole gazetteer.
  const lowerDemonyms = gaz.lowerDemonyms.get(ctx.lang);
  let russianSpelled: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.caseless) {
      i = matchCaseless(tokens, i, gaz, out, ctx.lang);
      continue;
    }
    if (ctx.lang === "vi" && t.cap && vietnamesePairAt(tokens, i)) continue;
    // Only a word ending beyond Latin, Greek and Cyrillic can be a Latin acronym run into Japanese ("NATOと…").
    if (t.cap && t.text.charCodeAt(t.text.length - 1) >= 0x3040 && UNSPACED_IN_WORD_RE.test(t.text)) {
      matchMixedRun(t, i, gaz, out);
      continue;
    }
    // Lower-case words can only be demonyms ("chinoise"): one lookup, no phrase building.
    let m = t.cap ? longestAt(tokens, i, gaz, ctx) : lowerDemonyms === undefined ? null : demonymAt(t, i, lowerDemonyms);
    if (m === null && !t.cap && ctx.lang === "hu") m = hungarianCityAdjective(t, i, gaz);
    if (t.cap && !t.multiWord && DECLINED_PHRASE_LANGS.has(ctx.lang)) m = declinedPhraseAt(tokens, i, gaz, ctx, m === null ? 1 : m.j - i) ?? m;
    if (m !== null && m.j === i + 1 && isAlternateCity(m.entry)) m = declinedOwnName(tokens, i, gaz, ctx) ?? m;
    if (m !== null) m = declinedHomeTown(m, tokens, gaz, ctx) ?? m;
    // A shorter name as written inside a longer one declined: "Mexico Cityssä" is Mexico City, not Mexico.
    if (m !== null && t.cap && SUFFIX_LANGS[ctx.lang] !== undefined) m = longerInflectedPhrase(m, tokens, i, gaz, ctx) ?? m;
    if (m !== null) {
      if (ctx.lang === "lv" && m.entry.kind === "city" && LATVIAN_LOCATIVE_RE.test(tokens[m.j - 1]!.text)) m = { ...m, inflected: true };
      out.push(m);
      i = m.j - 1;
      continue;
    }
    const found = out.length;
    if (t.cap) matchInflectedPhrase(tokens, i, gaz, ctx, out);
    if (out.length > found) {
      i = out[out.length - 1]!.j - 1;
      continue;
    }
    if (t.cap) matchInflected(tokens, i, gaz, ctx, out);
    if (t.multiWord && out.length === found) matchParts(t, i, gaz, ctx, out);
    // Ukrainian writes a foreign name's i as і and e as є where Russian writes и and е (Газіантеп, Газиантеп):
    // GeoNames holds many foreign cities in Russian alone, so a Ukrainian name not found is looked up so spelled.
    if (out.length === found && t.cap && ctx.lang === "uk" && UKRAINIAN_LETTERS_RE.test(t.key)) {
      russianSpelled ??= tokens.map((token) => (UKRAINIAN_LETTERS_RE.test(token.key) ? { ...token, key: token.key.replace(UKRAINIAN_LETTERS_G, (c) => RUSSIAN_SPELLING[c] ?? c) } : token));
      const russian = longestAt(russianSpelled, i, gaz, ctx);
      if (russian !== null) {
        out.push(russian);
        i = russian.j - 1;
      } else matchInflected(russianSpelled, i, gaz, ctx, out);
    }
  }
  return out;
}

const RUSSIAN_SPELLING: Readonly<Record<string, string>> = { "і": "и", "ї": "и", "є": "е" };
const UKRAINIAN_LETTERS_RE = /[іїє]/u;
const UKRAINIAN_LETTERS_G = /[іїє]/gu;

/** Letters a Hungarian city adjective's city keeps: shorter stems are common words' ("esti", evening's; "déli", southern). */
const HUNGARIAN_ADJECTIVE_MIN_STEM = 4;

/**
 * Hungarian makes an adjective of any city with -i, in lower case: "a velencei filmfesztivál" (Venice's), "budapesti",
 * "római", "moszkvai". A lower-case word is the city when the word less its -i is a city's name.
 */
function hungarianCityAdjective(t: Token, i: number, gaz: Gazetteer): GazMatch | null {
  if (t.multiWord || !t.key.endsWith("i") || t.key.length <= HUNGARIAN_ADJECTIVE_MIN_STEM) return null;
  const entry = gaz.entries.get(t.key.slice(0, -1))?.find((e) => e.kind === "city" && e.placeWordOnly !== true);
  return entry === undefined ? null : { i, j: i + 1, start: t.start, end: t.end, entry, inflected: true };
}

function demonymAt(t: Token, i: number, lowerDemonyms: ReadonlyMap<string, GazEntry>): GazMatch | null {
  const entry = lowerDemonyms.get(t.key);
  return entry !== undefined ? { i, j: i + 1, start: t.start, end: t.end, entry } : null;
}


function wordCount(key: string): number {
  let n = 1;
  for (let k = key.indexOf(" "); k >= 0; k = key.indexOf(" ", k + 1)) n++;
  return n;
}

/**
 * An apostrophe alone between two words: an elided article or preposition ("Côte d'Ivoire", "Costa d'Avorio",
 * "L'Aquila"), which a name's key writes as a space (`foldKey`), so the phrase goes on over it.
 */
const ELISION_GAP_RE = /^['’ʼ]$/u;

function longestAt(tokens: readonly Token[], i: number, gaz: Gazetteer, ctx: MatchContext): GazMatch | null {
  const first = tokens[i]!;
  const firstWord = first.multiWord ? first.key.slice(0, first.key.indexOf(" ")) : first.key;
  const max = gaz.maxWords.get(firstWord);
  if (max === undefined) return null;
  // Phrases i..j over whitespace-only gaps, shortest first, then tried longest first.
  const phrases: { j: number; key: string }[] = [];
  let key = first.key;
  let words = first.multiWord ? wordCount(key) : 1;
  phrases.push({ j: i + 1, key });
  for (let j = i + 1; j < tokens.length && words < max; j++) {
    const t = tokens[j]!;
    // Initials and abbreviations in capitals join over their full stop, spaced or not: "U. S.", "U.S.", "U.A.E.", "EE.UU.".
    if (!spaceGap(t.gap) && !(t.gap === ". " && tokens[j - 1]!.text.length === 1) && !((t.gap === "." || t.gap === ". ") && abbreviated(t) && abbreviated(tokens[j - 1]!)) && !ELISION_GAP_RE.test(t.gap)) break;
    key += " " + t.key;
    words += t.multiWord ? wordCount(t.key) : 1;
    phrases.push({ j: j + 1, key });
  }
  for (let p = phrases.length - 1; p >= 0; p--) {
    const ph = phrases[p]!;
    // Capitals written with full stops ("U.K.", "U.A.E.", "E.U.") are the country's or body's acronym the table holds
    // without them; all of them ("W.H.O." is no "H.O.", a town in Ghana).
    const list = gaz.entries.get(ph.key) ?? (p > 0 && initialsUpTo(tokens, i, ph.j) ? acronymEntries(gaz, ph.key.replaceAll(" ", "")) : undefined);
    if (list === undefined) continue;
    // "the White House" is not Casablanca, wherever the article writes it; "the Hague" is The Hague, and
    // names of the form "X of Y" take their article ("the District of Columbia", "the City of London"); the
    // word before "of" in a longer name is no city.
    const named = ctx.articleNamed;
    const cityOk =
      named == null ||
      (!named.heads.has(ph.key) && (!named.keys.has(ph.key) || keyWithArticleOrConnector(ph.key, ctx.lang) || withArticles(ph.key, ctx.lang).some((k) => gaz.entries.has(k))));
    for (const entry of list) {
      if (entry.kind === "city" && !cityOk) continue;
      if (accept(entry, tokens, i, ph.j, ctx)) {
        return { i, j: ph.j, start: first.start, end: tokens[ph.j - 1]!.end, entry };
      }
    }
  }
  return null;
}

/** A capital letter, or a word in capitals: what abbreviations are written in ("U", "EE"). */
function abbreviated(t: Token): boolean {
  return t.upper || (t.text.length === 1 && t.cap);
}

/** Whether tokens [i, j) are capital letters each with its full stop ("U.A.E."), the first opening them. */
function initialsUpTo(tokens: readonly Token[], i: number, j: number): boolean {
  const before = tokens[i - 1];
  if (before !== undefined && before.text.length === 1 && (tokens[i]!.gap === "." || tokens[i]!.gap === ". ")) return false;
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.text.length !== 1 || !t.cap || !t.dot) return false;
  }
  return true;
}

/** The countries and bodies an acronym names. */
function acronymEntries(gaz: Gazetteer, letters: string): readonly GazEntry[] | undefined {
  const list = gaz.entries.get(letters)?.filter((e) => e.kind === "country" || e.kind === "org");
  return list !== undefined && list.length > 0 ? list : undefined;
}

/** Languages writing a place name's later words in lower case ("Spojené státy"). */
const LOWER_CASE_NAME_WORDS: ReadonlySet<string> = new Set(["cs", "sk"]);

/**
 * A name of more than `longerThan` words declined in every word ("Южной Кореи", "Stanów Zjednoczonych"), read by
 * the stems of its words (declined-phrases.ts).
 */
function declinedPhraseAt(tokens: readonly Token[], i: number, gaz: Gazetteer, ctx: MatchContext, longerThan: number): GazMatch | null {
  const index = declinedIndex(gaz);
  let key = declensionStem(tokens[i]!.key);
  const max = index.maxWords.get(key);
  if (max === undefined || max <= longerThan) return null;
  // An organisation's name keeps its later words in lower case where a place's are capitalised ("Всемирной
  // организации здравоохранения", "Южной Кореи"): a phrase with such a word can only be an organisation.
  const phrases: { j: number; key: string; lowerInside: boolean }[] = [];
  let lowerInside = false;
  for (let j = i + 1; j < tokens.length && j - i < max; j++) {
    const t = tokens[j]!;
    if (!spaceGap(t.gap) || t.multiWord) break;
    if (!t.cap && !LOWER_CASE_NAME_WORDS.has(ctx.lang)) lowerInside = true;
    key += " " + declensionStem(t.key);
    phrases.push({ j: j + 1, key, lowerInside });
  }
  for (let p = phrases.length - 1; p >= 0 && phrases[p]!.j - i > longerThan; p--) {
    const { j, key: stems } = phrases[p]!;
    for (const entry of index.byStems.get(stems) ?? []) {
      if (phrases[p]!.lowerInside && entry.kind !== "org") continue;
      if (accept(entry, tokens, i, j, ctx)) return { i, j, start: tokens[i]!.start, end: tokens[j - 1]!.end, entry };
    }
  }
  return null;
}

/** Whether a text of `lang` may name this entry (a short country name is one only in the languages writing it so). */
function namedIn(entry: GazEntry, lang: string): boolean {
  if (entry.kind !== "country" || lang === "und") return true;
  return (entry.langs === undefined || entry.langs.has(lang)) && entry.notLangs?.has(lang) !== true;
}

/** Weekdays named in two words whose first is a town's name, by language: first word, then the second (folded). */
const WEEKDAY_PHRASES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([["vi", new Map([["chu", "nhat"]])]]);

function accept(entry: GazEntry, tokens: readonly Token[], i: number, j: number, ctx: MatchContext): boolean {
  const first = tokens[i]!;
  if (entry.kind === "agency") return first.cap || first.upper;
  if (entry.kind === "demonym") {
    // A noun of nationality only, made by one language's rule (nationality-nouns.ts), is read in that language only:
    // folded, Czech "Dánce" (of a Dane) is English "Dance".
    if (entry.nounLangs !== undefined && entry.nounLangs.size === entry.langs.size && !entry.nounLangs.has(ctx.lang)) return false;
    if (entry.ownLanguagesOnly === true && !entry.langs.has(ctx.lang)) return false;
    if (!first.cap) return entry.langs.has(ctx.lang) && ctx.lang !== "en";
    return !first.sentStart || entry.langs.has(ctx.lang);
  }
  if (!namedIn(entry, ctx.lang)) return false;
  const strict = entry.strictCase;
  if (strict) {
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (t.text !== t.text.toUpperCase()) return false;
    }
    return true;
  }
  if (!first.cap) return false;
  // A sentence-initial capital proves nothing when the article also writes the word in lower case; in Turkish a
  // suffix set off by an apostrophe does ("Ordu'da", in Ordu; "ordu" is also "army"): only proper nouns take one.
  const lowerToo = j === i + 1 && ctx.lowerWords.has(first.key) && !apostropheSuffix(tokens, j, ctx.lang);
  if (first.sentStart && lowerToo) return false;
  if (entry.kind === "city") {
    // Two or three capitals are an acronym ("AMA", "SE", "IGA"), not Ama, Sé or Iga.
    if (j === i + 1 && first.upper && first.text.length <= 3) return false;
    if (j === i + 1 && negativeWords(ctx.lang).has(first.key)) return false; // German "Ende", not the town
    // Nor the first word of a weekday's two-word name (Vietnamese "Chủ nhật", Sunday: not the town Chũ).
    if (j === i + 1 && j < tokens.length && WEEKDAY_PHRASES.get(ctx.lang)?.get(first.key) === tokens[j]!.key) return false;
    // A German noun the article writes after a determiner ("die Namen", "der Region") is no city wherever it
    // stands: German capitalises every noun, and GeoNames lists Namen (Namur) and Region (Reggio Calabria).
    if (j === i + 1 && ctx.commonNounsNotPlaces?.has(first.key) === true) return false;
    if (j === i + 1 && (alternateUncued(entry, first.key, ctx) || vietnameseSyllable(entry, first.text, ctx.lang))) return false;
    // A role word of the article's language is no alternate name of a town ("Kocha", Swahili for coach, is one of Xincheng's).
    if (j === i + 1 && entry.latinAlternate === true && (ROLES.has(first.key) || localLexicon(ctx.lang).roles.has(first.key))) return false;
    // Nor right after a role, where a name stands ("Devlet Başkanı Lula": the president, not Luleå).
    if (j === i + 1 && entry.latinAlternate === true && i > 0 && spaceGap(first.gap) && ROLES.has(tokens[i - 1]!.key)) return false;
    // "Banco de España", "Banco Central do Brasil": the head of an institution's name is not El Banco (Colombia),
    // nor is the word after it a city ("Central", one of Davao's names).
    if (j === i + 1 && inInstitutionName(tokens, i)) return false;
    // Nor a longer name ending in such a head: "El Banco Central Europeo", "El Banco de España" are banks.
    if (j > i + 1 && HEADS.has(tokens[j - 1]!.key) && inInstitutionName(tokens, j - 1)) return false;
    if (i < ctx.headlineEnd && entry.city.population < HEADLINE_CITY_MIN_POPULATION) return false;
    if (lowerToo) return false;
    if (inQuotedName(tokens, i, j)) return false;
  }
  return true;
}

const OPENING_QUOTE_RE = /[«„“"‹]\s*$/u;
/**
 * A city opening a quoted name that goes on past it: a stadium, a company, a ship or a title named after a person or
 * a place, as Russian, Ukrainian, Polish and French quote them («Сантьяго Бернабеу», «Москва-Сити» stays Moscow).
 * A city closing one stays (a club's town: «Реал Мадрид», as English "Real Madrid").
 */
function inQuotedName(tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j];
  return OPENING_QUOTE_RE.test(tokens[i]!.gap) && next !== undefined && spaceGap(next.gap) && next.cap;
}

/** Languages that set a case ending off a proper noun with an apostrophe ("Ankara'da", "Bakı'ya"), and only a proper noun's. */
const APOSTROPHE_SUFFIX_LANGUAGES: ReadonlySet<string> = new Set(["tr", "az"]);

/** Token `j` is a lower-case suffix written after an apostrophe onto the word before it. */
function apostropheSuffix(tokens: readonly Token[], j: number, lang: string): boolean {
  const t = tokens[j];
  return APOSTROPHE_SUFFIX_LANGUAGES.has(lang) && t !== undefined && /^['’]$/.test(t.gap) && !t.cap && /^\p{Ll}+$/u.test(t.text);
}

/** Token `i` heads an institution's name ("Banco" before "de España" or "Central") or follows its head inside it ("Central" in "Banco Central do Brasil"). */
function inInstitutionName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (HEADS.has(t.key) && next !== undefined && spaceGap(next.gap)) {
    if (next.cap && !next.upper) return true;
    if (CONNECTORS.has(next.key) && tokens[i + 2]?.cap === true) return true;
  }
  // Inside the name, not ending it: "Universität Hamburg" names Hamburg.
  const before = tokens[i - 1];
  const inside = next !== undefined && spaceGap(next.gap) && (next.cap || CONNECTORS.has(next.key));
  return inside && before !== undefined && before.cap && HEADS.has(before.key) && spaceGap(t.gap);
}

/** "sino-russes", "franco-allemand", "Chine-Europe", "US-amerikanisch": each part that names a country, as its own mention. */
function matchParts(t: Token, i: number, gaz: Gazetteer, ctx: MatchContext, out: GazMatch[]): void {
  let offset = 0;
  for (const part of t.text.split(/[-‐‑]/)) {
    const start = t.start + offset;
    offset += part.length + 1;
    const key = foldKey(part);
    const combining = gaz.combining.get(key);
    if (combining !== undefined) {
      out.push({ i, j: i + 1, start, end: start + part.length, entry: { kind: "country", code: combining, strictCase: false } });
      continue;
    }
    const list = gaz.entries.get(key);
    const capPart = part[0] !== undefined && part[0] !== part[0].toLowerCase();
    const entry = list?.find(
      (e) =>
        (e.kind === "demonym" && (capPart || (e.langs.has(ctx.lang) && ctx.lang !== "en"))) ||
        (e.kind === "country" && capPart && !e.strictCase && namedIn(e, ctx.lang)),
    );
    if (entry !== undefined) out.push({ i, j: i + 1, start, end: start + part.length, entry });
  }
}

/** Tokens [i, j) naming `entry` with a case ending on the last (see GazMatch.inflected). */
function inflectedMatch(tokens: readonly Token[], i: number, j: number, entry: GazEntry, endsNounPhrase: boolean): GazMatch {
  const m: GazMatch = { i, j, start: tokens[i]!.start, end: tokens[j - 1]!.end, entry };
  return endsNounPhrase ? { ...m, inflected: true } : m;
}

/**
 * "Niemczech" is not caught, "Kazachstanu" (Polish) is; only countries and cities, only in languages with case endings.
 * A hyphenated word is read whole, its ending on its last part ("в Нью-Йорке").
 */
function matchInflected(tokens: readonly Token[], i: number, gaz: Gazetteer, ctx: MatchContext, out: GazMatch[]): void {
  const t = tokens[i]!;
  if (SUFFIX_LANGS[ctx.lang] === undefined || t.upper || (t.sentStart && ctx.lowerWords.has(t.key))) return;
  // A German noun after a determiner is no city ("den Kuchen"), though it may be a country ("den Niederlanden").
  const found = inflectedEntry(t.key, gaz, ctx, ctx.commonNounsNotPlaces?.has(t.key) === true);
  if (found === null) return;
  if (found.entry.kind === "city" && PLACE_CASE_ENDINGS[ctx.lang] !== undefined && continuesName(tokens, i) && !knownCity(found.entry.city)) return;
  out.push(inflectedMatch(tokens, i, i + 1, found.entry, endsPhrase(ctx.lang, found.ending)));
}

/**
 * Inside a run of capitalised words, a word that reads as a town plus a Turkic locative is as likely a name's word with
 * an ending of its own letters: Japanese surnames end in -da and -de as the locative does ("Fumio Kishida", Kishi, a
 * town of Nigeria, in the locative). Right after a name's word, only a capital or a city readers know is read so
 * ("Ceyhun Bayramov Bakıda", in Baku). Not in languages that capitalise every noun (German "Drehbuchautor Hollywoods").
 */
const RUN_CITY_MIN_POPULATION = 300_000;

function continuesName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.cap && !prev.upper && spaceGap(tokens[i]!.gap);
}

function knownCity(c: City): boolean {
  return c.featureCode === "PPLC" || c.population >= RUN_CITY_MIN_POPULATION;
}

/**
 * A name of several words whose last word alone takes the case ending: Finnish "New Yorkissa", Hungarian "Los
 * Angelesbe". Tried where no name is found as written, or a shorter one only; the words must be capitalised, as a
 * name's are.
 */
function matchInflectedPhrase(tokens: readonly Token[], i: number, gaz: Gazetteer, ctx: MatchContext, out: GazMatch[]): void {
  const first = tokens[i]!;
  const max = gaz.maxWords.get(first.key) ?? 1;
  if (SUFFIX_LANGS[ctx.lang] === undefined || first.upper || first.multiWord || max < 2) return;
  const phrases: { j: number; key: string }[] = [];
  let key = first.key;
  for (let j = i + 1; j < tokens.length && j - i < max; j++) {
    const t = tokens[j]!;
    if (!spaceGap(t.gap) || !t.cap || t.multiWord) break;
    key += " " + t.key;
    phrases.push({ j: j + 1, key });
  }
  for (let p = phrases.length - 1; p >= 0; p--) {
    const { j, key: phrase } = phrases[p]!;
    const found = inflectedEntry(phrase, gaz, ctx, false);
    if (found === null) continue;
    out.push(inflectedMatch(tokens, i, j, found.entry, endsPhrase(ctx.lang, found.ending)));
    return;
  }
}

function longerInflectedPhrase(m: GazMatch, tokens: readonly Token[], i: number, gaz: Gazetteer, ctx: MatchContext): GazMatch | null {
  const longer: GazMatch[] = [];
  matchInflectedPhrase(tokens, i, gaz, ctx, longer);
  return longer[0] !== undefined && longer[0].j > m.j ? longer[0] : null;
}

/** The country or city `key` names with a case ending rewritten or cut off, and that ending. */
function inflectedEntry(key: string, gaz: Gazetteer, ctx: MatchContext, noCity: boolean): { entry: GazEntry; ending: string } | null {
  const minStem = SHORT_STEM_LANGS.has(ctx.lang) ? MIN_SHORT_STEM : MIN_STEM;
  const usable = (e: GazEntry, cityOk: boolean) => (e.kind === "country" || (e.kind === "city" && cityOk)) && !e.strictCase && namedIn(e, ctx.lang) && !alternateUncued(e, key, ctx);
  for (const [ending, base] of REWRITTEN_ENDINGS[ctx.lang] ?? []) {
    // The name restored must be as long as a stripped one: "Praze" is "Praha", five letters. A long ending proves
    // more, so a name of four letters will do behind it ("Kairze", Kair).
    const restored = key.length - ending.length + base.length;
    if (!key.endsWith(ending) || restored < (ending.length >= 3 ? minStem - 1 : minStem)) continue;
    const entry = gaz.entries.get(key.slice(0, -ending.length) + base)?.find((e) => usable(e, !noCity));
    if (entry !== undefined) return { entry, ending };
  }
  for (const ending of SUFFIX_LANGS[ctx.lang] ?? []) {
    const stem = key.length - ending.length;
    // A country's name of four letters takes endings too ("Iranu", "Iraku", "Omanu"): a stem that short names a
    // country only, one of a closed list, never a town.
    if (!key.endsWith(ending) || stem < Math.min(minStem, MIN_COUNTRY_STEM)) continue;
    // A city's stem of four letters takes the ending after a preposition of place ("v Soulu", in Seoul), which proves
    // the place a bare word of that length does not.
    const cued = ctx.placeCued?.has(key) === true || PLACE_CASE_ENDINGS[ctx.lang]?.includes(ending) === true;
    const cityOk = (stem >= minStem || (stem >= MIN_COUNTRY_STEM && cued)) && !noCity && !COUNTRY_ONLY_ENDINGS[ctx.lang]?.includes(ending);
    const entry = gaz.entries.get(key.slice(0, -ending.length))?.find((e) => usable(e, cityOk));
    if (entry !== undefined) return { entry, ending };
  }
  return null;
}

const isAlternateCity = (e: GazEntry): boolean => e.kind === "city" && e.latinAlternate === true;

/**
 * In a language that declines, a word that is one city's alternate name may be another place's own name declined:
 * Polish "w Łodzi" is in Łódź, not Lodi, California, which GeoNames also spells "Lodzi". The declined own name wins.
 */
function declinedOwnName(tokens: readonly Token[], i: number, gaz: Gazetteer, ctx: MatchContext): GazMatch | null {
  if (SUFFIX_LANGS[ctx.lang] === undefined && REWRITTEN_ENDINGS[ctx.lang] === undefined) return null;
  const found = inflectedEntry(tokens[i]!.key, gaz, ctx, false);
  if (found === null || isAlternateCity(found.entry)) return null;
  return inflectedMatch(tokens, i, i + 1, found.entry, endsPhrase(ctx.lang, found.ending));
}

/** Where a declining language is official: its press names its own towns in every case. */
const DECLINING_HOME: Readonly<Record<string, string>> = {
  et: "EE", lv: "LV", lt: "LT", fi: "FI", hu: "HU", ru: "RU", uk: "UA", be: "BY", bg: "BG", pl: "PL", cs: "CZ", sk: "SK", sl: "SI", hr: "HR",
};

/**
 * A foreign town's name that is a home town's declined: Estonian "Tartus" is in Tartu, not Tartus in Syria. The home
 * town wins where the article's language is official.
 */
function declinedHomeTown(m: GazMatch, tokens: readonly Token[], gaz: Gazetteer, ctx: MatchContext): GazMatch | null {
  const home = DECLINING_HOME[ctx.lang];
  if (home === undefined || m.j !== m.i + 1 || m.entry.kind !== "city" || m.entry.city.country === home) return null;
  const declined = declinedOwnName(tokens, m.i, gaz, ctx);
  return declined !== null && declined.entry.kind === "city" && declined.entry.city.country === home ? declined : null;
}

/**
 * Locative and ablative endings of the Turkic languages, which have no preposition of place: the ending is the cue a
 * preposition is elsewhere, so a city's stem of four letters takes it ("Bakıda", in Baku; "Bakıdan", from it). Not
 * Turkish, which sets an apostrophe before a name's ending ("Bakü'de"). Finnish, likewise, says "in" and "from" by the
 * inessive and elative ("Soulissa", in Seoul; keys are folded, so -ssä is -ssa).
 */
const PLACE_CASE_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  az: ["da", "de", "ta", "te", "dan", "den"],
  kk: ["да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен"],
  ky: ["да", "де", "та", "те", "дан", "ден", "тан", "тен"],
  uz: ["da", "dan"],
  fi: ["issa", "ista", "ssa", "sta"],
};

/** Letters a country's name keeps once a case ending is cut off (Irak, Iran, Oman, Peru). */
const MIN_COUNTRY_STEM = 4;

/**
 * Names in scripts without case, from token i; returns the last token used. Unspaced scripts (Han, Kana,
 * Thai …): every name inside the run, longest first at each position. Spaced ones: a phrase of up to
 * MAX_CASELESS_WORDS words, then the word itself, without a one-letter proclitic (Arabic, Hebrew), or
 * its longest known beginning (Korean writes case particles onto names: "두샨베에서").
 */
function matchCaseless(tokens: readonly Token[], i: number, gaz: Gazetteer, out: GazMatch[], lang: string): number {
  const t = tokens[i]!;
  const s = t.key;
  if (UNSPACED_RE.test(s)) {
    if (LATIN_IN_WORD_RE.test(s)) matchMixedRun(t, i, gaz, out);
    else matchUnspaced(s, t.start, i, gaz, out);
    return i;
  }
  const script = /^\p{Script=Arabic}/u.test(s) ? "Arabic" : /^\p{Script=Hebrew}/u.test(s) ? "Hebrew" : /^\p{Script=Hangul}/u.test(s) ? "Hangul" : /^\p{Script=Ethiopic}/u.test(s) ? "Ethiopic" : "";
  // A phrase of words; an Arabic, Hebrew or Amharic one-letter proclitic may open it ("والاتحاد الأوروبي", and the European Union; "በአዲስ አበባ", in Addis Ababa).
  const heads = PROCLITICS[script]?.includes(s[0] ?? "") && s.length > 3 ? [s, s.slice(1)] : [s];
  const withArticle = script === "Arabic" ? arabicArticleRestored(s) : null;
  if (withArticle !== null) heads.push(withArticle);
  let best: GazMatch | null = null;
  for (const head of heads) {
    let phrase = head;
    for (let j = i + 1; j < tokens.length && j < i + MAX_CASELESS_WORDS && (spaceGap(tokens[j]!.gap) || tokens[j]!.gap === ZWNJ) && tokens[j]!.caseless; j++) {
      phrase += " " + tokens[j]!.key;
      const e = gaz.entries.get(phrase)?.[0];
      if (e !== undefined && (best === null || j + 1 > best.j)) best = { i, j: j + 1, start: t.start, end: tokens[j]!.end, entry: e };
    }
  }
  if (best !== null) {
    out.push(best);
    return best.j - 1;
  }
  const forms = [s];
  if (script === "Hangul") {
    // A name of two syllables ("도쿄에서", "도쿄서") is found once its particle is cut off, where a bare
    // beginning that short would match common words.
    const particle = koreanParticleOf(s);
    if (particle !== undefined) forms.push(s.slice(0, -particle.length));
    for (let len = s.length - 1; len >= HANGUL_PREFIX_MIN; len--) forms.push(s.slice(0, len));
  }
  else if (PROCLITICS[script]?.includes(s[0] ?? "")) {
    forms.push(s.slice(1));
    // Hebrew drops the article after ב, ל and כ and keeps its vowel: בוותיקן is ב + הוותיקן, in the Vatican.
    if (script === "Hebrew" && "בלכ".includes(s[0]!)) forms.push(`ה${s.slice(1)}`);
    if (withArticle !== null) forms.push(withArticle);
    // "And" stacks before another proclitic: Hebrew ובז'נבה (and in Geneva), Arabic وبدمشق.
    if (AND_PROCLITIC.includes(s[0]!) && PROCLITICS[script]!.includes(s[1] ?? "") && s.length - 2 >= MIN_CASELESS_STEM) forms.push(s.slice(2));
  }
  for (const [ending, base] of CASELESS_ENDINGS[lang] ?? []) {
    // Telugu sets a zero-width non-joiner between a name's final virama and the ending (భారత్‌కు): not the name's.
    if (s.endsWith(ending) && s.length - ending.length >= MIN_CASELESS_STEM) forms.push(s.slice(0, -ending.length).replace(/\u200c$/u, "") + base);
  }
  for (const k of forms) {
    const e = k.length >= 2 ? gaz.caseless.get(k)?.[0] : undefined;
    if (e === undefined) continue;
    if (e.kind === "demonym" && script === "Arabic" && afterGivenName(tokens, i)) break;
    out.push({ i, j: i + 1, start: t.start, end: t.start + (script === "Hangul" ? k.length : t.text.length), entry: e });
    break;
  }
  return i;
}

/**
 * Arabic writes ل (to, for) before the article ال without its alef: للأمم المتحدة is ل + الأمم المتحدة (for the United
 * Nations), وللقاهرة "and to Cairo". The word with its article restored, or null.
 */
function arabicArticleRestored(word: string): string | null {
  const at = word.startsWith("لل") ? 2 : word.startsWith("ولل") ? 3 : -1;
  return at > 0 && word.length - at >= MIN_CASELESS_STEM ? `ال${word.slice(at)}` : null;
}

let arabicGivenNames: ReadonlySet<string> | undefined;

/**
 * Whether the word before token `i` is an Arabic-script given name: an adjective of a country after one is a family
 * name ("أحمد المصري", Ahmed al-Masri; "محمد المغربي"), as Arabic names so often are, not the country.
 */
function afterGivenName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before === undefined || !/^[ \u00a0]+$/u.test(tokens[i]!.gap)) return false;
  arabicGivenNames ??= new Set(ARABIC_SCRIPT_GIVEN_NAMES_TEXT.split(/\s+/u).filter(Boolean).map(foldToken));
  return arabicGivenNames.has(before.key);
}

/** Every gazetteer name inside a run of unspaced text (Han, Kana, Thai …) starting at `start`, longest first at each position. */
function matchUnspaced(s: string, start: number, i: number, gaz: Gazetteer, out: GazMatch[]): void {
  let thaiWordAt: Int32Array | null = null;
  for (let p = 0; p < s.length; p++) {
    for (let len = Math.min(gaz.caselessLongest.get(s[p]!) ?? 0, s.length - p); len >= 2; len--) {
      const e = gaz.caseless.get(s.slice(p, p + len))?.[0];
      if (e === undefined || insideKatakanaWord(s, p, p + len)) continue;
      // Thai: a name is no tail of one word of the dictionary's reading (ไทย, Thailand, ends มหาดไทย, the interior). A
      // foreign name the dictionary does not know spans several of its pieces, and is kept; not one that also ends
      // inside a word, a bridge across a boundary (โรโซ, Roseau, in ยูโร|โซน, the euro zone).
      if (THAI_CHAR_RE.test(s[p]!)) {
        thaiWordAt ??= thaiWordStarts(s);
        const startsInside = thaiWordAt[p]! < p;
        if (startsInside && thaiWordAt[p + len - 1] === thaiWordAt[p]) continue;
        if (startsInside && p + len < s.length && thaiWordAt[p + len] === thaiWordAt[p + len - 1]) continue;
      }
      out.push({ i, j: i + 1, start: start + p, end: start + p + len, entry: e });
      p += len - 1;
      break;
    }
  }
}

const THAI_CHAR_RE = /\p{Script=Thai}/u;

/** For each character of a Thai run, where the dictionary word holding it starts. */
function thaiWordStarts(s: string): Int32Array {
  const at = new Int32Array(s.length).fill(-1);
  for (const w of thaiWords(s)) at.fill(w.index, w.index, w.index + w.word.length);
  return at;
}

/** A run of Latin letters inside a Han, Kana … word ("国連とNATOは", "据IMF预测"): Chinese and Japanese write acronyms into their runs. */
const LATIN_RUN_RE = /[A-Za-z]+/g;

/** Whether a gazetteer entry may be named by a Latin run written into unspaced text: an acronym only in capitals. */
function latinRunEntry(run: string, gaz: Gazetteer): GazEntry | undefined {
  const e = gaz.entries.get(foldKey(run))?.find((x) => x.kind === "org" || x.kind === "country" || x.kind === "city");
  return e !== undefined && (!("strictCase" in e) || !e.strictCase || run === run.toUpperCase()) ? e : undefined;
}

/**
 * A word mixing Latin letters with Han or Kana ("NATOと欧州連合が国連で会合した", "国連とNATOは"): each Latin run
 * looked up as written, the rest as unspaced text, in the order they come.
 */
function matchMixedRun(t: Token, i: number, gaz: Gazetteer, out: GazMatch[]): void {
  let from = 0;
  for (const m of t.text.matchAll(LATIN_RUN_RE)) {
    const at = m.index!;
    if (at > from) matchUnspaced(fold(t.text.slice(from, at)), t.start + from, i, gaz, out);
    const e = latinRunEntry(m[0], gaz);
    if (e !== undefined) out.push({ i, j: i + 1, start: t.start + at, end: t.start + at + m[0].length, entry: e });
    from = at + m[0].length;
  }
  if (from < t.text.length) matchUnspaced(fold(t.text.slice(from)), t.start + from, i, gaz, out);
}

const KATAKANA_RE = /[\p{Script=Katakana}ー]/u;

/**
 * Katakana writes a loanword as one unbroken run, so a name in Katakana is a word only where the run
 * starts and ends: タイ (Thailand) inside タイップ (Tayyip) is part of another word.
 */
function insideKatakanaWord(s: string, from: number, to: number): boolean {
  if (!KATAKANA_RE.test(s[from]!) || !KATAKANA_RE.test(s[to - 1]!)) return false;
  return KATAKANA_RE.test(s[from - 1] ?? "") || KATAKANA_RE.test(s[to] ?? "");
}
