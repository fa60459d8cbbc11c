import { CALENDAR_WORDS, NOT_NAMES } from "./lexicon.js";
import type { Token } from "./tokens.js";

/**
 * Names a language writes with its definite article. English puts no article before a person's name or
 * a city's ("The Hague" holds it in the name): "the White House", "the New York Times", "the Department
 * of Justice", "the Paris Agreement" are institutions, papers and documents. The gazetteer matcher keeps
 * cities out of such runs, the people finder keeps them from being people (whatever verb follows, "The
 * White House said"), and the organisation finder types the longer ones. Each run's key also stands for
 * the same name written elsewhere without the article ("White House officials declined").
 */
export interface ArticleNamed {
  /** 1 for tokens inside a run that follows the article. */
  inRun: Uint8Array;
  /** Runs as [from, to) token ranges, in text order. */
  runs: (readonly [number, number])[];
  /** Folded keys of the runs (`runKey`). */
  keys: Set<string>;
}

/** Languages whose names never take this article; others (Italian "la Meloni", German "der Müller") may. */
const DEFINITE_ARTICLES: Readonly<Record<string, string>> = { en: "the" };
/**
 * Small words inside English names of institutions ("Department of Justice", "Centers for Disease
 * Control", "Committee of the Red Cross"); "and" is left out: it joins two names more often than it
 * sits inside one ("the Royal Court and Rose Queen").
 */
const CONNECTORS = new Set(["of", "for"]);
/** Longer capitalised runs are titles and headlines, not names. */
const MAX_RUN_WORDS = 7;

/** Token `i` follows the language's definite article across a space. */
export function afterDefiniteArticle(tokens: readonly Token[], i: number, lang: string): boolean {
  const article = DEFINITE_ARTICLES[lang];
  const before = tokens[i - 1];
  return article !== undefined && before !== undefined && before.key === article && /^[ \u00a0]+$/.test(tokens[i]!.gap);
}

/** Folded words of tokens [from, to), joined by spaces. */
export function runKey(tokens: readonly Token[], from: number, to: number): string {
  let key = tokens[from]!.key;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k]!.key}`;
  return key;
}

/** The capitalised runs after a definite article, outside a headline-case title; null when there are none. */
export function findArticleNamed(tokens: readonly Token[], lang: string, headlineEnd: number): ArticleNamed | null {
  if (DEFINITE_ARTICLES[lang] === undefined) return null;
  let named: ArticleNamed | null = null;
  for (let i = Math.max(1, headlineEnd); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || CALENDAR_WORDS.has(t.key) || NOT_NAMES.has(t.key) || !afterDefiniteArticle(tokens, i, lang)) continue;
    const end = runEnd(tokens, i);
    named ??= { inRun: new Uint8Array(tokens.length), runs: [], keys: new Set() };
    named.inRun.fill(1, i, end);
    named.runs.push([i, end]);
    named.keys.add(runKey(tokens, i, end));
    i = end - 1;
  }
  return named;
}

/** Capitalised words joined by spaces, and connectors followed by a capital ("Bank of England", "Committee of the Red Cross"). */
function runEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  for (let k = i + 1; k < tokens.length && k - i < MAX_RUN_WORDS && /^[ \u00a0]+$/.test(tokens[k]!.gap); k++) {
    const w = tokens[k]!;
    if (w.cap && !CALENDAR_WORDS.has(w.key)) {
      end = k + 1;
      continue;
    }
    if (!CONNECTORS.has(w.key)) break;
    const article = tokens[k + 1]?.key === "the" ? 1 : 0;
    if (tokens[k + 1 + article]?.cap !== true) break;
    k += article;
  }
  return end;
}
