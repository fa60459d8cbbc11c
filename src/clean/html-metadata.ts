import type { PartialDate } from "../types.js";
import { isEpochPlaceholder, parseDate } from "./dates.js";
import { textWithin, type HtmlElement, type HtmlTree } from "./html-tree.js";
import { CHINESE_SURNAMES } from "../text/chinese-surnames.js";
import { bylineName } from "./html-byline.js";
import { FOUR_DIGITS, loneDate } from "./html-lone-date.js";
import { hostLabel } from "./html-site-name.js";
import { chooseTitle } from "./html-title.js";

/**
 * Article metadata from an HTML page, read from the same one-pass tree as the main text.
 * Sources in order of trust: JSON-LD (schema.org NewsArticle), Open Graph and `article:*` meta,
 * other common meta names, then the markup itself (`<time datetime>`, `<title>`, `<h1>`, `<html lang>`).
 */
export interface HtmlMetadata {
  title?: string;
  published?: PartialDate;
  updated?: PartialDate;
  site?: string;
  author?: string;
  lang?: string;
  url?: string;
  /** The charset the page declares (`<meta charset>` or its http-equiv form), lower-cased. */
  charset?: string;
}

/** Objects visited in one JSON-LD tree, bounding work on deeply nested or cyclic-looking data. */
const MAX_JSON_LD_NODES = 2_000;

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|SatiricalArticle|Report|LiveBlogPosting|WebPage|TechArticle|ScholarlyArticle|SocialMediaPosting|DiscussionForumPosting|Question|QAPage)$/u;
/**
 * Where a type stands among a page's objects: articles first; then a forum post or a question, the main content of a
 * page that states no article (its date is the post's); last a WebPage wrapper, which often carries the site's own name.
 */
const typeRank = (type: Json | undefined): number => (type === "WebPage" ? 2 : type === "DiscussionForumPosting" || type === "Question" || type === "QAPage" ? 1 : 0);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type MetaTable = ReadonlyMap<string, string>;

function meta(table: MetaTable, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = table.get(key.toLowerCase());
    if (value) return value;
  }
  return undefined;
}

/**
 * A field's text: a string, the names of a list, an object's name. An object that only points to another
 * node of the page's JSON-LD (`{"@id": "…/#/schema/person/…"}`, as WordPress's Yoast writes every author)
 * takes the name of the node it points to.
 */
function jsonText(value: Json | undefined, nodes: ReadonlyMap<string, { [key: string]: Json }>, depth = 0): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  // A page's graph may point in circles: a few levels of names and references are all a field holds.
  if (depth > MAX_JSON_TEXT_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const names = value.map((v) => jsonText(v, nodes, depth + 1)).filter((v): v is string => v !== undefined);
    return names.length > 0 ? names.join(", ") : undefined;
  }
  if (value && typeof value === "object") {
    if (value.name !== undefined) return jsonText(value.name, nodes, depth + 1);
    const id = value["@id"];
    return typeof id === "string" ? jsonText(nodes.get(id)?.name, nodes, depth + 1) : undefined;
  }
  return undefined;
}

const MAX_JSON_TEXT_DEPTH = 4;

/** A JSON string literal (escapes and all), or a comma left before a closing bracket. */
const STRING_OR_TRAILING_COMMA = /"(?:[^"\\]|\\.)*"|,(\s*[\]}])/gsu;
const CONTROL_CHARACTER = /[\u0000-\u001f]/gu;
/**
 * The wrappers XHTML-era templates put around a script's body so that an XML parser skips it: `<![CDATA[ … ]]>`,
 * alone or behind a script comment (`//<![CDATA[`, `/*<![CDATA[*\/`), or an HTML comment `<!-- … -->`.
 */
const SCRIPT_WRAPPER_OPEN = /^\s*(?:\/\/|\/\*)?\s*(?:<!\[CDATA\[|<!--)\s*(?:\*\/)?/u;
const SCRIPT_WRAPPER_CLOSE = /(?:\/\/|\/\*)?\s*(?:\]\]>|-->)\s*(?:\*\/)?\s*$/u;

/**
 * A JSON-LD script's data, or undefined. Templates paste text into it unescaped: an `articleBody` with its line
 * breaks, a trailing comma after the last field, a `;` after the object as if it were a script, and wrap it in
 * a CDATA section or a comment. Browsers ignore a script they cannot parse, but a reader can mend those and keep
 * the author and the day.
 */
function parseJsonLd(raw: string): Json | undefined {
  try {
    return JSON.parse(raw) as Json;
  } catch {
    const mended = raw
      .replace(SCRIPT_WRAPPER_OPEN, "")
      .replace(SCRIPT_WRAPPER_CLOSE, "")
      .trim()
      .replace(/;+$/u, "")
      .replace(STRING_OR_TRAILING_COMMA, (match, closing: string | undefined) =>
        closing !== undefined ? closing : match.replace(CONTROL_CHARACTER, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
      );
    try {
      return JSON.parse(mended) as Json;
    } catch {
      return wholeValues(mended);
    }
  }
}

/**
 * The whole top-level values of a script that is not one JSON value: two objects pasted one after the other
 * (`{…}{…}`), or an object followed by a stray closing brace; each complete object or array is kept, the rest dropped.
 */
function wholeValues(text: string): Json | undefined {
  const values: Json[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // Skip the string literal, escapes and all.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{" || c === "[") {
      if (depth++ === 0) start = i;
    } else if ((c === "}" || c === "]") && depth > 0 && --depth === 0) {
      try {
        values.push(JSON.parse(text.slice(start, i + 1)) as Json);
      } catch {
        // A broken value among whole ones: the whole ones still count.
      }
    }
  }
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}

