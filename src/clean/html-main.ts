import type { RemovalReason, RemovedSpan } from "../types.js";
import { contentSignal } from "./html-signals.js";
import { BLOCK_TAGS, LINK_DENSE, MIN_PARAGRAPH_CHARS, REASONS, computeStats, isInline, markChrome, visibleLength, type Stats } from "./html-stats.js";
import { weighsAtLeast } from "./text-weight.js";
import type { HtmlElement, HtmlTree } from "./html-tree.js";
import { SENTENCE_FINAL } from "./punctuation.js";
import { NO_SPACE, bmpClassTable } from "../text/char-class.js";

/**
 * The main text of a page from its tree, in three steps over flat arrays indexed by element order:
 *  1. statistics bottom-up: text length, link text length and commas of every subtree;
 *  2. scores: every paragraph-like block gives points to its nearest ancestors, as Readability.js
 *     does (Arc90's algorithm), weighted by tag, by id/class vocabulary and by link density; the best
 *     container and its siblings that score alike are the article;
 *  3. the article's blocks in order, minus chrome inside it (share bars, bylines, related links,
 *     link lists); everything dropped, inside or outside, is logged with its reason.
 */

export interface MainText {
  lines: string[];
  removed: RemovedSpan[];
  /** Visible characters of the whole page (not counting whitespace). */
  pageChars?: number;
}

/** Points are shared with this many ancestors: the parent in full, then halves, then thirds of the level. */
const SCORED_ANCESTORS = 3;
/** An id/class that names content or chrome moves a container's score by this much (Readability's weight). */
const CLASS_WEIGHT = 25;
/** Siblings of the best container join it when they score at least this share of it. */
const SIBLING_SHARE = 0.2;
/** ...and never below this score. */
const MIN_SIBLING_SCORE = 10;
/** ...unless it is long enough to be prose that cites many sources. */
const MAX_LINK_BLOCK_CHARS = 1000;
/** Longest excerpt of a dropped block kept in the removal log. */
const MAX_LOGGED_CHARS = 400;
/** Removal spans kept per page; the rest are summed up in one last span. */
const MAX_REMOVED_SPANS = 150;
/** Nested wrappers outside the article are opened this many levels to name what they hold. */
const MAX_REGION_DEPTH = 4;

const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "blockquote", "dd"]);
const LIST_TAGS = new Set(["ul", "ol", "dl", "table", "menu"]);
const TAG_WEIGHT: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function linkDensity(stats: Stats, el: HtmlElement): number {
  const text = stats.text[el.order];
  return text > 0 ? stats.links[el.order] / text : 0;
}

function initialScore(el: HtmlElement, stats: Stats): number {
  let score = TAG_WEIGHT[el.tag] ?? 0;
  if (contentSignal(el)) score += CLASS_WEIGHT;
  else if (stats.chrome[el.order] !== 0) score -= CLASS_WEIGHT;
  return score;
}

/** Readability's scoring: paragraphs feed their ancestors; returns scores by element order (NaN = not a candidate). */
function scoreCandidates(tree: HtmlTree, stats: Stats): Float64Array {
  const scores = new Float64Array(tree.elements.length).fill(Number.NaN);
  for (const el of tree.elements) {
    const i = el.order;
    if (stats.chrome[i] !== 0) continue;
    // Readability's rule: a div holding only text and inline markup is a paragraph too.
    const paragraph = PARAGRAPH_TAGS.has(el.tag) || (!isInline(el) && el.tag !== "li" && (stats.hasBlock[i] === 0 || stats.own[i] >= MIN_PARAGRAPH_CHARS));
    if (!paragraph) continue;
    const len = stats.text[i] - stats.links[i];
    if (len < MIN_PARAGRAPH_CHARS) continue;
    const points = 1 + stats.commas[i] + Math.min(Math.floor(len / 100), 3);
    let ancestor = el.parent;
    for (let level = 0; ancestor && level < SCORED_ANCESTORS; level++, ancestor = ancestor.parent) {
      const a = ancestor.order;
      if (Number.isNaN(scores[a])) scores[a] = initialScore(ancestor, stats);
      scores[a] += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isNaN(scores[i])) scores[i] *= 1 - linkDensity(stats, tree.elements[i]);
  }
  return scores;
}

