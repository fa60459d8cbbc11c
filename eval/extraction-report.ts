import type { ExtractionEvaluation } from "./extraction.js";

/** Published F1 on the same 990 pages (trafilatura docs, 2026; shared/data/README.md). */
export const PUBLISHED_EXTRACTION_F1: readonly [string, number][] = [
  ["trafilatura", 0.924],
  ["jusText", 0.862],
  ["news-please", 0.836],
  ["readability-lxml", 0.826],
  ["baseline", 0.815],
  ["newspaper4k", 0.801],
];

/** The extraction evaluation as a Markdown table beside the published figures. */
export function formatExtractionEvaluation(e: ExtractionEvaluation): string {
  const f = (n: number) => n.toFixed(3);
  const lines = [
    `Main-text extraction on trafilatura's evaluation pages: ${e.pages} pages (${e.missing} missing, ${e.empty} left empty), ` +
      `${e.pagesPerSecond.toFixed(1)} pages/s of CPU on one core.`,
    "",
    "| system | F1 | precision | recall |",
    "| --- | --- | --- | --- |",
    `| **newsfold** | **${f(e.f1)}** | ${f(e.precision)} | ${f(e.recall)} |`,
    ...PUBLISHED_EXTRACTION_F1.map(([name, f1]) => `| ${name} (published) | ${f(f1)} | | |`),
    "",
    "Per language detected on the cleaned text:",
    "",
    "| language | pages | F1 | precision | recall |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(e.perLanguage)
      .sort((a, b) => b[1].pages - a[1].pages)
      .map(([lang, s]) => `| ${lang} | ${s.pages} | ${f(s.f1)} | ${f(s.precision)} | ${f(s.recall)} |`),
  ];
  return `${lines.join("\n")}\n`;
}
