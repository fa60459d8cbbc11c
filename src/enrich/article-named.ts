import { CALENDAR_WORDS, NOT_NAMES } from "./lexicon.js";
import { spaceGap, type Token } from "./tokens.js";

/**
 * Names a language writes with its definite article. English puts no article before a person's name or a
 * city's ("The Hague" holds it in the name): "the White House", "the New York Times", "the Paris
 * Agreement" are institutions, papers and documents; so is an English name quoted in another language
 * ("según The New York Times"). The gazetteer matcher keeps
 * cities out of such runs, the people finder keeps them from being people (whatever verb follows, "The
 * White House said"), and the organisation finder types the longer ones. Each run's key also stands for
 * the same name written elsewhere without the article ("White House officials declined").
 */
export interface ArticleNamed {
  /**
   * 1 where a run's name starts or goes on after one of its connectors ("White" of "the White House",
   * "Disease" of "the Centers for Disease Control"): a person starting there is the run's. A name right
   * after the run's capitalised words is in apposition, not part of it ("the Bank of England Andrew Bailey").
   */
  nameStart: Uint8Array;
  /** Runs as [from, to) token ranges, in text order. */
  runs: (readonly [number, number])[];
  /** Folded keys of the runs (`runKey`). */
  keys: Set<string>;
  /** Keys of a run's words before its first connector: "bank" of "the Bank of England", no city there whatever the gazetteer holds. */
  heads: Set<string>;
}

/**
 * Definite articles of languages whose news never writes one before a person's name or a city's (the
 * city's own, "The Hague", is part of the name and matched with it). English only: French, Spanish,
 * Italian and Portuguese were measured with their articles and connectors (docs/EVALUATION.md), and
 * French thread linking lost more than Spanish entity overlap gained. German writes "der Müller" and
 * genitive roles before names ("des Präsidenten Joe Biden").
 */
const DEFINITE_ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = { en: new Set(["the"]) };
/**
 * Small words inside names of institutions ("Department of Justice", "Centers for Disease Control"), an
 * article allowed after them ("Committee of the Red Cross"). "and" is left out: it joins two names more
 * often than it sits inside one ("the Royal Court and Rose Queen").
 */
const CONNECTORS: Readonly<Record<string, ReadonlySet<string>>> = { en: new Set(["of", "for"]) };
/**
 * Definite articles of languages whose standard news prose sets none before a person's name: after one, a capitalised
 * pair is a place, a firm or a work ("le Lincoln Center", "la Victoria Falls", "die Elizabeth Line"). Not Portuguese,
 * Catalan or Greek, which do ("o Lula", "ο Αλέξης Τσίπρας").
 */
export const ARTICLES_BEFORE_NO_NAME: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["le", "la", "les"]), es: new Set(["el", "la", "los", "las"]), it: new Set(["il", "lo", "la", "gli", "le"]),
  de: new Set(["der", "die", "das", "dem", "den", "des"]), nl: new Set(["de", "het"]),
};
/** Longer capitalised runs are titles and headlines, not names. */
const MAX_RUN_WORDS = 7;

/** The token is a definite article of the language (capitalised or not), or the English "The" opening a name quoted in any language ("según The New York Times"). */
export function isDefiniteArticle(t: Token | undefined, lang: string): boolean {
  return t !== undefined && (DEFINITE_ARTICLES[lang]?.has(t.key) === true || t.text === "The");
}

/** A gazetteer key holds the language's article or a connector: "the hague", "district of columbia". */
export function keyWithArticleOrConnector(key: string, lang: string): boolean {
  const words = key.split(" ");
  return words.some((w) => DEFINITE_ARTICLES[lang]?.has(w) === true || CONNECTORS[lang]?.has(w) === true);
}

/** Each of the language's articles before `key`: the names a city may take with its article ("the hague"). */
export function withArticles(key: string, lang: string): string[] {
  return [...(DEFINITE_ARTICLES[lang] ?? [])].map((a) => `${a} ${key}`);
}

/** Token `i` follows the language's definite article across a space. */
export function afterDefiniteArticle(tokens: readonly Token[], i: number, lang: string): boolean {
  return isDefiniteArticle(tokens[i - 1], lang) && spaceGap(tokens[i]!.gap);
}

/** Folded words of tokens [from, to), joined by spaces. */
export function runKey(tokens: readonly Token[], from: number, to: number): string {
  let key = tokens[from]!.key;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k]!.key}`;
  return key;
}

/** The capitalised runs after a definite article, outside a headline-case title; null when there are none. */
export function findArticleNamed(tokens: readonly Token[], lang: string, headlineEnd: number): ArticleNamed | null {
  let named: ArticleNamed | null = null;
  for (let i = Math.max(1, headlineEnd); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || CALENDAR_WORDS.has(t.key) || NOT_NAMES.has(t.key) || !afterDefiniteArticle(tokens, i, lang)) continue;
    const end = runEnd(tokens, i, lang);
    named ??= { nameStart: new Uint8Array(tokens.length), runs: [], keys: new Set(), heads: new Set() };
    named.nameStart[i] = 1;
    let head = true;
    for (let k = i + 1; k < end; k++) {
      if (tokens[k]!.cap) continue;
      if (head) named.heads.add(runKey(tokens, i, k));
      head = false;
      if (tokens[k + 1]?.cap === true) named.nameStart[k + 1] = 1;
    }
    named.runs.push([i, end]);
    named.keys.add(runKey(tokens, i, end));
    i = end - 1;
  }
  return named;
}

/** Capitalised words joined by spaces, and connectors followed by a capital ("Bank of England", "Committee of the Red Cross"). */
function runEnd(tokens: readonly Token[], i: number, lang: string): number {
  let end = i + 1;
  for (let k = i + 1; k < tokens.length && k - i < MAX_RUN_WORDS && spaceGap(tokens[k]!.gap); k++) {
    const w = tokens[k]!;
    if (w.cap && !CALENDAR_WORDS.has(w.key)) {
      end = k + 1;
      continue;
    }
    if (CONNECTORS[lang]?.has(w.key) !== true) break;
    const article = isDefiniteArticle(tokens[k + 1], lang) ? 1 : 0;
    if (tokens[k + 1 + article]?.cap !== true) break;
    k += article;
  }
  return end;
}
