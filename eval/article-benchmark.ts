import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createCleaner } from "../src/clean/index.js";
import { NewsfoldError } from "../src/errors.js";
import { decodeBytes } from "../src/read/decode.js";
import type { RawDocument } from "../src/types.js";

/**
 * Zyte's (Scrapinghub's) article-extraction benchmark: 181 English news and blog pages with their
 * article body written out by hand (github.com/scrapinghub/article-extraction-benchmark, MIT). Not
 * copied here: `--articles <dir>` names a checkout. Scored as its `evaluate.py` does: shingles of four
 * `\w+` tokens, counts per page normalised to sum 1, precision and recall averaged over pages. The
 * other tools' outputs shipped in the checkout (`output/*.json`) are scored by the same code in the
 * same run, so the table compares like with like.
 */
export interface ArticleBenchmarkRow {
  name: string;
  version: string;
  f1: number;
  precision: number;
  recall: number;
}

export interface ArticleBenchmarkResult {
  pages: number;
  rows: ArticleBenchmarkRow[];
}

const SHINGLE = 4;
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE + 1); i++) {
    const key = tokens.slice(i, i + SHINGLE).join("\u0000");
    if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's true positive, false positive and false negative shares of its shingles. */
export function shingleMatch(truth: string, predicted: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

export function scoreOutputs(truth: Record<string, string>, predicted: Record<string, string>): Omit<ArticleBenchmarkRow, "name" | "version"> {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const [key, body] of Object.entries(truth)) {
    const [tp, fp, fn] = shingleMatch(body, predicted[key] ?? "");
    const perfect = fp === 0 && fn === 0;
    if (tp + fp > 0) precisions.push(perfect ? 1 : tp / (tp + fp));
    if (tp + fn > 0) recalls.push(perfect ? 1 : tp / (tp + fn));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function evaluateArticleBenchmark(dir: string): ArticleBenchmarkResult {
  const truthPath = join(dir, "ground-truth.json");
  if (!existsSync(truthPath)) throw new NewsfoldError("eval.data.missing", `${truthPath} not found: --articles names a checkout of github.com/scrapinghub/article-extraction-benchmark`);
  const labels = JSON.parse(readFileSync(truthPath, "utf8")) as Record<string, { articleBody?: string; url?: string }>;
  const truth = Object.fromEntries(Object.entries(labels).map(([key, value]) => [key, value.articleBody ?? ""]));
  const cleaner = createCleaner();
  const ours: Record<string, string> = {};
  for (const [key, label] of Object.entries(labels)) {
    const bytes = gunzipSync(readFileSync(join(dir, "html", `${key}.html.gz`)));
    const doc: RawDocument = {
      provenance: { file: `${key}.html`, format: "html", url: label.url },
      kind: "html",
      content: decodeBytes(bytes).text,
      meta: {},
      encoding: { name: "auto", repaired: false },
      bytes: bytes.length,
    };
    ours[key] = cleaner.clean(doc)?.text ?? "";
  }
  const rows: ArticleBenchmarkRow[] = [{ name: "newsfold", version: "this tree", ...scoreOutputs(truth, ours) }];
  const outputs = join(dir, "output");
  for (const file of existsSync(outputs) ? readdirSync(outputs).filter((f) => f.endsWith(".json") && f !== "newsfold.json").sort() : []) {
    const data = JSON.parse(readFileSync(join(outputs, file), "utf8")) as Record<string, unknown>;
    const wrapped = typeof data.output === "object" && data.output !== null && "version" in data;
    const predictions = (wrapped ? data.output : data) as Record<string, { articleBody?: string }>;
    const predicted = Object.fromEntries(Object.entries(predictions).map(([key, value]) => [key, value?.articleBody ?? ""]));
    rows.push({ name: file.replace(/\.json$/u, ""), version: wrapped ? String(data.version ?? "") : "", ...scoreOutputs(truth, predicted) });
  }
  rows.sort((a, b) => b.f1 - a.f1);
  return { pages: Object.keys(truth).length, rows };
}

export function formatArticleBenchmark(result: ArticleBenchmarkResult): string {
  const lines = [
    `Article bodies of Zyte's article-extraction benchmark: ${result.pages} pages; newsfold measured now, the other tools' shipped outputs scored by the same code (shingles of 4 tokens, per-page precision and recall averaged).`,
    "",
    "| tool | version | F1 | precision | recall |",
    "| --- | --- | ---: | ---: | ---: |",
  ];
  for (const row of result.rows) {
    const name = row.name === "newsfold" ? "**newsfold**" : row.name;
    lines.push(`| ${name} | ${row.version} | ${row.f1.toFixed(3)} | ${row.precision.toFixed(3)} | ${row.recall.toFixed(3)} |`);
  }
  return lines.join("\n");
}
