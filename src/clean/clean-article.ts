import type { ProblemCode } from "../codes.js";
import type { CleanedArticle, Dateline, PartialDate, Problem, RawDocument, Reporter } from "../types.js";
import { htmlPieces } from "../read/deferred.js";
import { removeEdgeBoilerplate, removeInlineBoilerplate, removeTrailingAbout, removeTrailingRelated } from "./boilerplate.js";
import { isEpochPlaceholder, parseDate } from "./dates.js";
import { openingDate, parseDateline } from "./dateline.js";
import { extractHtml } from "./html.js";
import { inUrlDay, urlDate } from "./html-metadata.js";
import { withDeclaredLanguage } from "./declared-language.js";
import { detectLanguage } from "./language.js";
import type { ResolvedCleanOptions } from "./options.js";
import { collapseSpaces, splitParagraphs } from "./paragraphs.js";
import { RemovalLog, liveIndices, type Block } from "./removed.js";
import { removeRepeatedLabels, removeRepeatedRuns } from "./repeated-blocks.js";
import { parseSourceLine } from "./source-line.js";
import { takeHeader, type PageHeader } from "./text-page.js";

/**
 * The clean stage for one document. Order matters:
 *  1. repeated runs first, so a body captured twice loses its second copy (title and source line
 *     included) before anything looks at "the end of the page";
 *  2. the header (title, source lines) next, from the first copy;
 *  3. boilerplate last: with the second copy gone, the footer that sat between the copies is now
 *     at the trailing edge, where edge rules may remove it.
 */

/** Control characters other than tab and line ends: binary noise, never text (as paragraphs.ts drops them). */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Source lines an HTML extraction may still hold at its top ("By …", "Updated …"). */
const MAX_HTML_SOURCE_LINES = 3;
/** The shorter of a body line and the page's title is at least this share of the longer when one repeats the other. */
const HEADLINE_SHARE = 0.6;

function report(reporter: Reporter | undefined, doc: RawDocument, code: ProblemCode, severity: Problem["severity"], reason: string): void {
  reporter?.report({ code, severity, stage: "clean", reason, provenance: doc.provenance });
}

function cleanBlocks(blocks: Block[], log: RemovalLog, options: ResolvedCleanOptions): void {
  if (options.collapseRepeated) {
    removeRepeatedRuns(blocks, log);
    removeRepeatedLabels(blocks, log);
  }
}

function finishBlocks(blocks: Block[], log: RemovalLog, options: ResolvedCleanOptions): void {
  if (!options.removeBoilerplate) return;
  removeTrailingRelated(blocks, log);
  removeInlineBoilerplate(blocks, log);
  removeEdgeBoilerplate(blocks, log);
  // After the edge rules, which may have peeled prompts off below the biography.
  removeTrailingAbout(blocks, log);
}

function bodyText(blocks: readonly Block[]): string {
  let text: string | null = null;
  for (const block of blocks) {
    if (!block.removed) text = text === null ? block.text : `${text}\n\n${block.text}`;
  }
  return text ?? "";
}

/** Paragraphs at the top of the text where one may open with its day: after a heading and a lead. */
const OPENING_DAY_PARAGRAPHS = 3;
/** Paragraphs looked at for others opening with a date: a chronology dates each of its entries so. */
const CHRONOLOGY_PARAGRAPHS = 12;

/**
 * Last of a text's dates: the day one of its first paragraphs opens with ("29.11.2022 – Mehrfach …"), unless
 * another paragraph near the top also opens with one (a chronology, each entry dated).
 */
function openingDay(blocks: readonly Block[], live: readonly number[]): PartialDate | null {
  const top = live.slice(0, CHRONOLOGY_PARAGRAPHS).map((index) => blocks[index].text);
  const at = top.slice(0, OPENING_DAY_PARAGRAPHS).findIndex((text) => openingDate(text) !== null);
  // Most texts open no paragraph so: the rest is read only to rule out a chronology.
  if (at < 0 || top.some((text, k) => k !== at && openingDate(text) !== null)) return null;
  return openingDate(top[at]);
}

/** The first line of the kept text: a paragraph is one line; a text kept as laid out (`keepLayout`) is one block. */
function firstLine(blocks: readonly Block[], live: readonly number[]): string | null {
  const first = live[0];
  if (first === undefined) return null;
  const text = blocks[first].text;
  const newline = text.indexOf("\n");
  return newline < 0 ? text : text.slice(0, newline);
}