/** The best container and its siblings that belong with it (Readability's sibling rule). */
function chooseRoots(tree: HtmlTree, stats: Stats, scores: Float64Array): HtmlElement[] {
  let best: HtmlElement | null = null;
  for (const el of tree.elements) {
    const s = scores[el.order];
    if (!Number.isNaN(s) && (best === null || s > scores[best.order])) best = el;
  }
  if (best === null) return [tree.root];
  best = betterAncestor(best, tree, scores);
  const bestScore = scores[best.order];
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SHARE);
  const roots: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === "string" || sibling.order < 0) continue;
    if (sibling === best) {
      roots.push(sibling);
      continue;
    }
    if (stats.chrome[sibling.order] !== 0) continue;
    const s = scores[sibling.order];
    const bonus = sibling.names !== "" && sibling.names === best.names ? bestScore * SIBLING_SHARE : 0;
    if (!Number.isNaN(s) && s + bonus >= threshold) {
      roots.push(sibling);
      continue;
    }
    if (sibling.tag === "p") {
      const len = stats.text[sibling.order];
      const density = linkDensity(stats, sibling);
      if ((len > 80 && density < 0.25) || (len > 0 && len <= 80 && density === 0 && /[.!?。]\s/u.test(joinText(sibling)))) roots.push(sibling);
    }
  }
  return roots;
}

/** Ancestors of the article looked at for prose it left out (a lead paragraph above the body). */
const WIDEN_LEVELS = 4;
/** An ancestor is taken when what it adds is at most this share of the article's text... */
const WIDEN_SHARE = 0.5;
/** ...or, larger, when at least this share of what it adds is prose paragraphs. */
const WIDEN_PROSE_SHARE = 0.7;

/**
 * The best-scoring container often holds the body but not the lead, the standfirst or a first
 * section set apart by the template. Its ancestors are taken while what they add is small beside
 * the article and holds prose; the chrome they bring is then pruned block by block.
 */
function widenRoots(roots: HtmlElement[], tree: HtmlTree, stats: Stats): HtmlElement[] {
  let good = 0;
  let text = 0;
  for (const r of roots) {
    good += stats.good[r.order];
    text += stats.text[r.order];
  }
  let chosen = roots;
  let ancestor = roots[0].parent;
  for (let level = 0; ancestor && ancestor !== tree.root && level < WIDEN_LEVELS; ancestor = ancestor.parent) {
    const i = ancestor.order;
    if (stats.chrome[i] !== 0) break;
    const extraText = stats.text[i] - text;
    // A wrapper that adds no text is not a level: templates nest the body in many of them.
    if (extraText === 0) continue;
    level++;
    // A large addition is taken only when it is mostly prose: the rest of a body split into parts.
    const large = extraText > WIDEN_SHARE * text;
    if (large && stats.good[i] - good < WIDEN_PROSE_SHARE * extraText) break;
    // A small one is a lead above the article; prose only after it is a note, a legend, a disclaimer.
    if (!large && good >= MIN_STRICT_CHARS && proseBefore(chosen[0]!, ancestor, stats) < MIN_PARAGRAPH_CHARS) break;
    if (stats.good[i] - good >= MIN_PARAGRAPH_CHARS) {
      chosen = [ancestor];
      good = stats.good[i];
      text = stats.text[i];
    }
  }
  return chosen;
}

/** Prose inside `ancestor` before `el` (the preceding siblings of `el` and of each of its ancestors up to `ancestor`). */
function proseBefore(el: HtmlElement, ancestor: HtmlElement, stats: Stats): number {
  let sum = 0;
  for (let child = el; child.parent && child !== ancestor; child = child.parent) {
    for (const sibling of child.parent.children) {
      if (sibling === child) break;
      if (typeof sibling !== "string" && sibling.order >= 0) sum += stats.good[sibling.order];
    }
  }
  return sum;
}

/** Top candidates looked at for a shared ancestor (Readability's DEFAULT_N_TOP_CANDIDATES). */
const TOP_CANDIDATES = 5;
/** Candidates scoring this share of the best count as its peers when looking for a shared ancestor. */
const PEER_SHARE = 0.75;
/** This many peers under one ancestor make it the article (Readability's MINIMUM_TOPCANDIDATES). */
const MIN_PEERS = 3;

/**
 * Readability's corrections to the best-scoring container: when several near-best candidates sit
 * under one ancestor, the article is that ancestor (a page of sibling sections); and a parent that
 * scores better than the best container, or that holds nothing else, is taken instead.
 */
