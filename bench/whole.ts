import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { loadNewsTexts } from "../eval/copies-data.js";

/**
 * Whole processes on the copy-bench corpus, one after the other in one run, as users run them:
 * `newsfold dedup` and `newsfold ingest` with their defaults, beside datasketch's bulk MinHash and
 * MinHashLSH (bench/reference/datasketch-dedup.py) when $NEWSFOLD_DATASKETCH points at a checkout of
 * datasketch (it is not a dependency). newsfold runs as installed (bin/newsfold.js on dist/, built first
 * when stale). Wall time from spawn to exit, start-up included; CPU time
 * from /usr/bin/time when it is installed.
 */
export interface WholeRun {
  name: string;
  command: string[];
  /** Documents the process read (the corpus, or the small ingest's); null for one that reads none (recluster). */
  documents: number | null;
  /** The story fold's line of an ingest or recluster ("stories: … (5 new articles added to the saved clustering; 2.2s)"). */
  fold: string | null;
  wallSeconds: number;
  cpuSeconds: number | null;
  /** Documents the run dropped as copies (dedup and the reference), from its output. */
  dropped: number | null;
  /** Wall time of the reference divided by this run's (higher is faster); null without a reference. */
  speedUp: number | null;
}

export interface WholeBenchResult {
  documents: number;
  megabytes: number;
  /** Documents the exact truth (bench/data/exact_pairs.tsv) names as copies: members of its groups beyond one each. */
  truthDropped: number | null;
  runs: WholeRun[];
  /** Why datasketch did not run, when it did not. */
  referenceNote: string | null;
}

export interface WholeBenchOptions {
  root: string;
  benchDir: string;
  /** A datasketch checkout ($NEWSFOLD_DATASKETCH); the reference is skipped without it. */
  datasketch?: string;
  /** The shared folder: its bench/shingling.py defines the reference's shingles. */
  shared: string | null;
  onProgress?: (message: string) => void;
}

const TIME = "/usr/bin/time";

