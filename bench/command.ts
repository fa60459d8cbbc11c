import { join } from "node:path";
import type { Command } from "commander";
import { benchExtract, countHtmlFiles, formatBenchExtract, trafilaturaPageDirs } from "./extract.js";
import { benchExtractWhole, formatExtractWhole } from "./extract-whole.js";
import { benchIngest } from "./ingest.js";
import { benchStoriesInterleaved } from "./stories.js";
import { benchWhole, ensureBuilt, formatBenchWhole } from "./whole.js";
import { benchWorkers, formatBenchWorkers } from "./workers-bench.js";
import { formatStages } from "./measure.js";
import { benchEnrich } from "./enrich-measure.js";
import { benchWordReference, formatBenchEnrich, measureCompiledStartUp, measureGazetteerStartUp } from "./enrich.js";
import { loadRpm2 } from "../eval/stories-data.js";
import { NewsfoldError } from "../src/errors.js";
import { benchCopies, formatBenchCopies } from "../eval/copies-bench.js";
import { loadNewsTexts } from "../eval/copies-data.js";
import { findSharedDir, repoRoot } from "../eval/shared-data.js";
import { positiveInt, type CommandContext } from "../src/cli/context.js";

const SUITES = ["copies", "extract", "ingest", "enrich", "stories", "whole", "postgres"] as const;
/** Documents of the PostgreSQL bench (real news texts): enough for every worker count to reach a steady state. */
const POSTGRES_BENCH_DOCS = 2_000;
/** Interleaved rounds of the PostgreSQL bench: a shared machine's bursts hit every setup alike. */
const POSTGRES_BENCH_ROUNDS = 3;