function betterAncestor(best: HtmlElement, tree: HtmlTree, scores: Float64Array): HtmlElement {
  const bestScore = scores[best.order];
  const top: HtmlElement[] = [];
  for (const el of tree.elements) {
    const s = scores[el.order];
    if (Number.isNaN(s) || el === best || s < bestScore * PEER_SHARE) continue;
    top.push(el);
  }
  top.sort((a, b) => scores[b.order] - scores[a.order]);
  const peers = top.slice(0, TOP_CANDIDATES - 1);
  let candidate = best;
  if (peers.length >= MIN_PEERS - 1) {
    for (let a = best.parent; a && a !== tree.root; a = a.parent) {
      let holding = 0;
      for (const peer of peers) if (isAncestor(a, peer)) holding++;
      if (holding >= MIN_PEERS - 1) {
        candidate = a;
        break;
      }
    }
  }
  let lastScore = scores[candidate.order];
  for (let parent = candidate.parent; parent && parent !== tree.root; parent = parent.parent) {
    const s = scores[parent.order];
    if (Number.isNaN(s)) {
      if (parent.children.length === 1) {
        candidate = parent;
        continue;
      }
      break;
    }
    if (s < lastScore / 3) break;
    if (s > lastScore) candidate = parent;
    lastScore = s;
  }
  while (candidate.parent && candidate.parent !== tree.root && elementChildren(candidate.parent) === 1) candidate = candidate.parent;
  return candidate;
}

function isAncestor(ancestor: HtmlElement, el: HtmlElement): boolean {
  for (let a = el.parent; a; a = a.parent) if (a === ancestor) return true;
  return false;
}

function elementChildren(el: HtmlElement): number {
  let n = 0;
  for (const child of el.children) if (typeof child !== "string" && child.order >= 0) n++;
  return n;
}

function joinText(el: HtmlElement): string {
  const lines: string[] = [];
  collectText(el, lines, Number.MAX_SAFE_INTEGER);
  return lines.join(" ");
}

/** Text of a subtree as one string, stopping once `limit` characters are collected. */
function collectText(el: HtmlElement, out: string[], limit: number): number {
  let total = 0;
  const stack: Array<HtmlElement | string> = [el];
  while (stack.length > 0 && total < limit) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      total += item.length;
      continue;
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  return total;
}

function excerpt(el: HtmlElement): string {
  const parts: string[] = [];
  const stack: Array<HtmlElement | string> = [el];
  for (let total = 0; stack.length > 0 && total < MAX_LOGGED_CHARS * 4; ) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      parts.push(item);
      total += item.length;
      continue;
    }
    // A block's edges are a line break to a reader, whatever script the text is in.
    const edge = BLOCK_TAGS.has(item.tag) ? "\n" : "";
    parts.push(edge);
    stack.push(edge);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
  }
  const flat = joinReadable(parts).replace(/\s+/gu, " ").trim();
  return flat.length > MAX_LOGGED_CHARS ? `${flat.slice(0, MAX_LOGGED_CHARS)}…` : flat;
}

/**
 * Text pieces joined as a reader sees them in a log line: a space where one piece ends and the next begins
 * (menus run their links together and lean on CSS for the gap), except between two characters of a script
 * written without spaces, where the joint is only markup ("<ruby>子<rt>こ</rt></ruby>ども" is "子ども").
 */
function joinReadable(parts: readonly string[]): string {
  const classes = bmpClassTable();
  let out = "";
  for (const part of parts) {
    if (part.length === 0) continue;
    if (part === "\n") {
      out += part;
      continue;
    }
    if (out.length > 0 && !(classes[out.charCodeAt(out.length - 1)] === NO_SPACE && classes[part.charCodeAt(0)] === NO_SPACE)) out += " ";
    out += part;
  }
  return out;
}

class Removals {
  readonly spans: RemovedSpan[] = [];
  #overflow = 0;

  add(reason: RemovalReason, text: string): void {
    if (text === "") return;
    if (this.spans.length < MAX_REMOVED_SPANS) this.spans.push({ reason, text });
    else this.#overflow++;
  }