export function benchWhole(options: WholeBenchOptions): WholeBenchResult {
  const corpus = resolve(options.benchDir, "corpus.jsonl");
  if (!existsSync(corpus)) throw new Error(`the whole-process bench needs ${corpus} (sh bench/make-corpus.sh)`);
  const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim() !== "");
  const dir = mkdtempSync(join(tmpdir(), "newsfold-bench-whole-"));
  // The installed command users run: bin/newsfold.js on dist/, rebuilt first when the sources are newer.
  ensureBuilt(options.root, options.onProgress);
  const newsfold = [process.execPath, join(options.root, "bin/newsfold.js")];
  try {
    const plan: Step[] = [];
    let referenceNote: string | null = null;
    if (options.datasketch && existsSync(join(options.datasketch, "datasketch")) && options.shared) {
      plan.push({
        name: "datasketch: bulk MinHash (128) + MinHashLSH (0.8), JSONL out",
        command: ["python3", join(options.root, "bench/reference/datasketch-dedup.py"), corpus, join(dir, "reference.jsonl"), join(options.shared, "bench")],
        env: { PYTHONPATH: options.datasketch },
        output: join(dir, "reference.jsonl"),
      });
    } else {
      referenceNote = "datasketch not measured: set NEWSFOLD_DATASKETCH to a checkout of github.com/ekzhu/datasketch (and have ../shared)";
    }
    plan.push(
      { name: "newsfold dedup (defaults)", command: [...newsfold, "dedup", corpus, "-o", join(dir, "dedup.jsonl"), "--no-progress"], output: join(dir, "dedup.jsonl") },
      { name: "newsfold ingest (defaults: enrichment, stories, SQLite)", command: [...newsfold, "ingest", corpus, "--no-progress"], env: { NEWSFOLD_DB: join(dir, "ingest.db") } },
    );
    const runs: WholeRun[] = [];
    const run = (step: Step) => runs.push(runStep(step, lines.length, options));
    plan.forEach(run);
    // What a newsroom does next: a few more articles into the store the corpus filled, and the replay they no longer cost.
    const texts = options.shared ? loadNewsTexts(join(options.shared, "data")).slice(0, SMALL_INGEST) : [];
    if (texts.length > 0) {
      const small = join(dir, "small.jsonl");
      const published = latestDay(join(dir, "ingest.db"));
      writeFileSync(small, texts.map((t, i) => JSON.stringify({ url: `https://bench.example/small/${i}`, text: t.text, ...(published ? { published } : {}) })).join("\n") + "\n");
      const env = { NEWSFOLD_DB: join(dir, "ingest.db") };
      run({ name: `newsfold ingest: ${texts.length} news texts more into that store, dated its latest day`, command: [...newsfold, "ingest", small, "--no-progress"], env, documents: texts.length });
      run({ name: "newsfold recluster: that store replayed", command: [...newsfold, "recluster"], env, documents: null });
    }
    const reference = referenceNote === null ? runs[0] : null;
    for (const r of runs) r.speedUp = reference && r.documents === lines.length ? reference.wallSeconds / r.wallSeconds : null;
    return {
      documents: lines.length,
      megabytes: Buffer.byteLength(lines.join("\n")) / 1024 ** 2,
      truthDropped: truthDropped(resolve(options.benchDir, "exact_pairs.tsv")),
      runs,
      referenceNote,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  output?: string;
  /** Documents it reads, when not the corpus (null: none). */
  documents?: number | null;
}

/** News texts of the small ingest after the corpus's: as many as one crawl of a newsroom brings every few minutes. */
const SMALL_INGEST = 20;

/** The latest publication day a store holds, or null. */
function latestDay(path: string): string | null {
  const db = new Database(path, { readonly: true });
  try {
    const latest = db.prepare("SELECT max(published_sort) FROM articles").pluck().get() as string | null;
    return latest === null ? null : latest.slice(0, 10);
  } finally {
    db.close();
  }
}

/** Runs one step as a whole process, timed from spawn to exit. */
function runStep(step: Step, corpusDocuments: number, options: WholeBenchOptions): WholeRun {
  options.onProgress?.(step.name);
  const timed = existsSync(TIME) ? [TIME, "-f", "newsfold-bench-cpu %U %S", ...step.command] : step.command;
  const started = performance.now();
  const child = spawnSync(timed[0], timed.slice(1), { cwd: options.root, env: { ...process.env, ...step.env }, encoding: "utf8", maxBuffer: 64 * 1024 ** 2 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (child.status !== 0 && child.status !== 4) throw new Error(`${step.name} failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  const cpu = /newsfold-bench-cpu ([\d.]+) ([\d.]+)/.exec(child.stderr);
  const kept = step.output && existsSync(step.output) ? countLines(step.output) : null;
  const documents = step.documents === undefined ? corpusDocuments : step.documents;
  return {
    name: step.name,
    command: step.command,
    documents,
    // ingest's "stories: …" line, or recluster's "N articles → …".
    fold: /^stories: .*$/m.exec(child.stderr)?.[0] ?? /^\d+ articles? → .*$/m.exec(child.stderr)?.[0] ?? null,
    wallSeconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    dropped: kept === null || documents === null ? null : documents - kept,
    speedUp: null,
  };
}

/** Runs `npm run build` when a source file is newer than its compiled module (or has none). */
export function ensureBuilt(root: string, onProgress?: (message: string) => void): void {
  const stale = (dir: string): boolean =>
    readdirSync(join(root, "src", dir), { withFileTypes: true }).some((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return stale(path);
      if (!entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) return false;
      const built = join(root, "dist", path.replace(/\.ts$/, ".js"));
      return !existsSync(built) || statSync(built).mtimeMs < statSync(join(root, "src", path)).mtimeMs;
    });
  if (!stale("")) return;
  onProgress?.("building dist/ (npm run build)");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stdout.slice(-2000)}${build.stderr.slice(-2000)}`);
}

function countLines(path: string): number {
  return readFileSync(path, "utf8").split("\n").filter((line) => line.trim() !== "").length;
}

/** Copies the exact pairs imply: in each group of documents linked by pairs, all but one. */
function truthDropped(path: string): number | null {
  if (!existsSync(path)) return null;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
    const [a, b] = line.split("\t");
    if (!a || !b) continue;
    add(a);
    add(b);
    parent.set(find(a), find(b));
  }
  const roots = new Set([...parent.keys()].map(find));
  return parent.size - roots.size;
}

export function formatBenchWhole(result: WholeBenchResult): string {
  const rows = result.runs.map((run) => {
    const cpu = run.cpuSeconds === null ? "–" : `${run.cpuSeconds.toFixed(1)} s`;
    const speedUp = run.speedUp === null ? "–" : `${run.speedUp.toFixed(2)}×`;
    const dropped = run.dropped === null ? "–" : String(run.dropped);
    const rate = run.documents === null ? "–" : String(Math.round(run.documents / run.wallSeconds));
    return `| ${run.name} | ${run.wallSeconds.toFixed(1)} s | ${cpu} | ${rate} | ${dropped} | ${speedUp} |`;
  });
  const folds = result.runs.filter((run) => run.fold !== null).map((run) => `- ${run.name}: ${run.fold}`);
  const truth = result.truthDropped === null ? "exact_pairs.tsv absent" : `${result.truthDropped} documents`;
  return [
    `Whole processes: ${result.documents} documents, ${result.megabytes.toFixed(1)} MB, one after the other (machine speed moves between runs; read the ratios)`,
    "",
    "| process | wall | CPU | docs/s | dropped as copies | vs datasketch (wall) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...(folds.length > 0 ? ["Story folds:", ...folds, ""] : []),
    `Copies the exact truth names (word 5-gram Jaccard ≥ 0.8, grouped): ${truth}.`,
    ...(result.referenceNote ? [result.referenceNote] : []),
    "",
  ].join("\n");
}
