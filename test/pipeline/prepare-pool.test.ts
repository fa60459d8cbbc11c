import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { createPreparePool } from "../../src/pipeline/prepare-pool.js";
import { deferredDocument, undecodedUtf8 } from "../../src/read/deferred.js";
import { createCollectingReporter } from "../../src/report.js";
import type { RawDocument } from "../../src/types.js";
import { EXAMPLES } from "../helpers/cli.js";

function documents(n: number): { raw: RawDocument; docKey: string }[] {
  const paragraphs = readFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), "utf8").split("\n").filter((l) => l.length > 80);
  return Array.from({ length: n }, (_, i) => {
    const content = i % 10 === 9 ? "\u0000\u0001 42" : `Dépêche ${i}\n\n${paragraphs[i % paragraphs.length]}\n\n${paragraphs[(i * 7) % paragraphs.length]}`;
    return { raw: { provenance: { file: `d${i}.txt`, format: "text" }, kind: "text", content, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: content.length }, docKey: `k${i}` };
  });
}

it("prepares a batch in worker threads exactly as the calling thread would, in order, with every problem reported", async () => {
  const items = documents(100);
  const alone = createPreparePool({ workers: 0, prepare: { enrich: false } });
  const shared = createPreparePool({ workers: 2, prepare: { enrich: false } });
  try {
    const expectedProblems = createCollectingReporter();
    const expected = await alone.prepare(items, expectedProblems);
    const problems = createCollectingReporter();
    const running = shared.prepare(items, problems);
    await shared.helpUntil(running); // the caller helps too
    const got = await running;
    assert.equal(got.length, items.length);
    got.forEach((doc, i) => {
      assert.equal(doc?.docKey, expected[i]?.docKey);
      assert.equal(doc?.raw, items[i].raw, "the caller's own raw document is attached");
      assert.equal(doc?.cleaned.text, expected[i]?.cleaned.text);
      assert.deepEqual(doc && [...doc.signature.values], expected[i] && [...expected[i]!.signature.values]);
    });
    assert.deepEqual([...problems.countsByCode()].sort(), [...expectedProblems.countsByCode()].sort());
  } finally {
    await shared.close();
  }
});

it("cleans pages the reader left undecoded in worker threads, from their bytes, exactly as decoded pages", async () => {
  const paragraphs = readFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), "utf8").split("\n").filter((l) => l.length > 80);
  const html = (i: number) => `<html><head><title>Dépêche ${i}</title></head><body><article><p>${paragraphs[i % paragraphs.length]}</p><p>${paragraphs[(i * 7) % paragraphs.length]} — 杜尚别</p></article></body></html>`;
  const fields = (i: number) => ({ provenance: { file: `p${i}.html`, format: "html" as const }, kind: "html" as const, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: Buffer.byteLength(html(i)) });
  // Even pages in an ArrayBuffer of their own (moved to the worker), odd ones in a view of a shared one (copied).
  const bytes = (i: number) => (i % 2 === 0 ? new Uint8Array(Buffer.from(html(i))) : Buffer.concat([Buffer.from("<!-- -->"), Buffer.from(html(i))]).subarray(8));
  const deferred = Array.from({ length: 64 }, (_, i) => ({ raw: deferredDocument(fields(i), bytes(i)), docKey: `k${i}` }));
  const decoded = Array.from({ length: 64 }, (_, i) => ({ raw: { ...fields(i), content: html(i) } as RawDocument, docKey: `k${i}` }));
  const alone = createPreparePool({ workers: 0, prepare: { enrich: false } });
  const shared = createPreparePool({ workers: 1, prepare: { enrich: false } });
  try {
    const expected = await alone.prepare(decoded, createCollectingReporter());
    const got = await shared.prepare(deferred, createCollectingReporter()); // no helping: every chunk goes to the worker
    got.forEach((doc, i) => {
      assert.equal(doc?.cleaned.text, expected[i]?.cleaned.text);
      assert.equal(doc?.cleaned.title, expected[i]?.cleaned.title);
      assert.equal(doc?.exactHash, expected[i]?.exactHash);
    });
    deferred.forEach((item, i) => {
      if (i % 2 === 1) assert.ok(undecodedUtf8(item.raw) !== undefined, "a copied page is left undecoded here");
      else assert.throws(() => item.raw.content, /moved to the worker thread/, "a moved page's content is not read here");
    });
  } finally {
    await shared.close();
  }
});

it("shares a batch of a few large pages with the workers, cut by size, in order", async () => {
  const paragraphs = readFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), "utf8").split("\n").filter((l) => l.length > 80);
  // Six pages of about 200 KB: fewer documents than a count-cut chunk, several times a size-cut one.
  const page = (i: number) => `<html><head><title>Page ${i}</title></head><body><article>${`<p>${paragraphs[i % paragraphs.length]}</p>`.repeat(800)}</article></body></html>`;
  const fields = (i: number) => ({ provenance: { file: `big${i}.html`, format: "html" as const }, kind: "html" as const, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: Buffer.byteLength(page(i)) });
  const deferred = Array.from({ length: 6 }, (_, i) => ({ raw: deferredDocument(fields(i), new Uint8Array(Buffer.from(page(i)))), docKey: `b${i}` }));
  const decoded = Array.from({ length: 6 }, (_, i) => ({ raw: { ...fields(i), content: page(i) } as RawDocument, docKey: `b${i}` }));
  const alone = createPreparePool({ workers: 0, prepare: { enrich: false } });
  const shared = createPreparePool({ workers: 1, prepare: { enrich: false } });
  try {
    const expected = await alone.prepare(decoded, createCollectingReporter());
    const got = await shared.prepare(deferred, createCollectingReporter());
    assert.deepEqual(got.map((doc) => doc?.docKey), expected.map((doc) => doc?.docKey));
    got.forEach((doc, i) => assert.equal(doc?.cleaned.text, expected[i]?.cleaned.text));
    for (const item of deferred) assert.throws(() => item.raw.content, /moved to the worker thread/, "each page went to the worker");
  } finally {
    await shared.close();
  }
});

it("the calling thread helps with a batch whose chunks are queued after it began waiting (a run's first batches)", async () => {
  const html = (i: number) => `<html><head><title>Page ${i}</title></head><body><article><p>Paragraph ${i} of a page long enough to be kept as the article's text.</p></article></body></html>`;
  const fields = (i: number) => ({ provenance: { file: `w${i}.html`, format: "html" as const }, kind: "html" as const, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: Buffer.byteLength(html(i)) });
  // Pages in ArrayBuffers of their own: one a worker took is moved there, one prepared here stays readable.
  const items = Array.from({ length: 256 }, (_, i) => ({ raw: deferredDocument(fields(i), new Uint8Array(Buffer.from(html(i)))), docKey: `w${i}` }));
  // A fresh pool: `prepare` first waits for this thread's preparer to load, so its chunks are not queued
  // yet when `helpUntil` starts; the worker holds four chunks at a time, and the other four are for this thread.
  const pool = createPreparePool({ workers: 1, prepare: { enrich: false } });
  try {
    const running = pool.prepare(items, createCollectingReporter());
    await pool.helpUntil(running);
    const got = await running;
    assert.equal(got.filter((doc) => doc !== null).length, items.length);
    const readableHere = items.filter((item) => {
      try {
        return item.raw.content.length > 0;
      } catch {
        return false;
      }
    });
    assert.ok(readableHere.length > 0, "some chunks were prepared on the calling thread");
    assert.ok(readableHere.length < items.length, "and some in the worker");
  } finally {
    await pool.close();
  }
});
