import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { planWorkItems } from "../../src/queue/plan-items.js";
import { readWorkItem } from "../../src/queue/item-reader.js";
import { readInputs } from "../../src/read/index.js";
import { createCollectingReporter } from "../../src/report.js";
import type { RawDocument } from "../../src/types.js";
import { tempDir } from "../helpers/cli.js";
import { htmlPage, httpResponse, warcRecord } from "../read/read-helpers.js";

const summary = (d: RawDocument) => ({ content: d.content, provenance: d.provenance });

async function all(docs: AsyncIterable<RawDocument>): Promise<ReturnType<typeof summary>[]> {
  const out = [];
  for await (const d of docs) out.push(summary(d));
  return out;
}

/** The documents of every item, in item order, as one list. */
async function viaItems(path: string, itemSize: number) {
  const plan = await planWorkItems([path], { itemSize });
  const docs = [];
  for (const item of plan.items) docs.push(...(await all(readWorkItem(item, createCollectingReporter()))));
  return { plan, docs };
}

const jsonl = (n: number) => `${Array.from({ length: n }, (_, i) => JSON.stringify({ url: `https://x.example/${i}`, text: `Article number ${i}: ${"words ".repeat(20)}` })).join("\n")}\n`;

describe("work items", () => {
  for (const gzip of [false, true]) {
    it(`cut a ${gzip ? "gzipped" : "plain"} JSONL file into line ranges that read back as the whole file`, async () => {
      const path = join(tempDir(), gzip ? "feed.jsonl.gz" : "feed.jsonl");
      writeFileSync(path, gzip ? gzipSync(jsonl(25)) : jsonl(25));
      const { plan, docs } = await viaItems(path, 10);
      assert.deepEqual(plan.items.map((i) => [i.unit, i.first, i.end]), [["lines", 1, 11], ["lines", 11, 21], ["lines", 21, null]]);
      assert.equal(plan.items.every((i) => (i.byteStart !== null) === !gzip), true, "seekable only when not compressed");
      assert.deepEqual(docs, await all(readInputs([path], {}, createCollectingReporter())), "same documents, same provenance (line numbers)");
    });
  }

  it("cut a WARC file into record ranges that read back as the whole file", async () => {
    const records = Array.from({ length: 7 }, (_, i) => [
      warcRecord({ type: "request", id: `req-${i}`, url: `http://x.example/${i}`, block: "GET / HTTP/1.1\r\n\r\n", contentType: "application/http; msgtype=request" }),
      warcRecord({ type: "response", id: `resp-${i}`, url: `http://x.example/${i}`, block: httpResponse({ headers: { "Content-Type": "text/html" }, body: htmlPage(`<p>Page ${i} ${"text ".repeat(30)}</p>`) }) }),
    ]).flat();
    for (const gzip of [false, true]) {
      const path = join(tempDir(), gzip ? "crawl.warc.gz" : "crawl.warc");
      writeFileSync(path, gzip ? Buffer.concat(records.map((r) => gzipSync(r))) : Buffer.concat(records));
      const { plan, docs } = await viaItems(path, 4);
      assert.equal(plan.items.length, 4, "14 records, 4 per item");
      assert.deepEqual(docs, await all(readInputs([path], {}, createCollectingReporter())), `same documents and record offsets (${gzip ? "gzipped" : "plain"})`);
    }
  });

  it("keep a small file, a text page or an HTML page whole", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.jsonl"), jsonl(3));
    writeFileSync(join(dir, "b.txt"), "A title\n\nSome text of a page.");
    const plan = await planWorkItems([dir], { itemSize: 10 });
    assert.deepEqual(plan.items.map((i) => [i.path.slice(dir.length), i.unit]), [["/a.jsonl", "file"], ["/b.txt", "file"]]);
  });

  it("report a read problem once, in the item whose range holds it", async () => {
    const path = join(tempDir(), "feed.jsonl.gz");
    const lines = jsonl(12).split("\n");
    lines[6] = "{not json";
    writeFileSync(path, gzipSync(lines.join("\n")));
    const plan = await planWorkItems([path], { itemSize: 5 });
    const codes = [];
    for (const item of plan.items) {
      const reporter = createCollectingReporter();
      await all(readWorkItem(item, reporter));
      codes.push(reporter.problems.map((p) => `${p.code}@${p.provenance?.line}`));
    }
    assert.deepEqual(codes, [[], ["read.jsonl.malformed@7"], []]);
  });

  it("refuse standard input, which workers cannot read", async () => {
    await assert.rejects(planWorkItems(["-"]), /standard input/);
  });
});
