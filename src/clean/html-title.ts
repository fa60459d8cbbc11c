import { shared, TITLE_SEPARATOR, withoutSiteName, words } from "./html-site-name.js";
import { textWithin, type HtmlElement, type HtmlTree } from "./html-tree.js";

/**
 * The article's headline. Pages state it in several places: JSON-LD `headline`, `og:title`,
 * `<title>` (usually with the site's name: "Headline | Site"), and the visible `<h1>` (sometimes
 * with a kicker: "Kicker: Headline"). The visible heading is what a reader calls the title, but
 * many templates spend their first `<h1>` on the logo and some set the headline in an `<h2>`; so
 * the heading chosen is the one that agrees best with what the head says, and the head's title,
 * stripped of the site's name, is the answer when no heading agrees.
 */

/** Headings looked at per level: the headline is near the top. */
const MAX_HEADINGS = 12;
/** Headings longer than this are paragraphs set large, not headlines. */
const MAX_HEADLINE_CHARS = 300;
/** A heading agrees with the head's titles when this share of its words is in them... */
const MIN_HEADING_SHARE = 0.6;
/** ...and it holds this share of the words of the closest one. */
const MIN_TITLE_SHARE = 0.3;

/**
 * An <h1> is the headline's element: it wins over an <h2> that agrees about as well. A logo <h1>
 * ("Site" against "Headline - Site") agrees less than the headline does and loses anyway.
 */
const H1_BONUS = 0.05;

/** Entities left encoded in attribute values by CMSs that escape twice ("&#8222;Title&#8220;"). */
const LEFT_ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/giu;
const NAMED: Readonly<Record<string, string>> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " ", szlig: "ß", ...accented() };

/** Latin letters with accents by their entity names ("oacute" → "ó", "Uuml" → "Ü"). */
function accented(): Record<string, string> {
  const marks: Record<string, string> = { acute: "\u0301", grave: "\u0300", circ: "\u0302", uml: "\u0308", tilde: "\u0303", cedil: "\u0327", ring: "\u030a" };
  const table: Record<string, string> = {};
  for (const letter of "aeiouycnAEIOUYCN") {
    for (const [name, mark] of Object.entries(marks)) {
      const composed = (letter + mark).normalize("NFC");
      if (composed.length === 1) table[letter + name] = composed;
    }
  }
  return table;
}

