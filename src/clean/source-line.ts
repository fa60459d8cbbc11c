import type { PartialDate } from "../types.js";
import { parseDate } from "./dates.js";
import { parseLabelledFields } from "./source-line-fields.js";
import { AUTHOR_LABEL, PUBLISHED_LABEL, SOURCE_LABEL, UPDATED_LABEL } from "./source-line-labels.js";
import { textWeight } from "./text-weight.js";

/**
 * The source/date lines under a headline, in the shapes news sites print them:
 *   "Lemonde.fr | Publié le 2021-09-17 à 15:56", "Published: Sept. 17, 2021",
 *   "Mis à jour le 18/09/2021 à 10h02", "Dernière mise à jour à 09h10 le 14/09",
 *   "Updated 3:15 PM ET, Tue March 4, 2021", "Von Hans Müller | 12.03.2021", "Par Jean Dupont".
 */
export interface SourceLine {
  site?: string;
  author?: string;
  published?: PartialDate;
  updated?: PartialDate;
}

/** Longer lines are sentences of the article, not a source line. */
const MAX_SOURCE_LINE_CHARS = 200;
/** Words left over after the label and the date ("à", "le", "at" are fillers and not counted). */
const MAX_LEFTOVER_WORDS = 1;
/** A byline names a few people; more words is a sentence that starts with "By" or "Par". */
const MAX_AUTHOR_WORDS = 8;
/** A site name beside a date: a domain or a short name ("Le Monde", "Deutsche Welle"). */
const MAX_SITE_WORDS = 4;
/** A byline in a script without capitals names one or two people: first and last names, a "bin", a "al-". */
const MAX_CASELESS_NAME_WORDS = 4;
/** A source after "Источник:" is an agency's or an outlet's name. */
const MAX_SOURCE_CHARS = 40;

const FILLERS = new Set([
  "à", "a", "le", "la", "at", "on", "am", "um", "el", "il", "em", "às", "as", "alle", "las", "de", "du", "der", "den", "the",
  "h", "uhr", "hrs", "et", "pt", "ct", "mt", "cet", "cest", "utc", "gmt", "heure", "heures", "ora", "ore", "hora", "horas",
  "·", "-", "–", "—", ",", "|", "/", "(", ")", "y", "e", "und", "and", "et", "mis", "jour", "ist", "est",
  // Chinese "original": the mark a portal sets before an outlet's own story ("原创 南方都市报 2019-09-09 16:01").
  "原创",
]);
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?$/u;
const SEPARATOR = /\s+[|·•]\s+|\s+[–—]\s+/u;

interface Segment {
  kind: "date" | "author" | "site";
  value: string;
  /** A site named after a label ("Источник: ТАСС"): the label says what the line is. */
  labelled?: boolean;
  date?: PartialDate;
  updated?: boolean;
}

/** Characters of a script written without spaces that make one word of a count (a Chinese word is one to three). */
const DENSE_CHARS_PER_WORD = 4;

/**
 * The words of a line, a run of Han, kana or Hangul counted as one word per DENSE_CHARS_PER_WORD
 * characters: "６月12日の歴史的な米朝首脳会談を…" is a sentence after its date, "星期五" one word.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/[\s,;()、。，；（）]+/u)) {
    const word = raw.toLowerCase();
    if (word === "" || !/\p{L}/u.test(word) || FILLERS.has(word)) continue;
    const dense = textWeight(word) - word.length;
    words.push(word);
    for (let extra = Math.ceil(dense / DENSE_CHARS_PER_WORD) - 1; extra > 0; extra--) words.push(word);
  }
  return words;
}

/**
 * Characters of a run of a dense script that still name one thing beside a date: an outlet or a name ("南方都市报",
 * "央视新闻客户端"), where a clause runs longer and has its particles.
 */
const MAX_DENSE_NAME_CHARS = 8;

/** The words left beside a date: `wordsOf`, but a lone dense run short enough to be a name is one word. */
function leftoverWordsOf(text: string): string[] {
  const words = wordsOf(text);
  const distinct = [...new Set(words)];
  return distinct.length === 1 && distinct[0]!.length <= MAX_DENSE_NAME_CHARS && textWeight(distinct[0]!) > distinct[0]!.length ? distinct : words;
}

