/**
 * Script and style bodies cut out of an HTML page's UTF-8 bytes before the page is decoded.
 *
 * On real news pages scripts and style sheets are about two fifths of the bytes (the 990 pages of the
 * trafilatura set: scripts 22%, styles 16%), and no reader sees them: decoding them into a string and
 * having the tokenizer scan them for their end tag was the largest cost of reading a page after the
 * tree itself. The scan below follows htmlparser2's tokenizer (the parser html-tree.ts uses) through
 * tags, quoted attribute values, comments, declarations and the other raw-text elements, so a
 * `<script` inside a comment, an attribute value or a `<title>` is not taken for a tag, and a body
 * ends exactly where htmlparser2 ends it (`</script` or `</style` followed by `>` or white space).
 * JSON-LD scripts are kept (metadata reads them), and so is anything the scan cannot close (an
 * unterminated tag, comment or body). The characters cut are counted in UTF-16 units, as the tree
 * counts the invisible markup it reads, so what extraction reports is unchanged.
 */
import { isAscii } from "node:buffer";

export interface ElidedHtml {
  bytes: Uint8Array;
  /** UTF-16 code units of the bodies cut (what `TextDecoder` would have made of their bytes). */
  elidedChars: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DASH = 0x2d;
const OPEN_BRACKET = 0x5b;
const AMPERSAND = 0x26;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const COMMENT_END = ascii("-->");
const CDATA_START = ascii("[CDATA[");
const CDATA_END = ascii("]]>");
const LD_JSON = ascii("ld+json");
/** Elements htmlparser2 reads as raw text up to their end tag; only the first two are cut. */
const RAW_TEXT = ["script", "style", "title", "textarea", "xmp"].map(ascii);
const CUT = 2;

const isWhitespace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0c || b === 0x0d;
const isAsciiAlpha = (b: number): boolean => ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
const endsTagName = (b: number): boolean => b === SLASH || b === GT || isWhitespace(b);

/** Whether `bytes` at `at` hold `lower` (ASCII lower case), letters compared without case. */
function matchesAt(bytes: Uint8Array, at: number, lower: Uint8Array): boolean {
  if (at + lower.length > bytes.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const b = bytes[at + k];
    if ((isAsciiAlpha(b) ? b | 0x20 : b) !== lower[k]) return false;
  }
  return true;
}

/** Where `sequence` (ASCII lower case) starts between `from` and `to`, letters compared without case; -1 when nowhere. */
function indexOfSequence(bytes: Uint8Array, sequence: Uint8Array, from: number, to = bytes.length): number {
  if (isAsciiAlpha(sequence[0])) {
    for (let at = from; at + sequence.length <= to; at++) if (matchesAt(bytes, at, sequence)) return at;
    return -1;
  }
  // A first byte that is no letter is found by the native search.
  for (let at = bytes.indexOf(sequence[0], from); at >= 0 && at + sequence.length <= to; at = bytes.indexOf(sequence[0], at + 1)) {
    if (matchesAt(bytes, at, sequence)) return at;
  }
  return -1;
}

/** The `>` closing the open tag whose attributes start at `from`, and whether it is self-closing; null when none does. */
function openTagEnd(bytes: Uint8Array, from: number): { gt: number; selfClosing: boolean } | null {
  const n = bytes.length;
  let slash = false;
  for (let j = from; j < n; ) {
    const b = bytes[j];
    if (b === GT) return { gt: j, selfClosing: slash };
    if (b === EQUALS) {
      j++;
      while (j < n && isWhitespace(bytes[j])) j++;
      if (j >= n) return null;
      const quote = bytes[j];
      if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
        const close = bytes.indexOf(quote, j + 1);
        if (close < 0) return null;
        j = close + 1;
      } else {
        while (j < n && !isWhitespace(bytes[j]) && bytes[j] !== GT) j++;
      }
      slash = false;
      continue;
    }
    if (b === SLASH) slash = true;
    else if (!isWhitespace(b)) slash = false;
    j++;
  }
  return null;
}

/** Start of the end tag `</name` followed by `>` or white space, searching from `from`; -1 when the body never ends. */
function rawTextEnd(bytes: Uint8Array, name: Uint8Array, from: number): number {
  for (let lt = bytes.indexOf(LT, from); lt >= 0; lt = bytes.indexOf(LT, lt + 1)) {
    const after = lt + 2 + name.length;
    if (bytes[lt + 1] === SLASH && after < bytes.length && matchesAt(bytes, lt + 2, name)) {
      const b = bytes[after];
      if (b === GT || isWhitespace(b)) return lt;
    }
  }
  return -1;
}

