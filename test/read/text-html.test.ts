import assert from "node:assert/strict";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { DEFAULT_MAX_DOCUMENT_BYTES, readInputs } from "../../src/read/index.js";
import { createCollectingReporter } from "../../src/report.js";
import { collect, htmlPage, readBytes, withTempDir } from "./read-helpers.js";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

describe("text and HTML files", () => {
  it("reads the two seed pages as UTF-8 text, content unchanged", async () => {
    const reporter = createCollectingReporter();
    const documents = await collect(readInputs([EXAMPLES], {}, reporter));
    assert.equal(documents.length, 2);
    assert.deepEqual(reporter.problems, []);
    for (const document of documents) {
      const source = await readFile(document.provenance.file, "utf8");
      assert.equal(document.kind, "text");
      assert.equal(document.provenance.format, "text");
      assert.equal(document.content, source);
      assert.deepEqual(document.encoding, { name: "utf-8", repaired: false });
      assert.equal(document.bytes, Buffer.byteLength(source));
    }
    assert.match(documents[0].content, /^Les MAE chinois et kazakh s'engagent à renforcer/);
    assert.match(documents[0].content, /DOUCHANBE, 17 septembre \(Xinhua\) --/);
    assert.match(documents[1].content, /^Dernière mise à jour à 09h10 le 14\/09/);
  });

  const kinds: Array<{ title: string; name: string; content: string; kind: "text" | "html" }> = [
    { title: "reads a .html file as HTML", name: "page.html", content: htmlPage("<p>Bonjour</p>"), kind: "html" },
    { title: "reads a .htm file as HTML", name: "page.htm", content: "<p>Bonjour</p>", kind: "html" },
    { title: "sniffs a doctype in a .txt file as HTML", name: "saved.txt", content: "\n  <!doctype html><html><body>x</body></html>", kind: "html" },
    { title: "sniffs <html> in a file without extension as HTML", name: "page", content: "<html lang=fr><body>x</body></html>", kind: "html" },
    { title: "reads a file of unknown type as text", name: "notes.md", content: "Wang Yi a rencontré Tileuberdi.", kind: "text" },
  ];
  for (const c of kinds) {
    it(c.title, async () => {
      const { documents, codes } = await readBytes(c.content, c.name);
      assert.deepEqual(codes, []);
      assert.equal(documents.length, 1);
      assert.equal(documents[0].kind, c.kind);
      assert.equal(documents[0].provenance.format, c.kind);
      assert.equal(documents[0].content, c.content);
    });
  }

  it("decodes a page declaring windows-1252 with é as 0xE9, without a warning", async () => {
    const page = Buffer.from('<html><head><meta charset="windows-1252"></head><body>Douchanb\u00e9</body></html>', "latin1");
    assert.ok(page.includes(0xe9));
    const { documents, codes } = await readBytes(page, "legacy.html");
    assert.deepEqual(codes, []);
    assert.match(documents[0].content, /Douchanbé/);
    assert.equal(documents[0].encoding.name, "windows-1252");
  });

  it("falls back to Windows-1252 for invalid UTF-8 and warns", async () => {
    const { documents, reporter } = await readBytes(Buffer.from("Publi\u00e9 \u00e0 Douchanb\u00e9", "latin1"), "latin.txt");
    assert.equal(documents[0].content, "Publié à Douchanbé");
    assert.equal(documents[0].encoding.name, "windows-1252");
    assert.deepEqual(reporter.problems.map((p) => [p.code, p.severity, p.provenance?.file]), [["read.encoding.fallback", "warning", "latin.txt"]]);
  });

  it("repairs mojibake in a text file and marks the document repaired", async () => {
    const { documents, codes } = await readBytes("La coopÃ©ration sino-kazakhe sâ€™est renforcÃ©e", "moji.txt");
    assert.equal(documents[0].content, "La coopération sino-kazakhe s’est renforcée");
    assert.equal(documents[0].encoding.repaired, true);
    assert.deepEqual(codes, ["read.encoding.mojibake-repaired"]);
  });

  const bad: Array<{ title: string; bytes: Uint8Array; code: string; severity: "error" | "warning" }> = [
    { title: "skips a binary file with NUL bytes", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), code: "read.binary", severity: "error" },
    { title: "skips a file full of control characters", bytes: Buffer.from("\x01\x02\x03\x04abc\x05\x06\x07\x08"), code: "read.binary", severity: "error" },
    { title: "reports an empty file", bytes: new Uint8Array(), code: "read.empty", severity: "warning" },
    { title: "reports a file holding only whitespace", bytes: Buffer.from(" \n\t\r\n "), code: "read.empty", severity: "warning" },
    { title: "reports an empty gzip file", bytes: gzipSync(Buffer.alloc(0)), code: "read.empty", severity: "warning" },
  ];
  for (const c of bad) {
    it(c.title, async () => {
      const { documents, reporter } = await readBytes(c.bytes, "bad.txt");
      assert.deepEqual(documents, []);
      assert.deepEqual(reporter.problems.map((p) => [p.code, p.severity, p.stage, p.provenance?.file]), [[c.code, c.severity, "read", "bad.txt"]]);
    });
  }

  it("reads a gzipped page whatever its name", async () => {
    const { documents, codes } = await readBytes(gzipSync(htmlPage("<p>Astana</p>")), "page.html.gz");
    assert.deepEqual(codes, []);
    assert.equal(documents[0].kind, "html");
    assert.match(documents[0].content, /Astana/);
  });

  it("keeps the part of a truncated gzip page that was decompressed, and reports the damage", async () => {
    const text = "Wang Yi et Mukhtar Tileuberdi. ".repeat(2000);
    const gz = gzipSync(text);
    const { documents, codes } = await readBytes(gz.subarray(0, Math.floor(gz.length / 2)), "cut.txt.gz");
    assert.deepEqual(codes, ["read.gzip.truncated"]);
    assert.equal(documents.length, 1);
    assert.ok(documents[0].content.length > 0 && documents[0].content.length < text.length);
    assert.ok(text.startsWith(documents[0].content));
  });
});