function isNameLike(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_AUTHOR_WORDS) return false;
  // In a script without capitals (Arabic, Hindi, Korean …) a name is a few words without digits or sentence ends.
  if (text.toLowerCase() === text.toUpperCase()) return words.length <= MAX_CASELESS_NAME_WORDS && !/[\d.!?؟।]/u.test(text);
  // Names start with capitals; lower-case joiners ("de", "van", "and", "et") are allowed between them.
  return /^\p{Lu}/u.test(words[0]) && words.every((word) => /^(?:\p{Lu}|[a-zà-ÿ]{1,4}$|&$|,$)/u.test(word));
}

function classifySegment(segment: string): Segment | null {
  let rest = segment.trim();
  let updated = false;
  const up = UPDATED_LABEL.exec(rest);
  if (up && up[0].trim() !== "") {
    updated = true;
    rest = rest.slice(up[0].length);
  } else {
    const pub = PUBLISHED_LABEL.exec(rest);
    if (pub) rest = rest.slice(pub[0].length);
  }
  const date = parseDate(rest);
  if (date) {
    const leftover = leftoverWordsOf(rest.replace(date.text, " ").replace(/\b(?:mise?|à|jour)\b/giu, " "));
    const weekdayFree = leftover.filter((word) => !/^(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)/u.test(word));
    if (weekdayFree.length <= MAX_LEFTOVER_WORDS) return { kind: "date", value: segment, date, updated };
    const author = AUTHOR_LABEL.exec(rest);
    if (author) {
      const name = rest.slice(author[0].length).replace(date.text, "").replace(/[,|·-]\s*$/u, "").trim();
      if (isNameLike(name)) return { kind: "author", value: name, date, updated };
    }
    return null;
  }
  const source = SOURCE_LABEL.exec(rest);
  if (source && !updated) {
    const name = rest.slice(source[0].length).trim();
    return name !== "" && name.length <= MAX_SOURCE_CHARS && !/[.!?;]\s/u.test(name) ? { kind: "site", value: name, labelled: true } : null;
  }
  const author = AUTHOR_LABEL.exec(rest);
  if (author && !updated) {
    const name = rest.slice(author[0].length).trim();
    if (isNameLike(name)) return { kind: "author", value: name };
    return null;
  }
  if (DOMAIN.test(rest) || (rest.split(/\s+/u).length <= MAX_SITE_WORDS && /^\p{Lu}/u.test(rest) && !/[.!?]$/u.test(rest))) {
    return { kind: "site", value: rest };
  }
  return null;
}

/**
 * Read a source/date line; null when the line is article text. A line qualifies when every part of
 * it is a label with a date, a byline or a site name, and it states at least a date or an author.
 */
export function parseSourceLine(line: string): SourceLine | null {
  const text = line.replace(/\s+/gu, " ").trim();
  if (text === "" || text.length > MAX_SOURCE_LINE_CHARS) return null;
  const fields = parseLabelledFields(text);
  if (fields !== null) return fields;
  const segments: Segment[] = [];
  for (const part of text.split(SEPARATOR)) {
    const segment = classifySegment(part);
    if (!segment) return null;
    segments.push(segment);
  }
  const result: SourceLine = {};
  for (const segment of segments) {
    if (segment.kind === "site") {
      result.site ??= segment.value;
      continue;
    }
    if (segment.kind === "author") result.author ??= segment.value;
    if (segment.date) {
      if (segment.updated) result.updated ??= segment.date;
      else result.published ??= segment.date;
    }
  }
  if (segments.some((segment) => segment.labelled)) return result;
  const states = result.published ?? result.updated ?? result.author;
  // A lone site-like segment ("Le Monde") without a date or byline could be any short line.
  if (states === undefined) return null;
  if (result.site !== undefined && !DOMAIN.test(result.site) && result.published === undefined && result.updated === undefined) return null;
  return result;
}
