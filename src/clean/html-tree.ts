import { QuoteType } from "htmlparser2";
import { piecesOf, sourceSlicer, type HtmlSource } from "./html-source.js";
import { SkippingTokenizer } from "./html-tokenizer.js";

/**
 * One pass over an HTML page: htmlparser2's tokenizer (a linear state machine) drives our own tree
 * builder, which keeps only what extraction and metadata need: visible elements with their id/class
 * names and a few attributes, their text, and the page's `<meta>`, JSON-LD, `<title>` and `<time>`.
 *
 * We drive the tokenizer rather than htmlparser2's Parser because the Parser keeps its open-element
 * stack with `Array#unshift`, which turns quadratic on deep pages (40,000 nested divs: 13 s). Our
 * stack is push/pop, bounded in depth and in the elements it builds, so a page of any shape costs
 * time linear in its length (see MAX_DEPTH, MAX_ELEMENTS, CLOSE_SEARCH_LIMIT).
 */

export interface HtmlElement {
  readonly tag: string;
  /** id and class attribute values, lower-cased and space-joined ("" when neither is set). */
  readonly names: string;
  readonly role: string;
  readonly itemprop: string;
  readonly parent: HtmlElement | null;
  /** Child elements and text runs (entities decoded, whitespace as in the source), in document order. */
  readonly children: Array<HtmlElement | string>;
  /** Index in creation (document) order: a parent always comes before its children. */
  readonly order: number;
  /** Attributes extraction reads later (`href`, `datetime`, `content`, `rel`), only when present. */
  readonly attrs: Readonly<Record<string, string>> | null;
}

export interface HtmlTree {
  /** The `<body>` (or a synthetic root when the page has none); every visible element is under it. */
  root: HtmlElement;
  /** All elements in document order (root first). */
  elements: HtmlElement[];
  /** `<meta>` content by lower-cased property/name/itemprop/http-equiv, first one wins. */
  metas: Map<string, string>;
  /** Text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  title: string;
  lang: string;
  charset: string;
  canonical: string;
  /** `datetime` of the first `<time>` element, and of the first one inside an `<article>`. */
  timeDatetime: string;
  articleTimeDatetime: string;
  /** Characters of scripts, styles, comments and hidden elements: markup a reader never sees. */
  invisibleChars: number;
  /** Of those, the characters of text only `hidden`, `aria-hidden` or `display:none` hid (see TreeOptions). */
  hiddenChars: number;
  /** The tree hit a bound: elements deeper than MAX_DEPTH or beyond MAX_ELEMENTS were flattened into their ancestor. */
  tooDeep: boolean;
  tooManyElements: boolean;
}

/** Real pages nest under ~60 levels; deeper content is flattened into its ancestor at this depth. */
export const MAX_DEPTH = 256;
/** Real article pages hold under ~20,000 elements; beyond this, text joins the deepest open element. */
export const MAX_ELEMENTS = 100_000;
/** A close tag matches an open element at most this far up the stack (stray closers cost O(1)). */
const CLOSE_SEARCH_LIMIT = 64;
/** JSON-LD blocks beyond this size are product catalogues, not article metadata. */
const MAX_JSON_LD_CHARS = 200_000;

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);

/**
 * Elements whose content a reader never sees as text. Ruby annotations (`rt`, and the `rp` parentheses
 * around them) are too: the readings printed over Japanese and Chinese characters (災害 with さいがい) are a
 * pronunciation aid, and read inline they would double every annotated word ("災害さいがい").
 */
const INVISIBLE_TAGS = new Set([
  "head", "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "select", "button", "textarea", "video", "audio", "map", "dialog",
  "rt", "rp",
]);

/** Opening one of these closes the listed open elements on top of the stack (HTML's implied end tags). */
const CLOSES_P = ["p"];
const IMPLIED_CLOSE: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map(
    (tag): [string, readonly string[]] => [tag, CLOSES_P],
  ),
  ["p", CLOSES_P],
  ["li", ["li", "p"]],
  ["dt", ["dt", "dd", "p"]],
  ["dd", ["dt", "dd", "p"]],
  ["tr", ["tr", "td", "th"]],
  ["td", ["td", "th"]],
  ["th", ["td", "th"]],
  ["tbody", ["tbody", "thead", "tr", "td", "th"]],
  ["option", ["option"]],
]);

/** Elements that belong in `<head>`; any other start tag ends a head left open (as the HTML parser does). */
const HEAD_CONTENT_TAGS = new Set(["base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script", "style", "template", "title"]);

