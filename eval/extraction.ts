import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { decodeBytes } from "../src/read/decode.js";
import { createCleaner, extractHtml, resolveCleanOptions, type CleanOptions } from "../src/clean/index.js";
import type { CleanedArticle, RawDocument } from "../src/types.js";
import { emptyMetadataAccuracy, scoreMetadata, type MetadataAccuracy, type MetadataLabels } from "./extraction-metadata.js";
import { addConfusion, countItem, wrongSnippets, scoresOf, type Confusion, type EvalItem, type ExtractionScores } from "./extraction-score.js";
import { halfOf, type Half } from "./extraction-split.js";

/**
 * Main-text extraction measured on trafilatura's evaluation suite (990 labelled pages, see
 * shared/data/README.md). Figures agree with shared/data/extraction/score_trafilatura.py run on
 * the dumped outputs. Only the clean call is timed: reading and decoding files is the reader's cost.
 */
export interface EvaluateExtractionOptions {
  /** Folder holding evaldata.json, eval/ and cache/ (shared/data/extraction/trafilatura). */
  dataDir: string;
  /** Score only the first `limit` pages of evaldata.json (in file order). */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  /** Keep every page's output, keyed by evaldata URL, for the Python scorer. */
  keepOutputs?: boolean;
  cleanOptions?: CleanOptions;
  /** Keep every page's counts and the snippets it got wrong (see `worstPages`). */
  keepPages?: boolean;
}

/** One page's counts, with the `with` snippets it lost and the `without` snippets it kept. */
export interface PageScore extends Confusion {
  file: string;
  url: string;
  half: Half;
  lang: string;
  fallback: boolean;
  missed: string[];
  kept: string[];
}

export interface LanguageScores extends ExtractionScores {
  pages: number;
}

/** Scores of one half of the tune/check split (see extraction-split.ts). */
export interface HalfScores extends ExtractionScores, Confusion {
  pages: number;
  perLanguage: Record<string, LanguageScores>;
  metadata: MetadataAccuracy;
}

export interface ExtractionEvaluation extends ExtractionScores, Confusion {
  pages: number;
  /** Pages whose file is missing from eval/ and cache/ (scored as empty output). */
  missing: number;
  /** Pages where cleaning left no text. */
  empty: number;
  /** Pages cleaned per second of CPU time on one core (stable when the machine is shared). */
  pagesPerSecond: number;
  /** Pages cleaned per second of wall-clock time (includes waiting for a busy CPU). */
  wallPagesPerSecond: number;
  /** Scores per language as detected on the cleaned text ("und" when unsure). */
  perLanguage: Record<string, LanguageScores>;
  /** The same scores on the tune half and on the check half. */
  halves: Record<Half, HalfScores>;
  /** Title, date and author against the labels evaldata.json gives. */
  metadata: MetadataAccuracy;
  /** Pages where Readability.js supplied the text because the one-pass extractor found too little. */
  fallbackPages: number;
  outputs?: Record<string, string>;
  pageScores?: PageScore[];
}

/**
 * Decode a saved page as `newsfold ingest` does (read/decode.ts: BOM, declared charset, UTF-8, Windows-1252 when the
 * bytes are not UTF-8, then runs of UTF-8 read as Windows-1252 repaired), so the evaluation scores what a user gets.
 */
