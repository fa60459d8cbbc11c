import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import type { Command } from "commander";
import { planKeep, type KeepPlan } from "../../copies/keep-plan.js";
import { SETTING_HELP } from "../../config/index.js";
import { NewsfoldError } from "../../errors.js";
import { CopySink } from "../../pipeline/copy-sink.js";
import { dedupLine, dedupLinePieces } from "../../pipeline/export-record.js";
import { ingest } from "../../pipeline/ingest.js";
import type { PrepareOptions } from "../../pipeline/prepare.js";
import { planInputs } from "../../read/index.js";
import { createCollectingReporter } from "../../report.js";
import type { CommandContext } from "../context.js";
import { EXIT } from "../exit-codes.js";
import { formatRate } from "../format.js";
import { createProgressBar } from "../progress.js";
import { pipelineOptions, refuseMissingInputs } from "./run-inputs.js";

/** `--all` output bytes gathered before one write: a few large writes instead of one per line. */
const OUTPUT_CHUNK_BYTES = 1 << 20;

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
    // Off by default for text records (JSONL `text`, text files), which are text already: see README, "dedup".
    .option("--full-clean", "clean text records as ingest does: all three steps below", false)
    .option("--collapse-repeated", "text records: drop blocks a text holds twice", false)
    .option("--remove-boilerplate", "text records: drop template lines (\"Share\", \"Read also: …\") and trailing junk", false)
    .option("--read-header", "text records: take a title and source/date lines off the top of the text", false)
    .option("--no-progress", "do not draw the progress bar")
    .addHelpText(
      "after",
      `
An article is dropped only when a kept one covers it: a copy of it, or a longer text it lies inside
(a wire story quoted whole by articles that are kept). No two kept texts are copies of each other.
Each article's line waits in a temporary file (deleted at the end) while copies are decided: memory
holds fingerprints and copy facts only, a few hundred bytes a document.

Example:
  newsfold dedup crawl.warc.gz -o clean.jsonl
  newsfold dedup pages/ --enrich -o - | gzip > clean.jsonl.gz`,
    )
    .action(async (inputs: string[], opts: DedupOptions) => {
      const config = ctx.config({ threshold: opts.threshold }).values;
      const plan = await planInputs(inputs, { stdin: ctx.io.stdin });
      refuseMissingInputs(plan.problems);
      const signal = ctx.stopSignal();
      const bar = createProgressBar(ctx.io.stderr, opts.progress && ctx.io.isTTY);
      const reporter = createCollectingReporter();
      // The one ingest engine, committing to an in-memory copy sink instead of a store.
      // Lines prepared in a worker come as their bytes but for the id and entities; the rest are written here.
      const sink = new CopySink((article, id, entityName) => (article.line ? dedupLinePieces(article.enrichment, article.line, id, entityName) : dedupLine(article, id, entityName)));
      // `dedup -o - | head` ends the process from the stdout error handler: the working file goes with it.
      const removeWorkingDir = () => rmSync(sink.directory, { recursive: true, force: true });
      process.once("exit", removeWorkingDir);
      const pipeline = withTextCleaning(pipelineOptions(ctx, config, opts.enrich), opts);
      try {
        const summary = await ingest(inputs, {
          store: sink,
          reporter,
          ...pipeline,
          // Each line is written where its article is prepared: this thread then gets no text to encode.
          prepare: { ...pipeline.prepare, exportLines: true },
          signal,
          onProgress: (p) => bar.update({ label: "de-duplicating", docs: p.read, bytes: p.bytesRead, totalBytes: plan.totalBytes }),
        });
        bar.done();
        if (summary.interrupted) {
          // Half a corpus de-duplicated is not what was asked for: write nothing.
          ctx.io.stderr(`interrupted after reading ${summary.read} document(s); nothing written\n`);
          return ctx.setExit(EXIT.interrupted);
        }
        const written = await writeKept(ctx, sink, await planKeep(sink), opts.output, opts.all ?? false);
        const copies = summary.copies.exact + summary.copies.near + summary.copies.contained;
        ctx.io.stderr(
          `read ${summary.read} · distinct ${written} · copies dropped ${opts.all ? 0 : summary.stored - written} (${copies} found) · errors ${summary.failed} · ${formatRate(summary.read, summary.seconds)} docs/s\n`,
        );
        for (const [code, n] of reporter.countsByCode()) ctx.io.stderr(`  ${code} ${n}\n`);
        if (summary.failed > 0) ctx.setExit(EXIT.documentErrors);
      } finally {
        process.off("exit", removeWorkingDir);
        await sink.close();
      }
    });
}

