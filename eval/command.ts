import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { NewsfoldError } from "../src/errors.js";
import { evaluateArticleBenchmark, formatArticleBenchmark } from "./article-benchmark.js";
import { evaluatePublicationDates, formatPublicationDates } from "./publication-dates.js";
import { evaluateCharsets, formatCharsetEvaluation } from "./charsets.js";
import { evaluateCopies, formatCopiesEvaluation } from "./copies.js";
import { evaluateCopyProperties, formatCopyProperties } from "./copy-properties.js";
import { evaluateEntities, formatEntitiesEvaluation } from "./entities.js";
import { writeEvaluationSection } from "./evaluation-doc.js";
import { evaluateMultilingual, formatMultilingualEvaluation } from "./multilingual.js";
import { evaluateSpellings, formatSpellingEvaluation } from "./name-spellings.js";
import { evaluateSimilarity, formatSimilarityEvaluation } from "./similarity.js";
import { evaluateStories, formatStoriesEvaluation } from "./stories.js";
import { evaluateExtraction } from "./extraction.js";
import { formatExtractionEvaluation, formatWorstPages } from "./extraction-report.js";
import { findSharedDir, repoRoot } from "./shared-data.js";
import { positiveInt, type CommandContext } from "../src/cli/context.js";

const EVALUATIONS = ["copies", "extraction", "articles", "dates", "entities", "similarity", "stories", "multilingual", "charsets"] as const;
/** Evaluations that run without ../shared (their labelled data is in the repository or a named checkout; charsets adds real pages when it is there). */
const SELF_CONTAINED: readonly string[] = ["multilingual", "charsets", "articles", "dates"];

