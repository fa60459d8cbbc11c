import type { FieldAccuracy } from "./extraction-metadata.js";
import type { ExtractionEvaluation, LanguageScores, PageScore } from "./extraction.js";
import type { Half } from "./extraction-split.js";

/** Published F1 on the same 990 pages (trafilatura docs, 2026; shared/data/README.md). */
export const PUBLISHED_EXTRACTION_F1: readonly [string, number][] = [
  ["trafilatura", 0.924],
  ["jusText", 0.862],
  ["news-please", 0.836],
  ["readability-lxml", 0.826],
  ["baseline", 0.815],
  ["newspaper4k", 0.801],
];

const f = (n: number) => n.toFixed(3);

function languageRows(all: Record<string, LanguageScores>, tune: Record<string, LanguageScores>, check: Record<string, LanguageScores>): string[] {
  const cell = (s: LanguageScores | undefined) => (s ? `${f(s.f1)} (${s.pages})` : "—");
  return Object.entries(all)
    .sort((a, b) => b[1].pages - a[1].pages)
    .map(([lang, s]) => `| ${lang} | ${s.pages} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} | ${cell(tune[lang])} | ${cell(check[lang])} |`);
}

function share(n: number, of: number): string {
  return of > 0 ? `${((100 * n) / of).toFixed(1)}%` : "—";
}

function accuracyRow(name: string, a: FieldAccuracy, tune: FieldAccuracy, check: FieldAccuracy): string {
  return `| ${name} | ${a.labelled} | ${share(a.correct, a.labelled)} | ${share(a.missing, a.labelled)} | ${share(tune.correct, tune.labelled)} | ${share(check.correct, check.labelled)} |`;
}

/** The extraction evaluation as Markdown tables beside the published figures. */
export function formatExtractionEvaluation(e: ExtractionEvaluation): string {
  const { tune, check } = e.halves;
  const lines = [
    `Main-text extraction on trafilatura's evaluation pages: ${e.pages} pages (${e.missing} missing, ${e.empty} left empty), ` +
      `${e.pagesPerSecond.toFixed(1)} pages/s of CPU on one core for the whole clean stage; ` +
      `Readability.js fallback on ${e.fallbackPages} pages (${((100 * e.fallbackPages) / Math.max(1, e.pages)).toFixed(1)}%).`,
    "",
    "| system | F1 | precision | recall |",
    "| --- | --- | --- | --- |",
    `| **newsfold** | **${f(e.f1)}** | ${f(e.precision)} | ${f(e.recall)} |`,
    `| newsfold, tune half (${tune.pages} pages) | ${f(tune.f1)} | ${f(tune.precision)} | ${f(tune.recall)} |`,
    `| newsfold, check half (${check.pages} pages) | ${f(check.f1)} | ${f(check.precision)} | ${f(check.recall)} |`,
    ...PUBLISHED_EXTRACTION_F1.map(([name, f1]) => `| ${name} (published) | ${f(f1)} | | |`),
    "",
    "Halves: a page is in the tune half when the first byte of the SHA-256 of its file name is even; rules are",
    "tuned on that half only, and the check half shows whether a change generalises.",
    "",
    "Per language detected on the cleaned text (F1 of each half with its page count):",
    "",
    "| language | pages | F1 | precision | recall | tune F1 | check F1 |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...languageRows(e.perLanguage, tune.perLanguage, check.perLanguage),
    "",
    "Metadata against the labels of evaldata.json (pages whose label states the field; the rest are not counted):",
    "",
    "| field | labelled pages | correct | none given | tune correct | check correct |",
    "| --- | --- | --- | --- | --- | --- |",
    accuracyRow("title", e.metadata.title, tune.metadata.title, check.metadata.title),
    accuracyRow("date (day)", e.metadata.date, tune.metadata.date, check.metadata.date),
    accuracyRow("author", e.metadata.author, tune.metadata.author, check.metadata.author),
  ];
  return `${lines.join("\n")}\n`;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The `count` pages of one half that lose the most snippets (missed `with` plus kept `without`), each
 * with its precision and recall and the snippets it got wrong: where to look when tuning a rule.
 */
export function formatWorstPages(pages: readonly PageScore[], count: number, half: Half): string {
  const worst = pages
    .filter((p) => p.half === half && p.fp + p.fn > 0)
    .sort((a, b) => b.fp + b.fn - (a.fp + a.fn) || a.file.localeCompare(b.file))
    .slice(0, count);
  const lines = [`Worst ${worst.length} pages of the ${half} half (lost snippets; P precision, R recall):`, ""];
  for (const p of worst) {
    const precision = p.tp + p.fp > 0 ? p.tp / (p.tp + p.fp) : 0;
    const recall = p.tp + p.fn > 0 ? p.tp / (p.tp + p.fn) : 0;
    lines.push(`${p.file} [${p.lang}${p.fallback ? ", fallback" : ""}] P ${f(precision)} R ${f(recall)} (tp ${p.tp} fp ${p.fp} fn ${p.fn})`);
    for (const s of p.missed) lines.push(`  - missed: ${clip(s, 100)}`);
    for (const s of p.kept) lines.push(`  + kept:   ${clip(s, 100)}`);
  }
  return `${lines.join("\n")}\n`;
}
