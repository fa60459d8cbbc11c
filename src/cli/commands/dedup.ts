import { mkdtempSync, rmSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { SETTING_HELP } from "../../config/index.js";
import { NewsfoldError } from "../../errors.js";
import { runIngest } from "../../pipeline/run.js";
import { planInputs } from "../../read/index.js";
import { createCollectingReporter } from "../../report.js";
import { openStore } from "../../store/index.js";
import type { CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { formatRate } from "../format.js";
import { createProgressBar } from "../progress.js";
import { exportRecord, keptArticles } from "./export.js";
import { pipelineOptions, refuseMissingInputs } from "./run-inputs.js";

/** Lines written between two turns of the event loop. */
const OUTPUT_TURN = 256;

export function registerDedup(program: Command, ctx: CommandContext): void {
  program
    .command("dedup")
    .description("de-duplicate a corpus without a store: JSONL/WARC/text in, one JSONL line per distinct article out")
    .argument("<inputs...>", "files, directories, globs or - (JSONL, WARC, text, HTML; gzipped or not)")
    .requiredOption("-o, --output <file>", "where to write the de-duplicated JSONL (- for standard output)")
    .option("--threshold <jaccard>", SETTING_HELP.threshold)
    .option("--all", "write every article with its copy group, whether it is kept, what covers it and its quotes")
    // Off by default: entities and event dates neither choose which copy is kept nor change which documents are copies; they only add fields to each line.
    .option("--enrich", "add people, places, organisations and event dates to each line (about twice as slow)", false)
    .option("--no-enrich", "the default: no entities or event dates")
    .option("--no-progress", "do not draw the progress bar")
    .addHelpText(
      "after",
      `
An article is dropped only when a kept one covers it: a copy of it, or a longer text it lies inside
(a wire story quoted whole by articles that are kept). No two kept texts are copies of each other.
Working data lives in a temporary file that is deleted at the end, so memory stays flat.

Example:
  newsfold dedup crawl.warc.gz -o clean.jsonl
  newsfold dedup pages/ --enrich -o - | gzip > clean.jsonl.gz`,
    )
    .action(async (inputs: string[], opts: { output: string; threshold?: string; all?: boolean; enrich: boolean; progress: boolean }) => {
      const config = ctx.config({ threshold: opts.threshold }).values;
      const plan = await planInputs(inputs, { stdin: ctx.io.stdin });
      refuseMissingInputs(plan.problems);
      const signal = ctx.stopSignal();
      const bar = createProgressBar(ctx.io.stderr, opts.progress && ctx.io.isTTY);
      const dir = mkdtempSync(join(tmpdir(), "newsfold-dedup-"));
      const reporter = createCollectingReporter();
      // `dedup -o - | head` ends the process from the stdout error handler: the working file goes with it.
      const removeWorkingDir = () => rmSync(dir, { recursive: true, force: true });
      process.once("exit", removeWorkingDir);
      try {
        // A working file, never searched: no full-text index.
        const store = await openStore({ type: "sqlite", path: join(dir, "work.db"), fullTextIndex: false });
        try {
          // The same run as `ingest`, into a working store: stories are not needed to choose the articles.
          const { summary } = await runIngest(inputs, {
            store,
            reporter,
            ...pipelineOptions(ctx, config, opts.enrich),
            signal,
            onProgress: (p) => bar.update({ label: "de-duplicating", docs: p.read, bytes: p.bytesRead, totalBytes: plan.totalBytes }),
            stories: false,
          });
          bar.done();
          if (summary.interrupted) {
            // Half a corpus de-duplicated is not what was asked for: write nothing.
            ctx.io.stderr(`interrupted after reading ${summary.read} document(s); nothing written\n`);
            return ctx.setExit(EXIT.interrupted);
          }
          const out = opts.output === "-" ? null : createWriteStream(opts.output);
          if (out) out.on("error", () => {});
          let written = 0;
          for await (const { article, record } of keptArticles(store, opts.all ?? false)) {
            const line = `${JSON.stringify(record ?? exportRecord(article, false))}\n`;
            if (!out) ctx.io.stdout(line);
            else if (!out.write(line)) await once(out, "drain");
            // The stream never waits on I/O: give a closed stdout (`| head`) its turn to end the run.
            if (++written % OUTPUT_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
          }
          if (out) {
            out.end();
            await once(out, "finish").catch((error: unknown) => {
              throw new NewsfoldError("dedup.write", `cannot write ${opts.output}: ${(error as Error).message}`);
            });
          }
          const copies = summary.copies.exact + summary.copies.near + summary.copies.contained;
          ctx.io.stderr(
            `read ${summary.read} · distinct ${written} · copies dropped ${opts.all ? 0 : summary.stored - written} (${copies} found) · errors ${summary.failed} · ${formatRate(summary.read, summary.seconds)} docs/s\n`,
          );
          for (const [code, n] of reporter.countsByCode()) ctx.io.stderr(`  ${code} ${n}\n`);
          if (summary.failed > 0) ctx.setExit(EXIT.documentErrors);
        } finally {
          await store.close();
        }
      } finally {
        process.off("exit", removeWorkingDir);
        removeWorkingDir();
      }
    });
}