/** Attributes kept on an element for later reading. */
const KEPT_ATTRS = ["href", "datetime", "content", "rel", "lang"] as const;
/**
 * Attributes the tree builder reads at all, each in its slot of a fixed array (a tag's attributes
 * as an object keyed by name took a fifth of the builder's time); the values of the others (style
 * sheets inlined in `style` aside, `srcset`, `data-*`, event handlers: often half a page's bytes)
 * are never sliced.
 */
const READ_ATTRS = [
  ...KEPT_ATTRS, "id", "class", "role", "itemprop", "type", "property", "name", "http-equiv", "charset", "style", "hidden", "aria-hidden", "alt", "title",
] as const;
type ReadAttr = (typeof READ_ATTRS)[number];
const ATTR_SLOT: ReadonlyMap<string, number> = new Map(READ_ATTRS.map((name, slot) => [name, slot]));
const SLOT = Object.fromEntries(ATTR_SLOT) as Readonly<Record<ReadAttr, number>>;
/** No name read is longer than this: longer ones (data-*, event handlers) are never sliced. */
const MAX_READ_ATTR_LENGTH = Math.max(...READ_ATTRS.map((name) => name.length));

interface Frame {
  tag: string;
  /** The element text under this frame goes to (the frame's own, or its nearest built ancestor's). */
  el: HtmlElement;
  hidden: boolean;
  /** Hidden by a tag a reader never sees as text (script, style, svg …), not only by an attribute. */
  hiddenByTag: boolean;
  built: boolean;
}

function makeElement(tag: string, names: string, role: string, itemprop: string, parent: HtmlElement | null, order: number, attrs: Record<string, string> | null): HtmlElement {
  return { tag, names, role, itemprop, parent, children: [], order, attrs };
}

/** Parse a page into the tree extraction reads. Never throws on malformed markup. */
export interface TreeOptions {
  /**
   * Build elements that `hidden`, `aria-hidden` or an inline `display:none` hide. Some templates
   * hide the whole page until a script reveals it; extraction retries with this when the visible
   * tree holds too little.
   */
  keepHidden?: boolean;
  /** Invisible characters already cut from the page (script and style bodies, see read/elide-html.ts). */
  elidedChars?: number;
}

/**
 * RDFa's way of saying what microdata's itemprop says, for the publication date only ("<span
 * property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">"): the name after the vocabulary's prefix.
 */
