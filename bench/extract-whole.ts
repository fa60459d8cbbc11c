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
 * to exit, start-up included; CPU time from /usr/bin/time when it is installed. The two alternate for
 * ROUNDS rounds and each keeps its least time: on a shared machine one run of each moved the CPU ratio
 * between 2.5× and 3.4×.
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
/** Alternating runs of each process; the least wall and CPU time of each is reported. */
const ROUNDS = 3;

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

/** The least wall and the least CPU time of one process's runs. */
function least(runs: readonly ExtractWholeRun[]): ExtractWholeRun {
  const cpu = runs.map((r) => r.cpuSeconds).filter((c): c is number => c !== null);
  return { name: runs[0].name, wallSeconds: Math.min(...runs.map((r) => r.wallSeconds)), cpuSeconds: cpu.length === 0 ? null : Math.min(...cpu) };
}

export function benchExtractWhole(options: { root: string; dirs: string[]; pages: number; onProgress?: (stage: string) => void }): ExtractWholeResult {
  ensureBuilt(options.root, options.onProgress);
  const tmp = mkdtempSync(join(tmpdir(), "newsfold-bench-extract-"));
  try {
    const runs: { reference: ExtractWholeRun[]; newsfold: ExtractWholeRun[] } = { reference: [], newsfold: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      options.onProgress?.(`extract: Readability.js on linkedom over the directory (whole process, round ${round} of ${ROUNDS})`);
      runs.reference.push(run("Readability.js on linkedom, one thread", [process.execPath, join(options.root, "bench/reference/readability-dir.mjs"), join(tmp, "reference.jsonl"), ...options.dirs], options.root));
      options.onProgress?.(`extract: newsfold ingest --no-enrich over the directory (whole process, round ${round} of ${ROUNDS})`);
      runs.newsfold.push(
        run(
          "newsfold ingest --no-enrich",
          [process.execPath, join(options.root, "bin/newsfold.js"), "ingest", ...options.dirs, "--no-enrich", "--no-progress"],
          options.root,
          // A fresh store each round: the run ingests every page, none is skipped as already stored.
          { NEWSFOLD_DB: join(tmp, `ingest-${round}.db`) },
        ),
      );
    }
    return { pages: options.pages, reference: least(runs.reference), newsfold: least(runs.newsfold) };
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
    `Whole processes over the ${result.pages} trafilatura pages as a directory, alternating for ${ROUNDS} rounds, least time of each (start-up included; machine speed moves between runs, read the ratio):`,
    "",
    "| process | wall | CPU | pages/s (wall) | vs Readability.js (wall) | (CPU) |",
    "| --- | --- | --- | --- | --- | --- |",
    row(result.reference),
    row(result.newsfold),
    "",
  ].join("\n");
}