export function decodeLeftEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(LEFT_ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

function clean(text: string): string {
  return decodeLeftEntities(text).replace(/[\s\u00a0]+/gu, " ").trim();
}

function headingText(el: HtmlElement): string {
  return decodeLeftEntities(textWithin(el, MAX_HEADLINE_CHARS));
}

/**
 * A heading and the readings of it the head's titles may agree with: each element part, and the
 * heading without its first or last part or on either side of a line break (`<h1>Headline<br><small>date</small></h1>`).
 * The whole heading comes first and wins ties. A kicker ("Klimaschutz", "Nach Corona-Lockerungen") is a
 * label set above the headline, not part of it: named so by its class, or a short first part set on its
 * own line, the heading is read without it.
 */
function pushHeading(el: HtmlElement, into: string[]): void {
  const children = el.children.filter((c) => (typeof c === "string" ? c.trim() !== "" : c.order >= 0 || c.tag === "br"));
  const parts = children.filter((c): c is HtmlElement => typeof c !== "string" && c.order >= 0);
  const kickers = parts.filter((part) => KICKER_NAMES.test(part.names));
  const without = (dropped: ReadonlyArray<HtmlElement | string>): string =>
    clean(children.filter((c) => !dropped.includes(c)).map((c) => (typeof c === "string" ? c : headingText(c))).join(" ")).replace(LEADING_SEPARATORS, "");
  if (kickers.length > 0 && kickers.length < children.length) {
    const text = without(kickers);
    if (text !== "") {
      into.push(text);
      return;
    }
  }
  const first = children[0];
  if (first !== undefined && typeof first !== "string" && first.order >= 0 && ownLine(first, children[1]) && isShortLabel(first, without([first]))) {
    into.push(without([first]));
    return;
  }
  const whole = headingText(el);
  into.push(whole);
  const pushReading = (text: string): void => {
    if (text !== "" && text !== whole) into.push(text);
  };
  const last = children[children.length - 1];
  if (children.length > 1 && typeof first !== "string") pushReading(without([first]));
  // A trailing part: a subtitle, or the site's name hidden for screen readers ("Headline<span> | Site</span>").
  if (children.length > 1 && typeof last !== "string" && last.order >= 0) pushReading(without([last]));
  const breakAt = children.findIndex((c) => typeof c !== "string" && c.tag === "br");
  if (breakAt > 0) {
    pushReading(without(children.slice(breakAt)));
    pushReading(without(children.slice(0, children.findLastIndex((c) => typeof c !== "string" && c.tag === "br") + 1)));
  }
  if (parts.length < 2) return;
  for (const part of parts) pushReading(headingText(part));
}

/** Tags a browser sets on a line of their own. */
const BLOCK_TAGS = new Set(["div", "p", "header", "section", "ul", "ol", "li", "dl", "dt", "dd", "figure", "blockquote", "table"]);
/** A kicker is a label: a few words. */
const MAX_KICKER_WORDS = 5;

/**
 * A first part on a line of its own: a block, or small print a `<br>` ends. A `<span>` before a break may
 * as well be a short headline above its subtitle, so it is only one of the readings.
 */
function ownLine(part: HtmlElement, next: HtmlElement | string | undefined): boolean {
  return BLOCK_TAGS.has(part.tag) || (part.tag === "small" && next !== undefined && typeof next !== "string" && next.tag === "br");
}

function isShortLabel(part: HtmlElement, rest: string): boolean {
  const own = headingText(part).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const restWords = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return own > 0 && own <= MAX_KICKER_WORDS && own < restWords;
}

/** Names templates give a heading's kicker: "kicker", German "Dachzeile", "topline", "overline", "eyebrow" … */
const KICKER_NAMES = /kicker|dachzeile|topline|overline|eyebrow|roofline|supertitle|pretitle|titleheader|spitzmarke/u;
/** The separator a template hides between kicker and headline (" – ", ": "), left at the start once the kicker goes. */
const LEADING_SEPARATORS = /^[\s:|–—-]+/u;

/** The heading of one level that agrees best with the head's titles (with `whole`, one that is a title's part word for word), or undefined. */
function agreeingHeading(headings: ReadonlyArray<readonly [string, number]>, titles: ReadonlyArray<Set<string>>, whole = false): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const [heading, bonus] of headings) {
    const own = words(heading);
    if (own.size === 0 || heading.length > MAX_HEADLINE_CHARS) continue;
    for (const title of titles) {
      const common = shared(own, title);
      if (whole ? common !== own.size || common !== title.size : common < MIN_HEADING_SHARE * own.size || common < MIN_TITLE_SHARE * title.size) continue;
      const score = (2 * common) / (own.size + title.size) + bonus;
      if (score > bestScore) {
        best = heading;
        bestScore = score;
      }
    }
  }
  return best;
}

/**
 * A head title's parts between separators ("Headline - Site - Site's motto"), each of two words or more: a heading
 * that is one of them whole is the headline, however many words the site's parts add (a logo heading is one word,
 * or the site's part, which `withoutSiteName` knows).
 */
function titleParts(title: string): Set<string>[] {
  const parts = title.split(TITLE_SEPARATOR).map(words).filter((p) => p.size >= MIN_PART_WORDS);
  return parts.length >= 2 ? parts : [];
}
const MIN_PART_WORDS = 2;

/** The page's headline from its head titles (most trusted first) and its headings. */
export function chooseTitle(tree: HtmlTree, headTitles: ReadonlyArray<string | undefined>, site: string | undefined, host?: string): string | undefined {
  const titles = headTitles.filter((t): t is string => t !== undefined && t.trim() !== "").map(clean);
  const h1: string[] = [];
  const h2: string[] = [];
  for (const el of tree.elements) {
    if (el.tag === "h1" && h1.length < MAX_HEADINGS) pushHeading(el, h1);
    else if (el.tag === "h2" && h2.length < MAX_HEADINGS) pushHeading(el, h2);
  }
  const headings = [...h1.map((h): [string, number] => [h, H1_BONUS]), ...h2.map((h): [string, number] => [h, 0])];
  const heading = agreeingHeading(headings, titles.map(words)) ?? agreeingHeading(headings, titles.flatMap(titleParts), true);
  if (heading) return heading;
  if (titles.length > 0) return withoutSiteName(titles[0], site, host);
  return h1.find((h) => h !== "");
}