/** The article-like objects of the page's JSON-LD, and every node with an `@id` by that id. */
function articleObjects(scripts: readonly string[]): { articles: Array<{ [key: string]: Json }>; nodes: Map<string, { [key: string]: Json }> } {
  const found: Array<{ [key: string]: Json }> = [];
  const nodes = new Map<string, { [key: string]: Json }>();
  for (const raw of scripts) {
    const data = parseJsonLd(raw);
    if (data === undefined) continue;
    const queue: Json[] = [data];
    for (let visited = 0; queue.length > 0 && visited < MAX_JSON_LD_NODES; visited++) {
      const node = queue.shift()!;
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === "object") {
        const type = node["@type"];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) found.push(node);
        const id = node["@id"];
        if (typeof id === "string" && node.name !== undefined && !nodes.has(id)) nodes.set(id, node);
        if (node["@graph"] !== undefined) queue.push(node["@graph"]);
      }
    }
  }
  return { articles: found.sort((a, b) => typeRank(a["@type"]) - typeRank(b["@type"])), nodes };
}

function firstDefined<T>(...values: Array<T | undefined | null>): T | undefined {
  for (const value of values) if (value !== undefined && value !== null && value !== "") return value;
  return undefined;
}

function dateFrom(...candidates: Array<string | undefined>): PartialDate | undefined {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const date = parseDate(candidate);
    if (date && !isEpochPlaceholder(date)) return date;
  }
  return undefined;
}

/** Bylines in the markup: `rel=author` links, `itemprop=author`, elements named byline/author. */
const BYLINE_NAME = /(?:^|[\s_-])(?:byline|author(?:-?name)?)(?:$|[\s_-])/u;
/** A byline longer than this is an author box or a bio, not a name. */
const MAX_BYLINE_CHARS = 80;

function textOf(el: HtmlElement): string {
  return textWithin(el, MAX_BYLINE_CHARS * 4, true);
}

/** A path that files the article by day: "/2020/01/13/", "/2020-01-13-slug". */
const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/u;

/** The day an article's URL files it under, when the URL says one. */
export function urlDate(url: string | undefined): PartialDate | undefined {
  const m = url ? URL_DAY.exec(url) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { precision: "day", text: m[0], year, month, day };
}

/** Elements whose names say they hold the date line: "post-date", "entry-meta", "datum", "byline". */
const DATE_LINE_NAME = /(?:^|[\s_-])(?:date|dates|datum|fecha|time|timestamp|published|publish|pubdate|posted|postedon|created|dateline|byline|meta|metadata|postmeta|entrymeta)(?:$|[\s_-])/u;
/** Date names written as one word ("itemPostDate", lower-cased "itempostdate"; "entrydate", "articledate"). */
const COMPOUND_DATE_NAME = /(?:post|publish(?:ing)?|publication|pub|created?|creation|release|entry|article|news|item)date(?:$|[\s_-])/u;
/** A date line is short; a longer text is a paragraph that happens to sit in such a container. */
const MAX_DATE_LINE_CHARS = 120;
/** Containers whose dates belong to other articles (lists of headlines, calendars, comments). */
const NOT_THE_ARTICLE = new Set(["nav", "aside", "footer", "form", "li"]);
/** The date line is near the top: elements looked at before giving up. */
const MAX_DATE_LINE_ELEMENTS = 4_000;

/**
 * Whether an element sits where other articles' dates and names are: a list, a sidebar, comments. An `<aside>` inside
 * the `<article>` is the article's own margin (its date and author column), and an `<article>`'s names describe its
 * layout ("sticky-sidebar-parent"), not a sidebar.
 */
function outsideArticle(el: HtmlElement, stated = false): boolean {
  for (let a: HtmlElement | null = el; a; a = a.parent) {
    if (a.tag === "li" && metaItem(a)) continue;
    const ownMargin = (a.tag === "aside" || a.tag === "footer") && insideArticleTag(a);
    // A form around most of the page is the page (ASP.NET wraps every page in one), not a form beside it.
    const pageForm = a.tag === "form" && holdsMostOfPage(a);
    if (NOT_THE_ARTICLE.has(a.tag) && !ownMargin && !pageForm) return true;
    // Blog engines wrap the post itself in a "widget": one holding most of the page's text, or the headline, is the
    // post's, and a date the markup states as published is read inside any.
    const other = stated ? OTHER_ARTICLES_STATED_NAME : OTHER_ARTICLES_NAME;
    if (a.tag !== "article" && other.test(a.names) && !(WIDGET_NAME.test(a.names) && (holdsHeadline(a) || holdsMostOfPage(a)))) return true;
  }
  return false;
}

const WIDGET_NAME = /(?:^|[\s_-])widget(?:$|[\s_-])/u;
const textLengths = new WeakMap<HtmlElement, number>();

function textLength(el: HtmlElement): number {
  let length = textLengths.get(el);
  if (length === undefined) textLengths.set(el, (length = textWithin(el, Number.POSITIVE_INFINITY).length));
  return length;
}