  finish(): RemovedSpan[] {
    if (this.#overflow > 0) this.spans.push({ reason: "boilerplate", text: `${this.#overflow} more blocks outside the article` });
    return this.spans;
  }
}

/** A teaser is short: a linked title, an excerpt and a date. */
const MAX_TEASER_CHARS = 600;
/** Teasers come in lists: this many blocks of the same tag and names side by side (two already make a list). */
const MIN_TEASERS = 2;
const TEASER_TITLE_TAGS = new Set(["h2", "h3", "h4", "h5", "h6"]);

/**
 * Blocks of one parent that repeat the same tag and names, each short, with a heading that is a
 * link and some text that is not (an excerpt): cards that lead to other articles. Section headings
 * of an article are not links, and a list of bare links is left to link density.
 */
function teaserCards(parent: HtmlElement, stats: Stats, into: Set<HtmlElement>): void {
  let shapes: Map<string, number> | null = null;
  for (const child of parent.children) {
    if (typeof child === "string" || child.order < 0 || !maybeTeaser(child, stats)) continue;
    shapes ??= new Map();
    const shape = `${child.tag} ${child.names}`;
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
  }
  if (shapes === null) return;
  for (const child of parent.children) {
    if (typeof child === "string" || child.order < 0 || (shapes.get(`${child.tag} ${child.names}`) ?? 0) < MIN_TEASERS) continue;
    if (maybeTeaser(child, stats) && hasLinkedTitle(child, stats)) into.add(child);
  }
}

function maybeTeaser(el: HtmlElement, stats: Stats): boolean {
  const text = stats.text[el.order];
  const links = stats.links[el.order];
  return text <= MAX_TEASER_CHARS && links > 0 && links < text;
}

/** A heading that is all link text, or a link that holds a heading. */
function hasLinkedTitle(el: HtmlElement, stats: Stats): boolean {
  const stack: Array<HtmlElement | string> = [el];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string" || item.order < 0) continue;
    const text = stats.text[item.order];
    if (TEASER_TITLE_TAGS.has(item.tag) && text > 0 && stats.links[item.order] === text) return true;
    if (item.tag === "a" && item.children.some((c) => typeof c !== "string" && TEASER_TITLE_TAGS.has(c.tag))) return true;
    for (const child of item.children) stack.push(child);
  }
  return false;
}

/** Why a block inside the article is dropped anyway, or null to keep it. */
function innerRemoval(el: HtmlElement, stats: Stats, teasers: ReadonlySet<HtmlElement>): RemovalReason | null {
  const code = stats.chrome[el.order];
  if (code !== 0) return REASONS[code - 1];
  if (teasers.has(el)) return "related";
  // The title is metadata, not running text.
  if (el.tag === "h1") return "metadata";
  const text = stats.text[el.order];
  if (text === 0) return null;
  const density = stats.links[el.order] / text;
  if (density > LINK_DENSE && el.tag !== "a" && text < MAX_LINK_BLOCK_CHARS && (LIST_TAGS.has(el.tag) || el.tag === "li" || (!isInline(el) && text < 200 && density > 0.8))) {
    return "navigation";
  }
  return null;
}

const HEADING_TAGS = new Set(["h2", "h3", "h4", "h5", "h6", "strong", "b"]);
/** A label over a block is short and ends without a sentence's full stop. */
const MAX_LABEL_CHARS = 80;

function isHeading(el: HtmlElement, stats: Stats): boolean {
  if (stats.text[el.order] > MAX_LABEL_CHARS) return false;
  if (HEADING_TAGS.has(el.tag)) return true;
  return stats.hasBlock[el.order] === 0 && !/[.!?。…"“”»«)]\s*$/u.test(joinText(el));
}

/** Lines of the article under `roots`, dropping chrome inside them (logged). */
function articleLines(roots: readonly HtmlElement[], stats: Stats, removals: Removals): ArticleLines {
  const lines: string[] = [];
  const listed: boolean[] = [];
  let current = "";
  let listDepth = 0;
  const breakLine = (): void => {
    if (current === "") return; // block ends in a row: nothing to cut
    // Control characters are never text; a line without a letter or digit is a separator or noise.
    const line = current.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/gu, "").replace(/[\s\u00a0]+/gu, " ").trim();
    if (LETTER_OR_DIGIT.test(line)) {
      lines.push(line);
      listed.push(listDepth > 0);
    }
    current = "";
  };
  const teasers = new Set<HtmlElement>();
  const stack: Array<HtmlElement | string | null | typeof LIST_END> = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push(roots[r]);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === null) {
      breakLine();
      continue;
    }
    if (item === LIST_END) {
      breakLine();
      listDepth--;
      continue;
    }
    if (typeof item === "string") {
      current += item;
      continue;
    }
    if (item.order < 0) {
      if (item.tag === "br" || item.tag === "hr") breakLine();
      continue;
    }
    const reason = innerRemoval(item, stats, teasers);
    if (reason) {
      removals.add(reason, excerpt(item));
      continue;
    }
    const block = BLOCK_TAGS.has(item.tag);
    if (LISTED_TAGS.has(item.tag)) {
      breakLine();
      listDepth++;
      stack.push(LIST_END);
    } else if (block) {
      breakLine();
      stack.push(null);
    } else if (item.tag === "td" || item.tag === "th") {
      current += " ";
    }
    teaserCards(item, stats, teasers);
    // Children pushed last to first; a heading whose next block was dropped goes with it ("Related stories" over its list).
    let next: RemovalReason | null = null;
    for (let i = item.children.length - 1; i >= 0; i--) {
      const child = item.children[i];
      if (typeof child !== "string" && child.order >= 0 && stats.text[child.order] > 0) {
        const reason = innerRemoval(child, stats, teasers);
        if (reason === null && next !== null && isHeading(child, stats)) {
          removals.add(next, excerpt(child));
          next = null;
          continue;
        }
        next = reason;
      }
      stack.push(child);
    }
  }
  breakLine();
  return { lines, listed };
}

