/** One line of a benchmark table. */
export interface StageFigure {
  stage: string;
  docs: number;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
  /** Resident memory when the stage ended, in MB. */
  rssMb: number;
  /** Docs/s of every timed run, in order, when the stage was run more than once (the figure above is the best). */
  runs?: number[];
}

/** How often the peak-RSS sampler looks: often enough to catch a stage's peak, cheap enough to ignore. */
const RSS_SAMPLE_MS = 25;

/** Tracks peak resident memory in the background while a benchmark runs. */
export function createRssSampler() {
  let peak = 0;
  const sample = (): number => {
    const rss = process.memoryUsage.rss() / 1024 ** 2;
    if (rss > peak) peak = rss;
    return rss;
  };
  const timer = setInterval(sample, RSS_SAMPLE_MS);
  timer.unref();
  return { sample, peak: () => Math.max(peak, sample()), stop: () => clearInterval(timer) };
}

/** Renders stage figures as a text table. */
export function formatStages(rows: StageFigure[], reference?: StageFigure): string {
  const all = reference ? [...rows, reference] : rows;
  const width = Math.max(...all.map((r) => r.stage.length), 5);
  const lines = [`${"stage".padEnd(width)}  ${"docs/s".padStart(9)}  ${"MB/s".padStart(7)}  ${"RSS MB".padStart(7)}${reference ? "  vs reference" : ""}`];
  for (const r of all) {
    const ratio = reference && r !== reference ? `  ${(r.docsPerSecond / reference.docsPerSecond).toFixed(2)}×` : "";
    lines.push(`${r.stage.padEnd(width)}  ${Math.round(r.docsPerSecond).toLocaleString("en-US").padStart(9)}  ${r.mbPerSecond.toFixed(1).padStart(7)}  ${Math.round(r.rssMb).toString().padStart(7)}${ratio}`);
  }
  const repeated = rows.filter((r) => r.runs !== undefined && r.runs.length > 1);
  if (repeated.length > 0) {
    lines.push("", "every run (docs/s; the table shows the best):");
    for (const r of repeated) lines.push(`  ${r.stage}: ${(r.runs ?? []).map((v) => Math.round(v).toLocaleString("en-US")).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