function containerDate(doc: RawDocument): PartialDate | undefined {
  const date = doc.meta.published ? parseDate(doc.meta.published) : null;
  return date === null || isEpochPlaceholder(date) ? undefined : date;
}

interface Parts {
  header: PageHeader;
  blocks: Block[];
  log: RemovalLog;
  url?: string;
  /** The language an HTML page declares (`<html lang>`, `og:locale`). */
  lang?: string;
}

function cleanTextPage(doc: RawDocument, options: ResolvedCleanOptions, reporter?: Reporter): Parts {
  let content = doc.content;
  const log = new RemovalLog(doc.content);
  if (content.length > options.maxTextChars) {
    log.note({ reason: "truncated", text: content.slice(options.maxTextChars), start: options.maxTextChars, end: content.length });
    report(reporter, doc, "clean.truncated", "warning", `text page cut at ${options.maxTextChars} characters`);
    content = content.slice(0, options.maxTextChars);
  }
  if (options.keepLayout) {
    const text = content.replace(CONTROL_CHARS, "").trim();
    return { header: {}, blocks: text === "" ? [] : [{ text, start: 0, end: content.length, removed: false }], log };
  }
  const blocks: Block[] = splitParagraphs(content).map((p) => ({ text: p.text, start: p.start, end: p.end, removed: false }));
  cleanBlocks(blocks, log, options);
  const header = options.readHeader ? takeHeader(content, blocks, log, doc.meta.title) : {};
  finishBlocks(blocks, log, options);
  return { header, blocks, log };
}

function cleanHtmlPage(doc: RawDocument, options: ResolvedCleanOptions, reporter?: Reporter): Parts {
  // A page not decoded yet is decoded in pieces (read/deferred.ts), which sets how much of it was left out.
  const source = htmlPieces(doc) ?? doc.content;
  const extraction = extractHtml(source, { maxHtmlChars: options.maxHtmlChars, elidedChars: doc.elidedChars });
  const log = new RemovalLog();
  for (const span of extraction.removed) log.note(span);
  if (extraction.truncated) report(reporter, doc, "clean.truncated", "warning", `HTML cut at ${options.maxHtmlChars} characters`);
  if (extraction.malformed) {
    report(reporter, doc, "clean.html.malformed", "warning", "markup characters but no element parsed; kept the visible text");
  }
  if (extraction.tooDeep) report(reporter, doc, "clean.html.too-deep", "warning", "elements nested deeper than the extractor reads; the deeper ones were flattened");
  if (extraction.tooManyElements) report(reporter, doc, "clean.html.too-many-elements", "warning", "more elements than the extractor reads; the rest were flattened");
  const blocks: Block[] = extraction.lines
    .map((line) => collapseSpaces(line))
    .filter((text) => text !== "")
    .map((text) => ({ text, removed: false }));
  cleanBlocks(blocks, log, options);
  const { meta } = extraction;
  const header: PageHeader = {};
  if (meta.title !== undefined) header.title = meta.title;
  if (meta.site !== undefined) header.site = meta.site;
  if (meta.author !== undefined) header.author = meta.author;
  if (meta.published !== undefined) header.published = meta.published;
  if (meta.updated !== undefined) header.updated = meta.updated;
  if (options.readHeader) takeHtmlSourceLines(blocks, log, header);
  finishBlocks(blocks, log, options);
  const parts: Parts = { header, blocks, log };
  if (meta.url !== undefined) parts.url = meta.url;
  if (meta.lang !== undefined) parts.lang = meta.lang;
  // The day the URL files the article under ("/2020/01/13/slug"): the last resort, and the newsroom's day of a moment
  // stated in UTC.
  const filed = urlDate(meta.url) ?? urlDate(doc.meta.url ?? doc.provenance.url);
  const published = header.published === undefined ? filed : inUrlDay(header.published, filed);
  if (published !== undefined) header.published = published;
  return parts;
}

/**
 * Bylines and date lines at the top of the extracted text fill metadata the page's head lacked. A
 * headline printed in the body above them (not in an <h1>, which extraction already set aside) goes
 * with them: headline, source line, body is the header every news template prints.
 */
function takeHtmlSourceLines(blocks: Block[], log: RemovalLog, header: PageHeader): void {
  const live = liveIndices(blocks);
  let first = 0;
  if (live.length > 2 && header.title !== undefined && repeatsHeadline(blocks[live[0]].text, header.title) && parseSourceLine(blocks[live[1]].text)) {
    log.remove(blocks, live[0], live[0], "metadata");
    first = 1;
  }
  for (let k = first; k < Math.min(first + MAX_HTML_SOURCE_LINES, live.length - 1); k++) {
    const line = parseSourceLine(blocks[live[k]].text);
    if (!line) break;
    header.author ??= line.author;
    header.published ??= line.published;
    header.updated ??= line.updated;
    header.site ??= line.site;
    log.remove(blocks, live[k], live[k], "metadata");
  }
}

