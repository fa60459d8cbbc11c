import { SENTENCE_FINAL } from "./punctuation.js";

/**
 * Paragraphs of a text page with their offsets into the source, so every removal can point back
 * at the exact characters it dropped.
 *
 * Crawlers save text pages two ways: one paragraph per line (seed 002), or paragraphs separated by
 * blank lines (seed 000). Both read the same here: every non-blank line is a paragraph, except
 * inside a block that is visibly hard-wrapped (many lines of similar width that do not end a
 * sentence), whose lines are joined back into one paragraph.
 */

export interface Paragraph {
  /** Text with inner whitespace runs collapsed to one space. */
  text: string;
  /** Offsets into the source text (start inclusive, end exclusive). */
  start: number;
  end: number;
}

/** A wrapped block has at least this many lines; two lines are just two short paragraphs. */
const MIN_WRAPPED_LINES = 3;
/** Lines of a hard-wrapped block are at least this wide (terminals and e-mail wrap at 60–80). */
const MIN_WRAP_WIDTH = 40;
/** Share of a block's lines (all but the last) that must look wrapped for the block to be joined. */
const MIN_WRAPPED_SHARE = 0.8;

/** A wrapped line stops mid-sentence: one ending a sentence, a clause or a quotation is a line of its own. */
const SENTENCE_END = new RegExp(`[${SENTENCE_FINAL}:;»"”)\\]]$`, "u");

interface Line {
  text: string;
  start: number;
  end: number;
}

/** Control characters (binary noise, NULs from bad decoding) are never article text. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
/**
 * Anything collapseSpaces would change: a control character, a space other than U+0020, two spaces
 * in a row, or one at either end. Most lines have none, and one test is cheaper than two replaces.
 */
const NEEDS_COLLAPSE = /[\u0000-\u001f\u007f\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/u;

/** Collapse whitespace (no-break spaces included) and drop control characters, as every step of the clean stage sees text. */
export function collapseSpaces(text: string): string {
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(CONTROL_CHARS, "").replace(/[\s\u00a0\u200b\ufeff]+/gu, " ").trim();
}

/** Line feed, carriage return: the only characters that end a line of a text page. */
const LF = 10;
const CR = 13;

/** True for the characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What collapseSpaces changes inside a trimmed line, searched once over the whole page: a control
 * character other than the line ends, a space other than U+0020, or two spaces in a row.
 */
const UNTIDY = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/g;

/**
 * Lines with their trimmed offsets. Line ends are found with indexOf, and the page is searched once
 * for what needs collapsing, so the many tidy lines of a page are sliced and nothing else.
 */
function linesOf(source: string): Line[] {
  const lines: Line[] = [];
  const hasCR = source.includes("\r");
  UNTIDY.lastIndex = 0;
  let untidyAt = UNTIDY.exec(source)?.index ?? Infinity;
  let at = 0;
  while (at < source.length) {
    let end = source.indexOf("\n", at);
    if (end < 0) end = source.length;
    if (hasCR) {
      const cr = source.indexOf("\r", at);
      if (cr >= 0 && cr < end) end = cr;
    }
    let start = at;
    while (start < end && isTrimmed(source.charCodeAt(start))) start++;
    let last = end;
    while (last > start && isTrimmed(source.charCodeAt(last - 1))) last--;
    let text = source.slice(start, last);
    if (untidyAt < end) {
      text = collapseSpaces(text);
      UNTIDY.lastIndex = end;
      untidyAt = UNTIDY.exec(source)?.index ?? Infinity;
    }
    lines.push({ text, start, end: last });
    // A line ends at "\r\n", "\r" or "\n"; blank lines between are lines of their own.
    at = end + (source.charCodeAt(end) === CR && source.charCodeAt(end + 1) === LF ? 2 : 1);
  }
  return lines;
}

function looksWrapped(block: Line[]): boolean {
  if (block.length < MIN_WRAPPED_LINES) return false;
  const body = block.slice(0, -1);
  const wrapped = body.filter((line) => line.text.length >= MIN_WRAP_WIDTH && !SENTENCE_END.test(line.text));
  return wrapped.length / body.length >= MIN_WRAPPED_SHARE;
}

/** Split a text page into paragraphs with source offsets; blank and whitespace-only lines separate them. */
export function splitParagraphs(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: Line[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (looksWrapped(block)) {
      paragraphs.push({
        text: block.map((line) => line.text).join(" "),
        start: block[0].start,
        end: block[block.length - 1].end,
      });
    } else {
      for (const line of block) paragraphs.push({ text: line.text, start: line.start, end: line.end });
    }
    block = [];
  };
  for (const line of linesOf(source)) {
    if (line.text === "") flush();
    else block.push(line);
  }
  flush();
  return paragraphs;
}
