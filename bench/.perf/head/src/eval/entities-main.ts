/**
 * `node --import tsx src/eval/entities-main.ts [sharedDir]`: the entities evaluation on SemEval-2022
 * dev, then enrich throughput (dates on) on the shared French news texts and the gazetteer load time.
 */
import { benchEnrich } from "../enrich/index.js";
import { evaluateEntities, formatEntitiesEvaluation } from "./entities.js";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { findSharedDir } from "./shared-data.js";

/** Timed passes over the texts; the best is reported, the first warms the JIT. */
const BENCH_PASSES = 5;

const shared = findSharedDir(process.argv[2]);
if (shared === null) {
  console.log("entities: skipped (no shared data: pass a directory or set NEWSFOLD_SHARED)");
} else {
  const first = benchEnrich([]); // loads the gazetteers, timed on their own
  console.log(formatEntitiesEvaluation(evaluateEntities({ sharedDir: shared })));
  const dir = join(shared, "data/stories/rpm2-fr");
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")).sort() : [];
  const texts = files.map((f) => ({ text: readFileSync(join(dir, f), "utf8"), lang: "fr" }));
  const published = { year: 2021, month: 9, day: 17, precision: "day" as const, text: "2021-09-17" };
  const inputs = texts.map((t) => ({ title: null, text: t.text, lang: t.lang, published }));
  let best = benchEnrich(inputs);
  for (let i = 1; i < BENCH_PASSES; i++) {
    const r = benchEnrich(inputs);
    if (r.docsPerSecond > best.docsPerSecond) best = r;
  }
  const kb = best.docs > 0 ? best.bytes / best.docs / 1024 : 0;
  console.log(`enrich bench: ${best.docs} docs of ${kb.toFixed(1)} KB avg, ${Math.round(best.docsPerSecond)} docs/s (dates on), gazetteer load ${Math.round(first.loadMs)} ms`);
}