interface DedupOptions {
  output: string;
  threshold?: string;
  all?: boolean;
  enrich: boolean;
  progress: boolean;
  fullClean: boolean;
  collapseRepeated: boolean;
  removeBoilerplate: boolean;
  readHeader: boolean;
}

/**
 * Text records are cleaned lightly unless asked: as laid out (trimmed, NFC) with their language, without the three
 * steps written for crawled text pages. Those cost two thirds of cleaning and rewrite most texts of a corpus
 * (a repeated line or a first line taken as title is cut), so copies would be judged on other texts than
 * the ones given. HTML pages are always cleaned in full: their main text must be found.
 */
function withTextCleaning<T extends { prepare?: PrepareOptions }>(options: T, opts: DedupOptions): T {
  const full = opts.fullClean;
  const cleanText = { collapseRepeated: full || opts.collapseRepeated, removeBoilerplate: full || opts.removeBoilerplate, readHeader: full || opts.readHeader };
  // With none of them, the text keeps its own lines and spacing: re-cutting it into paragraphs is for those steps.
  const keepLayout = !cleanText.collapseRepeated && !cleanText.removeBoilerplate && !cleanText.readHeader;
  return { ...options, prepare: { ...options.prepare, cleanText: { ...cleanText, keepLayout } } };
}

/**
 * The second pass: the kept articles' lines (with `all`, every line and its copy facts) from the sink's
 * working file to the output, in id order, in large writes. Returns the lines written.
 */
async function writeKept(ctx: CommandContext, sink: CopySink, plan: KeepPlan, output: string, all: boolean): Promise<number> {
  const fd = output === "-" ? null : openOutput(output);
  const emit = async (bytes: Uint8Array) => {
    if (fd === null) {
      ctx.io.stdout(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
      // Writing never waits on I/O: give a closed stdout (`| head`) its turn to end the run.
      await new Promise((resolve) => setImmediate(resolve));
      return;
    }
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    } catch (error) {
      throw new NewsfoldError("dedup.write", `cannot write ${output}: ${(error as Error).message}`);
    }
  };
  let written = 0;
  try {
    if (!all) {
      // The kept lines as the sink wrote them, in runs: no line is parsed or copied one by one.
      await sink.writeKeptLines((id) => !plan.dropped.has(id) && ++written > 0, emit);
      return written;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    await sink.writeRecords(async ({ id, bytes }) => {
      const coveredBy = plan.dropped.get(id);
      const group = sink.membershipOf(id);
      const facts = {
        copyGroup: group?.groupId ?? null,
        copyKind: group?.kind ?? null,
        similarity: group?.similarity ?? null,
        kept: coveredBy === undefined,
        coveredBy: coveredBy ?? null,
        quotes: plan.quotes.get(id) ?? [],
        quotedBy: plan.quotedBy.get(id) ?? [],
      };
      // The line's closing brace gives way to the copy facts, as if they had been fields of the record.
      const line = Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from(`,${JSON.stringify(facts).slice(1)}\n`)]);
      chunks.push(line);
      size += line.length;
      written++;
      if (size < OUTPUT_CHUNK_BYTES) return;
      await emit(Buffer.concat(chunks, size));
      chunks.length = 0;
      size = 0;
    });
    if (size > 0) await emit(Buffer.concat(chunks, size));
    return written;
  } finally {
    if (fd !== null) closeSync(fd);
    // The summary follows the lines: a reader that stopped early (`| head`) ends the run before it is printed.
    else await ctx.io.flushStdout?.();
  }
}

function openOutput(path: string): number {
  try {
    return openSync(path, "w");
  } catch (error) {
    throw new NewsfoldError("dedup.write", `cannot write ${path}: ${(error as Error).message}`);
  }
}