/** Whether an element holds at least half of the visible text of its page. */
function holdsMostOfPage(el: HtmlElement): boolean {
  return 2 * textLength(el) >= textLength(rootOf(el));
}

function rootOf(el: HtmlElement): HtmlElement {
  let root = el;
  while (root.parent) root = root.parent;
  return root;
}

/** The first element of `tags` whose text is the page's chosen title (any of them when there is no title). */
function titleHeading(tree: HtmlTree, title: string | undefined, tags: RegExp): HtmlElement | undefined {
  return tree.elements.find((el) => tags.test(el.tag) && (title === undefined || textOf(el).replace(/\s+/gu, " ").trim() === title));
}

/**
 * Per page (by its root): its tree and title, noted by readHtmlMetadata, and once a widget asks, the boxes around the
 * heading (h1–h3) that prints the title: the post's own box, whatever its name. Most pages have no widget to ask.
 */
const headlinePages = new WeakMap<HtmlElement, { tree: HtmlTree; title: string | undefined; boxes?: ReadonlySet<HtmlElement> }>();

/** Whether `el` holds the page's headline. */
function holdsHeadline(el: HtmlElement): boolean {
  const page = headlinePages.get(rootOf(el));
  if (page === undefined || page.title === undefined) return false;
  if (page.boxes === undefined) {
    const boxes = new Set<HtmlElement>();
    for (let a = titleHeading(page.tree, page.title, /^h[1-3]$/u)?.parent ?? null; a; a = a.parent) boxes.add(a);
    page.boxes = boxes;
  }
  return page.boxes.has(el);
}

/** Names of boxes that hold other articles' dates: comments, sidebars, widgets, related links. */
const OTHER_ARTICLES_NAME = /(?:^|[\s_-])(?:comments?|sidebar|widget|related)(?:$|[\s_-])/u;
const OTHER_ARTICLES_STATED_NAME = /(?:^|[\s_-])(?:comments?|sidebar|related)(?:$|[\s_-])/u;

function insideArticleTag(el: HtmlElement): boolean {
  for (let a = el.parent; a; a = a.parent) if (a.tag === "article") return true;
  return false;
}

/** Items of a list this long or longer are other articles' (a list of headlines), not the article's own facts. */
const MAX_META_ITEMS = 6;

/**
 * An item of the article's own facts ("<ul class="meta"><li>Wissen</li><li class="date">26.02.2020</li>"): a short
 * list whose items link nowhere, where a list of other articles' dates links each one.
 */
function metaItem(li: HtmlElement): boolean {
  const list = li.parent;
  if (list === null || (list.tag !== "ul" && list.tag !== "ol")) return false;
  const items = list.children.filter((c): c is HtmlElement => typeof c !== "string" && c.tag === "li");
  return items.length <= MAX_META_ITEMS && !items.some(links);
}

function links(el: HtmlElement): boolean {
  if (el.tag === "a") return true;
  return el.children.some((c) => typeof c !== "string" && links(c));
}

/** The first full date (day, month and year) the page prints in a date line, a `<time>` or an `itemprop=datePublished`. */
function markupDate(tree: HtmlTree): PartialDate | undefined {
  const limit = Math.min(tree.elements.length, MAX_DATE_LINE_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = tree.elements[i];
    const stated = el.itemprop === "datepublished" || el.itemprop === "datecreated";
    if (!stated && el.tag !== "time" && (el.names === "" || !(DATE_LINE_NAME.test(el.names) || COMPOUND_DATE_NAME.test(el.names)))) {
      const labelled = labelledDate(el);
      if (labelled !== undefined && !outsideArticle(el)) return labelled;
      continue;
    }
    if (outsideArticle(el, stated)) continue;
    // A microformat's <abbr title> holds the whole date where its text shows the time alone ("10:52").
    for (const text of [(stated ? el.attrs?.datetime ?? el.attrs?.content : undefined) ?? textOf(el), el.attrs?.title]) {
      if (text === undefined || text.length > MAX_DATE_LINE_CHARS) continue;
      const date = parseDate(text);
      if (date && date.year !== undefined && date.day !== undefined) return date;
    }
  }
  return undefined;
}

/** Elements after the headline looked at for its date line: a kicker or a standfirst may come first. */
const DATE_LINE_SIBLINGS = 2;

/**
 * The date line news templates set right under the headline, whatever its class ("<h1>…</h1><p class="tagline">22/11/2020
 * - 04:30 - Fonte: Agência Brasil</p>"): one of the next elements beside the headline's <h1>, short, and opening with a
 * date. A standfirst that mentions a day further on ("Council votes on 8 November") does not open with it.
 */
function dateLineUnderHeadline(tree: HtmlTree, title: string | undefined): PartialDate | undefined {
  // The <h1> that is the chosen title: a page may set its site's name in an earlier one.
  const headline = titleHeading(tree, title, /^h1$/u);
  if (headline === undefined || headline.parent === null || outsideArticle(headline)) return undefined;
  const siblings = headline.parent.children;
  let seen = 0;
  for (let i = siblings.indexOf(headline) + 1; i < siblings.length && seen < DATE_LINE_SIBLINGS; i++) {
    const next = siblings[i];
    if (typeof next === "string") {
      if (next.trim() === "") continue;
      break;
    }
    seen++;
    const line = textOf(next).trim();
    // The body has begun: what follows it is the article's end, other articles or comments.
    if (line.length > MAX_DATE_LINE_CHARS) break;
    if (outsideArticle(next)) continue;
    const date = parseDate(line);
    if (date && date.year !== undefined && date.day !== undefined && line.startsWith(date.text)) return date;
  }
  return undefined;
}

