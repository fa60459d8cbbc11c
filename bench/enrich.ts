import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gazetteerLoadMs } from "../src/enrich/index.js";
import { processCpuMs, type EnrichBench } from "./enrich-measure.js";

/** Gazetteer start-up as this process paid it: wall and CPU time, and the heap and RSS it added. */
export interface GazetteerStartUp {
  loadMs: number;
  cpuMs: number;
  heapMb: number;
  rssMb: number;
}

/** Load the gazetteers (first use in this process) and measure what it cost; call before anything else enriches. */
export function measureGazetteerStartUp(): GazetteerStartUp {
  const before = process.memoryUsage();
  const c0 = processCpuMs();
  const loadMs = gazetteerLoadMs();
  const cpuMs = processCpuMs() - c0;
  const after = process.memoryUsage();
  return { loadMs, cpuMs, heapMb: (after.heapUsed - before.heapUsed) / 1024 ** 2, rssMb: (after.rss - before.rss) / 1024 ** 2 };
}

/** The compiled command's gazetteer start-up, and whether it read the snapshot saved at build time or built the tables. */
export interface CompiledStartUp extends GazetteerStartUp {
  fromSnapshot: boolean;
}

/**
 * The gazetteer's start-up as the installed command pays it: a fresh process loading `dist/` (where `npm run build`
 * saves the snapshot; this bench runs from the sources, which build the tables). Null when dist/ is not built.
 */
export function measureCompiledStartUp(): CompiledStartUp | null {
  const root = fileURLToPath(new URL("..", import.meta.url));
  if (!existsSync(`${root}/dist/enrich/gazetteer.js`)) return null;
  const script = `
    import { getGazetteer } from "./dist/enrich/gazetteer.js";
    import { readGazetteerSnapshot } from "./dist/enrich/gazetteer-snapshot.js";
    const before = process.memoryUsage();
    const c0 = process.cpuUsage();
    const gaz = getGazetteer();
    const cpu = process.cpuUsage(c0);
    const after = process.memoryUsage();
    const fromSnapshot = readGazetteerSnapshot() !== null; // read again, after the measure: what getGazetteer found
    console.log(JSON.stringify({ loadMs: gaz.loadMs, cpuMs: (cpu.user + cpu.system) / 1000, heapMb: (after.heapUsed - before.heapUsed) / 1024 ** 2,
      rssMb: (after.rss - before.rss) / 1024 ** 2, fromSnapshot }));`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!) as CompiledStartUp;
}

/**
 * The reference of the enrich bench, timed in the same run on the same texts: one pass of a Unicode word
 * regular expression, each word lower-cased, the least any word-level extractor does. Enrichment's
 * figure as a multiple of it says how much work it adds per word, whatever the machine's speed that day.
 */
export function benchWordReference(texts: readonly string[]): { docs: number; cpuSeconds: number; docsPerCpuSecond: number } {
  const WORD = /[\p{L}\p{N}]+/gu;
  let words = 0;
  const c0 = processCpuMs();
  for (const t of texts) for (const m of t.matchAll(WORD)) words += m[0].toLowerCase().length > 0 ? 1 : 0;
  const cpuSeconds = (processCpuMs() - c0) / 1000;
  if (words < 0) throw new Error("unreachable"); // keeps the loop from being optimised away
  return { docs: texts.length, cpuSeconds, docsPerCpuSecond: cpuSeconds > 0 ? texts.length / cpuSeconds : 0 };
}

export function formatBenchEnrich(
  withDates: EnrichBench, withoutDates: EnrichBench, reference: ReturnType<typeof benchWordReference>, startUp: GazetteerStartUp, compiled: CompiledStartUp | null,
): string {
  const mb = withDates.bytes / 1024 ** 2;
  const row = (label: string, b: EnrichBench) =>
    `| ${label} | ${Math.round(b.docsPerCpuSecond).toLocaleString("en-US")} | ${Math.round(b.docsPerSecond).toLocaleString("en-US")} | ${(mb / b.cpuSeconds).toFixed(2)} | ${(b.entities / b.docs).toFixed(1)} | ${(b.docsPerCpuSecond / reference.docsPerCpuSecond).toFixed(3)}× |`;
  return (
    `Enrich bench: ${withDates.docs} news texts (${(withDates.bytes / withDates.docs / 1024).toFixed(1)} KB average), one core\n\n` +
    `| mode | articles per CPU second | articles/s (wall) | MB per CPU second | entities/article | vs reference |\n| --- | --- | --- | --- | --- | --- |\n` +
    `${row("with event dates", withDates)}\n${row("without event dates", withoutDates)}\n` +
    `| reference: a Unicode word regex, words lower-cased | ${Math.round(reference.docsPerCpuSecond).toLocaleString("en-US")} | | | | 1× |\n\n` +
    `gazetteers built once (from the sources): ${Math.round(startUp.loadMs)} ms wall, ${Math.round(startUp.cpuMs)} ms CPU, heap +${startUp.heapMb.toFixed(1)} MB, RSS +${startUp.rssMb.toFixed(1)} MB\n` +
    (compiled === null
      ? "the compiled command: dist/ not built (npm run build)\n\n"
      : `the compiled command, a fresh process: ${compiled.fromSnapshot ? "read from the snapshot saved at build time" : "built (no snapshot of this code: npm run build)"} in ` +
        `${Math.round(compiled.loadMs)} ms wall, ${Math.round(compiled.cpuMs)} ms CPU, heap +${compiled.heapMb.toFixed(1)} MB, RSS +${compiled.rssMb.toFixed(1)} MB\n\n`)
  );
}
