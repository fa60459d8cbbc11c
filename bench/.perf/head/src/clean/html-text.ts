import { isElement, TEXT_NODE, type DomElement, type DomNode } from "./html-dom.js";

/**
 * Visible text of a DOM subtree, one line per block: a paragraph, heading, list item, table row or
 * `<br>` ends a line, inline elements run together. Iterative (explicit stack), so pathological
 * nesting depth cannot overflow the call stack.
 */

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
  "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

/** Elements whose text is never shown to a reader. */
export const INVISIBLE_TAGS = new Set([
  "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "canvas", "iframe", "object", "embed",
  "select", "option", "button", "input", "textarea",
]);

/** Table cells on one row are separated by this, so "Name | Value" rows stay readable. */
const CELL_SEPARATOR = " ";

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** Lines of visible text under `root` (whitespace collapsed, blank lines dropped). */
export function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = "";
  const breakLine = (): void => {
    const line = current.replace(/[\s\u00a0]+/gu, " ").trim();
    if (line !== "") lines.push(line);
    current = "";
  };
  // Stack entries: a node to enter, or a marker to close a block after its children.
  const stack: Array<DomNode | { close: string }> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("close" in item) {
      if (item.close === "td" || item.close === "th") current += CELL_SEPARATOR;
      else breakLine();
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      current += item.textContent ?? "";
      continue;
    }
    if (!isElement(item)) continue;
    const tag = item.localName?.toLowerCase() ?? item.nodeName.toLowerCase();
    if (INVISIBLE_TAGS.has(tag)) continue;
    if (tag === "br") {
      breakLine();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block && tag !== "td" && tag !== "th") breakLine();
    if (block) stack.push({ close: tag });
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  breakLine();
  return lines;
}

/** Visible text of an element as one collapsed string (for titles, bylines, JSON-LD fallbacks). */
export function inlineText(element: DomElement | null): string {
  if (!element) return "";
  return (element.textContent ?? "").replace(/[\s\u00a0]+/gu, " ").trim();
}