/**
 * Words that label a publication date in a page's facts ("<dt>Datum:</dt><dd>25.01.2022</dd>", "<span>Published:</span>
 * 26. Januar 2022"). Update labels are left out: they date the last change, not the article.
 */
const DATE_LABEL =
  /^(?:date|datum|fecha|data|date de publication|publication date|date published|published(?: on)?|posted(?: on)?|publié(?:e)?(?: le)?|veröffentlicht(?: am)?|veröffentlichung|erschienen(?: am)?|erscheinungsdatum|publiziert(?: am)?|publicado(?: el| em)?|publicada(?: el| em)?|pubblicato(?: il)?|gepubliceerd(?: op)?|opublikowano|data publikacji|publikováno|publikované|megjelent|julkaistu|publicerad|publiceret|udgivet|publisert|data publicării|datum objave|дата(?: публикации)?|опубликовано|опубліковано|публикувано|δημοσίευση|tarih|yayın(?:lanma)? tarihi|tanggal|diterbitkan|ngày đăng|đăng ngày|تاريخ النشر|نشر في|تاريخ|تاریخ انتشار|פורסם|תאריך|प्रकाशित|दिनांक|发布时间|發布時間|发布日期|發佈日期|发表时间|發表時間|日期|公開日|投稿日|掲載日|입력|등록|게시일|작성일|วันที่)\s*[:：]?$/iu;

/** A label is a few words; longer text is a sentence. */
const MAX_LABEL_CHARS = 40;

/** Whether a text, or an element holding one text only, is a label `pattern` names ("Datum:", "<b>Autor:</b>"). */
function isLabel(node: HtmlElement | string, pattern: RegExp): boolean {
  const text = typeof node === "string" ? node : node.children.length === 1 ? node.children[0] : undefined;
  return typeof text === "string" && text.length <= MAX_LABEL_CHARS && pattern.test(text.trim());
}

const isDateLabel = (node: HtmlElement | string): boolean => isLabel(node, DATE_LABEL);

/**
 * The date an element's children label: a label ("Datum:", or "<b>Published:</b>") and right after it, in the same
 * element, a date ("<span>Datum:</span> 26. Januar 2022", "Veröffentlichung: <a>04.02.2022</a>").
 */
function labelledDate(el: HtmlElement): PartialDate | undefined {
  const children = el.children;
  for (let i = 0; i + 1 < children.length; i++) {
    if (!isDateLabel(children[i])) continue;
    let after = "";
    for (let k = i + 1; k < children.length && after.length < MAX_DATE_LINE_CHARS; k++) {
      const next = children[k];
      after += ` ${typeof next === "string" ? next : textOf(next)}`;
    }
    const date = parseDate(after.slice(0, MAX_DATE_LINE_CHARS));
    if (date && date.year !== undefined && date.day !== undefined) return date;
  }
  return undefined;
}

/** Comment threads and their forms name the commenters, not the author. */
function inComments(el: HtmlElement): boolean {
  for (let a: HtmlElement | null = el; a; a = a.parent) if (a.tag === "form" || /(?:^|[\s_-])(?:comments?|commentlist|respond|reply|replies|discussion)(?:$|[\s_-])/u.test(a.names)) return true;
  return false;
}

function markupByline(tree: HtmlTree): string | undefined {
  for (const el of tree.elements) {
    const marked = el.itemprop === "author" || (el.tag === "a" && /(?:^|\s)author(?:\s|$)/iu.test(el.attrs?.rel ?? "")) || (el.names !== "" && BYLINE_NAME.test(el.names));
    if (!marked) continue;
    if (inComments(el)) continue;
    const name = bylineName(textOf(el));
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * A byline written as plain text in an element of its own, no class naming it: "von Andreas Kürten",
 * "By Jo Lee", "Redaktion: Eberhard Fuhr". The cue word and two to four capitalised words are the whole
 * of the element's text (so "von Berlin nach Hamburg" is no byline).
 */
const TEXT_BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez|[Оо]т|[Aa]utor(?:in)?:?|[Aa]uthor:?|[Rr]edaktion:|[Tt]ext:|[Аа]втор:?|[Тт]екст:)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|da|del|der|di|du|la|le)){1,3})$/u;
/** A phrase in title case ("By Land And Sea", "Von Mensch Zu Mensch"), not a name: names hold no such word. */
const TITLE_CASE_PHRASE = /\s(?:The|And|Of|For|With|To|In|On|At|Und|Der|Die|Das|Für|Mit|Zu|Im|Et|Les|Los|Las|Y|Para|Per|Con)(?=\s|$)/u;
/** Elements looked at for a plain-text byline: it sits near the top of the page. */
const MAX_TEXT_BYLINE_ELEMENTS = 4_000;

/** The cue words of TEXT_BYLINE, any case: what an element's first letters must be for its text to be read. */
const TEXT_BYLINE_CUE = /^(?:by|von|par|por|di|door|av|af|przez|от|автор|текст|autor|author|redaktion|text)(?!\p{L})/iu;
/** Letters looked at to tell whether an element opens with a byline's cue word. */
const CUE_CHARS = 12;

