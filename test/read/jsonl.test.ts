import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { readBytes } from "./read-helpers.js";

const line = (value: unknown) => JSON.stringify(value);

describe("JSONL", () => {
  it("reads one document a line with container metadata and line provenance", async () => {
    const file = [
      line({ url: "http://fr.news.cn/1", title: "Les MAE chinois et kazakh", text: "DOUCHANBE, 17 septembre (Xinhua) --", published: "2021-09-17", source: "Xinhua", lang: "fr", author: "A. B.", fetched: "2021-09-18T00:00:00Z" }),
      "",
      line({ url: "http://fr.news.cn/2", html: "<p>Astana</p>", text: "ignored when html is present" }),
    ].join("\r\n");
    const { documents, codes } = await readBytes(file, "news.jsonl");
    assert.deepEqual(codes, []);
    assert.equal(documents.length, 2);
    assert.deepEqual(documents[0].provenance, { file: "news.jsonl", format: "jsonl", line: 1, url: "http://fr.news.cn/1", fetchedAt: "2021-09-18T00:00:00Z" });
    assert.deepEqual(documents[0].meta, { url: "http://fr.news.cn/1", title: "Les MAE chinois et kazakh", published: "2021-09-17", source: "Xinhua", lang: "fr", author: "A. B." });
    assert.equal(documents[0].kind, "text");
    assert.equal(documents[0].content, "DOUCHANBE, 17 septembre (Xinhua) --");
    assert.equal(documents[1].kind, "html");
    assert.equal(documents[1].content, "<p>Astana</p>");
    assert.equal(documents[1].provenance.line, 3);
  });

  it("keeps a record's own `id` (string or number) as the provenance's recordId", async () => {
    const file = [line({ id: "doc00042", text: "a" }), line({ id: 7, text: "b" }), line({ id: { nested: true }, text: "c" })].join("\n");
    const { documents } = await readBytes(file, "corpus.jsonl");
    assert.deepEqual(documents.map((d) => d.provenance.recordId), ["doc00042", "7", undefined]);
  });

  it("spells out an epoch `fetched` as ISO 8601", async () => {
    const { documents } = await readBytes(line({ text: "x", fetched: 1631894160 }), "a.ndjson");
    assert.equal(documents[0].provenance.fetchedAt, "2021-09-17T15:56:00.000Z");
  });

  const bad: Array<{ title: string; line: string; code: string }> = [
    { title: "reports a line that is not JSON", line: '{"url": "http://x", "text": "unterminated', code: "read.jsonl.malformed" },
    { title: "reports a line that is JSON but not an object", line: '["text", "array"]', code: "read.jsonl.malformed" },
    { title: "reports an object without text or html", line: line({ url: "http://x", title: "only a title" }), code: "read.jsonl.no-content" },
    { title: "reports an object whose text is empty", line: line({ text: "   " }), code: "read.jsonl.no-content" },
    { title: "reports an object whose text is not a string", line: line({ text: 42 }), code: "read.jsonl.no-content" },
  ];
  for (const c of bad) {
    it(`${c.title}, with its line number, and reads the lines around it`, async () => {
      const file = [line({ text: "first" }), c.line, line({ text: "third" })].join("\n") + "\n";
      const { documents, reporter } = await readBytes(file, "bad.jsonl");
      assert.deepEqual(documents.map((d) => d.content), ["first", "third"]);
      assert.equal(reporter.problems.length, 1);
      const [problem] = reporter.problems;
      assert.equal(problem.code, c.code);
      assert.equal(problem.severity, "error");
      assert.deepEqual(problem.provenance, { file: "bad.jsonl", format: "jsonl", line: 2 });
      assert.ok(problem.reason.length > 10);
    });
  }

  it("repairs mojibake in string fields", async () => {
    const { documents, codes } = await readBytes(line({ title: "CoopÃ©ration", text: "lâ€™annÃ©e derniÃ¨re", source: "Xinhua" }), "m.jsonl");
    assert.equal(documents[0].meta.title, "Coopération");
    assert.equal(documents[0].content, "l’année dernière");
    assert.equal(documents[0].encoding.repaired, true);
    assert.deepEqual(codes, ["read.encoding.mojibake-repaired"]);
  });

  it("decodes a line of invalid UTF-8 as Windows-1252 with a warning", async () => {
    const bytes = Buffer.concat([Buffer.from('{"text": "Douchanb'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const { documents, reporter } = await readBytes(bytes, "latin.jsonl");
    assert.equal(documents[0].content, "Douchanbé");
    assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.line]), [["read.encoding.fallback", 1]]);
  });

  it("skips a line longer than twice maxDocumentBytes without holding it", async () => {
    const file = [line({ text: "a".repeat(5000) }), line({ text: "short" })].join("\n");
    const { documents, reporter } = await readBytes(file, "long.jsonl", { maxDocumentBytes: 1000 });
    assert.deepEqual(documents.map((d) => d.content), ["short"]);
    assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.line]), [["read.jsonl.too-long", 1]]);
  });

  it("truncates a text longer than maxDocumentBytes at a character boundary", async () => {
    const { documents, codes } = await readBytes(line({ text: "é".repeat(800) }), "big.jsonl", { maxDocumentBytes: 1001 });
    assert.deepEqual(codes, ["read.truncated"]);
    assert.equal(documents[0].content, "é".repeat(500));
  });

  it("keeps the complete lines of a truncated gzip file and reports the damage", async () => {
    const lines = Array.from({ length: 400 }, (_, i) => line({ url: `http://x/${i}`, text: `Article ${i} ${"kazakhe ".repeat(20 + (i % 7))}${Math.sin(i)}` }));
    const gz = gzipSync(lines.join("\n") + "\n");
    const { documents, reporter } = await readBytes(gz.subarray(0, Math.floor(gz.length * 0.6)), "cut.jsonl.gz");
    assert.ok(documents.length > 10 && documents.length < 400, `${documents.length} documents`);
    documents.forEach((d, i) => assert.equal(d.provenance.line, i + 1));
    assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.file]), [["read.gzip.truncated", "cut.jsonl.gz"]]);
  });

  it("reports a JSONL file without any line as empty", async () => {
    const { documents, codes } = await readBytes("\n\n", "blank.jsonl");
    assert.deepEqual(documents, []);
    assert.deepEqual(codes, ["read.empty"]);
  });
});

describe("JSONL blank lines", () => {
  it("steps over millions of blank lines at no cost per line, keeping line numbers right", async () => {
    const blank = 20_000_000; // one decoded line each made this minutes of work
    const body = Buffer.concat([
      Buffer.from('{"text":"Before the blanks."}\n'),
      Buffer.alloc(blank, 0x0a),
      Buffer.from(" \r\n\t\r\n"),
      Buffer.from('  {"text":"After the blanks."}\n'),
    ]);
    const { documents, codes } = await readBytes(gzipSync(body), "dump.jsonl.gz");
    assert.deepEqual(documents.map((d) => [d.content, d.provenance.line]), [["Before the blanks.", 1], ["After the blanks.", blank + 4]]);
    assert.deepEqual(codes, []);
  });

  it("reports a file of blank lines only as empty", async () => {
    const { documents, codes } = await readBytes(gzipSync(Buffer.alloc(1_000_000, 0x0a)), "blank.jsonl.gz");
    assert.deepEqual(documents, []);
    assert.deepEqual(codes, ["read.empty"]);
  });
});
