import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { CopySink, type RecordOf } from "../../src/pipeline/copy-sink.js";
import { dedupLine, dedupLineMembers, dedupLinePieces } from "../../src/pipeline/export-record.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import type { NewArticle } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";

/** dedup's own choice of line: from the members a worker wrote when there are some, whole otherwise. */
const dedupRecord: RecordOf = (a, id, entityName) => (a.line ? dedupLinePieces(a.enrichment, a.line, id, entityName) : dedupLine(a, id, entityName));

const article = {
  cleaned: {
    title: "Wang Yi à Douchanbé",
    text: "王毅 met \"Tleuberdi\" in Душанбе.\n\nA second paragraph, with a tab\tand an emoji 🙂.",
    published: { year: 2021, month: 9, day: 17, precision: "day" },
    updated: null,
    site: "example.org",
    author: null,
    url: "https://example.org/a",
    dateline: { text: "DUSHANBE —", place: "Dushanbe" },
    lang: { code: "en", confidence: 0.9 },
    removed: [],
  },
  provenance: { file: "a.jsonl", format: "jsonl", line: 3 },
  enrichment: {
    entities: [
      { type: "person", id: "person:wa-i", name: "Wang Yi", salience: 0.9, mentions: [] },
      { type: "place", id: "place:gn:1221874", name: "Dushanbe", salience: 0.9, mentions: [] },
      { type: "person", id: "person:mu-tleuberdi", name: "Tleuberdi", salience: 0.4, mentions: [] },
    ],
    eventDate: { date: { year: 2021, month: 9, day: 16, precision: "day" }, text: "Thursday", offset: 0, confidence: 0.8 },
    publishedDate: null,
    names: [],
    nameSalience: [],
  },
} as unknown as NewArticle;

it("writes a line from a worker's members byte for byte as the whole line, entity names as the run first saw them", () => {
  const firstSeen = (id: string, name: string) => (id === "person:wa-i" ? "Wang Yi (first spelling)" : name);
  const members = dedupLineMembers(article.cleaned, article.provenance, article.enrichment);
  const pieces = dedupLinePieces(article.enrichment, members, 42, firstSeen);
  const joined = Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p) : p))).toString("utf8");
  assert.equal(joined, dedupLine(article, 42, firstSeen));
  const record = JSON.parse(joined);
  assert.equal(record.id, 42);
  assert.equal(record.text, article.cleaned.text);
  assert.deepEqual(record.entities.map((e: { name: string }) => e.name), ["Wang Yi (first spelling)", "Dushanbe", "Tleuberdi"], "by salience, then by id");
  assert.equal(record.eventDate, "2021-09-16");
  const bare = { ...article, enrichment: null };
  const plain = dedupLinePieces(null, dedupLineMembers(bare.cleaned, bare.provenance, null), 7, (_, name) => name);
  assert.equal(Buffer.concat(plain.map((p) => (typeof p === "string" ? Buffer.from(p) : p))).toString("utf8"), dedupLine(bare, 7, (_, name) => name));
});

it("writes the same dedup lines whether articles are prepared in a worker thread (lines, no text) or on the calling thread", async () => {
  const dir = tempDir();
  const input = join(dir, "in.jsonl");
  // Enough documents for the prepare pool to hand chunks to its worker; two are exact copies.
  const texts = Array.from({ length: 80 }, (_, i) => `Article ${i % 78} says "hello" to Душанбе, 王毅 and ünïcödé.\n\nIts second paragraph, number ${i % 78}, is here.`);
  writeFileSync(input, texts.map((text, i) => JSON.stringify({ url: `https://example.org/${i}`, text })).join("\n") + "\n");
  const run = async (workers: number) => {
    const sink = new CopySink(dedupRecord);
    try {
      const summary = await ingest([input], { store: sink, reporter: createCollectingReporter(), workers, prepare: { enrich: false, exportLines: true } });
      const lines: string[] = [];
      await sink.writeRecords(({ bytes }) => void lines.push(Buffer.from(bytes).toString("utf8")));
      return { lines, copies: summary.copies.exact, lengths: (await sink.getCopyStates([1, 2, 3])).map((s) => s.length) };
    } finally {
      await sink.close();
    }
  };
  const inWorker = await run(1);
  const here = await run(0);
  assert.equal(inWorker.lines.length, 80);
  assert.deepEqual(inWorker, here);
  assert.equal(inWorker.copies, 2, "copies are still found without the text on the calling thread");
  assert.deepEqual(inWorker.lengths, texts.slice(0, 3).map((t) => t.length), "the sink keeps each text's length");
  assert.equal(JSON.parse(inWorker.lines[5]).text, texts[5]);
});
