import { ARTICLES_BEFORE_NO_NAME } from "./article-named.js";
import { isCommonGivenNameToken } from "./given-names.js";
import { foldToken } from "./fold.js";
import type { Token } from "./tokens.js";

/*
 * How French, Spanish, Catalan, Portuguese and Italian write people's names, as people.ts reads them: which "of" is a
 * noun's and which a name's particle, which words a role's single name may stand after, and the articles, abstract nouns
 * and adverbs no name holds.
 */

/**
 * The "of" a noun takes in French, Spanish, Catalan and Italian, and which a name particle also is after a given name
 * ("Charles de Gaulle", "Luis de Guindos"). Not Portuguese, where a compound surname opens so ("Rebelo de Sousa").
 */
export const ROMANCE_OF: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["de", "du", "des"]),
  es: new Set(["de", "del"]),
  ca: new Set(["de", "del", "dels"]),
  it: new Set(["di", "del", "della", "dei", "degli", "delle", "dello"]),
};
/** Spanish patronymic surnames end in -z (Fernández, Sáenz, Ruiz, Muñoz) and open compound surnames ("Fernández de Kirchner"). */
export const PATRONYMIC_SURNAME_RE = /z$/;

/** Prepositions, articles and conjunctions of the Romance languages (folded). */
export const ROMANCE_BETWEEN: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    es: "de del a al en con por para sin sobre entre contra hacia desde hasta y e o u que el la los las un una unos unas lo su sus",
    ca: "de del dels a al als en amb per sense sobre entre contra i o que el la els les un una",
    pt: "de do da dos das a ao aos em no na nos nas com por pelo pela para sem sobre entre contra e ou que o os as um uma seu sua",
    it: "di d del della dei degli delle dello dell a al alla ai agli alle all da dal dalla dall in nel nella nell con per su sul sulla sull tra fra e o che il lo la i gli le l un uno una",
    fr: "de d du des a au aux en dans avec par pour sans sur sous entre contre et ou que le la les l un une son sa ses",
  }).map(([lang, words]) => [lang, new Set(words.split(" ").map(foldToken))]),
);

/** French, Spanish, Catalan, Portuguese and Italian. */
export const ROMANCE_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(ROMANCE_BETWEEN));

/**
 * Endings of abstract nouns and adjectives (folded: "-ción" is "cion", "-ção" "cao"), long enough that no surname ends so:
 * Spanish -ción -sión -dad -tud -ismo -tivo; Portuguese -ção -ções -idade -ismo -tivo; Italian -zione -sione -ismo -tivo.
 */
const ROMANCE_NOUN_ENDINGS: Readonly<Record<string, RegExp>> = {
  es: /.{3}(?:cion|siones|ciones|sion|dad|dades|tud|ismo|tivo|tiva|tivos|tivas)$/,
  pt: /.{3}(?:cao|coes|sao|soes|idade|idades|ismo|tivo|tiva|tivos|tivas)$/,
  it: /.{3}(?:zione|zioni|sione|sioni|ismo|tivo|tiva|tivi|tive)$/,
};

/**
 * Articles (`ARTICLES_BEFORE_NO_NAME`, with the indefinite ones) and their contractions with prepositions (folded), before
 * no person's name: in Spanish and French none at all; in Italian, which writes one before a woman's surname ("la Meloni"), none before a full name (`minWords` 2).
 * `opening`: whether a run may not open with the capitalised article either ("La Guajira"; Italian "La Russa" is a
 * surname).
 */
const NO_ARTICLE_NAME_LANGUAGES: Readonly<Record<string, { words: ReadonlySet<string>; minWords: number; opening: boolean }>> = {
  es: { words: new Set([...ARTICLES_BEFORE_NO_NAME.es!, "del", "al", "un", "una", "unos", "unas"]), minWords: 1, opening: true },
  fr: { words: new Set([...ARTICLES_BEFORE_NO_NAME.fr!, "du", "au", "aux", "un", "une"]), minWords: 1, opening: true },
  it: {
    words: new Set([
      ...ARTICLES_BEFORE_NO_NAME.it!,
      ..."i l un uno una del dello della dei degli delle dell al allo alla ai agli alle all dal dallo dalla dai dagli dalle dall".split(" "),
      ..."nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle sull".split(" "),
    ]),
    minWords: 2,
    opening: false,
  },
};

/**
 * Portuguese articles: no name opens with one or holds one ("A Hora da Estrela", "Agência O Globo"); an initial is
 * written with its full stop ("Maria A. Silva").
 */
const PORTUGUESE_ARTICLES: ReadonlySet<string> = new Set(["o", "a", "os", "as"]);

/** Spanish, Portuguese and Italian adverbs in -mente ("Actualmente", "Finalmente"); "Clemente" is too short to be one. */
const ROMANCE_ADVERB_RE = /.{4}mente$/;

/** Languages whose roles take their portfolio with a bare "of" (French writes it with an article: "ministre de l'Économie"). */
export const ROLES_OF_LANGUAGES: ReadonlySet<string> = new Set(["es", "ca", "pt", "it"]);

const SPACES_RE = /^[ \u00a0]+$/;

/**
 * A capitalised run's words (`idx`, token indexes) as a Romance language allows a person's name to be written, or null
 * when none can be: a run right after an article where names take none ("el Monedero Patria", "al Tren Maya", "du
 * Figaro", "delle Forze Armate") or opening with one ("La Guajira") names a thing, a place or a body, and a capitalised
 * article ending a run opens the next phrase ("Agencias La revista"); an adverb opening a sentence is no name's word
 * ("Actualmente Paola Rojas conduce …"); and no Spanish, Portuguese or Italian name holds an abstract noun or its
 * adjective ("Atención Tributaria", "fiscal Anticorrupción", "Movimento Libertário") but a given name (Concepción,
 * Soledad). `afterArticleRules` is false where a role or honorific is the run's own ("el Presidente Joe Biden") or
 * a city opens it ("du Dalaï Lama": judged as before, so that the city is not read out of a name).
 */
export function romanceRun(tokens: readonly Token[], idx: number[], lang: string, afterArticleRules: boolean): number[] | null {
  const rule = NO_ARTICLE_NAME_LANGUAGES[lang];
  if (rule !== undefined && idx.length > 0) {
    const articles = rule.words;
    while (idx.length > 1 && articles.has(tokens[idx[idx.length - 1]!]!.key)) idx = idx.slice(0, -1);
    // The article before may open the sentence ("El Monedero Patria …").
    const before = tokens[idx[0]! - 1];
    const article = before !== undefined && (!before.cap || before.sentStart) && articles.has(before.key) && SPACES_RE.test(tokens[idx[0]!]!.gap);
    if (afterArticleRules && article && idx.length >= rule.minWords) return null;
    if (rule.opening && tokens[idx[0]!]!.cap && articles.has(tokens[idx[0]!]!.key)) return null;
  }
  if (lang === "pt" && idx.some((k) => tokens[k]!.cap && !tokens[k]!.dot && PORTUGUESE_ARTICLES.has(tokens[k]!.key))) return null;
  const nounEndings = ROMANCE_NOUN_ENDINGS[lang];
  if (nounEndings === undefined) return idx;
  while (idx.length > 1 && ROMANCE_ADVERB_RE.test(tokens[idx[0]!]!.key)) idx = idx.slice(1);
  return idx.some((k) => nounEndings.test(tokens[k]!.key) && !isCommonGivenNameToken(tokens[k]!)) ? null : idx;
}
