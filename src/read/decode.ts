import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { detectCharset } from "./charset-detect.js";
import { mayHoldMojibake, repairMojibake } from "./mojibake.js";
import type { ReadProblem } from "./problem-codes.js";
import { decodeWindows1252 } from "./windows-1252.js";

/**
 * Bytes → string, the way a browser would and then a little better: BOM, then the charset the container declares
 * (HTTP Content-Type), then the page's own <meta charset> (unless the bytes are valid UTF-8 holding non-ASCII text:
 * see utf8AgainstDeclaration), then strict UTF-8, then the charset detected from the
 * bytes (charset-detect.ts: GBK, Shift_JIS, Windows-1251 … written undeclared), then Windows-1252 as the fallback;
 * finally UTF-8 mojibake is repaired.
 */

/**
 * How far into a page to look for <meta charset>. Browsers stop at 1024 bytes (HTML § 13.2.3.2), but crawled
 * news pages often put long inline scripts and tracking tags first; 4 KiB catches those at negligible cost.
 */
export const META_PRESCAN_BYTES = 4096;

export interface DecodeOptions {
  /** Charset declared by the container (HTTP Content-Type); it wins over the page's <meta>, as in browsers. */
  declaredCharset?: string;
  /** Look for <meta charset> / <?xml encoding?> in the first bytes. Default: true. */
  sniffMeta?: boolean;
  /** The bytes were cut at an arbitrary byte (size limit): drop a trailing partial character instead of failing. */
  truncated?: boolean;
  /** Repair UTF-8 read as Windows-1252 ("Ã©" → "é"). Default: true. */
  repairMojibake?: boolean;
}

export interface DecodeResult {
  text: string;
  /** WHATWG name of the encoding decoded ("utf-8", "windows-1252", "iso-8859-2" …) and whether mojibake was repaired. */
  encoding: { name: string; repaired: boolean };
  /** Warnings to report with the document's provenance. */
  problems: ReadProblem[];
}

type Charset =
  | { kind: "utf-8" }
  | { kind: "utf-16le" }
  | { kind: "utf-16be" }
  | { kind: "windows-1252" }
  | { kind: "iconv"; name: string };

/** Labels the WHATWG Encoding Standard maps to windows-1252 (ISO-8859-1 and ASCII pages really are cp1252). */
const WINDOWS_1252_LABELS = new Set([
  "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
  "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
]);
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]);
/** A byte stream cannot declare UTF-16 in ASCII-compatible markup; browsers read such pages as UTF-8. */
const UTF16_LABELS = new Set(["utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefffe"]);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Charset of a Content-Type value ("text/html; charset=ISO-8859-1" → "ISO-8859-1"), or undefined. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = contentType ? /charset\s*=\s*["']?\s*([^"';\s,]+)/i.exec(contentType) : null;
  return match?.[1];
}

/** Charset an HTML page or XML document declares in its first bytes, or undefined. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, META_PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/** Resolves a charset label; undefined when neither WHATWG nor iconv-lite knows it. */
function resolveCharset(label: string): Charset | undefined {
  const name = label.trim().toLowerCase();
  if (UTF8_LABELS.has(name) || UTF16_LABELS.has(name)) return { kind: "utf-8" };
  if (WINDOWS_1252_LABELS.has(name)) return { kind: "windows-1252" };
  if (iconv.encodingExists(name)) return { kind: "iconv", name };
  return undefined;
}

function bomCharset(bytes: Uint8Array): { charset: Charset; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: { kind: "utf-8" }, length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: { kind: "utf-16le" }, length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: { kind: "utf-16be" }, length: 2 };
  return undefined;
}

/** Number of bytes at the end of `bytes` that start a UTF-8 sequence the cut left incomplete. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

function decodeUtf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be", truncated: boolean): string {
  const even = truncated ? bytes.subarray(0, bytes.length - (bytes.length % 2)) : bytes;
  let text = new TextDecoder(label).decode(even);
  // A cut between the two halves of a surrogate pair leaves a replacement character at the end.
  if (truncated && text.endsWith("\uFFFD")) text = text.slice(0, -1);
  return text;
}

/** Non-ASCII characters valid UTF-8 must hold before it is read so against a declared legacy charset. */
const MIN_UTF8_EVIDENCE = 2;

/**
 * A page declaring a legacy charset whose bytes are valid UTF-8 was re-encoded by whatever saved it (crawlers and
 * archives store UTF-8 and leave the <meta> as it was): text written in GB2312, Shift_JIS or Windows-1251 is
 * practically never valid UTF-8 once it holds a few non-ASCII characters, while UTF-8 read in those charsets is
 * garbage no repair can undo ("鏂扮數鑴" for "新电脑"). Such bytes are read as UTF-8, with a warning.
 */