/** A line repeats the headline when one holds the other and the shorter is most of the longer ("Title" and "Title_Site"). */
function repeatsHeadline(line: string, title: string): boolean {
  const [a, b] = [line.replace(/\s+/gu, " ").trim(), title.replace(/\s+/gu, " ").trim()];
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length > 0 && longer.startsWith(shorter) && shorter.length >= HEADLINE_SHARE * longer.length;
}

const nfc = (value: string | null): string | null => (value === null ? null : value.normalize("NFC"));

/** Texts shorter than this are read for their language with their headline. */
const SHORT_TEXT_CHARS = 600;


/**
 * Time after the present a date read from a page may still be (its zone can be half a day ahead of the
 * clock's, and a page dated "tomorrow" in one is published today in another).
 */
const CLOCK_SLACK_MS = 86_400_000;

/**
 * Whether a date read from a page lies after `latest` (ms since the epoch), however it is completed: a page
 * crawled now was not published next year. Such dates are misreadings ("KernelVersion: 2.6.38" as 2 June
 * 2038), an event announced for later, or a wrong clock; taken as publication dates they put one article
 * after every other and close every story before it in the fold's window. A date without a year is never later.
 */
function laterThan(date: PartialDate, latest: number): boolean {
  if (date.year === undefined) return false;
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0) > latest;
}

/**
 * The publication date: the container's own field as given, else the first the page states (its head, a
 * source line, an opening day) that is not in the future.
 */
function publicationDate(doc: RawDocument, header: PageHeader, blocks: readonly Block[], live: readonly number[], latest: number): PartialDate | null {
  const stated = containerDate(doc);
  if (stated !== undefined) return stated;
  if (header.published !== undefined && !laterThan(header.published, latest)) return header.published;
  const opening = openingDay(blocks, live);
  return opening !== null && !laterThan(opening, latest) ? opening : null;
}

/**
 * Clean one document: main text, metadata, language and the log of removed spans. Pure but for the clock,
 * which only rules out dates in the future (`laterThan`); never throws on content.
 */
export function cleanDocument(doc: RawDocument, options: ResolvedCleanOptions, reporter?: Reporter): CleanedArticle {
  const parts = doc.kind === "html" ? cleanHtmlPage(doc, options, reporter) : cleanTextPage(doc, options, reporter);
  const { header, blocks, log } = parts;
  // Kept text in NFC, the form the web and most corpora use: a page written with decomposed accents, or with
  // a precomposed letter that NFC splits (Bengali য়), reads as the same characters as any other copy of it.
  for (const block of blocks) if (!block.removed) block.text = block.text.normalize("NFC");
  const text = bodyText(blocks);
  const live = liveIndices(blocks);
  const opening = firstLine(blocks, live);
  if (text.trim() === "") report(reporter, doc, "clean.empty", "error", "nothing is left after cleaning");
  // A short text is read with its headline: a teaser of two sentences is often too little to tell its language by.
  const title = doc.meta.title ?? header.title;
  const detected = detectLanguage(title !== undefined && text.length < SHORT_TEXT_CHARS ? `${title}\n\n${text}` : text);
  const latest = Date.now() + CLOCK_SLACK_MS;
  const lang = doc.meta.lang !== undefined ? withDeclaredLanguage(detected, doc.meta.lang, null) : withDeclaredLanguage(detected, parts.lang, text);
  if (lang.code === "und" && text.trim() !== "") {
    report(reporter, doc, "clean.language.unknown", "warning", "the language could not be determined with confidence");
  }
  return {
    // What the container states explicitly (a JSONL field) wins over what the page's text suggests.
    title: nfc(doc.meta.title ?? header.title ?? null),
    text,
    published: publicationDate(doc, header, blocks, live, latest),
    updated: header.updated !== undefined && !laterThan(header.updated, latest) ? header.updated : null,
    site: nfc(header.site ?? doc.meta.source ?? null),
    author: nfc(header.author ?? doc.meta.author ?? null),
    url: parts.url ?? doc.meta.url ?? doc.provenance.url ?? null,
    dateline: opening === null ? null : parseDateline(opening),
    lang,
    removed: log.sorted(),
  };
}
