import { createRequire } from "node:module";
import iconv from "iconv-lite";
import type { chardet as Chardet } from "jschardet";
import { detectLanguage } from "../clean/language.js";

/**
 * The charset of bytes that are not UTF-8 and that nothing declared (or declared wrongly as UTF-8): a page
 * saved without its HTTP headers from a site that writes GBK, Shift_JIS, EUC-KR, Windows-1251, KOI8-R,
 * Windows-1256, Windows-1255, TIS-620 … and no <meta charset>. Browsers guess such pages from their bytes
 * (Firefox's chardetng); reading them as Windows-1252, the fallback before this, turned every Chinese,
 * Japanese, Korean, Cyrillic, Arabic, Hebrew, Greek or Thai character into Latin noise.
 *
 * Detection is jschardet 4 (a TypeScript port of Python's chardet 7, 0BSD, no dependencies; see
 * docs/DEPENDENCIES.md), run on the text between the tags: markup is ASCII and only dilutes the
 * statistics that tell single-byte charsets apart. Its model loads on the first call (about 0.1 s, once
 * per thread), so only a crawl holding such pages pays for it.
 */

/** Bytes of text read for detection: a page's first 64 KiB of text settle its charset. */
const SAMPLE_BYTES = 64 * 1024;
/** Bytes of page the text is looked for in, so a huge page costs no more than a large one. */
const SCAN_BYTES = 1024 * 1024;
/**
 * Scores are relative, not probabilities: a plain Windows-1251 page of 300 characters scores 0.47, a Turkish
 * one 0.20, and Latin pages score Windows-1252 or its kin (kept as the fallback reads them) at any level.
 */
const MIN_CONFIDENCE = 0.15;
/**
 * Guesses the Windows-1252 reading already serves (with UTF-8 mojibake repair): Latin-1 and its Euro
 * revision differ from Windows-1252 only where Windows-1252 has the typographic characters pages mean.
 */
const WINDOWS_1252_LIKE = /^(?:ascii|us-ascii|utf-8|windows-1252|cp1252|iso-?8859-1|iso-?8859-15|latin-?1)$/i;

const require = createRequire(import.meta.url);
let detector: typeof Chardet | undefined;

export interface DetectedCharset {
  /** An encoding name iconv-lite decodes ("gb18030", "shift_jis", "windows-1251" …). */
  name: string;
  confidence: number;
}

/**
 * The charset detected from `bytes`, or undefined when the guess is weak, is Windows-1252 or one of its
 * kin, or names an encoding iconv-lite cannot decode: the caller then keeps its Windows-1252 reading.
 */
export function detectCharset(bytes: Uint8Array): DetectedCharset | undefined {
  if (mostlyUtf8(bytes)) return undefined;
  detector ??= (require("jschardet") as { chardet: typeof Chardet }).chardet;
  const era = detector.EncodingEra.MODERN_WEB | detector.EncodingEra.LEGACY_ISO;
  const sample = textBytes(bytes);
  const guess = detector.detect(sample, { encodingEra: era });
  const name = guess.encoding?.toLowerCase();
  // No charset named (jschardet also sniffs file signatures: a text opening "BM Genel Sekreteri" is a BMP image to it),
  // or a Latin one: the text's language says which Latin charset.
  if (name === undefined || WINDOWS_1252_LIKE.test(name) || LATIN_KIN.test(name)) {
    const latin = latinByLanguage(sample, name ?? "", guess.confidence);
    return latin === undefined ? undefined : { name: latin, confidence: guess.confidence };
  }
  if (guess.confidence < MIN_CONFIDENCE || !iconv.encodingExists(name)) return undefined;
  return { name, confidence: guess.confidence };
}

/** Single-byte charsets of Latin-script languages, which share ASCII and differ in a few letters each. */
const LATIN_KIN = /^(?:windows-125[0478]|iso-?8859-(?:2|3|4|9|10|13|14|16))$/i;

