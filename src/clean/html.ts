import type { RemovedSpan } from "../types.js";
import { readabilityLines, totalChars, visibleTextByRegex } from "./html-fallback.js";
import { weighsAtLeast } from "./text-weight.js";
import { extractMainText } from "./html-main.js";
import { readHtmlMetadata, type HtmlMetadata } from "./html-metadata.js";
import { piecesOf, sourceLength, sourcePrefix, wholeSource, type HtmlSource } from "./html-source.js";
import { buildHtmlTree, type HtmlTree } from "./html-tree.js";

/**
 * Main text and metadata of an HTML page from one pass: htmlparser2's tokenizer builds a light tree
 * (html-tree.ts), metadata is read from it (html-metadata.ts), and the article is scored and pruned
 * on it (html-main.ts), every dropped block logged with its reason. Readability.js on linkedom runs
 * only when that finds too little (html-fallback.ts); `fallback` says when it did.
 */
export interface HtmlExtraction {
  /** One line per block of the main text. */
  lines: string[];
  meta: HtmlMetadata;
  /** Every block extraction dropped, with its reason (navigation, footer, comments, markup, truncation …). */
  removed: RemovedSpan[];
  /** Markup characters but not one element parsed (binary data, an unclosed comment). */
  malformed: boolean;
  truncated: boolean;
  /** The page nested deeper than the tree keeps, or held more elements: its tail was flattened. */
  tooDeep: boolean;
  tooManyElements: boolean;
  /** The one-pass extractor found too little and Readability.js supplied the text. */
  fallback: boolean;
}

export interface HtmlExtractOptions {
  /** Pages longer than this (in UTF-16 code units) are cut before parsing. */
  maxHtmlChars: number;
  /**
   * Characters of script and style bodies cut from the page before it was decoded (read/elide-html.ts):
   * counted with the markup the tree finds, so the "markup" removal says what the whole page held.
   */
  elidedChars?: number;
}

/** The one-pass extraction keeps its own result when it finds at least this many characters. */
const MIN_MAIN_CHARS = 250;
/**
 * A page with less visible text than this (whitespace aside) holds no article Readability.js could
 * find beyond what the one pass kept: on the evaluation pages where that happened it added menus and comments, never article text.
 */
const MIN_READABILITY_PAGE_CHARS = 4 * MIN_MAIN_CHARS;

/** Extract the main text and metadata of an HTML page; never throws. */
export function extractHtml(input: HtmlSource, options: HtmlExtractOptions): HtmlExtraction {
  const removed: RemovedSpan[] = [];
  let html = input;
  const length = sourceLength(html);
  const truncated = length > options.maxHtmlChars;
  if (truncated) {
    removed.push({ reason: "truncated", text: `${length - options.maxHtmlChars} characters after the first ${options.maxHtmlChars}` });
    html = sourcePrefix(html, options.maxHtmlChars);
  }
  let tree: HtmlTree;
  try {
    tree = buildHtmlTree(html, { elidedChars: options.elidedChars });
  } catch {
    return { lines: visibleTextByRegex(wholeSource(html)), meta: {}, removed, malformed: true, truncated, tooDeep: false, tooManyElements: false, fallback: false };
  }
  let meta: HtmlMetadata = {};
  try {
    meta = readHtmlMetadata(tree);
  } catch {
    meta = {};
  }
  let main = extractMainText(tree);
  // Enough text is weighed (text-weight.ts: Han, kana and Hangul count twice); which of two readings holds more is counted.
  if (!weighsAtLeast(main.lines, MIN_MAIN_CHARS) && tree.hiddenChars > MIN_MAIN_CHARS) {
    // A page hidden as a whole until a script shows it: read it again with hidden elements built.
    const shown = extractMainText(buildHtmlTree(html, { keepHidden: true, elidedChars: options.elidedChars }));
    if (totalChars(shown.lines) > totalChars(main.lines)) main = shown;
  }
  let lines = main.lines;
  let fallback = false;
  const bounded = tree.tooDeep || tree.tooManyElements;
  // Readability.js cannot find a long article in a short page: below this it is not asked.
  const worthReadability = (main.pageChars ?? Number.POSITIVE_INFINITY) >= MIN_READABILITY_PAGE_CHARS;
  if (!weighsAtLeast(lines, MIN_MAIN_CHARS) && !bounded && worthReadability) {
    const readability = readabilityLines(wholeSource(html));
    if (totalChars(readability.lines) > totalChars(lines)) {
      lines = readability.lines;
      removed.push(...readability.removed);
      fallback = true;
    }
  }
  if (tree.invisibleChars > 0) removed.push({ reason: "markup", text: `scripts, styles, comments and hidden elements (${tree.invisibleChars} characters)` });
  if (!fallback) removed.push(...main.removed);
  // Markup characters but not one element parsed: a binary file, an unclosed comment, a text file named .html.
  const malformed = tree.elements.length <= 1 && piecesOf(html).some((piece) => piece.includes("<"));
  return { lines, meta, removed, malformed, truncated, tooDeep: tree.tooDeep, tooManyElements: tree.tooManyElements, fallback };
}