/** Where scanning resumes after the markup declaration (`<!…`) at `lt`: a comment, CDATA or a declaration. */
function afterDeclaration(bytes: Uint8Array, lt: number): number {
  const n = bytes.length;
  if (bytes[lt + 2] === DASH && bytes[lt + 3] === DASH) {
    const end = indexOfSequence(bytes, COMMENT_END, lt + 4);
    return end < 0 ? n : end + COMMENT_END.length;
  }
  // htmlparser2 matches "[CDATA[" with its case: "<![cdata[" is an ordinary declaration.
  if (bytes[lt + 2] === OPEN_BRACKET && CDATA_START.every((b, k) => bytes[lt + 2 + k] === b)) {
    const end = indexOfSequence(bytes, CDATA_END, lt + 2 + CDATA_START.length);
    return end < 0 ? n : end + CDATA_END.length;
  }
  const gt = bytes.indexOf(GT, lt + 2);
  return gt < 0 ? n : gt + 1;
}

/** Index in RAW_TEXT of the tag name between `from` and `to`, or -1 (most tags: told by their first letter). */
function rawTextKind(bytes: Uint8Array, from: number, to: number): number {
  const first = bytes[from] | 0x20;
  if (first !== 0x73 && first !== 0x74 && first !== 0x78) return -1; // s, t, x
  for (let kind = 0; kind < RAW_TEXT.length; kind++) {
    const name = RAW_TEXT[kind];
    if (name.length === to - from && matchesAt(bytes, from, name)) return kind;
  }
  return -1;
}

/** UTF-16 code units of valid UTF-8 bytes: one per lead byte, two for the four-byte sequences. */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  // Script and style bodies are mostly ASCII, one unit a byte: told by a native scan instead of counting here.
  if (isAscii(bytes.subarray(from, to))) return to - from;
  let units = 0;
  for (let k = from; k < to; k++) {
    const b = bytes[k];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** The page's bytes without its script (JSON-LD aside) and style bodies; `bytes` itself when there is none. */
export function elideScriptAndStyleBodies(bytes: Uint8Array): ElidedHtml {
  const n = bytes.length;
  const cuts: number[] = [];
  for (let i = 0; i < n; ) {
    const lt = bytes.indexOf(LT, i);
    if (lt < 0 || lt + 1 >= n) break;
    const next = bytes[lt + 1];
    if (next === BANG) {
      i = afterDeclaration(bytes, lt);
      continue;
    }
    if (next === QUESTION || next === SLASH) {
      const gt = bytes.indexOf(GT, lt + 2);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (!isAsciiAlpha(next)) {
      i = lt + 1;
      continue;
    }
    let nameEnd = lt + 2;
    while (nameEnd < n && !endsTagName(bytes[nameEnd])) nameEnd++;
    const tag = openTagEnd(bytes, nameEnd);
    if (tag === null) break; // an unclosed tag runs to the end of the page: nothing after it is markup
    i = tag.gt + 1;
    if (tag.selfClosing) continue; // htmlparser2 reads no raw text after <script/>
    const kind = rawTextKind(bytes, lt + 1, nameEnd);
    if (kind < 0) continue;
    const end = rawTextEnd(bytes, RAW_TEXT[kind], i);
    if (end < 0) break; // htmlparser2 reads the rest of the page as this element's text
    // The tree reads a script typed ld+json, the type's characters written as they are or as entities
    // ("application&#x2F;ld&#x2B;json"): a tag holding either is kept.
    const jsonLd = kind === 0 && (indexOfSequence(bytes, LD_JSON, nameEnd, tag.gt) >= 0 || bytes.subarray(nameEnd, tag.gt).includes(AMPERSAND));
    if (kind < CUT && !jsonLd && end > i) cuts.push(i, end);
    i = end;
  }
  if (cuts.length === 0) return { bytes, elidedChars: 0 };
  let cutBytes = 0;
  let elidedChars = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    cutBytes += cuts[k + 1] - cuts[k];
    elidedChars += utf16Length(bytes, cuts[k], cuts[k + 1]);
  }
  const kept = new Uint8Array(n - cutBytes);
  let at = 0;
  let from = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    kept.set(bytes.subarray(from, cuts[k]), at);
    at += cuts[k] - from;
    from = cuts[k + 1];
  }
  kept.set(bytes.subarray(from), at);
  return { bytes: kept, elidedChars };
}
