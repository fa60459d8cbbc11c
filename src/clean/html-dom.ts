import { createRequire } from "node:module";
import type { DOMParser as LinkedomParser } from "linkedom";

/**
 * The slice of the DOM the clean stage touches, typed structurally: the project compiles without
 * the "dom" lib, and linkedom's own types lean on it. linkedom is a lenient, linear-time parser
 * (it never recurses on depth), which is what a crawl full of broken HTML needs.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * linkedom, loaded on the first page that needs a DOM (the Readability fallback): importing it costs
 * a few hundred milliseconds of start-up in every thread, and text pages and most HTML never use it.
 */
let DOMParser: typeof LinkedomParser | undefined;

/** Parse HTML into a document; throws only if linkedom itself throws, which callers catch. */
export function parseDocument(html: string): DomDocument {
  DOMParser ??= (createRequire(import.meta.url)("linkedom") as typeof import("linkedom")).DOMParser;
  return new DOMParser().parseFromString(html, "text/html") as unknown as DomDocument;
}
