import { Readability } from "@mozilla/readability";
import type { RemovedSpan } from "../types.js";
import { parseDocument, type DomDocument, type DomElement } from "./html-dom.js";
import { weighsAtLeast } from "./text-weight.js";
import { blockLines } from "./html-text.js";

/**
 * The fallback extractor: @mozilla/readability on a linkedom DOM, then the page's visible text by
 * blocks when readability finds no article. It costs a second parse of the page (about a tenth of
 * the one-pass extractor's speed), so it runs only when the one-pass extractor finds too little.
 */

/** Readability keeps a candidate only above this many characters (its default is 500). */
const READABILITY_CHAR_THRESHOLD = 500;
/** Readability stops parsing documents with more elements than this (bounds work on huge pages). */
const READABILITY_MAX_ELEMENTS = 60_000;
/**
 * Readability's scoring walks ancestors for every node, which turns super-linear on deep trees
 * (1,000 nested divs cost 8 s). Real article pages stay under ~60 levels; deeper trees are generated
 * junk or attacks and get the plain visible-text fallback instead.
 */
const MAX_READABILITY_DEPTH = 150;
/** An extraction shorter than this is treated as readability finding nothing. */
const MIN_EXTRACTED_CHARS = 200;

const TAG = /<[^>]*>/gu;

/**
 * Markup never shown to a reader, cut with regexes before parsing: it is a large share of a page's
 * bytes and parsing it is wasted work. JSON-LD scripts stay (metadata is read from them).
 */
const INVISIBLE_MARKUP = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style\b[^>]*>|<!--[\s\S]*?-->|<svg\b[^>]*>[\s\S]*?<\/svg\b[^>]*>|<noscript\b[^>]*>[\s\S]*?<\/noscript\b[^>]*>/giu;

/** Text before `<html>` (stray styles, scripts) makes linkedom take the first tag as the document element. */
const BEFORE_HTML_TAG = /^[\s\S]*?(?=<html[\s>])/iu;

/**
 * Containers of template text that readability sometimes takes for the article (a cookie banner
 * longer than a short post) or keeps beside it (share bars, comment threads, related posts).
 * Matched on whole id/class tokens so "commentary" or "shared-content" are not hit.
 */
const CHROME_TOKEN = /(?:^|[\s_-])(?:cookies?|cookie-?(?:notice|banner|consent|law|bar)|consent|gdpr|sharedaddy|jp-relatedposts|yarpp-related|comment-respond|commentlist|comment-list)(?:$|[\s_-])|^(?:comments|respond|disqus_thread)$/iu;

/** Last resort when the DOM is unusable: strip tags and scripts with regexes. */
export function visibleTextByRegex(html: string): string[] {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/giu, " ")
    .replace(/<!--[\s\S]*?-->/gu, " ")
    .replace(/<(?:br|\/p|\/div|\/h\d|\/li|\/tr)\b[^>]*>/giu, "\n")
    .replace(TAG, " ")
    .replace(/&nbsp;/gu, " ")
    .replace(/&amp;/gu, "&")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .split("\n")
    .map((line) => line.replace(/\s+/gu, " ").trim())
    .filter((line) => line !== "");
}

export function totalChars(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length, 0);
}

/** Longest excerpt of a dropped container kept in the removal log. */
const MAX_LOGGED_CHARS = 300;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length > MAX_LOGGED_CHARS ? `${flat.slice(0, MAX_LOGGED_CHARS)}…` : flat;
}

interface TreeSurvey {
  tooDeep: boolean;
  /** Containers whose id or class names them as chrome (see CHROME_TOKEN), outermost only. */
  chrome: DomElement[];
}

/**
 * One iterative walk over the element tree: is it deeper than `maxDepth`, and which containers are
 * chrome. Descendants of a chrome container are not visited (they go with it).
 */
function surveyTree(root: DomElement, maxDepth: number): TreeSurvey {
  const chrome: DomElement[] = [];
  const stack: Array<[DomElement, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > maxDepth) return { tooDeep: true, chrome };
    const tag = el.localName;
    if (tag !== "html" && tag !== "body" && tag !== "article" && tag !== "main") {
      const id = el.getAttribute("id");
      const cls = el.getAttribute("class");
      if ((id !== null || cls !== null) && CHROME_TOKEN.test(`${id ?? ""} ${cls ?? ""}`)) {
        chrome.push(el);
        continue;
      }
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
  return { tooDeep: false, chrome };
}

/** Detach chrome containers, returning excerpts of their text for the removal log. */
function removeChrome(elements: readonly DomElement[]): string[] {
  const texts: string[] = [];
  for (const el of elements) {
    const text = excerpt(el.textContent ?? "");
    if (text !== "") texts.push(text);
    el.remove();
  }
  return texts;
}

function runReadability(doc: DomDocument, removed: RemovedSpan[]): string[] {
  const reader = new Readability<DomElement>(doc as never, {
    charThreshold: READABILITY_CHAR_THRESHOLD,
    maxElemsToParse: READABILITY_MAX_ELEMENTS,
    serializer: (node) => node as unknown as DomElement,
  });
  const article = reader.parse();
  if (!article?.content) return [];
  // Captions and their photo credits are the page's, not the article's running text.
  const captions = article.content.querySelectorAll("figcaption");
  for (let i = captions.length - 1; i >= 0; i--) {
    const text = excerpt(captions[i].textContent ?? "");
    if (text !== "") removed.push({ reason: "boilerplate", text });
    captions[i].remove();
  }
  return blockLines(article.content);
}

/** Readability.js on a linkedom DOM: the fallback when the one-pass extractor finds too little. */
export function readabilityLines(html: string): { lines: string[]; removed: RemovedSpan[] } {
  const removed: RemovedSpan[] = [];
  const visible = html.replace(INVISIBLE_MARKUP, " ").replace(BEFORE_HTML_TAG, "");
  let lines: string[] = [];
  try {
    const doc = parseDocument(visible);
    if (!doc.documentElement || !doc.body) return { lines, removed };
    const survey = surveyTree(doc.documentElement, MAX_READABILITY_DEPTH);
    if (!survey.tooDeep) {
      for (const text of removeChrome(survey.chrome)) removed.push({ reason: "boilerplate", text });
      lines = runReadability(doc, removed);
    }
  } catch {
    lines = [];
  }
  if (!weighsAtLeast(lines, MIN_EXTRACTED_CHARS)) {
    const fallback = fallbackLines(visible);
    if (totalChars(fallback) > totalChars(lines)) lines = fallback;
  }
  return { lines, removed };
}

/** Visible text of a fresh parse without the page's chrome (readability mutated the first DOM). */
function fallbackLines(html: string): string[] {
  try {
    const doc = parseDocument(html);
    const chrome = doc.querySelectorAll("nav, header, footer, aside, form, menu, [role=navigation], [role=banner], [role=contentinfo]");
    for (let i = chrome.length - 1; i >= 0; i--) chrome[i].remove();
    return doc.body ? blockLines(doc.body) : visibleTextByRegex(html);
  } catch {
    return visibleTextByRegex(html);
  }
}
