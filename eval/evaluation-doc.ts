import { existsSync, readFileSync, writeFileSync } from "node:fs";

const HEADER = `# Evaluation

Figures measured by \`newsfold eval <name>\`, which rewrites its own section of this file. Each section
says when and on what it was measured; the data is in ../shared/data and ../shared/bench (never copied here).
`;

/**
 * Replaces (or appends) the section between \`<!-- eval:NAME -->\` markers, leaving the rest of the
 * document, including hand-written notes outside the markers, as it was.
 */
export function writeEvaluationSection(path: string, name: string, body: string): void {
  const start = `<!-- eval:${name}:start -->`;
  const end = `<!-- eval:${name}:end -->`;
  const doc = existsSync(path) ? readFileSync(path, "utf8") : HEADER;
  const section = `${start}\n${body.trimEnd()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next = from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
}
