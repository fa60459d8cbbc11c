import type { Command } from "commander";
import { SETTING_HELP } from "../../config/index.js";
import { planInputs } from "../../read/index.js";
import type { IngestSummary } from "../../pipeline/ingest.js";
import { runIngest } from "../../pipeline/run.js";
import { createCollectingReporter } from "../../report.js";
import type { Problem } from "../../types.js";
import { withStore, type CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { formatBytes, formatFold, formatFoldWay, formatRate } from "../format.js";
import { createProgressBar } from "../progress.js";
import { printArticleList } from "./articles.js";
import { pipelineOptions, refuseMissingInputs } from "./run-inputs.js";

/** Problems printed one by one after a run; the rest are counted by code. */
const PROBLEMS_SHOWN = 10;

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command("ingest")
    .description("read, clean and fingerprint documents, find their copies, and store them")
    .argument("<paths...>", "files, directories (recursive), globs, or - for standard input: .txt .html .jsonl .warc, gzipped or not")
    .option("--threshold <jaccard>", SETTING_HELP.threshold)
    .option("--batch-size <n>", SETTING_HELP.batchSize)
    .option("--no-enrich", "skip people, places, organisations and event dates (faster)")
    .option("--no-stories", "do not rebuild stories and threads after the run (run `newsfold recluster` later)")
    .option("--show", "list the stored articles after the run")
    .option("--json", "print the run summary as JSON on stdout")
    .option("--no-progress", "do not draw the progress bar")
    .option("--queue", "do not ingest here: cut the inputs into work items for `newsfold worker` processes (PostgreSQL store)")
    .option("--item-size <n>", "with --queue: JSONL lines or WARC records per work item (default 1000)")
    .addHelpText(
      "after",
      `
Re-running is safe: documents already stored are reported as known and not stored again.
A killed run loses at most its current batch; run the same command again to resume.
With --queue, enqueueing the same inputs again adds nothing; workers on any machine do the ingest.

Examples:
  newsfold ingest examples/
  newsfold ingest crawl/*.warc.gz --db news.db
  zcat pages.jsonl.gz | newsfold ingest -`,
    )
    .action(async (paths: string[], opts: { threshold?: string; batchSize?: string; show?: boolean; json?: boolean; progress: boolean; enrich: boolean; stories: boolean; queue?: boolean; itemSize?: string }) => {
      // Imported only with --queue: it loads the WARC reader and the queue planner.
      if (opts.queue) return (await import("./ingest-queue.js")).enqueueInputs(ctx, paths, { itemSize: opts.itemSize === undefined ? undefined : Number(opts.itemSize), json: opts.json });
      const config = ctx.config({ threshold: opts.threshold, batchSize: opts.batchSize }).values;
      const plan = await planInputs(paths, { stdin: ctx.io.stdin });
      refuseMissingInputs(plan.problems);
      const reporter = createCollectingReporter();
      const bar = createProgressBar(ctx.io.stderr, opts.progress && ctx.io.isTTY && !opts.json);
      const signal = ctx.stopSignal();
      await withStore(ctx, false, async (store) => {
        const { summary, stories: folded } = await runIngest(paths, {
          store,
          reporter,
          ...pipelineOptions(ctx, config, opts.enrich),
          signal,
          onProgress: (p) =>
            bar.update({ label: p.phase === "loading-index" ? "loading index" : "ingesting", docs: p.read, bytes: p.bytesRead, totalBytes: plan.totalBytes }),
          stories: opts.stories && {
            onStart: () => {
              bar.done();
              if (!opts.json) ctx.io.stderr("folding stories…\n");
            },
          },
        });
        bar.done();
        const counts = reporter.countsByCode();
        if (opts.json) {
          ctx.io.stdout(`${JSON.stringify({ ...summary, stories: folded, store: store.location, problems: Object.fromEntries(counts) }, null, 2)}\n`);
        } else {
          ctx.io.stderr(renderSummary(summary, counts, reporter.problems, store.location));
          if (folded) ctx.io.stderr(`stories: ${formatFold(folded)} (${formatFoldWay(folded)})\n`);
        }
        if (opts.show && !opts.json) await printArticleList(ctx, store, { limit: 50, offset: 0 });
        if (summary.interrupted || signal.aborted) ctx.setExit(EXIT.interrupted);
        else if (reporter.problems.some((p) => p.severity === "error")) ctx.setExit(EXIT.documentErrors);
      });
    });
}

function renderSummary(s: IngestSummary, counts: Map<string, number>, problems: Problem[], location: string): string {
  const out: string[] = [];
  const copies = s.copies.exact + s.copies.near + s.copies.contained;
  const errors = problems.filter((p) => p.severity === "error").length;
  out.push(
    `read ${s.read} document(s), ${formatBytes(s.bytesRead)} in ${s.seconds.toFixed(1)}s (${formatRate(s.read, s.seconds)} docs/s)${s.interrupted ? " — interrupted, run again to resume" : ""}`,
    `stored ${s.stored} · known ${s.known} · copies ${copies} (exact ${s.copies.exact}, near ${s.copies.near}, contained ${s.copies.contained}) · errors ${s.failed} → ${location}`,
  );
  if (counts.size > 0) {
    out.push("problems by code:");
    for (const [code, n] of [...counts].sort((a, b) => b[1] - a[1])) out.push(`  ${code.padEnd(34)} ${n}`);
    const shown = problems.filter((p) => p.severity === "error").concat(problems.filter((p) => p.severity === "warning")).slice(0, PROBLEMS_SHOWN);
    for (const p of shown) out.push(`  ${p.severity} ${p.code} ${where(p)}: ${p.reason}`);
    if (problems.length > shown.length) out.push(`  … ${problems.length - shown.length} more (all recorded in the store's run log)`);
  }
  if (errors === 0 && s.failed === 0) out.push("no document errors");
  return `${out.join("\n")}\n`;
}

function where(p: Problem): string {
  const v = p.provenance;
  if (!v) return "";
  return [v.file, v.line !== undefined ? `line ${v.line}` : "", v.offset !== undefined ? `offset ${v.offset}` : ""].filter(Boolean).join(" ");
}
