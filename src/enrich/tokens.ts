import { fold } from "./fold.js";

/** One word of the document, with what the extractors ask of it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** `fold(text)` with joiners as spaces: the lookup form. */
  key: string;
  /** Starts with an upper-case letter ("Scholz", "PARIS", "Ш"). */
  cap: boolean;
  /** Two or more letters, all upper case ("OTAN", "GENEVE"). */
  upper: boolean;
  /** Written in a script without case (Han, Arabic, Thai …): capitalisation says nothing. */
  caseless: boolean;
  /** First word of a sentence, paragraph or quotation: its capital proves nothing. */
  sentStart: boolean;
  /** A full stop right after the word ("M.", "W."). */
  dot: boolean;
  /** Characters between the previous word and this one. */
  gap: string;
}

/**
 * Words are letter/digit runs joined by hyphens ("Nur-Sultan", "sino-russes" stay one word);
 * apostrophes split ("l'Afghanistan" → "l", "Afghanistan"; "Çin'in" → "Çin", "in"), which drops the
 * French elisions and the Turkish and English case endings in one rule. Hebrew is the exception: a
 * geresh after ג ז צ ת makes the sounds Hebrew letters lack (j, zh, ch, th: "רג'פ", "סנצ'ס"), part of its letter.
 */
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|(?<=[גזצץת])['׳’])*(?:[-‐‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/** What in a gap ends a sentence or opens a quotation. */
const SENTENCE_BREAK_RE = /[.!?:;«»"“”„()[\]\n]|--|[—–] /;
/** Abbreviations whose full stop does not end the sentence: titles and initials. */
const ABBREVIATIONS = new Set([
  "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "sr", "sra", "srta", "sig", "dott",
  "st", "ste", "gen", "col", "lt", "sen", "rep", "gov", "jr", "hr", "fr", "nr", "no", "vs", "etc", "ing", "mgr",
]);

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const HYPHENS_RE = /[-‐‑]+/g;

/**
 * What a word's spelling alone says of it. Written for the common case: a lower-case word skips the
 * Unicode tests that only capitals and caseless scripts need (tokenizing was a fifth of enrichment).
 */
function formOf(text: string): { key: string; cap: boolean; upper: boolean; caseless: boolean } {
  const first = text[0] ?? "";
  const folded = fold(text);
  const key = text.includes("-") || text.includes("‐") || text.includes("‑") ? folded.replace(HYPHENS_RE, " ") : folded;
  const firstUpper = first.toUpperCase();
  if (first !== firstUpper) return { key, cap: false, upper: false, caseless: false }; // starts lower case
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    key,
    cap: isUpperLetter(first),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    caseless: first.toLowerCase() === firstUpper && /\p{L}/u.test(first),
  };
}

/** Split a document into words with the flags the extractors need; one pass, no backtracking. */
export function tokenize(doc: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let prev: Token | null = null;
  for (const m of doc.matchAll(WORD_RE)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const { key, cap, upper, caseless } = formOf(text);
    const gap = doc.slice(prevEnd, start);
    let sentStart = prev === null || SENTENCE_BREAK_RE.test(gap);
    // "M. Scholz", "O. Scholz": the full stop belongs to the abbreviation, not the sentence.
    if (sentStart && prev !== null && prev.dot && /^\.\s+$/.test(gap) && (ABBREVIATIONS.has(prev.key) || prev.text.length === 1)) {
      sentStart = false;
    }
    const tok: Token = { text, start, end, key, cap, upper, caseless, sentStart, dot: doc[end] === ".", gap };
    out.push(tok);
    prev = tok;
    prevEnd = end;
  }
  return out;
}

/** True when a title is written in headline case (most long words capitalised): its capitals prove nothing. */
export function isHeadlineCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capped = 0;
  for (const t of tokens) {
    if (t.text.length < HEADLINE_MIN_WORD || t.caseless) continue;
    long++;
    if (t.cap) capped++;
  }
  return long >= 3 && capped / long >= HEADLINE_CAP_SHARE;
}

/** Words shorter than this (articles, prepositions) stay lower case even in headline case. */
const HEADLINE_MIN_WORD = 4;
/** Share of long capitalised words above which a title is headline case; sentence case rarely passes half. */
const HEADLINE_CAP_SHARE = 0.6;

/** Words in capitals this many in a row are a shouted headline or banner, not acronyms or names ("VOTED TO EXPEL THEIR"). */
const CAPS_RUN = 3;

/** True when token i is in a run of CAPS_RUN or more all-capital words. */
export function inCapsRun(tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]!.upper) return false;
  let from = i;
  let to = i + 1;
  while (from > 0 && tokens[from - 1]!.upper && /^[ \u00a0']+$/.test(tokens[from]!.gap)) from--;
  while (to < tokens.length && tokens[to]!.upper && /^[ \u00a0']+$/.test(tokens[to]!.gap)) to++;
  return to - from >= CAPS_RUN;
}
