/**
 * Ingest throughput with 1, 2 and 4 `newsfold worker` processes against one PostgreSQL, and a
 * single-process SQLite ingest, on the same real news texts (../shared/data).
 *   node --import tsx bench/workers.ts postgres://postgres@127.0.0.1:54329/newsfold_test [docs] [counts] [rounds]
 * e.g. `… 2000 1,2,4 3`. Figures go to docs/BENCHMARKS.md.
 */
import { join } from "node:path";
import { benchWorkers, formatBenchWorkers } from "./workers-bench.js";
import { ensureBuilt } from "./whole.js";
import { loadNewsTexts } from "../eval/copies-data.js";
import { findSharedDir, repoRoot } from "../eval/shared-data.js";

const [url, docsArg = "2000", countsArg = "1,2,4", roundsArg = "3"] = process.argv.slice(2);
if (!url) throw new Error("usage: node --import tsx bench/workers.ts postgres://… [docs] [worker counts, e.g. 1,2,4]");
const shared = findSharedDir();
if (!shared) throw new Error("the workers bench needs ../shared/data for its real news texts");
const texts = loadNewsTexts(join(shared, "data")).slice(0, Number(docsArg));
ensureBuilt(repoRoot(), (m) => process.stderr.write(`  … ${m}\n`));
const result = await benchWorkers({
  url,
  texts,
  workerCounts: countsArg.split(",").map(Number),
  rounds: Number(roundsArg),
  workerCommand: [process.execPath, join(repoRoot(), "bin/newsfold.js")],
  onProgress: (m) => process.stderr.write(`  … ${m}\n`),
});
process.stdout.write(formatBenchWorkers(result));
process.stdout.write(`${JSON.stringify(result)}\n`);
