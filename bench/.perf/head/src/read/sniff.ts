import type { InputFormat } from "../types.js";

/** Bytes of (decompressed) content looked at to sniff the format and tell text from binary. */
export const SNIFF_BYTES = 8192;

/**
 * Share of C0 control characters (other than tab, newlines, form feed, escape) above which a file is binary.
 * Real text has next to none; 10% leaves room for a few stray bytes in a legacy page.
 */
export const BINARY_CONTROL_RATIO = 0.1;

const EXTENSION_FORMATS: Record<string, InputFormat> = {
  txt: "text",
  text: "text",
  htm: "html",
  html: "html",
  xhtml: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "jsonl",
  warc: "warc",
};

/**
 * Extensions a directory walk picks up (and their `.gz` forms). ".json" is left out: in a directory it is more
 * often a config or a JSON array than JSONL. Files named explicitly (or matched by a glob) are always read.
 */
export const DIRECTORY_EXTENSIONS: ReadonlySet<string> = new Set(["txt", "text", "htm", "html", "xhtml", "jsonl", "ndjson", "warc"]);

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** Lower-case extension after stripping a trailing ".gz": "a/b.WARC.gz" → "warc"; "" when there is none. */
export function extensionOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1).toLowerCase();
  const stem = base.endsWith(".gz") ? base.slice(0, -3) : base;
  const dot = stem.lastIndexOf(".");
  return dot > 0 ? stem.slice(dot + 1) : "";
}

/** Format an extension suggests, for provenance before a file is opened; "text" when it suggests none. */
export function formatFromName(path: string): InputFormat {
  return EXTENSION_FORMATS[extensionOf(path)] ?? "text";
}

function startsWithUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** NUL bytes or many control characters; UTF-16 with a BOM is text even though it is full of NULs. */
export function looksBinary(head: Uint8Array): boolean {
  if (startsWithUtf16Bom(head)) return false;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) {
      controls++;
    }
  }
  return head.length > 0 && controls / head.length > BINARY_CONTROL_RATIO;
}

/** The head as ASCII-ish text without BOM and leading whitespace, lower-cased, for markers. */
function headText(head: Uint8Array): string {
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return new TextDecoder("latin1").decode(head.subarray(start, start + 512)).trimStart().toLowerCase();
}

const HTML_MARKER = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/;

/**
 * Format of a file: a hint wins; then the WARC magic (a WARC is never mistaken for anything else); then JSONL
 * and HTML extensions; then an HTML marker at the start (a `.txt` that holds a saved page is HTML); then a `{`
 * opening a file with no known extension is JSONL; everything else is text.
 */
export function detectFormat(name: string, head: Uint8Array, hint?: InputFormat): InputFormat {
  if (hint !== undefined) return hint;
  const text = headText(head);
  if (/^warc\/\d/.test(text)) return "warc";
  const byExtension = EXTENSION_FORMATS[extensionOf(name)];
  if (byExtension === "jsonl" || byExtension === "warc" || byExtension === "html") return byExtension;
  if (HTML_MARKER.test(text)) return "html";
  if (byExtension === undefined && text.startsWith("{")) return "jsonl";
  return "text";
}
