import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { extractHtml } from "../src/clean/index.js";
import { DEFAULT_CLEAN_OPTIONS } from "../src/clean/options.js";
import { decodeHtml } from "../eval/extraction.js";

/**
 * HTML extraction speed on one core: newsfold's extractor (`extractHtml`: parse, metadata, main text,
 * removals) beside the reference, Readability.js on linkedom, measured in the same run on the same
 * decoded pages (reading and decoding files is not timed). Two sets: trafilatura's evaluation pages,
 * and every HTML file anywhere in ../shared/data.
 */
export interface ExtractSetResult {
  name: string;
  pages: number;
  megabytes: number;
  newsfold: { pagesPerSecond: number; mbPerSecond: number };
  reference: { pagesPerSecond: number; mbPerSecond: number };
  /** Pages where the one-pass extractor found too little and Readability.js ran as its fallback. */
  fallbackPages: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.html?$/iu.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * Pages each extractor runs over, untimed, before its timed pass. The first pages of a process pay
 * for V8 compiling the hot code (on background threads whose time counts in the process's CPU);
 * a crawl of millions of pages does not, and the whole-process comparison below includes it.
 */
const WARM_UP_PAGES = 100;

const extractOurs = (page: string): boolean => extractHtml(page, { maxHtmlChars: DEFAULT_CLEAN_OPTIONS.maxHtmlChars }).fallback;

function extractReference(page: string): void {
  const doc = new DOMParser().parseFromString(page, "text/html");
  new Readability(doc as never).parse();
}

function measureSet(name: string, pages: string[]): ExtractSetResult {
  const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0) / 1e6;
  const warmUp = pages.slice(0, WARM_UP_PAGES);
  warmUp.forEach(extractOurs);
  let fallbackPages = 0;
  const ours = cpuSeconds(() => {
    for (const page of pages) if (extractOurs(page)) fallbackPages++;
  });
  warmUp.forEach(extractReference);
  const reference = cpuSeconds(() => pages.forEach(extractReference));
  const rate = (seconds: number) => ({ pagesPerSecond: pages.length / seconds, mbPerSecond: megabytes / seconds });
  return { name, pages: pages.length, megabytes, newsfold: rate(ours), reference: rate(reference), fallbackPages };
}

/** The folders holding trafilatura's evaluation pages. */
export function trafilaturaPageDirs(dataDir: string): string[] {
  const trafilatura = join(dataDir, "extraction", "trafilatura");
  return [join(trafilatura, "eval"), join(trafilatura, "cache")];
}

export function countHtmlFiles(dirs: readonly string[]): number {
  return dirs.reduce((n, dir) => n + htmlFiles(dir).length, 0);
}

export function benchExtract(options: { dataDir: string; limit?: number; onProgress?: (stage: string) => void }): ExtractSetResult[] {
  const load = (files: string[]) => files.slice(0, options.limit ?? files.length).map((file) => decodeHtml(readFileSync(file)));
  options.onProgress?.("extract: trafilatura pages");
  const sets = [measureSet("trafilatura pages", load(trafilaturaPageDirs(options.dataDir).flatMap(htmlFiles)))];
  options.onProgress?.("extract: every HTML file in shared/data");
  sets.push(measureSet("every HTML file in shared/data", load(htmlFiles(options.dataDir))));
  return sets;
}

export function formatBenchExtract(sets: readonly ExtractSetResult[]): string {
  const lines = [
    `HTML extraction on one core (CPU time, after ${WARM_UP_PAGES} pages of warm-up each), beside Readability.js on linkedom measured in the same run:`,
    "",
    "| pages | MB | newsfold pages/s | MB/s | Readability.js pages/s | MB/s | ratio | fallback runs |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...sets.map(
      (s) =>
        `| ${s.name}: ${s.pages} | ${s.megabytes.toFixed(1)} | ${s.newsfold.pagesPerSecond.toFixed(1)} | ${s.newsfold.mbPerSecond.toFixed(1)} | ` +
        `${s.reference.pagesPerSecond.toFixed(1)} | ${s.reference.mbPerSecond.toFixed(1)} | ${(s.newsfold.pagesPerSecond / s.reference.pagesPerSecond).toFixed(1)}× | ` +
        `${s.fallbackPages} (${((100 * s.fallbackPages) / Math.max(1, s.pages)).toFixed(1)}%) |`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