/** The first CUE_CHARS characters of an element's text (leading spaces skipped), without gathering the rest. */
function leadingText(el: HtmlElement): string {
  let out = "";
  const stack: Array<HtmlElement | string> = [el];
  while (stack.length > 0 && out.length < CUE_CHARS) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out += out === "" ? item.trimStart().slice(0, CUE_CHARS) : item.slice(0, CUE_CHARS);
    } else {
      if (out !== "") out += " ";
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]);
    }
  }
  return out;
}

function textByline(tree: HtmlTree): string | undefined {
  const limit = Math.min(tree.elements.length, MAX_TEXT_BYLINE_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = tree.elements[i];
    // Leaf elements only: a container's text is its children's, looked at on their own.
    if (el.children.some((c) => typeof c !== "string" && c.tag !== "a" && c.tag !== "b" && c.tag !== "strong" && c.tag !== "span" && c.tag !== "em")) continue;
    // Most elements open with no cue word: told by their first letters, before their text is gathered.
    if (!TEXT_BYLINE_CUE.test(leadingText(el))) continue;
    const text = textWithin(el, MAX_BYLINE_CHARS, true);
    if (text.length > MAX_BYLINE_CHARS || !TEXT_BYLINE.test(text) || TITLE_CASE_PHRASE.test(text) || outsideArticle(el) || inComments(el)) continue;
    // A name set twice (a link and its label) is one name.
    return TEXT_BYLINE.exec(text)![1].replace(/^(.+) \1$/u, "$1");
  }
  return undefined;
}

/** A name as a byline writes it: two to four capitalised words, particles between them. */
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|de|da|del|der|di|du|la|le)){1,3}$/u;
/** What sets a date line's fields apart: a dash, a bar, a dot or slashes between spaces. */
const DATE_LINE_SEPARATOR = /^\s*(?:[-–—|·•]|\/{1,2})\s+/u;
/** A note after a name in brackets ("(Pressesprecher des EJW)"): the person's role, not the name. */
const TRAILING_NOTE = /\s*\([^()]*\)\s*$/u;

const SEPARATED_CAPITAL = /(?:[-–—|·•]|\/{1,2})\s+\p{Lu}/u;

/** Whether an element's text opens with a digit, told from its first text run when that is its own (most are). */
function opensWithDigit(el: HtmlElement): boolean {
  for (const child of el.children) {
    if (typeof child !== "string") break;
    const at = child.search(/\S/u);
    if (at >= 0) return /\p{N}/u.test(child[at]!);
  }
  return /^\p{N}/u.test(leadingText(el));
}

/**
 * A byline the date line holds, the date first and the name after a separator ("11.12.2019 - Amelie Loevenich",
 * "21. Jan 2022 // Dominik Ricker", "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)"): the date stands
 * where a cue word would, and a lone word after it is a section ("// Tipps"), not a name.
 */
function datedByline(tree: HtmlTree): string | undefined {
  const limit = Math.min(tree.elements.length, MAX_TEXT_BYLINE_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = tree.elements[i];
    if (el.children.some((c) => typeof c !== "string" && c.tag !== "a" && c.tag !== "b" && c.tag !== "strong" && c.tag !== "span" && c.tag !== "em")) continue;
    if (!opensWithDigit(el)) continue;
    const text = textWithin(el, MAX_BYLINE_CHARS, true).replace(/\s+/gu, " ").trim();
    // A name after a separator, or a cue word's capital ("05.02.2020 - Redaktion: …"), and a date's digits: most lines
    // that open with a digit are prices and counts, not worth parsing.
    if (text.length > MAX_BYLINE_CHARS || !SEPARATED_CAPITAL.test(text) || !FOUR_DIGITS.test(text)) continue;
    const date = parseDate(text);
    if (!date || date.day === undefined || !text.startsWith(date.text)) continue;
    const separator = DATE_LINE_SEPARATOR.exec(text.slice(date.text.length));
    if (!separator) continue;
    const rest = text.slice(date.text.length + separator[0].length).replace(TRAILING_NOTE, "");
    const name = NAME_ONLY.test(rest) ? rest : TEXT_BYLINE.exec(rest)?.[1];
    if (name === undefined || TITLE_CASE_PHRASE.test(` ${name}`) || outsideArticle(el) || inComments(el)) continue;
    return name;
  }
  return undefined;
}

/** Words that label a byline set apart from its name ("<h5>Autor: </h5>Peter Maahn", "<span>Author: </span><span>Jo Lee</span>"). */
const AUTHOR_LABEL =
  /^(?:autor(?:in|en|innen)?|authors?|auteur(?:e|s)?|autore|autori|autora|autores|redaktion|text|texte|written by|geschrieben von|verfasst von|écrit par|escrito por|scritto da|yazar|muhabir|forfatter|författare|kirjoittaja|szerző|penulis|tác giả|автор|текст|συντάκτης)\s*[:：]?$/iu;

const isAuthorLabel = (node: HtmlElement | string): boolean => isLabel(node, AUTHOR_LABEL);

