import type { RemovalReason } from "../types.js";
import { CHROME_WHEN_LINKED, CHROME_WHEN_SHORT, nameChromeMark, tagChromeReason } from "./html-signals.js";
import type { HtmlElement, HtmlTree } from "./html-tree.js";

/**
 * Statistics of every element of an HTML tree, in flat typed arrays indexed by element order:
 * text, link text and commas of each subtree (computed once), and the chrome marks and prose that
 * depend on how strictly chrome is read (computed per pass).
 */

/** A block shorter than this (characters) gives its ancestors no points: captions, labels, buttons. */
export const MIN_PARAGRAPH_CHARS = 25;
/** A block whose text is mostly link text is a menu or a list of headlines... */
export const LINK_DENSE = 0.5;
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "br",
]);
/** Commas of Latin, full-width, ideographic and Arabic text (",", "，", "、", "،"). */
const isComma = (code: number): boolean => code === 0x2c || code === 0xff0c || code === 0x3001 || code === 0x060c;
const INLINE_TAGS = new Set(["a", "span", "b", "i", "em", "strong", "small", "font", "u", "sup", "sub", "label", "abbr", "cite", "code", "q", "time", "mark", "s"]);
export function isInline(el: HtmlElement): boolean {
  return INLINE_TAGS.has(el.tag);
}

export interface Stats {
  text: Float64Array;
  links: Float64Array;
  commas: Float64Array;
  /** Text directly in the element (not in child elements). */
  own: Float64Array;
  /** Text of the prose paragraphs under the element (leaf blocks, not chrome, few links), link text excluded. */
  good: Float64Array;
  /** The same, chrome or not: what the page holds as prose, before any name is trusted. */
  prose: Float64Array;
  /** 1 when the element holds a block-level element (a leaf block holds only text and inline markup). */
  hasBlock: Uint8Array;
  /** Why the element or an ancestor is chrome (index into REASONS + 1), 0 when it is not. */
  chrome: Uint8Array;
}

export const REASONS: RemovalReason[] = [];
function reasonCode(reason: RemovalReason): number {
  let code = REASONS.indexOf(reason);
  if (code === -1) code = REASONS.push(reason) - 1;
  return code + 1;
}

export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Text, link text, commas and block structure of every subtree: bottom-up, children come after their parent. */
export function computeStats(tree: HtmlTree): Stats {
  const n = tree.elements.length;
  const stats: Stats = {
    text: new Float64Array(n),
    links: new Float64Array(n),
    commas: new Float64Array(n),
    own: new Float64Array(n),
    hasBlock: new Uint8Array(n),
    good: new Float64Array(n),
    prose: new Float64Array(n),
    chrome: new Uint8Array(n),
  };
  for (let i = n - 1; i >= 0; i--) {
    const el = tree.elements[i];
    for (const child of el.children) {
      if (typeof child === "string") {
        // Visible characters and commas in one scan of the run (this loop reads every text character of the page).
        let visible = 0;
        let commas = 0;
        for (let k = 0; k < child.length; k++) {
          const code = child.charCodeAt(k);
          if (code > 32 && code !== 160) {
            visible++;
            if (isComma(code)) commas++;
          }
        }
        stats.own[i] += visible;
        stats.text[i] += visible;
        stats.commas[i] += commas;
      } else if (child.order >= 0) {
        if (BLOCK_TAGS.has(child.tag) || stats.hasBlock[child.order]) stats.hasBlock[i] = 1;
        stats.text[i] += stats.text[child.order];
        stats.links[i] += stats.links[child.order];
        stats.commas[i] += stats.commas[child.order];
      }
    }
    if (el.tag === "a") stats.links[i] = stats.text[i];
  }
  markLinkedBlocks(tree, stats);
  sumProse(tree, stats, stats.prose);
  return stats;
}

/** A container named as chrome but holding more than this share of the page's text is the page itself. */
const MAX_CHROME_SHARE = 0.5;

/**
 * Chrome marks (top-down, inherited) and the prose under each element (bottom-up). `strict` marks
 * chrome by tag, role and names; the lenient pass, tried when the strict one finds too little, keeps
 * names only, for templates that wrap the article itself in an `<aside>` or a `<form>`.
 */
export function markChrome(tree: HtmlTree, stats: Stats, strict: boolean): void {
  const distrusted = new Set<string>();
  for (let round = 0; round < MAX_DISTRUST_ROUNDS; round++) {
    const covered = markOnce(tree, stats, strict, distrusted);
    let changed = false;
    for (const [word, prose] of covered) {
      if (prose > UNRELIABLE_WORD_SHARE * stats.prose[0]) {
        distrusted.add(word);
        changed = true;
      }
    }
    if (!changed) break;
  }
  sumProse(tree, stats, stats.good);
}

/**
 * A name word that marks more than this share of the page's prose as chrome is the template's
 * word for its layout units on this page ("widget" in page builders, "date-outer" around a
 * blog's posts), not chrome: its marks are dropped and the page marked again.
 */
