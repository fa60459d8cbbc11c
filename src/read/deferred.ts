import type { RawDocument } from "../types.js";
import { elideScriptAndStyleBodies } from "./elide-html.js";

/**
 * Documents whose `content` is decoded on first use. Reading a folder of pages, the reading thread would
 * otherwise decode every page (and copy the string to a worker thread) while the workers clean; a page
 * whose bytes are its text's UTF-8 (decode.ts `utf8Verbatim`) is instead keyed on its bytes and decoded by
 * whichever thread cleans it. To everyone else it is an ordinary RawDocument.
 */
const undecoded = new WeakMap<RawDocument, Uint8Array>();
/** The bytes of a page whose decoded content is not all of them (script and style bodies left out): its key is still theirs. */
const elidedFrom = new WeakMap<RawDocument, Uint8Array>();

/** Plain UTF-8 reading; the bytes are known valid, so this equals the strict decoding decodeBytes does. */
const utf8 = new TextDecoder("utf-8");

/**
 * The content of a deferred page: its UTF-8 text, an HTML page's without its script and style bodies
 * (cut from the bytes first, so they are never decoded), with the characters so left out.
 */
export function decodeDeferred(kind: RawDocument["kind"], bytes: Uint8Array): { content: string; elidedChars?: number } {
  if (kind !== "html") return { content: utf8.decode(bytes) };
  const elided = elideScriptAndStyleBodies(bytes);
  const content = utf8.decode(elided.bytes);
  return elided.elidedChars > 0 ? { content, elidedChars: elided.elidedChars } : { content };
}

/**
 * UTF-8 bytes per piece an HTML page is decoded in (see clean/html-source.ts): a piece's string stays below V8's
 * large-object size, and decoding is about six times faster than into one string of the whole page.
 */
const HTML_PIECE_BYTES = 16 * 1024;

/** An HTML page's text in pieces of at most HTML_PIECE_BYTES' worth, script and style bodies cut first (as decodeDeferred). */
export function decodeHtmlPieces(bytes: Uint8Array): { pieces: string[]; elidedChars: number } {
  const elided = elideScriptAndStyleBodies(bytes);
  const decoder = new TextDecoder("utf-8");
  const pieces: string[] = [];
  const all = elided.bytes;
  // A character cut by a piece's end is kept back by the streaming decoder and opens the next piece.
  for (let at = 0; at < all.length; at += HTML_PIECE_BYTES) {
    const piece = decoder.decode(all.subarray(at, at + HTML_PIECE_BYTES), { stream: at + HTML_PIECE_BYTES < all.length });
    if (piece !== "") pieces.push(piece);
  }
  return { pieces, elidedChars: elided.elidedChars };
}

/** Pieces a deferred HTML page was decoded in by `htmlPieces`, until its whole content is asked for. */
const piecesOfDocument = new WeakMap<RawDocument, readonly string[]>();

/**
 * A deferred HTML page's text in pieces (the cleaner reads it so), decoding it if it is not yet; its `content`,
 * when someone asks for it after, is their concatenation. Undefined for any other document: read its content.
 */
export function htmlPieces(doc: RawDocument): readonly string[] | undefined {
  const known = piecesOfDocument.get(doc);
  if (known !== undefined) return known;
  const bytes = undecoded.get(doc);
  if (bytes === undefined || doc.kind !== "html") return undefined;
  const { pieces, elidedChars } = decodeHtmlPieces(bytes);
  undecoded.delete(doc);
  piecesOfDocument.set(doc, pieces);
  if (elidedChars > 0) {
    doc.elidedChars = elidedChars;
    elidedFrom.set(doc, bytes);
  }
  Object.defineProperty(doc, "content", {
    enumerable: true,
    configurable: true,
    get() {
      const content = pieces.join("");
      piecesOfDocument.delete(doc);
      Object.defineProperty(doc, "content", { value: content, writable: true, enumerable: true, configurable: true });
      return content;
    },
    set(content: string) {
      piecesOfDocument.delete(doc);
      Object.defineProperty(doc, "content", { value: content, writable: true, enumerable: true, configurable: true });
    },
  });
  return pieces;
}

/** A document whose content is the UTF-8 text of `bytes`, decoded when first read. */
export function deferredDocument(fields: Omit<RawDocument, "content">, bytes: Uint8Array): RawDocument {
  const { provenance, kind, ...rest } = fields;
  // Built in RawDocument's usual key order, `content` in its place.
  const doc = { provenance, kind, content: "", ...rest } as RawDocument;
  const settle = (content: string): void => {
    undecoded.delete(doc);
    Object.defineProperty(doc, "content", { value: content, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(doc, "content", {
    enumerable: true,
    configurable: true,
    get() {
      const { content, elidedChars } = decodeDeferred(kind, bytes);
      settle(content);
      if (elidedChars !== undefined) {
        doc.elidedChars = elidedChars;
        elidedFrom.set(doc, bytes);
      }
      return content;
    },
    set: settle,
  });
  undecoded.set(doc, bytes);
  return doc;
}

/**
 * The bytes of a deferred document not decoded yet, when the document holds the whole ArrayBuffer
 * they live in (so posting them to a worker thread may move that buffer instead of copying it); the
 * document then no longer has them, and reading its content throws instead of returning a wrong text.
 */
export function handOverUtf8(doc: RawDocument): Uint8Array | undefined {
  const bytes = undecoded.get(doc);
  if (bytes === undefined || bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || !(bytes.buffer instanceof ArrayBuffer)) return undefined;
  undecoded.delete(doc);
  Object.defineProperty(doc, "content", {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error(`${doc.provenance.file}: the page's bytes were moved to the worker thread that cleans it; its content is read there`);
    },
  });
  return bytes;
}

/** The UTF-8 bytes of a deferred document's content while it is not decoded yet, else undefined. */
export function undecodedUtf8(doc: RawDocument): Uint8Array | undefined {
  return undecoded.get(doc);
}

/** The bytes a deferred document was read from while this thread has them (not decoded yet, or decoded with parts left out). */
export function sourceUtf8(doc: RawDocument): Uint8Array | undefined {
  return undecoded.get(doc) ?? elidedFrom.get(doc);
}

/**
 * The size of a document's content in UTF-16 code units, or in bytes while it is not decoded yet (close
 * enough to weigh work by, and reading it never decodes the page).
 */
export function contentSize(doc: RawDocument): number {
  return undecoded.get(doc)?.byteLength ?? doc.content.length;
}

/** A document's fields other than `content`, without decoding it (for posting the bytes instead). */
export function fieldsWithoutContent(doc: RawDocument): Omit<RawDocument, "content"> {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== "content") fields[key] = (doc as unknown as Record<string, unknown>)[key];
  return fields as unknown as Omit<RawDocument, "content">;
}
