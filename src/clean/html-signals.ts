import type { RemovalReason } from "../types.js";
import type { HtmlElement } from "./html-tree.js";

/**
 * What an element's tag, ARIA role and id/class names say about it. The vocabularies are the names
 * common CMSs and themes give their templates (WordPress, Drupal, Joomla, Ghost, Arc, Brightspot,
 * Bootstrap and friends), matched as whole name parts ("share-bar" and "post_share" both hold
 * "share"; "shared-content" does not), never a name seen on one site.
 */

/** Tags that are page chrome wherever they sit, with the reason they are dropped. */
const CHROME_TAGS: ReadonlyMap<string, RemovalReason> = new Map<string, RemovalReason>([
  ["nav", "navigation"],
  ["menu", "navigation"],
  ["aside", "aside"],
  ["footer", "footer"],
  ["form", "boilerplate"],
  ["figcaption", "boilerplate"],
]);

const CHROME_ROLES: ReadonlyMap<string, RemovalReason> = new Map<string, RemovalReason>([
  ["navigation", "navigation"],
  ["menu", "navigation"],
  ["menubar", "navigation"],
  ["banner", "header"],
  ["contentinfo", "footer"],
  ["complementary", "aside"],
  ["search", "navigation"],
  ["dialog", "boilerplate"],
  ["alertdialog", "boilerplate"],
]);

/** Name parts (split on space, "-" and "_") that mark a container as chrome, with the reason. */
const CHROME_NAME_PARTS: ReadonlyMap<string, RemovalReason> = new Map<string, RemovalReason>([
  ...words("navigation", "nav navbar navigation menu menus breadcrumb breadcrumbs crumbs pagination pager skip skiplinks toc topbar subnav megamenu"),
  ...words("footer", "footer foot copyright colophon imprint"),
  ...words("header", "masthead"),
  ...words("aside", "sidebar sidebars widget widgets rail sidecol"),
  ...words("comments", "comment comments commentlist discussion disqus respond replies"),
  ...words("related", "related relatedposts recommended recommendations recirculation morelinks outbrain taboola yarpp similar nextread readmore readnext linklist teaser teasers"),
  ...words("share-prompt", "share sharing sharebar shares social socials sociallinks addthis sharethis sharedaddy"),
  ...words("subscribe-prompt", "newsletter subscribe subscription signup paywall optin donation donations donate cta"),
  ...words("cookie-banner", "cookie cookies consent gdpr cmp"),
  ...words("advertising", "ad ads advert adverts advertisement advertising adsense dfp sponsor sponsored promo promoted promotion promotions disclosure affiliate"),
  ...words("byline", "byline author authors bio authorbio authorbox"),
  ...words("navigation", "tags tagcloud tag keywords categories"),
  ...words("metadata", "date dates time timestamp meta postmeta entrymeta pubdate published updated"),
  ...words("boilerplate", "caption captions credit credits figcaption print rating ratings"),
  // Boxes shown over the page on demand (contact forms, browser warnings, galleries): never the article.
  ...words("boilerplate", "modal modals popup popups flyout overlay lightbox settings tooltip tooltips"),
]);

/**
 * Words that name chrome only when the container links elsewhere: a "teaser" is a lead paragraph on
 * the article's own page and a link to another article in a list.
 */
export const CHROME_WHEN_LINKED: ReadonlySet<string> = new Set(["teaser", "teasers"]);

/**
 * Words that name chrome only around little prose: a "paywall" box is the prompt to subscribe, or the
 * part of the article the paywall hides, whole paragraphs of it (html-stats.ts: MAX_PROMPT_PROSE).
 */
export const CHROME_WHEN_SHORT: ReadonlySet<string> = new Set(["paywall"]);

/** Stems unambiguous enough to be found inside run-together names; "comment" is not ("commentary"). */
const CHROME_STEMS: ReadonlyArray<[string, RemovalReason]> = [
  ["widget", "aside"], ["sidebar", "aside"], ["footer", "footer"], ["breadcrumb", "navigation"], ["pagination", "navigation"], ["navbar", "navigation"],
  ["newsletter", "subscribe-prompt"], ["cookie", "cookie-banner"], ["sharing", "share-prompt"], ["sharebar", "share-prompt"],
  ["socialmedia", "share-prompt"], ["sociallinks", "share-prompt"], ["socialshare", "share-prompt"], ["relatedposts", "related"],
  ["relatedarticles", "related"], ["commentlist", "comments"], ["comments", "comments"], ["postmeta", "metadata"],
  ["metadata", "metadata"], ["byline", "byline"], ["authorbox", "byline"], ["advert", "advertising"], ["sponsor", "advertising"],
];

/** Name parts that mark a container as the article itself (they outweigh a chrome part on the same element). */
const CONTENT_NAME_PARTS = new Set(
  "article articlebody body content entry main post story text blog prose richtext page hentry storycontent postcontent entrycontent articletext storytext".split(" "),
);

function words(reason: RemovalReason, list: string): Array<[string, RemovalReason]> {
  return list.split(" ").map((word): [string, RemovalReason] => [word, reason]);
}

/**
 * Parts that only say what shape a thing has ("share-buttons", "comments-area", "footer-2"): they
 * are skipped. Within one id or class token the last vocabulary word decides (BEM-style names put
 * the deciding word last: "article-footer" is a footer, "author-content" content).
 */