const UNRELIABLE_WORD_SHARE = 0.5;
/** Each round can only distrust more words; a few rounds settle any real page. */
const MAX_DISTRUST_ROUNDS = 3;
/** Reasons whose sections may rightly hold most of a page's prose (a short post under a long thread). */
const ALWAYS_TRUSTED: ReadonlySet<RemovalReason> = new Set<RemovalReason>(["comments", "related"]);

/** One top-down marking; returns the prose each name word marked (outermost marks only). */
function markOnce(tree: HtmlTree, stats: Stats, strict: boolean, distrusted: ReadonlySet<string>): Map<string, number> {
  const pageText = stats.text[0];
  const covered = new Map<string, number>();
  stats.chrome.fill(0);
  for (const el of tree.elements) {
    // The markup's own word for the article body outranks the chrome around it.
    const inherited = el.parent && el.itemprop !== "articlebody" ? stats.chrome[el.parent.order] : 0;
    if (inherited !== 0) {
      stats.chrome[el.order] = inherited;
      continue;
    }
    const byTag = strict ? tagChromeReason(el) : null;
    const byName = byTag ? null : nameChromeMark(el);
    const hidesArticle = byName !== null && CHROME_WHEN_SHORT.has(byName.word) && stats.prose[el.order] > MAX_PROMPT_PROSE;
    const trusted = byName !== null && !distrusted.has(byName.word) && (stats.links[el.order] > 0 || !CHROME_WHEN_LINKED.has(byName.word)) && !hidesArticle;
    // Still the page's word: a template wrapping every part of its article in "paywall" boxes distrusts it.
    if (hidesArticle && stats.text[el.order] <= MAX_CHROME_SHARE * pageText) covered.set(byName.word, (covered.get(byName.word) ?? 0) + stats.prose[el.order]);
    const reason = byTag ?? (trusted ? byName.reason : null);
    if (reason && (reason === "comments" || CHROME_BY_TAG.has(el.tag) || stats.text[el.order] <= MAX_CHROME_SHARE * pageText)) {
      stats.chrome[el.order] = reasonCode(reason);
      if (byName && !byTag && !ALWAYS_TRUSTED.has(reason)) covered.set(byName.word, (covered.get(byName.word) ?? 0) + stats.prose[el.order]);
    }
  }
  return covered;
}

/** A link longer than this wraps more than a teaser: an unclosed <a> swallowing the page, not a card. */
const MAX_LINKED_BLOCK_CHARS = 1000;

/**
 * Blocks inside a link are link text: a teaser card wraps its headline and standfirst paragraphs in one
 * <a>, and those paragraphs are no more the article's prose than a linked headline is. Parents come
 * before their children in the element order, so one forward pass carries the link down.
 */
function markLinkedBlocks(tree: HtmlTree, stats: Stats): void {
  // 1: inside a link to elsewhere; 2: such a link itself (its own links already equal its text).
  const linked = new Uint8Array(tree.elements.length);
  for (let i = 0; i < tree.elements.length; i++) {
    const el = tree.elements[i];
    const parent = el.parent;
    if (parent !== null && parent.order >= 0 && linked[parent.order] !== 0) {
      linked[i] = 1;
      stats.links[i] = stats.text[i];
    } else if (el.tag === "a" && stats.text[i] <= MAX_LINKED_BLOCK_CHARS && leadsElsewhere(el)) {
      linked[i] = 2;
    }
  }
}

/** A link to another page; not a control ("<a role="button" href="#panel-2">" opens a section of this one). */
function leadsElsewhere(a: HtmlElement): boolean {
  if (a.role === "button" || a.role === "tab") return false;
  const href = a.attrs?.href?.trimStart();
  return href !== undefined && href !== "" && href.charCodeAt(0) !== 0x23 && href.slice(0, 11).toLowerCase() !== "javascript:";
}

/** Prose paragraphs (leaf blocks of at least MIN_PARAGRAPH_CHARS, few links) summed up the tree, skipping chrome. */
function sumProse(tree: HtmlTree, stats: Stats, into: Float64Array): void {
  into.fill(0);
  for (let i = tree.elements.length - 1; i >= 0; i--) {
    const el = tree.elements[i];
    if (into === stats.good && stats.chrome[i] !== 0) continue;
    if (stats.hasBlock[i] === 0 && !isInline(el)) {
      const prose = stats.text[i] - stats.links[i];
      into[i] = prose >= MIN_PARAGRAPH_CHARS && stats.links[i] < LINK_DENSE * stats.text[i] ? prose : 0;
    } else {
      for (const child of el.children) if (typeof child !== "string" && child.order >= 0) into[i] += into[child.order];
    }
  }
}

/** A subscription prompt holds a sentence or two; more prose than this under "paywall" is the article it hides. */
const MAX_PROMPT_PROSE = 500;
/** Tags that are chrome whatever share of the page they hold (a page that is all navigation is all chrome). */
const CHROME_BY_TAG = new Set(["nav", "menu", "footer", "aside"]);

