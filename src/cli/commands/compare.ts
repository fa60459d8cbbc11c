import type { Command } from "commander";
import { clean } from "../../clean/index.js";
import { enrich } from "../../enrich/index.js";
import { NewsfoldError } from "../../errors.js";
import { findSimilar, idfFromStore, similarityInput } from "../../pipeline/similar.js";
import { readInputs } from "../../read/index.js";
import { createCollectingReporter } from "../../report.js";
import { similarity, type SimilarityInput, type SimilarityReport } from "../../similarity/index.js";
import type { Store, StoredArticle } from "../../store/index.js";
import { positiveInt, withStore, type CommandContext } from "../context.js";
import { clip, table } from "../format.js";

/** Passages and names shown per dimension in the text report (all of them are in --json). */
const SHOWN = 5;

/** An article by id from the store, or the first document of a file, cleaned and enriched on the fly. */
async function resolveInput(store: Store, ref: string, ctx: CommandContext): Promise<{ input: SimilarityInput; stored: StoredArticle | null; label: string }> {
  if (/^\d+$/.test(ref)) {
    const stored = await store.getArticle(Number(ref));
    if (!stored) throw new NewsfoldError("cli.not-found", `no article ${ref} in ${store.location}`);
    return { input: similarityInput(stored), stored, label: `article ${ref}` };
  }
  const reporter = createCollectingReporter();
  for await (const raw of readInputs([ref], { stdin: ctx.io.stdin }, reporter)) {
    const cleaned = clean(raw, undefined, reporter);
    const input: SimilarityInput = { title: cleaned.title, text: cleaned.text, lang: cleaned.lang.code, published: cleaned.published, updated: cleaned.updated, enrichment: enrich(cleaned) };
    return { input, stored: null, label: ref };
  }
  const why = reporter.problems[0];
  throw new NewsfoldError("cli.not-found", `"${ref}" is neither an article id nor a readable document${why ? ` (${why.code}: ${why.reason})` : ""}`);
}

export function renderReport(r: SimilarityReport, a: string, b: string): string {
  const d = r.dimensions;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines = [
    `${a} vs ${b}: ${r.verdict} — overall ${r.overall.toFixed(2)} (SemEval scale ${r.scale.toFixed(2)}: 1 same … 4 unrelated)`,
    "",
    table(["dimension", "score"], [["text", d.text.score.toFixed(2)], ["entities", d.entities.score.toFixed(2)], ["geography", d.geography.score.toFixed(2)], ["time", d.time.score.toFixed(2)], ["narrative", d.narrative.score.toFixed(2)]], new Set([1])).trimEnd(),
    "",
    `text: ${d.text.evidence.passages.length} shared passage(s), covering ${pct(d.text.evidence.coverageA)} of A and ${pct(d.text.evidence.coverageB)} of B` +
      (d.text.evidence.cosine === null ? " (different languages: no word cosine)" : `, TF-IDF cosine ${d.text.evidence.cosine.toFixed(2)}`) +
      (d.text.evidence.scripts[0] !== d.text.evidence.scripts[1] && d.text.evidence.scripts.every((s) => s !== "")
        ? `\n  written in ${d.text.evidence.scripts.join(" and ")}: no word can be shared, so the scores weigh people, places, numbers and dates alone`
        : ""),
    ...d.text.evidence.passages.slice(0, SHOWN).map((p) => `  [A ${p.a.start}–${p.a.end} | B ${p.b.start}–${p.b.end}] ${clip(p.text, 110)}`),
    `entities: ${d.entities.evidence.shared.map((e) => `${e.name} (${e.type})`).join(", ") || "none shared"}`,
    `geography: ${d.geography.evidence.shared.map((e) => e.name).join(", ") || "no place shared"}` +
      (d.geography.evidence.near.length ? `; near: ${d.geography.evidence.near.slice(0, SHOWN).map((n) => `${n.a.name} ~ ${n.b.name}${n.distanceKm === null ? "" : ` (${Math.round(n.distanceKm)} km)`}`).join(", ")}` : ""),
    `time: publication gap ${d.time.evidence.publishedGapDays === null ? `unknown (a date lacks its year or day)${d.time.evidence.leastGapDays ? `, at least ${d.time.evidence.leastGapDays} day(s)` : ""}` : `${d.time.evidence.publishedGapDays} day(s)`}, ` +
      `event gap ${d.time.evidence.eventGapDays === null ? "unknown" : `${d.time.evidence.eventGapDays} day(s)`}` +
      (d.time.evidence.sharedYears.length ? `, years in both: ${d.time.evidence.sharedYears.join(", ")}` : ""),
    `narrative: numbers in both ${d.narrative.evidence.sharedNumbers.slice(0, 8).join(", ") || "none"}; names in both ${d.narrative.evidence.sharedNames.slice(0, 8).join(", ") || "none"}`,
  ];
  return `${lines.join("\n")}\n`;
}

export function registerCompare(program: Command, ctx: CommandContext): void {
  program
    .command("compare")
    .description("how alike two articles are, per dimension, with the evidence (shared passages, people, places, date gap)")
    .argument("<a>", "an article id, or a file (text, HTML, JSONL: its first document)")
    .argument("<b>", "an article id, or a file")
    .option("--json", "print the full report as JSON")
    .addHelpText("after", "\nExamples:\n  newsfold compare 1 2\n  newsfold compare 1 today.html --json")
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      await withStore(ctx, true, async (store) => {
        const left = await resolveInput(store, a, ctx);
        const right = await resolveInput(store, b, ctx);
        const report = similarity(left.input, right.input, { idf: await idfFromStore(store) });
        ctx.io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, left.label, right.label));
      });
    });

  program
    .command("similar")
    .description("the stored articles most like one article or file, best first, with why")
    .addHelpText("after", "\nExamples:\n  newsfold similar 1\n  newsfold similar today.html -k 5 --json")
    .argument("<ref>", "an article id, or a file")
    .option("-k, --top <k>", "how many (default 10)")
    .option("--json", "print one JSON object per article, with the full report")
    .action(async (ref: string, opts: { top?: string; json?: boolean }) => {
      const k = positiveInt("--top", opts.top, 10);
      await withStore(ctx, true, async (store) => {
        const { input, stored } = await resolveInput(store, ref, ctx);
        const similar = await findSimilar(store, input, k, stored ?? undefined, await idfFromStore(store));
        if (opts.json) return similar.forEach((s) => ctx.io.stdout(`${JSON.stringify(s)}\n`));
        if (similar.length === 0) return ctx.io.stdout("nothing similar stored\n");
        const rows = similar.map((s) => [
          s.id,
          s.report.overall.toFixed(2),
          s.report.verdict,
          clip(s.report.dimensions.entities.evidence.shared.map((e) => e.name).join(", "), 40),
          clip(s.title, 50),
        ]);
        ctx.io.stdout(table(["article", "overall", "verdict", "shared entities", "title"], rows, new Set([0, 1])));
      });
    });
}