/** The lines of the article, and which of them are items of a list, a table or preformatted text. */
interface ArticleLines {
  lines: string[];
  listed: boolean[];
}

/** Marks the end of an element whose lines are listed (LISTED_TAGS). */
const LIST_END = Symbol("list end");
const LISTED_TAGS = new Set(["li", "dd", "dt", "tr", "pre"]);
/** A line this long that ends a sentence is the article's prose... */
const MIN_PROSE_LINE = 100;
/** ...and a line after the last one that is shorter and ends no sentence is a label of the template. */
const SENTENCE_END = new RegExp(`[${SENTENCE_FINAL}\\p{Pe}\\p{Pf}"»«\\p{Extended_Pictographic}]$`, "u");
/** Lines written as list items without list markup: "• 220 V", "- item", "36. Name". */
const LIST_ITEM = /^(?:[•·▪●◦‣∙*–—-]|\p{N}{1,3}[.)])\s/u;
/** The trailer is dropped only while it is at most this share of the article's characters. */
const MAX_TRAILER_SHARE = 0.25;

/**
 * Lines after the article's last sentence that are not sentences themselves — "Contact:", "Related
 * topics", a tag line, a name under a contact box — are the template's trailer. Items of lists and
 * tables stay (an ingredient list, a table of results end many articles).
 */
function dropTrailer({ lines, listed }: ArticleLines, removals: Removals): string[] {
  let last = -1;
  for (let i = lines.length - 1; i >= 0 && last < 0; i--) if (lines[i].length >= MIN_PROSE_LINE && SENTENCE_END.test(lines[i])) last = i;
  if (last < 0) return lines;
  const trailer = (i: number): boolean => !listed[i] && lines[i].length < MIN_PROSE_LINE && !SENTENCE_END.test(lines[i]) && !LIST_ITEM.test(lines[i]);
  let trailerChars = 0;
  let totalChars = 0;
  for (let i = 0; i < lines.length; i++) {
    totalChars += lines[i].length;
    if (i > last && trailer(i)) trailerChars += lines[i].length;
  }
  // A long run of short lines after the prose is part of the article (a ranking, a data sheet).
  if (trailerChars > MAX_TRAILER_SHARE * totalChars) return lines;
  const kept = lines.slice(0, last + 1);
  for (let i = last + 1; i < lines.length; i++) {
    if (trailer(i)) removals.add("boilerplate", lines[i]);
    else kept.push(lines[i]);
  }
  return kept;
}

/** Log what lies outside the article, naming each region by its signals (opening plain wrappers a few levels). */
function logOutside(tree: HtmlTree, roots: readonly HtmlElement[], stats: Stats, removals: Removals): void {
  const onPath = new Set<HtmlElement>();
  for (const root of roots) for (let a = root.parent; a; a = a.parent) onPath.add(a);
  const kept = new Set(roots);
  const visit = (el: HtmlElement, depth: number): void => {
    for (const child of el.children) {
      if (typeof child === "string") {
        if (visibleLength(child) > 0) removals.add("boilerplate", child.replace(/\s+/gu, " ").trim());
        continue;
      }
      if (child.order < 0 || kept.has(child) || stats.text[child.order] === 0) continue;
      if (onPath.has(child)) {
        visit(child, depth);
        continue;
      }
      const code = stats.chrome[child.order];
      if (code !== 0) removals.add(REASONS[code - 1], excerpt(child));
      else if (depth < MAX_REGION_DEPTH && child.children.length > 1) visit(child, depth + 1);
      else removals.add(child.tag === "header" ? "header" : "boilerplate", excerpt(child));
    }
  };
  visit(tree.root, 0);
}