describe("size limit", () => {
  it("truncates a 100 MB page to maxDocumentBytes at a character boundary, reading only what it keeps", async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, "huge.html");
      const block = Buffer.from(`<p>${"Douchanbé, capitale kazakhe — 中国 ".repeat(1000)}</p>\n`);
      const out = createWriteStream(path);
      let written = 0;
      while (written < 100 * 1024 * 1024) {
        if (!out.write(block)) await once(out, "drain");
        written += block.length;
      }
      out.end();
      await once(out, "finish");

      let bytesRead = 0;
      const reporter = createCollectingReporter();
      const started = performance.now();
      const documents = await collect(readInputs([path], { onBytes: (n) => (bytesRead += n) }, reporter));
      const elapsed = performance.now() - started;

      assert.equal(documents.length, 1);
      assert.deepEqual(reporter.problems.map((p) => p.code), ["read.truncated"]);
      const content = documents[0].content;
      assert.ok(Buffer.byteLength(content) <= DEFAULT_MAX_DOCUMENT_BYTES);
      assert.ok(Buffer.byteLength(content) > DEFAULT_MAX_DOCUMENT_BYTES - 4);
      assert.ok(!content.includes("\uFFFD"), "cut inside a character");
      assert.equal(documents[0].encoding.name, "utf-8");
      assert.equal(bytesRead, written, "progress counts the unread rest as done");
      assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    });
  });

  it("stops pulling from a stream soon after the limit", async () => {
    let pulled = 0;
    async function* endless() {
      for (let i = 0; i < 10_000; i++) {
        pulled += 65536;
        yield Buffer.alloc(65536, "abcé");
      }
    }
    const reporter = createCollectingReporter();
    const max = 1024 * 1024;
    const documents = await collect(readInputs(["-"], { stdin: Readable.from(endless()), maxDocumentBytes: max }, reporter));
    assert.deepEqual(reporter.problems.map((p) => p.code), ["read.truncated"]);
    assert.ok(Buffer.byteLength(documents[0].content) <= max);
    assert.ok(pulled < max + 4 * 65536, `pulled ${pulled} bytes`);
  });

  it("rejects a maxDocumentBytes that is not a positive integer", async () => {
    await assert.rejects(collect(readInputs([EXAMPLES], { maxDocumentBytes: 0 }, createCollectingReporter())), { code: "read.options.invalid" });
  });
});
