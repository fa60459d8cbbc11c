import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBuilt } from "./whole.js";

/**
 * Whole processes on a directory of HTML pages, one after the other in one run: Readability.js on
 * linkedom in one thread (bench/reference/readability-dir.mjs: read, parse, extract, write JSONL)
 * beside `newsfold ingest --no-enrich` as installed (bin/newsfold.js on dist/, into a fresh SQLite
 * store: read, decode, extract, clean, language, fingerprints, copies, stories). Wall time from spawn
 * to exit, start-up included; CPU time from /usr/bin/time when it is installed.
 */
export interface ExtractWholeRun {
  name: string;
  wallSeconds: number;
  cpuSeconds: number | null;
}

export interface ExtractWholeResult {
  pages: number;
  reference: ExtractWholeRun;
  newsfold: ExtractWholeRun;
}

const TIME = "/usr/bin/time";

function run(name: string, command: string[], cwd: string, env: Record<string, string> = {}): ExtractWholeRun {
  const timed = existsSync(TIME) ? [TIME, "-f", "newsfold-bench-cpu %U %S", ...command] : command;
  const started = performance.now();
  const child = spawnSync(timed[0], timed.slice(1), { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 ** 2 });
  const wallSeconds = (performance.now() - started) / 1000;
  // Exit 4: some documents had problems (an empty page), the run itself completed.
  if (child.status !== 0 && child.status !== 4) throw new Error(`${name} failed (exit ${child.status}): ${child.stderr.slice(-2000)}`);
  const cpu = /newsfold-bench-cpu ([\d.]+) ([\d.]+)/.exec(child.stderr);
  return { name, wallSeconds, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null };
}

export function benchExtractWhole(options: { root: string; dirs: string[]; pages: number; onProgress?: (stage: string) => void }): ExtractWholeResult {
  ensureBuilt(options.root, options.onProgress);
  const tmp = mkdtempSync(join(tmpdir(), "newsfold-bench-extract-"));
  try {
    options.onProgress?.("extract: Readability.js on linkedom over the directory (whole process)");
    const reference = run("Readability.js on linkedom, one thread", [process.execPath, join(options.root, "bench/reference/readability-dir.mjs"), join(tmp, "reference.jsonl"), ...options.dirs], options.root);
    options.onProgress?.("extract: newsfold ingest --no-enrich over the directory (whole process)");
    const newsfold = run(
      "newsfold ingest --no-enrich",
      [process.execPath, join(options.root, "bin/newsfold.js"), "ingest", ...options.dirs, "--no-enrich", "--no-progress"],
      options.root,
      { NEWSFOLD_DB: join(tmp, "ingest.db") },
    );
    return { pages: options.pages, reference, newsfold };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function formatExtractWhole(result: ExtractWholeResult): string {
  const ref = result.reference;
  const row = (r: ExtractWholeRun) =>
    `| ${r.name} | ${r.wallSeconds.toFixed(1)} s | ${r.cpuSeconds === null ? "–" : `${r.cpuSeconds.toFixed(1)} s`} | ${(result.pages / r.wallSeconds).toFixed(1)} | ` +
    `${(ref.wallSeconds / r.wallSeconds).toFixed(2)}× | ${r.cpuSeconds && ref.cpuSeconds ? `${(ref.cpuSeconds / r.cpuSeconds).toFixed(2)}×` : "–"} |`;
  return [
    `Whole processes over the ${result.pages} trafilatura pages as a directory, one after the other (start-up included; machine speed moves between runs, read the ratio):`,
    "",
    "| process | wall | CPU | pages/s (wall) | vs Readability.js (wall) | (CPU) |",
    "| --- | --- | --- | --- | --- | --- |",
    row(result.reference),
    row(result.newsfold),
    "",
  ].join("\n");
}