function utf8AgainstDeclaration(bytes: Uint8Array, declared: Charset, truncated: boolean, problems: ReadProblem[]): Charset {
  if (declared.kind !== "windows-1252" && declared.kind !== "iconv") return declared;
  const whole = truncated ? bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes)) : bytes;
  // Lead bytes count the non-ASCII characters of valid UTF-8.
  let nonAscii = 0;
  for (let i = 0; i < whole.length && nonAscii < MIN_UTF8_EVIDENCE; i++) if (whole[i] >= 0xc0) nonAscii++;
  if (nonAscii < MIN_UTF8_EVIDENCE || !isUtf8(whole)) return declared;
  const name = declared.kind === "iconv" ? declared.name : "windows-1252";
  problems.push({
    code: "read.encoding.not-as-declared",
    severity: "warning",
    reason: `Declared charset "${name}", but the bytes are valid UTF-8 with non-ASCII text; decoded as UTF-8.`,
  });
  return { kind: "utf-8" };
}

/** Decodes bytes to a string; see the module comment for the order of evidence. Never throws. */
export function decodeBytes(input: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const problems: ReadProblem[] = [];
  const truncated = options.truncated ?? false;
  const bom = bomCharset(input);
  let bytes = bom ? input.subarray(bom.length) : input;
  let charset = bom?.charset;

  if (charset === undefined) {
    const declared = options.declaredCharset ?? ((options.sniffMeta ?? true) ? sniffDeclaredCharset(bytes) : undefined);
    if (declared !== undefined) {
      charset = resolveCharset(declared);
      if (charset === undefined) {
        problems.push({
          code: "read.encoding.unknown-charset",
          severity: "warning",
          reason: `Declared charset "${declared}" is unknown; decoded as UTF-8, falling back to Windows-1252.`,
        });
      }
    }
  }
  if (charset !== undefined && bom === undefined) charset = utf8AgainstDeclaration(bytes, charset, truncated, problems);
  charset ??= { kind: "utf-8" };

  let text: string;
  let name: string;
  switch (charset.kind) {
    case "utf-16le":
    case "utf-16be":
      text = decodeUtf16(bytes, charset.kind, truncated);
      name = charset.kind;
      break;
    case "windows-1252":
      text = decodeWindows1252(bytes);
      name = "windows-1252";
      break;
    case "iconv": {
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset.name);
      if (truncated) text = text.replace(/\uFFFD+$/, "");
      name = charset.name;
      break;
    }
    case "utf-8": {
      if (truncated) bytes = bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
      try {
        text = strictUtf8.decode(bytes);
        name = "utf-8";
      } catch {
        const detected = detectCharset(bytes);
        if (detected !== undefined) {
          text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), detected.name);
          if (truncated) text = text.replace(/\uFFFD+$/, "");
          name = detected.name;
          problems.push({
            code: "read.encoding.detected",
            severity: "warning",
            reason: `Bytes are not valid UTF-8 and declare no other charset; decoded as ${detected.name}, detected from them (confidence ${detected.confidence.toFixed(2)}).`,
          });
          break;
        }
        text = decodeWindows1252(bytes);
        name = "windows-1252";
        problems.push({
          code: "read.encoding.fallback",
          severity: "warning",
          reason: "Bytes are not valid UTF-8; decoded as Windows-1252.",
        });
      }
      break;
    }
  }

  let repaired = false;
  if (options.repairMojibake ?? true) {
    const repair = repairMojibake(text);
    if (repair.repaired) {
      text = repair.text;
      repaired = true;
      problems.push({
        code: "read.encoding.mojibake-repaired",
        severity: "warning",
        reason: `Repaired ${repair.runs} run(s) of UTF-8 text that had been decoded as Windows-1252.`,
      });
    }
  }
  return { text, encoding: { name, repaired }, problems };
}


/**
 * The bytes whose plain UTF-8 reading is exactly the text `decodeBytes` returns for `input` with these
 * options, with nothing to report (no legacy charset, no fallback, no mojibake repair); undefined when only
 * `decodeBytes` itself can say. Most crawled pages qualify: the reading thread then keys them on these
 * bytes (the SHA-256 of a string hashes its UTF-8) and leaves decoding to the thread that cleans them.
 */
export function utf8Verbatim(input: Uint8Array, options: DecodeOptions = {}): Uint8Array | undefined {
  const bom = bomCharset(input);
  if (bom !== undefined && bom.charset.kind !== "utf-8") return undefined;
  let bytes = bom ? input.subarray(bom.length) : input;
  if (bom === undefined) {
    const declared = options.declaredCharset ?? ((options.sniffMeta ?? true) ? sniffDeclaredCharset(bytes) : undefined);
    if (declared !== undefined && resolveCharset(declared)?.kind !== "utf-8") return undefined;
  }
  if (options.truncated ?? false) bytes = bytes.subarray(0, bytes.length - incompleteUtf8Tail(bytes));
  // A second BOM would be dropped by the decoder too: rare enough to leave to decodeBytes.
  if (bomCharset(bytes)?.charset.kind === "utf-8") return undefined;
  if (!isUtf8(bytes)) return undefined;
  if ((options.repairMojibake ?? true) && mayHoldMojibake(bytes)) return undefined;
  return bytes;
}