export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command("eval")
    .description("measure accuracy on the shared labelled data (--write also rewrites docs/EVALUATION.md)")
    .argument("[names...]", `which evaluations: ${EVALUATIONS.join(", ")} (default: all)`)
    .option("--limit <n>", "use only the first n items (a quick look; the document is then not rewritten)")
    .option("--shared <dir>", "the shared data folder (default ../shared beside the repository, or $NEWSFOLD_SHARED)")
    .option("--write", "also rewrite the measured sections of docs/EVALUATION.md (not with --limit)")
    .option("--json", "print the figures as JSON")
    .option("--outputs <file>", "extraction: also write {page: extracted text} JSON, for ../shared/data/extraction/score_trafilatura.py")
    .option("--pages <n>", "extraction: also list the n worst pages of the tune half with the snippets they got wrong")
    .option("--half <half>", "extraction: the half --pages lists (tune or check; default tune)")
    .option("--articles <dir>", "articles: a checkout of github.com/scrapinghub/article-extraction-benchmark (or $NEWSFOLD_ARTICLE_BENCHMARK)")
    .option("--dates <dir>", "dates: a checkout of github.com/adbar/htmldate, whose tests/ label 1,000 pages (or $NEWSFOLD_HTMLDATE)")
    .addHelpText(
      "after",
      `
copies:     precision and recall of copy detection against exact Jaccard: the ../shared/bench corpus
            (its 2,090 exact pairs) and multilingual news texts with derived copies; then the copy
            semantics (lost, redundant, star violations) on wires, chains and copies derived from them.
extraction: main-text extraction F1 on trafilatura's 990 labelled pages, scored as its own suite does,
            on the whole set, its tune and check halves (SHA-256 of the file name) and per language;
            title, date and author accuracy against the labels; how often Readability.js ran.
articles:   article-body F1 on Zyte's article-extraction benchmark (181 pages with hand-written bodies),
            beside the outputs of ~30 other tools shipped with it, scored by the same code. Needs a
            checkout (--articles DIR); run by default only when one is given.
dates:      publication-day accuracy on htmldate's 1,000 labelled pages (200 news pages of 2020 in some
            thirty languages, 800 mostly German and English), beside htmldate's own published figures.
            Needs a checkout (--dates DIR); run by default only when one is given.
entities:   Pearson between our entity / place overlap of two articles and human judgements
            (SemEval-2022 Task 8 dev pairs), in-sample and cross-validated, per language pair.
similarity: Pearson of our overall and per-dimension scores with the same human judgements, 5-fold
            cross-validated, per language pair (de-en apart).
stories:    B-cubed, pairwise F1 and ARI of stories and threads on RPM2 (fr) and WikiRef (en).
multilingual: our own renderings of sixteen events in 13–47 languages and 8–16 scripts: people, place
            and event-day recall per language, and whether each event forms one story; then 17 people's
            names as up to ten other scripts write them: how many meet the English spelling's key.
charsets:   pages in legacy charsets (GBK, Shift_JIS, Windows-1251 …) declaring none: read back exactly?
            The event renderings in a page template, and trafilatura's pages re-encoded by script.

Examples:
  newsfold eval copies --limit 200
  newsfold eval --json > figures.json`,
    )
    .action(async (names: string[], opts: { limit?: string; shared?: string; write?: boolean; json?: boolean; outputs?: string; pages?: string; half?: string; articles?: string; dates?: string }) => {
      const articlesDir = opts.articles ?? ctx.io.env.NEWSFOLD_ARTICLE_BENCHMARK;
      const datesDir = opts.dates ?? ctx.io.env.NEWSFOLD_HTMLDATE;
      // The article and date benchmarks are not in ../shared: each runs by default only when a checkout is named.
      const chosen = names.length === 0 ? EVALUATIONS.filter((n) => (n !== "articles" || articlesDir !== undefined) && (n !== "dates" || datesDir !== undefined)) : names;
      for (const n of chosen) if (!(EVALUATIONS as readonly string[]).includes(n)) throw new NewsfoldError("cli.invalid", `unknown evaluation "${n}" (choose from ${EVALUATIONS.join(", ")})`);
      const shared = findSharedDir(opts.shared, ctx.io.env) ?? "";
      if (!shared && chosen.some((n) => !SELF_CONTAINED.includes(n))) throw new NewsfoldError("eval.data.missing", "evaluations need ../shared/data beside the repository (or --shared DIR)");
      const limit = opts.limit === undefined ? undefined : positiveInt("--limit", opts.limit, 0);
      if (opts.write && limit !== undefined) throw new NewsfoldError("cli.invalid", "--write rewrites docs/EVALUATION.md from whole runs; drop --limit to use it");
      const write = opts.write === true;
      const docPath = join(repoRoot(), "docs", "EVALUATION.md");
      const today = new Date().toISOString().slice(0, 10);
      const results: Record<string, unknown> = {};

      if (chosen.includes("copies")) {
        const result = evaluateCopies({ root: repoRoot(), dataDir: join(shared, "data"), limit, onProgress: (stage) => ctx.io.stderr(`  … ${stage}\n`) });
        results.copies = result;
        ctx.io.stderr("  … copy semantics (derived wires, chains, exact copies)\n");
        const properties = await evaluateCopyProperties({ dataDir: join(shared, "data"), limit });
        results.copies = { ...result, properties };
        const text = `${formatCopiesEvaluation(result)}\n\n${formatCopyProperties(properties)}`;
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "copies", `## Copies\n\nMeasured ${today} by \`newsfold eval copies\`.\n\n${text}`);
      }
      if (chosen.includes("extraction")) {
        const pages = opts.pages === undefined ? undefined : positiveInt("--pages", opts.pages, 1);
        const half = opts.half ?? "tune";
        if (half !== "tune" && half !== "check") throw new NewsfoldError("cli.invalid", `--half must be tune or check, not "${half}"`);
        const result = await evaluateExtraction({ dataDir: join(shared, "data", "extraction", "trafilatura"), limit, keepOutputs: opts.outputs !== undefined, keepPages: pages !== undefined });
        if (opts.outputs) writeFileSync(opts.outputs, JSON.stringify(result.outputs ?? {}));
        results.extraction = { ...result, outputs: undefined };
        const text = formatExtractionEvaluation(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (pages !== undefined && !opts.json) ctx.io.stdout(`${formatWorstPages(result.pageScores ?? [], pages, half)}\n`);
        if (write) writeEvaluationSection(docPath, "extraction", `## HTML extraction\n\nMeasured ${today} by \`newsfold eval extraction\`.\n\n${text}`);
      }
      if (chosen.includes("articles")) {
        if (articlesDir === undefined) throw new NewsfoldError("eval.data.missing", "articles needs --articles DIR: a checkout of github.com/scrapinghub/article-extraction-benchmark");
        ctx.io.stderr("  … article bodies (Zyte's article-extraction benchmark)\n");
        const result = evaluateArticleBenchmark(articlesDir);
        results.articles = result;
        const text = formatArticleBenchmark(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "articles", `## Article bodies (Zyte's benchmark)\n\nMeasured ${today} by \`newsfold eval articles --articles DIR\`.\n\n${text}`);
      }
      if (chosen.includes("dates")) {
        if (datesDir === undefined) throw new NewsfoldError("eval.data.missing", "dates needs --dates DIR: a checkout of github.com/adbar/htmldate");
        ctx.io.stderr("  … publication dates (htmldate's labelled pages)\n");
        const result = evaluatePublicationDates(datesDir, limit);
        results.dates = result;
        const text = formatPublicationDates(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "dates", `## Publication dates (htmldate's labelled pages)\n\nMeasured ${today} by \`newsfold eval dates --dates DIR\`.\n\n${text}`);
      }
      if (chosen.includes("entities")) {
        ctx.io.stderr("  … entities (SemEval-2022 dev pairs)\n");
        const result = evaluateEntities({ sharedDir: shared });
        results.entities = result;
        const text = formatEntitiesEvaluation(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "entities", `## Entities and places\n\nMeasured ${today} by \`newsfold eval entities\`.\n\n${text}`);
      }
      if (chosen.includes("similarity")) {
        ctx.io.stderr("  … similarity (SemEval-2022 dev pairs, 5-fold cross-validation)\n");
        const result = evaluateSimilarity({ sharedDir: shared });
        results.similarity = result;
        const text = formatSimilarityEvaluation(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "similarity", `## Similarity\n\nMeasured ${today} by \`newsfold eval similarity\`.\n\n${text}`);
      }
      if (chosen.includes("stories")) {
        ctx.io.stderr("  … stories and threads (RPM2, WikiRef)\n");
        const result = await evaluateStories({ sharedDir: shared });
        results.stories = result;
        const text = formatStoriesEvaluation(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "stories", `## Stories and threads\n\nMeasured ${today} by \`newsfold eval stories\`.\n\n${text}`);
      }
      if (chosen.includes("multilingual")) {
        const result = evaluateMultilingual();
        const spellings = evaluateSpellings();
        results.multilingual = { ...result, spellings };
        const text = `${formatMultilingualEvaluation(result)}\n\n${formatSpellingEvaluation(spellings)}`;
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "multilingual", `## Multilingual events\n\nMeasured ${today} by \`newsfold eval multilingual\`.\n\n${text}`);
      }
      if (chosen.includes("charsets")) {
        const result = evaluateCharsets({ dataDir: shared ? join(shared, "data") : undefined, limit });
        results.charsets = result;
        const text = formatCharsetEvaluation(result);
        if (!opts.json) ctx.io.stdout(`${text}\n`);
        if (write) writeEvaluationSection(docPath, "charsets", `## Undeclared legacy charsets\n\nMeasured ${today} by \`newsfold eval charsets\`.\n\n${text}`);
      }
      if (opts.json) ctx.io.stdout(`${JSON.stringify(results, null, 2)}\n`);
      if (write) ctx.io.stderr(`updated ${docPath}\n`);
    });
}
