// The reference for `newsfold bench extract`'s whole-process comparison: Readability.js on linkedom,
// one thread, over every .html/.htm file under the given directories, writing one JSON line
// { file, title, text } per page to the output file, as a user would run it on a crawl.
// Usage: node bench/reference/readability-dir.mjs OUT.jsonl DIR...
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";

const [out, ...dirs] = process.argv.slice(2);
const files = dirs.flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name)),
);
const sink = createWriteStream(out);
let empty = 0;
for (const file of files) {
  const html = new TextDecoder("utf-8").decode(readFileSync(file));
  let article = null;
  try {
    article = new Readability(new DOMParser().parseFromString(html, "text/html")).parse();
  } catch {
    article = null;
  }
  if (!article?.textContent) empty++;
  sink.write(`${JSON.stringify({ file, title: article?.title ?? null, text: article?.textContent ?? "" })}\n`);
}
sink.end(() => process.stderr.write(`${files.length} pages, ${empty} without an article\n`));