/** A name set right after its label, in the label's element or in the next ones. */
function labelledByline(tree: HtmlTree): string | undefined {
  const limit = Math.min(tree.elements.length, MAX_TEXT_BYLINE_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = tree.elements[i];
    const children = el.children;
    for (let k = 0; k + 1 < children.length; k++) {
      if (!isAuthorLabel(children[k])) continue;
      // A commenter's or a teaser's author label: the article's may come later.
      if (outsideArticle(el) || inComments(el)) break;
      // The name is the next field: text up to a line break or the next label.
      let after = "";
      for (let j = k + 1; j < children.length && after.length <= MAX_BYLINE_CHARS; j++) {
        const next = children[j];
        if (typeof next !== "string" && (next.tag === "br" || isAuthorLabel(next) || isDateLabel(next))) break;
        after += ` ${typeof next === "string" ? next : textOf(next)}`;
      }
      const name = after.length <= MAX_BYLINE_CHARS ? bylineName(after.replace(/\/.*$/u, "")) : undefined;
      if (name !== undefined && /^\p{Lu}/u.test(name)) return name;
    }
  }
  return undefined;
}

/**
 * Bylines in scripts without capitals, read from the page's text: a cue and a name whose shape the script
 * sets. Chinese sites label the writer, the reporter and the editor in charge ("作者：王小明", "记者 李华",
 * "责任编辑：焦鹏", a name of two to four Han characters; not a photographer's credit, "记者 才扬 摄"); Korean
 * reports end with the name before 기자 ("reporter": "홍길동 기자 hong@…", "[서울=…] 홍길동 기자 ="; a run of
 * text going on after 기자 is a sentence); Arabic ones open with بقلم ("by the pen of") and two to four words,
 * nothing after them but a place or a date set apart. The writer's cue wins over the editor's when a page
 * gives both.
 */
/**
 * A Chinese byline: the cue, then the name, set apart by a colon or a space or written on ("（记者唐霁）"). Written on, the
 * name opens with a common surname: in a sentence the word after 记者 is the verb ("南都记者了解到", the reporter learned;
 * "向记者介绍", told the reporter).
 */
const CHINESE_BYLINE = /(?:作者|撰文|文\/|記者|记者|撰稿)(\s*[：:]?\s*)([\p{Script=Han}]{2,4}(?:[·・][\p{Script=Han}]{1,4})?)(?![\p{Script=Han}])(?!\s*[摄攝])/u;

function chineseBylineName(m: RegExpExecArray): string | undefined {
  return m[1] !== "" || CHINESE_SURNAMES.has(m[2]![0]!) ? m[2] : undefined;
}