export function registerBench(program: Command, ctx: CommandContext): void {
  program
    .command("bench")
    .description("measure speed and memory per stage, beside a reference run in the same process")
    .argument("[suites...]", `which benchmarks: ${SUITES.join(", ")} (default: all)`)
    .option("--limit <n>", "use only the first n documents of each corpus")
    .option("--shared <dir>", "the shared data folder (default ../shared beside the repository, or $NEWSFOLD_SHARED)")
    .option("--bench-dir <dir>", "folder with the copy-detection corpus (default bench/data; build it with sh bench/make-corpus.sh)")
    .option("--postgres <url>", "a PostgreSQL database the postgres bench may create throwaway schemas in (default $NEWSFOLD_BENCH_POSTGRES_URL)")
    .option("--json", "print the figures as JSON")
    .addHelpText(
      "after",
      `
copies: shingling, MinHash (k permutations and one-permutation hashing), LSH insert and query on the
        reference corpus of ../shared/bench, single thread and with worker threads, precision and
        recall against its exact pairs, bytes of index per document.
extract: HTML extraction pages/s and MB/s on one core, beside Readability.js on linkedom in the
        same run, on trafilatura's pages and on every HTML file in ../shared/data; fallback runs;
        then whole processes on trafilatura's pages as a directory: \`newsfold ingest --no-enrich\`
        beside Readability.js on linkedom in one thread, alternating for three rounds, least time of
        each (not with --limit).
ingest: whole ingest of real news text pages into SQLite, stage by stage, beside raw SQLite inserts.
enrich: people, places, organisations and event dates per second on one core, gazetteer start-up.
stories: story assignment articles/s with 10,000 and with 100,000 articles already clustered (RPM2
        articles replicated with fresh ids and later dates); the ratio shows the cost does not grow.
whole:  \`newsfold dedup\` and \`newsfold ingest\` with their defaults as whole processes on the reference
        corpus, beside datasketch (bulk MinHash + MinHashLSH) when $NEWSFOLD_DATASKETCH points at a
        checkout of it, and the copies each dropped against the exact truth.
postgres: 1, 2 and 4 \`newsfold worker\` processes ingesting 2,000 real news texts into one PostgreSQL
        (--postgres URL; skipped without one), beside a one-process SQLite ingest: docs/s, the time
        each document holds the store's write lock and the throughput cap that implies.

Examples:
  newsfold bench copies --limit 2000
  newsfold bench ingest --json
  newsfold bench postgres --postgres postgres://localhost/newsfold_bench`,
    )
    .action(async (suites: string[], opts: { limit?: string; shared?: string; benchDir?: string; postgres?: string; json?: boolean }) => {
      const chosen = suites.length === 0 ? [...SUITES] : suites;
      for (const s of chosen) if (!(SUITES as readonly string[]).includes(s)) throw new NewsfoldError("cli.invalid", `unknown bench "${s}" (choose from ${SUITES.join(", ")})`);
      const limit = opts.limit === undefined ? undefined : positiveInt("--limit", opts.limit, 0);
      const progress = (stage: string) => ctx.io.stderr(`  … ${stage}\n`);
      const results: Record<string, unknown> = {};

      if (chosen.includes("copies")) {
        const result = await benchCopies({ root: repoRoot(), benchDir: opts.benchDir ?? join(repoRoot(), "bench", "data"), limit, onProgress: progress });
        results.copies = result;
        if (!opts.json) ctx.io.stdout(`${formatBenchCopies(result)}\n`);
      }
      if (chosen.includes("extract")) {
        const shared = findSharedDir(opts.shared, ctx.io.env);
        if (!shared) throw new NewsfoldError("bench.data.missing", "the extract bench needs ../shared/data (or --shared DIR) for its HTML pages");
        const result = benchExtract({ dataDir: join(shared, "data"), limit, onProgress: progress });
        const dirs = trafilaturaPageDirs(join(shared, "data"));
        // Whole processes read whole directories, so they run only on the full set.
        const whole = limit === undefined ? benchExtractWhole({ root: repoRoot(), dirs, pages: countHtmlFiles(dirs), onProgress: progress }) : null;
        results.extract = { sets: result, whole };
        if (!opts.json) ctx.io.stdout(`${formatBenchExtract(result)}\n${whole ? `${formatExtractWhole(whole)}\n` : ""}`);
      }
      if (chosen.includes("whole")) {
        const benchDir = opts.benchDir ?? join(repoRoot(), "bench", "data");
        const result = benchWhole({
          root: repoRoot(),
          benchDir,
          datasketch: ctx.io.env.NEWSFOLD_DATASKETCH,
          shared: findSharedDir(opts.shared, ctx.io.env),
          onProgress: progress,
        });
        results.whole = result;
        if (!opts.json) ctx.io.stdout(`${formatBenchWhole(result)}\n`);
      }
      if (chosen.includes("ingest")) {
        const shared = findSharedDir(opts.shared, ctx.io.env);
        if (!shared) throw new NewsfoldError("bench.data.missing", "the ingest bench needs ../shared/data (or --shared DIR) for its real news texts");
        const texts = loadNewsTexts(join(shared, "data")).slice(0, limit);
        const result = await benchIngest({ texts, onProgress: progress });
        results.ingest = result;
        if (!opts.json) {
          ctx.io.stdout(`Ingest bench: ${result.documents} news text pages, ${result.megabytes.toFixed(1)} MB, peak RSS ${Math.round(result.peakRssMb)} MB\n\n`);
          ctx.io.stdout(`${formatStages(result.stages, result.reference)}\n`);
        }
      }
      if (chosen.includes("enrich")) {
        const shared = findSharedDir(opts.shared, ctx.io.env);
        if (!shared) throw new NewsfoldError("bench.data.missing", "the enrich bench needs ../shared/data (or --shared DIR) for its real news texts");
        const texts = loadNewsTexts(join(shared, "data")).slice(0, limit);
        const inputs = texts.map((t) => ({ title: null, text: t.text, lang: t.lang, published: null }));
        progress("enrich (gazetteer start-up, warm-up, then timed)");
        const startUp = measureGazetteerStartUp();
        // One untimed pass over every text in each mode: the first pass compiles each language's date
        // patterns and code paths, and timed first it read ~30% slower than the same mode timed second.
        benchEnrich(inputs);
        benchEnrich(inputs, { dates: false });
        const reference = benchWordReference(inputs.map((i) => i.text));
        const withDates = benchEnrich(inputs);
        const withoutDates = benchEnrich(inputs, { dates: false });
        const compiled = measureCompiledStartUp();
        results.enrich = { withDates, withoutDates, reference, gazetteer: startUp, compiledGazetteer: compiled };
        if (!opts.json) ctx.io.stdout(formatBenchEnrich(withDates, withoutDates, reference, startUp, compiled));
      }
      if (chosen.includes("stories")) {
        const shared = findSharedDir(opts.shared, ctx.io.env);
        const labelled = shared ? loadRpm2(shared) : null;
        if (!labelled) throw new NewsfoldError("bench.data.missing", "the stories bench needs ../shared/data/stories/rpm2-fr (or --shared DIR)");
        progress("stories (clustering 10,000 then 100,000 articles)");
        const result = await benchStoriesInterleaved({ articles: labelled.map((l) => l.article), onProgress: progress });
        results.stories = result;
        if (!opts.json) {
          ctx.io.stdout(
            `Story assignment: ${labelled.length} RPM2 articles replicated with fresh ids and later dates\n\n` +
              `| already clustered | articles/s | open stories |\n| --- | --- | --- |\n` +
              result.rows.map((r) => `| ${r.size.toLocaleString("en-US")} | ${Math.round(r.articlesPerSecond)} | ${r.openStories} |`).join("\n") +
              `\n\nratio (largest ÷ smallest): ${result.ratio.toFixed(2)}\n\n`,
          );
        }
      }
      if (chosen.includes("postgres")) {
        const url = opts.postgres ?? ctx.io.env.NEWSFOLD_BENCH_POSTGRES_URL;
        const shared = findSharedDir(opts.shared, ctx.io.env);
        if (!url) {
          // Part of "all": say what was left out rather than fail the other suites' run.
          if (suites.length > 0) throw new NewsfoldError("bench.data.missing", "the postgres bench needs a database: --postgres postgres://… (or $NEWSFOLD_BENCH_POSTGRES_URL)");
          ctx.io.stderr("  … postgres bench skipped: no --postgres URL (or $NEWSFOLD_BENCH_POSTGRES_URL)\n");
        } else {
          if (!shared) throw new NewsfoldError("bench.data.missing", "the postgres bench needs ../shared/data (or --shared DIR) for its real news texts");
          const texts = loadNewsTexts(join(shared, "data")).slice(0, limit ?? POSTGRES_BENCH_DOCS);
          ensureBuilt(repoRoot(), progress);
          const result = await benchWorkers({
            url,
            texts,
            workerCounts: [1, 2, 4],
            rounds: POSTGRES_BENCH_ROUNDS,
            // The installed command, as a fleet runs it (bin/newsfold.js on dist/, rebuilt when stale): from source, tsx
            // would double every worker's start-up (0.5 → 1.1 s of CPU), which four workers on two cores pay together.
            workerCommand: [process.execPath, join(repoRoot(), "bin/newsfold.js")],
            onProgress: progress,
          });
          results.postgres = result;
          if (!opts.json) ctx.io.stdout(`${formatBenchWorkers(result)}\n`);
        }
      }
      if (opts.json) ctx.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    });
}
