import type { PartialDate } from "../types.js";
import { parseDate } from "./dates.js";
import { textWithin, type HtmlElement, type HtmlTree } from "./html-tree.js";
import { UPDATED_LABEL } from "./source-line-labels.js";

/** Own text of a lone date element at most: a date, a time and a word or two ("Pressemitteilung vom 20.01.2022"). */
const MAX_LONE_DATE_CHARS = 48;
/** Characters of that text besides the date itself ("um 09:25", "// Dominik Ricker", "vom"). */
const MAX_LONE_DATE_EXTRA = 24;
/** Elements looked at, as for the named date lines: the article's day is printed near its top. */
const MAX_LONE_DATE_ELEMENTS = 4_000;

/** The text an element holds itself, not in child elements, spaces collapsed; "" when longer than `max`. */
function ownText(el: HtmlElement, max: number): string {
  let text = "";
  let digits = false;
  for (const child of el.children) {
    if (typeof child !== "string") continue;
    text += child;
    // Spaces collapse below: a run of indentation may be long, a paragraph is longer still.
    if (text.length > 8 * max) return "";
    digits ||= DIGIT.test(child);
  }
  // Most elements hold no digit of their own: no date, and no string to tidy.
  if (!digits) return "";
  text = text.replace(/\s+/gu, " ").trim();
  return text.length > max ? "" : text;
}

const DIGIT = /\p{Nd}/u;

const WORD = /\p{L}{2}/u;
/** A full date has a year: four digits at least, in any script ("1. Nov. 2021", "16.01.22"); a quick test before parsing. */
export const FOUR_DIGITS = /(?:\p{Nd}\P{Nd}*){4}/u;

/** A full date (day, month and year) that is most of `text`, or undefined. */
function dateFilling(text: string): PartialDate | undefined {
  if (text === "" || !FOUR_DIGITS.test(text)) return undefined;
  const date = parseDate(text);
  if (!date || date.year === undefined || date.day === undefined) return undefined;
  if (text.length - date.text.length > MAX_LONE_DATE_EXTRA) return undefined;
  // Words on both sides make a phrase ("seit 1. Januar 2018 geringer"), not a date line ("Sa. 13.11.2021", "21. Jan
  // 2022 // Dominik Ricker").
  const at = text.indexOf(date.text);
  return WORD.test(text.slice(0, at)) && WORD.test(text.slice(at + date.text.length)) ? undefined : date;
}

/**
 * A full date standing alone in an element of its own ("<small>31.01.2022</small>", "<div class="authored">
 * 10.11.2021</div>", "<p>Pressemitteilung vom 20.01.2022</p>"): many pages print their day so, with no class
 * that names it and no metadata. The page's last resort for its day, so only when nothing states one.
 *
 * Of several, the one nearest the page's first `<h1>` (after it on a tie): a kicker above the title or a line
 * below it dates the article, a masthead's "today" sits further up, other articles' dates further down. A page
 * without an `<h1>` gets its first. `outsideArticle` leaves out lists of headlines, sidebars and comments; a date
 * labelled as an update is left out as the date lines' labels are (html-metadata.ts).
 */
export function loneDate(tree: HtmlTree, outsideArticle: (el: HtmlElement) => boolean): PartialDate | undefined {
  const limit = Math.min(tree.elements.length, MAX_LONE_DATE_ELEMENTS);
  let h1 = -1;
  let first: PartialDate | undefined;
  let before: { date: PartialDate; at: number } | undefined;
  for (let i = 0; i < limit; i++) {
    const el = tree.elements[i];
    if (el.tag === "h1" && h1 < 0) h1 = i;
    const date = dateFilling(ownText(el, MAX_LONE_DATE_CHARS));
    if (date === undefined || outsideArticle(el)) continue;
    // "Aktualisiert am 17.01.2021", the label in the element or a child of it: the day of a change, not of the article.
    if (UPDATED_LABEL.test(textWithin(el, 2 * MAX_LONE_DATE_CHARS, true).trim())) continue;
    if (h1 >= 0) return before !== undefined && h1 - before.at < i - h1 ? before.date : date;
    first ??= date;
    before = { date, at: i };
  }
  return h1 >= 0 ? before?.date : first;
}