const SHAPE_PARTS = new Set(
  "area block box boxes buttons btns container holder inner outer wrap wrapper wrap list links items item section sect bar bars panel region zone module mod top bottom icons tools links inline notice banner layer title heading label headline link primary secondary main".split(" "),
);

/** A chrome verdict with the vocabulary word that gave it (a page may find a word unreliable, see markChrome). */
export interface ChromeMark {
  reason: RemovalReason;
  word: string;
}

type Verdict = ChromeMark | "content" | null;

const verdictCache = new Map<string, Verdict>();
const VERDICT_CACHE_LIMIT = 8192;

/** What one id or class token says: its last vocabulary part, else a chrome stem inside it. */
function tokenVerdict(token: string): Verdict {
  // BEM: "block--modifier" is a variant of the block, which decides ("author-box--content" is an author box).
  const modifier = token.indexOf("--");
  if (modifier > 0) {
    const block = partsVerdict(token.slice(0, modifier));
    if (block !== null) return block;
  }
  // BEM: "block__element" is a part of the block. The element's own word decides ("article__body" is content,
  // "article__share" chrome); a part named by no word of ours is the block's chrome, but not its content:
  // "article-main__colors", "article__figure" are parts of the article, not its text.
  const element = token.lastIndexOf("__");
  if (element > 0) {
    const own = partsVerdict(token.slice(element + 2));
    if (own !== null) return own;
    const block = partsVerdict(token.slice(0, element));
    return block === "content" && !onlyShapeParts(token.slice(element + 2)) ? null : block;
  }
  return partsVerdict(token);
}

/** Every part of the name only says what shape a thing has ("inner", "wrapper"). */
function onlyShapeParts(name: string): boolean {
  return name.split(/[_-]+/u).every((part) => part === "" || SHAPE_PARTS.has(part));
}

function partsVerdict(token: string): Verdict {
  const parts = token.split(/[_-]+/u);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (part === "" || SHAPE_PARTS.has(part)) continue;
    if (CONTENT_NAME_PARTS.has(part)) return relatedBefore(parts, i) ?? "content";
    const reason = CHROME_NAME_PARTS.get(part);
    // "non-paywall", "no-ads": the name says the paywall or the advertising is absent ("no-print", though, is chrome).
    if (reason && NEGATABLE.has(reason) && NEGATIONS.has(parts[i - 1] ?? "")) return null;
    if (reason) return { reason, word: part };
  }
  // Names run together ("widgettitle", "postmetadata", "ShareBar" lower-cased) hold a stem.
  for (const [stem, reason] of CHROME_STEMS) if (token.includes(stem)) return { reason, word: stem };
  return null;
}

/**
 * "related-post", "similar_articles": a content word after a related word names the items of a
 * list of other posts, not the post itself.
 */
function relatedBefore(parts: readonly string[], end: number): ChromeMark | null {
  for (let i = 0; i < end; i++) {
    const reason = CHROME_NAME_PARTS.get(parts[i]);
    if (reason === "related") return { reason, word: parts[i] };
  }
  return null;
}

const NEGATIONS = new Set(["non", "no", "not", "without", "kein", "sans", "sin"]);
const NEGATABLE: ReadonlySet<RemovalReason> = new Set<RemovalReason>(["subscribe-prompt", "advertising"]);

/** The verdict of a whole id+class string: content if any token says content, else the first chrome reason. */
function namesVerdict(names: string): Verdict {
  let verdict = verdictCache.get(names);
  if (verdict !== undefined) return verdict;
  verdict = null;
  for (const token of names.split(/\s+/u)) {
    if (token === "") continue;
    const v = tokenVerdict(token);
    if (v === "content") {
      verdict = "content";
      break;
    }
    verdict ??= v;
  }
  if (verdictCache.size >= VERDICT_CACHE_LIMIT) verdictCache.clear();
  verdictCache.set(names, verdict);
  return verdict;
}

/** Why this element is page chrome by its tag or ARIA role, or null. */
export function tagChromeReason(el: HtmlElement): RemovalReason | null {
  const byTag = CHROME_TAGS.get(el.tag);
  if (byTag) return byTag;
  if (el.tag === "header" && el.role === "" && isPageHeader(el)) return "header";
  return el.role === "" ? null : CHROME_ROLES.get(el.role) ?? null;
}

/** Sectioning elements that make a `header` theirs rather than the page's. */
const SECTIONING = new Set(["article", "aside", "main", "nav", "section"]);

/**
 * A `header` inside no article, aside, main, nav or section is the page's banner (HTML-AAM maps it to
 * ARIA role "banner"); one inside them heads that section, often with the article's title and lead.
 */
function isPageHeader(el: HtmlElement): boolean {
  for (let a = el.parent; a; a = a.parent) if (SECTIONING.has(a.tag)) return false;
  return true;
}

/** What this element's id/class names say it is when they name chrome, or null. */
export function nameChromeMark(el: HtmlElement): ChromeMark | null {
  if (el.names === "") return null;
  const verdict = namesVerdict(el.names);
  return verdict === "content" ? null : verdict;
}

/** The element's names say it holds the article (`entry-content`, `article-body`, `itemprop=articleBody`). */
export function contentSignal(el: HtmlElement): boolean {
  if (el.itemprop === "articlebody" || el.itemprop === "text") return true;
  return el.names !== "" && namesVerdict(el.names) === "content";
}