function rdfaDateProperty(property: string | undefined): string | undefined {
  return property === undefined ? undefined : /(?:^|[:/#])(datePublished|dateCreated)\s*$/iu.exec(property)?.[1];
}

export function buildHtmlTree(source: HtmlSource, options: TreeOptions = {}): HtmlTree {
  const slice = sourceSlicer(source);
  const root = makeElement("body", "", "", "", null, 0, null);
  const tree: HtmlTree = {
    root,
    elements: [root],
    metas: new Map(),
    jsonLd: [],
    title: "",
    lang: "",
    charset: "",
    canonical: "",
    timeDatetime: "",
    articleTimeDatetime: "",
    tooDeep: false,
    tooManyElements: false,
    invisibleChars: options.elidedChars ?? 0,
    hiddenChars: 0,
  };
  const stack: Frame[] = [{ tag: "body", el: root, hidden: false, hiddenByTag: false, built: true }];
  let articleDepth = 0;
  /** Open <head> elements on the stack (0 or 1 on real pages). */
  let headDepth = 0;
  let headSeen = false;
  let foreignDepth = 0;
  // The open tag being read.
  let tagName = "";
  /** The open tag's attribute values by slot (READ_ATTRS); undefined when absent. */
  const attrs: Array<string | undefined> = new Array<string | undefined>(READ_ATTRS.length).fill(undefined);
  let attrSlot = -1;
  let attrValue = "";
  // Raw-text capture for <title> and JSON-LD scripts.
  let capture: "title" | "jsonld" | null = null;
  let captured = "";

  const top = (): Frame => stack[stack.length - 1];

  /** Text from `start` to `end` of the page, sliced only when someone reads it. */
  const addTextRange = (start: number, end: number): void => {
    if (capture === null && top().hidden) countHidden(end - start);
    else addText(slice(start, end));
  };

  const addText = (text: string): void => {
    if (capture !== null) {
      captured += text;
      tree.invisibleChars += text.length;
      return;
    }
    const frame = top();
    if (!frame.hidden) frame.el.children.push(text);
    else countHidden(text.length);
  };

  const countHidden = (length: number): void => {
    tree.invisibleChars += length;
    if (!top().hiddenByTag) tree.hiddenChars += length;
  };

  const popFrame = (): void => {
    const frame = stack.pop()!;
    if (frame.tag === "article" && frame.built) articleDepth--;
    if (frame.tag === "head") headDepth--;
    if ((frame.tag === "svg" || frame.tag === "math") && foreignDepth > 0) foreignDepth--;
    if (capture !== null && (frame.tag === "title" || frame.tag === "script")) {
      if (capture === "title" && tree.title === "") tree.title = captured;
      else if (capture === "jsonld" && captured.length <= MAX_JSON_LD_CHARS) tree.jsonLd.push(captured);
      capture = null;
      captured = "";
    }
  };

  const readHeadSignals = (tag: string): void => {
    if (tag === "meta") {
      const charset = attrs[SLOT.charset];
      if (charset && tree.charset === "") tree.charset = charset.trim().toLowerCase();
      const content = attrs[SLOT.content]?.trim();
      if (!content) return;
      for (const key of [attrs[SLOT.property], attrs[SLOT.name], attrs[SLOT.itemprop], attrs[SLOT["http-equiv"]]]) {
        const k = key?.trim().toLowerCase();
        if (k && !tree.metas.has(k)) tree.metas.set(k, content);
      }
      const equiv = attrs[SLOT["http-equiv"]]?.toLowerCase();
      if (equiv === "content-type" && tree.charset === "") {
        const m = /charset\s*=\s*([\w-]+)/iu.exec(content);
        if (m) tree.charset = m[1].toLowerCase();
      }
    } else if (tag === "link") {
      const href = attrs[SLOT.href];
      if (tree.canonical === "" && href && /(?:^|\s)canonical(?:\s|$)/iu.test(attrs[SLOT.rel] ?? "")) tree.canonical = href.trim();
    } else if (tag === "html") {
      const lang = attrs[SLOT.lang];
      if (tree.lang === "" && lang) tree.lang = lang.trim();
    } else if (tag === "time") {
      const datetime = attrs[SLOT.datetime]?.trim();
      if (datetime) {
        if (tree.timeDatetime === "") tree.timeDatetime = datetime;
        if (articleDepth > 0 && tree.articleTimeDatetime === "") tree.articleTimeDatetime = datetime;
      }
    }
  };

  const openTag = (selfClosing: boolean): void => {
    const tag = tagName;
    readHeadSignals(tag);
    if (tag === "html") return;
    // A page without "</head>" starts its body at the first tag that cannot be in a head. A second
    // <html> or <body> (a whole document pasted into an article) is ignored, as browsers do.
    if (headDepth > 0 && !HEAD_CONTENT_TAGS.has(tag)) while (headDepth > 0) popFrame();
    if (tag === "body" || (tag === "head" && headSeen)) return;
    if (tag === "head") headSeen = true;
    const implied = IMPLIED_CLOSE.get(tag);
    if (implied) while (stack.length > 1 && implied.includes(top().tag)) popFrame();
    if (VOID_TAGS.has(tag)) {
      if (tag === "br" || tag === "hr" || tag === "img") {
        const frame = top();
        if (!frame.hidden && frame.built) frame.el.children.push(makeElement(tag, "", "", "", frame.el, -1, imgAttrs(tag)));
      }
      return;
    }
    const parent = top();
    // Inside <svg> and <math>, "<x/>" closes itself; in HTML the slash is ignored.
    if (selfClosing && foreignDepth > 0) return;
    if (tag === "svg" || tag === "math") foreignDepth++;
    const hiddenByTag = parent.hiddenByTag || INVISIBLE_TAGS.has(tag);
    const hidden = parent.hidden || hiddenByTag || isHiddenByAttribute();
    if (tag === "title" && tree.title === "") capture = "title";
    else if (tag === "script" && /ld\+json/iu.test(attrs[SLOT.type] ?? "")) capture = "jsonld";
    const canBuild = !hidden && parent.built && stack.length < MAX_DEPTH && tree.elements.length < MAX_ELEMENTS;
    if (!hidden && parent.built && !canBuild) {
      if (stack.length >= MAX_DEPTH) tree.tooDeep = true;
      else tree.tooManyElements = true;
    }
    let el = parent.el;
    if (canBuild) {
      const id = attrs[SLOT.id];
      const cls = attrs[SLOT.class];
      const role = attrs[SLOT.role];
      const itemprop = attrs[SLOT.itemprop] ?? rdfaDateProperty(attrs[SLOT.property]);
      const names = id === undefined ? (cls === undefined ? "" : cls.trim().toLowerCase()) : `${id} ${cls ?? ""}`.trim().toLowerCase();
      el = makeElement(tag, names, role === undefined ? "" : role.toLowerCase(), itemprop === undefined ? "" : itemprop.toLowerCase(), parent.el, tree.elements.length, keptAttrs(tag));
      parent.el.children.push(el);
      tree.elements.push(el);
      if (tag === "article") articleDepth++;
    }
    if (tag === "head") headDepth++;
    stack.push({ tag, el, hidden, hiddenByTag, built: canBuild });
  };

  const imgAttrs = (tag: string): Record<string, string> | null => {
    const alt = attrs[SLOT.alt];
    return tag === "img" && alt ? { alt } : null;
  };

  const isHiddenByAttribute = (): boolean => {
    if (options.keepHidden) return false;
    if (attrs[SLOT.hidden] !== undefined) return true;
    if (attrs[SLOT["aria-hidden"]] === "true") return true;
    const style = attrs[SLOT.style];
    return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
  };

  const keptAttrs = (tag: string): Record<string, string> | null => {
    let kept: Record<string, string> | null = null;
    for (const name of KEPT_ATTRS) {
      const value = attrs[SLOT[name]];
      if (value !== undefined) (kept ??= {})[name] = value;
    }
    // Microformats write a machine-readable date in an <abbr>'s title ("<abbr class="published" title="2017-09-09T10:52">10:52</abbr>").
    const title = tag === "abbr" ? attrs[SLOT.title] : undefined;
    if (title !== undefined) (kept ??= {}).title = title;
    return kept;
  };

  const closeTag = (tag: string): void => {
    if (tag === "html" || tag === "body" || VOID_TAGS.has(tag)) return;
    const lowest = Math.max(1, stack.length - CLOSE_SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= lowest; i--) {
      if (stack[i].tag === tag) {
        while (stack.length > i) popFrame();
        return;
      }
    }
  };

  const tokenizer = new SkippingTokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: addTextRange,
      ontextentity: (codepoint) => addText(String.fromCodePoint(codepoint)),
      onopentagname: (start, end) => {
        tagName = slice(start, end).toLowerCase();
        attrs.fill(undefined);
      },
      onattribname: (start, end) => {
        attrSlot = end - start > MAX_READ_ATTR_LENGTH ? -1 : (ATTR_SLOT.get(slice(start, end).toLowerCase()) ?? -1);
        attrValue = "";
      },
      onattribdata: (start, end) => {
        if (attrSlot >= 0) attrValue += slice(start, end);
      },
      onattribentity: (codepoint) => {
        if (attrSlot >= 0) attrValue += String.fromCodePoint(codepoint);
      },
      onattribend: (quote) => {
        if (attrSlot >= 0 && attrs[attrSlot] === undefined) attrs[attrSlot] = quote === QuoteType.NoValue ? "" : attrValue;
      },
      onopentagend: () => openTag(false),
      onselfclosingtag: () => openTag(true),
      onclosetag: (start, end) => closeTag(slice(start, end).toLowerCase()),
      oncdata: () => {},
      oncomment: (start, end) => {
        tree.invisibleChars += end - start;
      },
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
    },
  );
  // Pieces (html-source.ts) are written one after the other; a run of text or an attribute value the end of a piece
  // cuts is held to the next, so the events are those of the page written whole.
  const pieces = piecesOf(source);
  tokenizer.holdSections = true;
  for (let k = 0; k < pieces.length; k++) {
    if (k === pieces.length - 1) tokenizer.holdSections = false;
    tokenizer.write(pieces[k]!);
  }
  tokenizer.holdSections = false;
  tokenizer.end();
  while (stack.length > 1) popFrame();
  return tree;
}

/**
 * The text of a subtree, whitespace collapsed, read until about `maxChars` characters are collected;
 * `spaced` also separates the text of neighbouring elements, for short fields whose parts templates set
 * in elements of their own with no space between.
 */
export function textWithin(el: HtmlElement, maxChars: number, spaced = false): string {
  const parts: string[] = [];
  const stack: Array<HtmlElement | string> = [el];
  let length = 0;
  while (stack.length > 0 && length <= maxChars) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      parts.push(item);
      length += item.length;
    } else {
      // Spaced: a space where each element opens and closes ("<span>By</span><a>Jo Lee</a>" is "By Jo Lee").
      if (spaced) {
        parts.push(" ");
        stack.push(" ");
      }
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
    }
  }
  return parts.join("").replace(/[\s\u00a0]+/gu, " ").trim();
}
