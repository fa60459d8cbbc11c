import { NewsfoldError } from "../errors.js";

/** Options of the clean stage. Every field has a default; `resolveCleanOptions` validates and freezes. */
export interface CleanOptions {
  /** HTML longer than this (UTF-16 code units) is cut before parsing; the rest is logged "truncated". Default 5,000,000. */
  maxHtmlChars?: number;
  /** Text pages longer than this are cut; default 2,000,000 (a long report is ~200,000). */
  maxTextChars?: number;
  /** Collapse blocks a page holds more than once. Default true. */
  collapseRepeated?: boolean;
  /** Remove footers, prompts, template labels and trailing junk. Default true. */
  removeBoilerplate?: boolean;
  /** Read the title and source/date lines at the top of text pages into metadata. Default true. */
  readHeader?: boolean;
  /**
   * Keep a text page's lines and spacing as written (trimmed, control characters dropped, NFC) instead of
   * re-cutting it into paragraphs. Only with the three page steps above off: they work on paragraphs. Default false.
   */
  keepLayout?: boolean;
}

export type ResolvedCleanOptions = Readonly<Required<CleanOptions>>;

/** Parsing cost grows with size; 5 MB covers every real article page with room for inline scripts. */
const DEFAULT_MAX_HTML_CHARS = 5_000_000;
/** Plain text has no markup: 2 MB of it is a book, not an article. */
const DEFAULT_MAX_TEXT_CHARS = 2_000_000;

export const DEFAULT_CLEAN_OPTIONS: ResolvedCleanOptions = Object.freeze({
  maxHtmlChars: DEFAULT_MAX_HTML_CHARS,
  maxTextChars: DEFAULT_MAX_TEXT_CHARS,
  collapseRepeated: true,
  removeBoilerplate: true,
  readHeader: true,
  keepLayout: false,
});

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new NewsfoldError("clean.options.invalid", `createCleaner: ${name} must be a positive integer, got ${String(value)}`, {
      details: { option: name, value },
    });
  }
  return value;
}

function layoutKept(options: CleanOptions): boolean {
  if (options.keepLayout !== true) return false;
  if (options.collapseRepeated !== false || options.removeBoilerplate !== false || options.readHeader !== false) {
    throw new NewsfoldError("clean.options.invalid", "createCleaner: keepLayout needs collapseRepeated, removeBoilerplate and readHeader off (they work on paragraphs)", {
      details: { option: "keepLayout", value: true },
    });
  }
  return true;
}

/** Fill defaults and validate once; throws NewsfoldError `clean.options.invalid` naming the option on misuse. */
export function resolveCleanOptions(options: CleanOptions = {}): ResolvedCleanOptions {
  return Object.freeze({
    maxHtmlChars: positiveInteger("maxHtmlChars", options.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS),
    maxTextChars: positiveInteger("maxTextChars", options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS),
    collapseRepeated: options.collapseRepeated ?? true,
    removeBoilerplate: options.removeBoilerplate ?? true,
    readHeader: options.readHeader ?? true,
    keepLayout: layoutKept(options),
  });
}