export function decodeHtml(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

async function loadEvalData(dataDir: string): Promise<Array<[string, EvalItem & MetadataLabels]>> {
  const raw = await readFile(join(dataDir, "evaldata.json"), "utf8");
  return Object.entries(JSON.parse(raw) as Record<string, EvalItem & MetadataLabels>);
}

type LanguageCounts = Map<string, Confusion & { pages: number }>;

function addByLanguage(byLanguage: LanguageCounts, code: string, counts: Confusion): void {
  const lang = byLanguage.get(code) ?? { tp: 0, fp: 0, fn: 0, tn: 0, pages: 0 };
  addConfusion(lang, counts);
  lang.pages++;
  byLanguage.set(code, lang);
}

function languageScores(byLanguage: LanguageCounts): Record<string, LanguageScores> {
  const perLanguage: Record<string, LanguageScores> = {};
  for (const [code, counts] of [...byLanguage].sort((a, b) => b[1].pages - a[1].pages)) {
    perLanguage[code] = { pages: counts.pages, ...scoresOf(counts) };
  }
  return perLanguage;
}

function pagePath(dataDir: string, file: string): string | null {
  for (const folder of ["eval", "cache"]) {
    const path = join(dataDir, folder, file);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Run the clean stage on every labelled page and score it as trafilatura's evaluation does. */
export async function evaluateExtraction(options: EvaluateExtractionOptions): Promise<ExtractionEvaluation> {
  const entries = await loadEvalData(options.dataDir);
  const selected = options.limit === undefined ? entries : entries.slice(0, options.limit);
  const cleaner = createCleaner(options.cleanOptions);
  const { maxHtmlChars } = resolveCleanOptions(options.cleanOptions);
  const total: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const byLanguage: LanguageCounts = new Map();
  const halves = {
    tune: { total: { tp: 0, fp: 0, fn: 0, tn: 0 }, byLanguage: new Map() as LanguageCounts, pages: 0, metadata: emptyMetadataAccuracy() },
    check: { total: { tp: 0, fp: 0, fn: 0, tn: 0 }, byLanguage: new Map() as LanguageCounts, pages: 0, metadata: emptyMetadataAccuracy() },
  };
  const metadata = emptyMetadataAccuracy();
  let fallbackPages = 0;
  const outputs: Record<string, string> = {};
  const pageScores: PageScore[] = [];
  let missing = 0;
  let empty = 0;
  let cleanMs = 0;
  let cleanCpuMs = 0;
  for (const [index, [url, item]] of selected.entries()) {
    const path = pagePath(options.dataDir, item.file);
    let article: CleanedArticle | null = null;
    let fallback = false;
    if (path === null) missing++;
    else {
      const bytes = await readFile(path);
      const doc: RawDocument = {
        provenance: { file: path, format: "html", url },
        kind: "html",
        content: decodeHtml(bytes),
        meta: {},
        encoding: { name: "auto", repaired: false },
        bytes: bytes.length,
      };
      const started = performance.now();
      const cpu = process.cpuUsage();
      article = cleaner.clean(doc);
      const used = process.cpuUsage(cpu);
      cleanMs += performance.now() - started;
      cleanCpuMs += (used.user + used.system) / 1000;
      // Asked again, untimed: the cleaner does not say which extractor supplied the text.
      fallback = extractHtml(doc.content, { maxHtmlChars }).fallback;
      if (fallback) fallbackPages++;
    }
    const text = article?.text ?? null;
    if (text === null || text === "") empty++;
    if (options.keepOutputs) outputs[url] = text ?? "";
    const counts = countItem(item, text);
    addConfusion(total, counts);
    const code = article?.lang.code ?? "und";
    addByLanguage(byLanguage, code, counts);
    const half = halves[halfOf(item.file)];
    addConfusion(half.total, counts);
    addByLanguage(half.byLanguage, code, counts);
    half.pages++;
    scoreMetadata(metadata, item, article);
    scoreMetadata(half.metadata, item, article);
    if (options.keepPages) pageScores.push({ file: item.file, url, half: halfOf(item.file), lang: code, fallback, ...counts, ...wrongSnippets(item, text) });
    options.onProgress?.(index + 1, selected.length);
  }
  const halfScores = (h: (typeof halves)["tune"]): HalfScores => ({ pages: h.pages, ...h.total, ...scoresOf(h.total), perLanguage: languageScores(h.byLanguage), metadata: h.metadata });
  const evaluation: ExtractionEvaluation = {
    pages: selected.length,
    missing,
    empty,
    ...total,
    ...scoresOf(total),
    pagesPerSecond: cleanCpuMs > 0 ? (selected.length - missing) / (cleanCpuMs / 1000) : 0,
    wallPagesPerSecond: cleanMs > 0 ? (selected.length - missing) / (cleanMs / 1000) : 0,
    perLanguage: languageScores(byLanguage),
    halves: { tune: halfScores(halves.tune), check: halfScores(halves.check) },
    metadata,
    fallbackPages,
  };
  if (options.keepOutputs) evaluation.outputs = outputs;
  if (options.keepPages) evaluation.pageScores = pageScores;
  return evaluation;
}