/**
 * The Latin-script languages whose letters Windows-1252 lacks, and the charsets that write them: Central European
 * (Windows-1250, ISO 8859-2), Turkish (Windows-1254, ISO 8859-9), Baltic (Windows-1257, ISO 8859-13 and -4).
 */
const LATIN_FAMILIES: readonly { langs: ReadonlySet<string>; charsets: RegExp; main: string }[] = [
  { langs: new Set(["pl", "cs", "sk", "hu", "ro", "hr", "sl", "bs", "sr", "sq"]), charsets: /^(?:windows-1250|iso-?8859-(?:2|16))$/i, main: "windows-1250" },
  { langs: new Set(["tr", "az"]), charsets: /^(?:windows-1254|iso-?8859-(?:3|9))$/i, main: "windows-1254" },
  { langs: new Set(["lt", "lv", "et"]), charsets: /^(?:windows-1257|iso-?8859-(?:4|10|13))$/i, main: "windows-1257" },
];

/**
 * The charset of a text in Latin letters, by its language, or undefined for Windows-1252. On a short text jschardet
 * takes Turkish ş (0xFE in Windows-1254) for Windows-1252's þ and Italian è, ì for Windows-1250's č, ě; the
 * language of the text, which a few wrong letters do not change ("perþembe günü" is still Turkish), says the
 * family, and jschardet's guess chooses within it (Windows-1250 or ISO 8859-2). A language Windows-1252 writes
 * keeps it; where the misread letters hide the language, jschardet's guess stands.
 */
function latinByLanguage(sample: Uint8Array, guessed: string, confidence: number): string | undefined {
  const lang = detectLanguage(iconv.decode(Buffer.from(sample), "windows-1252")).code;
  const family = LATIN_FAMILIES.find((f) => f.langs.has(lang));
  if (family !== undefined) return family.charsets.test(guessed) && iconv.encodingExists(guessed) ? guessed : family.main;
  if (lang !== "und") return undefined;
  // Too many letters misread to tell the language (a short Czech text read as Windows-1252; Turkish ı, İ as ý, Ý with no
  // ş or ğ to tell): the family whose own charset makes the text read as one of its languages, else jschardet's guess.
  for (const f of LATIN_FAMILIES) {
    if (f.langs.has(detectLanguage(iconv.decode(Buffer.from(sample), f.main)).code)) return f.charsets.test(guessed) && iconv.encodingExists(guessed) ? guessed : f.main;
  }
  return LATIN_KIN.test(guessed) && confidence >= MIN_CONFIDENCE && iconv.encodingExists(guessed) ? guessed : undefined;
}

/** Characters read correctly as UTF-8 per broken sequence above which bytes are UTF-8 with a few faults. */
const UTF8_CHARS_PER_FAULT = 10;
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * UTF-8 but for a few broken sequences (a character cut in half by a truncating CMS, a stray byte): a
 * legacy charset read as UTF-8 breaks on nearly every non-ASCII character instead. Such bytes keep the
 * Windows-1252 reading and its repair of the UTF-8 runs, as before detection; a detector would weigh the
 * UTF-8 letters as single-byte text and name a wrong charset.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = lenientUtf8.decode(bytes.subarray(0, SCAN_BYTES));
  let faults = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) faults++;
    else if (code >= 0x80) wide++;
  }
  return wide >= UTF8_CHARS_PER_FAULT * faults;
}

/**
 * The bytes between tags, script and style bodies and comments left out, runs of spaces made one. Cut on
 * the bytes as Latin-1 characters: in every charset detected here "<", ">" and the ASCII spaces are those
 * bytes and never the trailing byte of a multi-byte character (GBK, Big5 and Shift_JIS trail bytes start
 * at 0x40).
 */
function textBytes(bytes: Uint8Array): Uint8Array {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SCAN_BYTES)).toString("latin1");
  const text = latin1
    .replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi, " ")
    .replace(/<[^<>]*>/g, " ")
    .replace(/[\t\n\f\r ]+/g, " "); // ASCII spaces only: \s would take 0xA0, a GBK or Shift_JIS trail byte
  return Buffer.from(text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text, "latin1");
}