/** Below this many characters the strict pass found too little and the lenient one is tried. */
const MIN_STRICT_CHARS = 250;

/** The article's lines and every dropped block with its reason. */
export function extractMainText(tree: HtmlTree): MainText {
  const stats = computeStats(tree);
  const pageChars = stats.text[tree.root.order];
  const strict = extractWith(tree, stats, true);
  if (weighsAtLeast(strict.lines, MIN_STRICT_CHARS)) return { ...strict, pageChars };
  const lenient = extractWith(tree, stats, false);
  let best = chars(lenient) > chars(strict) ? lenient : strict;
  if (weighsAtLeast(best.lines, MIN_STRICT_CHARS)) return { ...best, pageChars };
  const prose = extractByProse(tree, stats);
  if (prose && chars(prose) > chars(best)) best = prose;
  return { ...best, pageChars };
}

function chars(main: MainText): number {
  return main.lines.reduce((n, line) => n + line.length, 0);
}

/** The article holds at least this share of the page's prose when scoring could not find it. */
const PROSE_SHARE = 0.5;

/**
 * When scoring picked a box of a few lines (a content-named intro outscoring a body without
 * names), the article is where the page's prose is: the deepest element holding at least half of
 * it, chrome marked strictly.
 */
function extractByProse(tree: HtmlTree, stats: Stats): MainText | null {
  markChrome(tree, stats, true);
  const total = stats.good[tree.root.order];
  if (total < MIN_STRICT_CHARS) return null;
  let root = tree.root;
  for (let deeper = true; deeper; ) {
    deeper = false;
    for (const child of root.children) {
      if (typeof child !== "string" && child.order >= 0 && stats.good[child.order] >= PROSE_SHARE * total) {
        root = child;
        deeper = true;
        break;
      }
    }
  }
  return textUnder(widenRoots([root], tree, stats), tree, stats);
}

function extractWith(tree: HtmlTree, stats: Stats, strict: boolean): MainText {
  markChrome(tree, stats, strict);
  const scores = scoreCandidates(tree, stats);
  return textUnder(withLead(widenRoots(chooseRoots(tree, stats, scores), tree, stats), tree, stats), tree, stats);
}

/** Levels above the article searched for its lead. */
const LEAD_LEVELS = 6;
/** A lead is short: a standfirst or a subtitle, not another article. */
const MAX_LEAD_CHARS = 800;

/**
 * The standfirst or subtitle a template sets in the article's header, above the body and outside
 * the container that scored best: prose blocks just before the article (or before an ancestor a
 * few levels up), skipping blocks without prose (images, bylines, labels), up to the first block
 * of links or a long one.
 */
function withLead(roots: readonly HtmlElement[], tree: HtmlTree, stats: Stats): HtmlElement[] {
  const leads: HtmlElement[] = [];
  let el = roots[0];
  for (let level = 0; level < LEAD_LEVELS && el.parent && el.parent !== tree.root; level++, el = el.parent) {
    const parent = el.parent;
    if (stats.chrome[parent.order] !== 0) break;
    const at = parent.children.indexOf(el);
    let blocked = false;
    for (let k = at - 1; k >= 0; k--) {
      const sibling = parent.children[k];
      if (typeof sibling === "string" || sibling.order < 0) continue;
      const i = sibling.order;
      if (stats.text[i] === 0 || stats.chrome[i] !== 0) continue;
      if (stats.text[i] > MAX_LEAD_CHARS || stats.links[i] > LINK_DENSE * stats.text[i]) {
        blocked = true;
        break;
      }
      if (stats.good[i] >= MIN_PARAGRAPH_CHARS) leads.push(sibling);
    }
    if (blocked) break;
  }
  if (leads.length === 0) return [...roots];
  return [...leads.sort((a, b) => a.order - b.order), ...roots];
}

/** The article's lines under `roots` and every block dropped inside or outside them. */
function textUnder(roots: readonly HtmlElement[], tree: HtmlTree, stats: Stats): MainText {
  const removals = new Removals();
  const lines = dropTrailer(articleLines(roots, stats, removals), removals);
  logOutside(tree, roots, stats, removals);
  return { lines, removed: removals.finish() };
}
