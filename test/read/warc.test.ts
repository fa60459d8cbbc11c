import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { undecodedUtf8 } from "../../src/read/deferred.js";
import { createReadStats } from "../../src/read/index.js";
import { htmlPage, httpResponse, readBytes, warcRecord } from "./read-helpers.js";

const PAGE_1 = htmlPage("<p>Wang Yi a rencontré Mukhtar Tileuberdi à Douchanbé.</p>");
const PAGE_2 = htmlPage("<p>La Chine et le Kazakhstan renforcent leur coopération.</p>");

function chunked(body: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const piece = body.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from("0\r\n\r\n"));
  return Buffer.concat(parts);
}

/** A small crawl as CC-NEWS writes it, plus the record types a reader must skip. */
function sampleRecords(): Buffer[] {
  return [
    warcRecord({ type: "warcinfo", id: "info", block: "software: newsfold-test\r\nformat: WARC File Format 1.0\r\n", contentType: "application/warc-fields" }),
    warcRecord({ type: "request", id: "req-1", url: "http://fr.news.cn/1", block: "GET /1 HTTP/1.1\r\nHost: fr.news.cn\r\n\r\n", contentType: "application/http; msgtype=request" }),
    warcRecord({ type: "response", id: "resp-1", url: "http://fr.news.cn/1", block: httpResponse({ headers: { "Content-Type": "text/html; charset=utf-8" }, body: PAGE_1 }) }),
    warcRecord({ type: "metadata", id: "meta-1", url: "http://fr.news.cn/1", block: "fetchTimeMs: 120\r\n", contentType: "application/warc-fields" }),
    warcRecord({ type: "response", id: "img", url: "http://fr.news.cn/logo.png", block: httpResponse({ headers: { "Content-Type": "image/png" }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }) }),
    warcRecord({ type: "response", id: "redirect", url: "http://fr.news.cn/old", block: httpResponse({ status: "301 Moved Permanently", headers: { Location: "/1", "Content-Type": "text/html" }, body: "<a href=/1>moved</a>" }) }),
    warcRecord({
      type: "response",
      id: "resp-2",
      url: "http://fr.news.cn/2",
      date: "2021-09-14T09:10:00Z",
      block: httpResponse({
        headers: { "Content-Type": "text/html; charset=ISO-8859-1", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked" },
        body: chunked(gzipSync(Buffer.from(PAGE_2, "latin1")), 50),
      }),
    }),
    warcRecord({ type: "resource", id: "res-1", url: "file:///saved/page.html", block: htmlPage("<p>Astana</p>"), contentType: "text/html" }),
  ];
}

describe("WARC", () => {
  it("reads HTML responses and resources with provenance, and counts the records it skips", async () => {
    const records = sampleRecords();
    const stats = createReadStats();
    const { documents, codes } = await readBytes(Buffer.concat(records), "crawl.warc", { stats });
    assert.deepEqual(codes, []);
    assert.deepEqual(documents.map((d) => d.provenance.recordId), ["<urn:uuid:resp-1>", "<urn:uuid:resp-2>", "<urn:uuid:res-1>"]);
    const offsetOf = (index: number) => records.slice(0, index).reduce((sum, r) => sum + r.length, 0);
    assert.deepEqual(documents[0].provenance, {
      file: "crawl.warc",
      format: "warc",
      offset: offsetOf(2),
      recordId: "<urn:uuid:resp-1>",
      url: "http://fr.news.cn/1",
      fetchedAt: "2021-09-17T15:56:00Z",
    });
    assert.equal(documents[0].kind, "html");
    assert.equal(documents[0].content, PAGE_1);
    assert.deepEqual(documents[0].meta, { url: "http://fr.news.cn/1" });
    assert.equal(documents[1].provenance.offset, offsetOf(6));
    assert.equal(documents[1].provenance.fetchedAt, "2021-09-14T09:10:00Z");
    assert.equal(documents[1].content, PAGE_2, "chunked, gzip-encoded, ISO-8859-1 payload decoded");
    assert.equal(documents[1].encoding.name, "windows-1252");
    assert.equal(documents[2].content, htmlPage("<p>Astana</p>"));
    assert.equal(stats.skippedRecords, 5);
    assert.equal(stats.documents, 3);
  });

  it("hands a UTF-8 payload over undecoded, a legacy-charset one decoded, both reading the same", async () => {
    const { documents } = await readBytes(Buffer.concat(sampleRecords()), "crawl.warc");
    const [utf8Page, latin1Page] = documents;
    // The reading thread keys a plain UTF-8 page on its bytes; the thread that cleans it decodes it.
    assert.ok(undecodedUtf8(utf8Page) !== undefined, "a UTF-8 payload waits undecoded");
    assert.equal(undecodedUtf8(latin1Page), undefined, "an ISO-8859-1 payload is decoded while read");
    assert.equal(utf8Page.content, PAGE_1);
    assert.deepEqual(utf8Page.encoding, { name: "utf-8", repaired: false });
    assert.equal(undecodedUtf8(utf8Page), undefined, "decoded once read");
  });

  it("reads a WARC.gz written one gzip member per record, offsets in the decompressed stream", async () => {
    const records = sampleRecords();
    const plain = await readBytes(Buffer.concat(records), "crawl.warc");
    const gz = await readBytes(Buffer.concat(records.map((r) => gzipSync(r))), "crawl.warc.gz");
    assert.deepEqual(gz.codes, []);
    assert.deepEqual(
      gz.documents.map((d) => ({ ...d, provenance: { ...d.provenance, file: "crawl.warc" } })),
      plain.documents,
    );
  });

  it("skips a record cut short by the end of the file and keeps the ones before", async () => {
    const records = sampleRecords().slice(0, 3);
    const whole = Buffer.concat(records);
    const { documents, reporter } = await readBytes(whole.subarray(0, whole.length - 100), "cut.warc");
    assert.deepEqual(documents, []);
    assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.recordId]), [["read.warc.truncated", "<urn:uuid:resp-1>"]]);

    const withGood = Buffer.concat([records[2], records[0], records[2].subarray(0, 300)]);
    const partial = await readBytes(withGood, "cut.warc");
    assert.equal(partial.documents.length, 1);
    assert.deepEqual(partial.codes, ["read.warc.truncated"]);
  });

  it("keeps the records of a truncated WARC.gz decompressed before the damage", async () => {
    const records = sampleRecords();
    const members = records.map((r) => gzipSync(r));
    const gz = Buffer.concat(members);
    const cutAt = members.slice(0, 6).reduce((sum, m) => sum + m.length, 0) + Math.floor(members[6].length / 2);
    const { documents, codes } = await readBytes(gz.subarray(0, cutAt), "cut.warc.gz");
    assert.deepEqual(documents.map((d) => d.provenance.recordId), ["<urn:uuid:resp-1>"]);
    assert.ok(codes.includes("read.gzip.truncated"));
    assert.ok(codes.every((c) => c === "read.gzip.truncated" || c === "read.warc.truncated"), codes.join());
  });

  it("reports a malformed record once and reads the valid records after it", async () => {
    const records = sampleRecords();
    const broken = Buffer.from("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:broken>\r\nContent-Length: many\r\n\r\n");
    const garbage = Buffer.from("this is not a record\r\nnor is this\r\n\r\n");
    const file = Buffer.concat([records[2], broken, garbage, records[6]]);
    const { documents, reporter } = await readBytes(file, "bad.warc");
    assert.deepEqual(documents.map((d) => d.provenance.recordId), ["<urn:uuid:resp-1>", "<urn:uuid:resp-2>"]);
    assert.deepEqual(reporter.problems.map((p) => [p.code, p.provenance?.offset]), [["read.warc.malformed", records[2].length]]);
  });

  it("reports a response record that holds no HTTP response", async () => {
    const record = warcRecord({ type: "response", id: "nohttp", url: "http://x/", block: "<html>not http</html>\r\n\r\n" });
    const { documents, codes } = await readBytes(record, "nohttp.warc");
    assert.deepEqual(documents, []);
    assert.deepEqual(codes, ["read.warc.malformed"]);
  });

  it("skips a payload in an encoding it cannot undo, with a problem", async () => {
    const record = warcRecord({ type: "response", id: "br", url: "http://x/", block: httpResponse({ headers: { "Content-Type": "text/html", "Content-Encoding": "br" }, body: "\x1b\x00\x00" }) });
    const { documents, codes } = await readBytes(Buffer.concat([record, sampleRecords()[2]]), "br.warc");
    assert.deepEqual(documents.map((d) => d.provenance.recordId), ["<urn:uuid:resp-1>"]);
    assert.deepEqual(codes, ["read.warc.content-encoding"]);
  });

  it("truncates a page larger than maxDocumentBytes and moves on to the next record", async () => {
    const big = htmlPage(`<p>${"é".repeat(3000)}</p>`);
    const records = [warcRecord({ type: "response", id: "big", url: "http://x/big", block: httpResponse({ headers: { "Content-Type": "text/html" }, body: big }) }), sampleRecords()[2]];
    const { documents, codes } = await readBytes(Buffer.concat(records), "big.warc", { maxDocumentBytes: 1001 });
    assert.deepEqual(codes, ["read.truncated"]);
    assert.equal(documents.length, 2);
    assert.ok(Buffer.byteLength(documents[0].content) <= 1001);
    assert.ok(!documents[0].content.includes("\uFFFD"));
    assert.equal(documents[1].content, PAGE_1);
  });
});

describe("a WARC stream that stops being WARC", () => {
  it("keeps the records before megabytes of zeros, reports the rest once, and never gathers the zeros into one line", async () => {
    const valid = Buffer.concat(sampleRecords());
    // 32 MiB of zeros compress to ~32 KiB: the reader must stop at the first header line that never ends.
    const gz = Buffer.concat([gzipSync(valid), gzipSync(Buffer.alloc(32 * 1024 * 1024))]);
    const { documents, reporter } = await readBytes(gz, "crawl.warc.gz");
    assert.deepEqual(documents.map((d) => d.provenance.url), ["http://fr.news.cn/1", "http://fr.news.cn/2", "file:///saved/page.html"]);
    const malformed = reporter.problems.filter((p) => p.code === "read.warc.malformed");
    assert.equal(malformed.length, 1);
    assert.match(malformed[0]!.reason, /no line end within \d+ bytes/);
  });
});