const CAPLESS_BYLINES: ReadonlyArray<readonly [RegExp, number]> = [
  [CHINESE_BYLINE, 0],
  [/(?:^|[\s\p{P}])([\p{Script=Hangul}]{2,4}) ?(?:기자|특파원) ?(?:$|[=\[(（<]|[\w.+-]+@)/u, 0],
  [/(?:^|\s)بقلم ?[:：]? ?((?:[\p{Script=Arabic}]+ ?){2,4})(?:$|[-–|،,(])/u, 0],
  [/(?:责任编辑|責任編輯|编辑|編輯)\s*[：:]\s*([\p{Script=Han}]{2,4})(?![\p{Script=Han}])/u, 1],
];
/** A quick test before the patterns: the page's text holds one of their cue letters. */
const CAPLESS_CUE = /[作撰文記记责責编編]|기자|특파원|بقلم/u;
/** Text runs looked at for such a byline: article pages set it near the top or right after the body. */
const MAX_CAPLESS_RUNS = 6_000;

function caplessByline(tree: HtmlTree): string | undefined {
  let best: { name: string; rank: number } | undefined;
  let runs = 0;
  for (const el of tree.elements) {
    for (const child of el.children) {
      if (typeof child !== "string") continue;
      if (++runs > MAX_CAPLESS_RUNS) return best?.name;
      if (child.length > MAX_BYLINE_CHARS * 2 || !CAPLESS_CUE.test(child)) continue;
      const text = child.replace(/[\s\u00a0]+/gu, " ");
      for (const [pattern, rank] of CAPLESS_BYLINES) {
        if (best !== undefined && best.rank <= rank) break;
        const m = pattern.exec(text);
        if (m === null || inComments(el) || outsideArticle(el)) continue;
        const name = pattern === CHINESE_BYLINE ? chineseBylineName(m) : m[1];
        if (name === undefined) continue;
        best = { name: name.trim(), rank };
        break;
      }
      if (best?.rank === 0) return best.name;
    }
  }
  return best?.name;
}

/**
 * The first stated author that is a name; one that only repeats the site's or publisher's name
 * ("tagesschau.de", "National Geographic") gives way to a later source naming someone else.
 */
function chooseAuthor(candidates: ReadonlyArray<string | undefined | (() => string | undefined)>, site: string | undefined, publisher: string | undefined): string | undefined {
  const org = new Set(`${site ?? ""} ${publisher ?? ""}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const isOrg = (name: string): boolean => (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => org.has(w));
  let first: string | undefined;
  // A candidate given as a function is read only when no earlier one is a person: markup searches cost a pass over the page.
  for (const [i, candidate] of candidates.entries()) {
    const raw = typeof candidate === "function" ? candidate() : candidate;
    const name = raw === undefined ? undefined : bylineName(raw);
    if (name === undefined) continue;
    if (!isOrg(name)) return fullestList(withoutOrgPart(name, isOrg), candidates.slice(i + 1));
    first ??= name;
  }
  return first;
}

/**
 * A one-word author completed from the author's own bio: WordPress names an author by the display name they chose
 * ("Nils"), and the Person node of the page's JSON-LD describes them by their full name ("Nils Pickert ist freier
 * Autor …"). Only a description that opens with that word and one or two capitalised words does.
 */
function withSurnameFromBio(author: string, nodes: ReadonlyMap<string, { [key: string]: Json }>): string {
  if (/\s/u.test(author) || !/^\p{Lu}\p{Ll}+$/u.test(author)) return author;
  for (const node of nodes.values()) {
    if (node.name !== author || typeof node.description !== "string") continue;
    const rest = node.description.startsWith(`${author} `) ? node.description.slice(author.length + 1) : "";
    const surname = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?(?=[\s,.(–—-]|$)/u.exec(rest)?.[0];
    if (surname !== undefined) return `${author} ${surname}`;
  }
  return author;
}

/** Names of a list of authors ("A, B and C"), lower-cased. */
function authorsOf(byline: string): string[] {
  return byline.split(/\s*(?:[,;&]|\s(?:and|und|et|y|e|i)\s)\s*/iu).map((n) => n.trim().toLowerCase()).filter(Boolean);
}

/**
 * The same byline with its co-authors when a later source lists them: JSON-LD often names the first author
 * only where the `<meta name="author">` names all ("Sadhbh O'Sullivan" and "Sadhbh O'Sullivan,Elisabeth Kochan").
 */
function fullestList(name: string, later: ReadonlyArray<string | undefined | (() => string | undefined)>): string {
  const names = authorsOf(name);
  for (const candidate of later) {
    if (typeof candidate !== "string") continue;
    const other = bylineName(candidate);
    const others = other === undefined ? [] : authorsOf(other);
    // Co-authors are full names: "Tina Klostermeier, TK" adds her initials, not a second author.
    const added = others.filter((n) => !names.includes(n));
    if (other !== undefined && added.length > 0 && names.every((n) => others.includes(n)) && added.every((n) => n.includes(" "))) return other.replace(/\s*,\s*/gu, ", ");
  }
  return name;
}

/** A byline part set apart by a comma, bar or dash. */
const BYLINE_PART = /\s*(?:,|\s[|–—-])\s*/u;

/** A person's byline without the site's or publisher's name set beside it ("Rob Picheta, CNN", "unocero - Alberto Ávila"). */
function withoutOrgPart(name: string, isOrg: (part: string) => boolean): string {
  const parts = name.split(BYLINE_PART);
  if (parts.length < 2) return name;
  const kept = parts.filter((part) => part === "" || !isOrg(part));
  return kept.length > 0 && kept.length < parts.length ? kept.join(", ").trim() : name;
}

/** Less common names of the publication date's `<meta>`: scholarly (Highwire, Dublin Core terms), site-search and CMS tags. */
const OTHER_PUBLISHED_METAS = [
  "citation_publication_date", "citation_date", "dcterms.issued", "dcterms.created", "dc.date.created", "article:published", "article.published",
  "publication_date", "publication-date", "publish_date", "publish-date", "published_date", "published-date", "date_published", "datecreated",
];

/** How SEO plugins label the author among a Twitter card's extra fields ("twitter:label1" "Written by", in the page's language). */
const TWITTER_AUTHOR_LABEL = /^(?:written by|geschrieben von|verfasst von|écrit par|escrito por|scritto da|geschreven door|napisane przez|автор|author|autor|auteur)$/iu;

/** The author a Twitter card names in a labelled field ("twitter:data1" beside "twitter:label1" "Written by"), handle left out. */
function twitterCardAuthor(metas: MetaTable): string | undefined {
  for (let n = 1; n <= 4; n++) {
    const label = metas.get(`twitter:label${n}`);
    const data = metas.get(`twitter:data${n}`);
    if (label !== undefined && data !== undefined && TWITTER_AUTHOR_LABEL.test(label.trim())) return data.replace(/\s*@\w+\s*$/u, "").trim() || undefined;
  }
  return undefined;
}

/** Parts of a head title ("08.11.2021 | Online-Fachtag …", "… | DW | 23.05.2011"). */
const TITLE_PART = /\s+[|–—·-]\s+/u;

/** The day a title gives in a part of its own, first or last: press releases and archives date their titles. */
function titleDate(...titles: Array<string | undefined>): PartialDate | undefined {
  for (const title of titles) {
    const parts = title?.split(TITLE_PART) ?? [];
    if (parts.length < 2) continue;
    for (const part of [parts[0], parts[parts.length - 1]]) {
      const date = parseDate(part);
      // The whole part is the date, give or take a weekday or a time: not a headline that mentions a day.
      if (date && date.year !== undefined && date.day !== undefined && part.trim().length <= date.text.length + 12) return date;
    }
  }
  return undefined;
}

/** Two statements of one moment, in seconds: feeds round or drop the milliseconds. */
const SAME_MOMENT_MS = 60_000;

function instantOf(d: PartialDate): number | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined || d.hour === undefined || d.tzOffsetMinutes === undefined) return undefined;
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute ?? 0, d.second ?? 0) - d.tzOffsetMinutes * 60_000;
}

/**
 * A publication moment stated in UTC ("2022-05-04T00:53Z") may fall on the next or the previous day where the
 * newsroom is; readers see, and date the article by, the newsroom's day. The same moment stated elsewhere on the
 * page with its local offset, or on a local clock without one, gives that day. (The page's first visible date line
 * is no such witness: it is often the site header's today.)
 */
function inLocalTime(date: PartialDate, statements: ReadonlyArray<string | undefined>): PartialDate {
  const moment = date.tzOffsetMinutes === 0 ? instantOf(date) : undefined;
  if (moment === undefined) return date;
  for (const statement of statements) {
    const other = statement ? parseDate(statement) : null;
    if (other === null || other.tzOffsetMinutes === 0) continue;
    const at = instantOf(other);
    if (at !== undefined && Math.abs(at - moment) <= SAME_MOMENT_MS) return other;
    if (other.tzOffsetMinutes === undefined && sameMomentWithoutOffset(other, moment)) return other;
  }
  return date;
}

/** The widest offset from UTC a clock is set to (Kiribati, UTC+14). */
const MAX_OFFSET_MS = 14 * 3_600_000;
/** The widest offset west of UTC that newsrooms keep (Hawaii, UTC−10; only uninhabited or tiny islands go further). */
const MAX_WEST_OFFSET_MS = 10 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * A publication moment stated in UTC on the day before or after the one the URL files the article under
 * ("2023-11-09T03:28Z" at "/2023/11/08/slug"): the newsroom's clock was on the URL's day, which is the day its readers
 * saw. Taken only when a real offset (UTC−10 to UTC+14) puts the moment on that day.
 */
export function inUrlDay(published: PartialDate, url: PartialDate | undefined): PartialDate {
  const moment = published.tzOffsetMinutes === 0 ? instantOf(published) : undefined;
  if (moment === undefined || url?.day === undefined || url.month === undefined || url.year === undefined) return published;
  const urlDay = Date.UTC(url.year, url.month - 1, url.day);
  const utcDay = Math.floor(moment / DAY_MS) * DAY_MS;
  if (urlDay === utcDay || Math.abs(urlDay - utcDay) !== DAY_MS) return published;
  // The URL's day holds the moment at some offset when its span, moved by the offsets, reaches the moment.
  const reached = urlDay > utcDay ? moment + MAX_OFFSET_MS >= urlDay : moment - MAX_WEST_OFFSET_MS < utcDay;
  return reached ? url : published;
}

/**
 * A local time written without its offset ("2023-11-08 16:56:18") that is a UTC moment ("21:56:18Z") on a
 * clock set a whole number of hours away: same minute and second, at most 14 hours apart.
 */
function sameMomentWithoutOffset(local: PartialDate, moment: number): boolean {
  const at = instantOf({ ...local, tzOffsetMinutes: 0 });
  if (at === undefined || local.second === undefined) return false;
  const apart = at - moment;
  return apart !== 0 && Math.abs(apart) <= MAX_OFFSET_MS && apart % 3_600_000 === 0;
}

/** Read what the page says about itself. Never throws on odd markup; missing fields stay undefined. */
export function readHtmlMetadata(tree: HtmlTree): HtmlMetadata {
  const metas = tree.metas;
  const { articles: ld, nodes } = articleObjects(tree.jsonLd);
  const ldField = (key: string): string | undefined => firstDefined(...ld.map((o) => jsonText(o[key], nodes)));
  const publisher = firstDefined(...ld.map((o) => jsonText(o.publisher, nodes)));
  const result: HtmlMetadata = {};
  const site = firstDefined(meta(metas, "og:site_name", "application-name", "twitter:site"), publisher);
  const url = firstDefined(tree.canonical || undefined, meta(metas, "og:url"));
  const title = chooseTitle(tree, [ldField("headline"), meta(metas, "og:title"), meta(metas, "twitter:title"), meta(metas, "dc.title"), tree.title], site, hostLabel(url));
  if (title) result.title = title;
  headlinePages.set(rootOf(tree.root), { tree, title });
  const stated = [
    ldField("datePublished"),
    meta(metas, "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", ...OTHER_PUBLISHED_METAS),
    tree.articleTimeDatetime || undefined,
    tree.timeDatetime || undefined,
  ];
  const statedDate = dateFrom(...stated);
  const published = (statedDate && inLocalTime(statedDate, [...stated, ...ld.map((o) => jsonText(o.dateCreated, nodes))])) ?? markupDate(tree) ?? dateLineUnderHeadline(tree, title) ?? titleDate(tree.title, meta(metas, "og:title")) ??
    loneDate(tree, (el) => outsideArticle(el));
  if (published) result.published = published;
  const updated = dateFrom(ldField("dateModified"), meta(metas, "article:modified_time", "og:updated_time", "datemodified"));
  if (updated) result.updated = updated;
  if (site) result.site = site;
  const metaAuthor = meta(metas, "author", "article:author", "og:article:author", "dc.creator", "parsely-author", "sailthru.author") ?? twitterCardAuthor(metas);
  const chosen = chooseAuthor([ldField("author"), metaAuthor, () => markupByline(tree) ?? textByline(tree) ?? labelledByline(tree) ?? datedByline(tree) ?? caplessByline(tree)], site, publisher);
  const author = chosen === undefined ? undefined : withSurnameFromBio(chosen, nodes);
  if (author) result.author = author;
  const lang = firstDefined(tree.lang || undefined, meta(metas, "og:locale", "language", "dc.language", "content-language"));
  if (lang) result.lang = lang.toLowerCase().split(/[-_]/u)[0];
  if (url && /^https?:\/\//u.test(url)) result.url = url;
  if (tree.charset) result.charset = tree.charset;
  return result;
}
