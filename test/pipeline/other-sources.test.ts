import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import type { Store } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { onEveryBackend } from "../support/postgres.js";

const WIRE = "Ministers of five countries met in Astana on Tuesday and agreed to share the river's water for ten more years.";
const OTHER = "The central bank held its rate at four percent, saying inflation had slowed for a third month in a row.";

async function run(store: Store, inputs: string[], batchSize = 256) {
  return ingest(inputs, { store, reporter: createCollectingReporter(), batchSize, workers: 0, prepare: { enrich: false } });
}

async function articles(store: Store) {
  const all = [];
  for await (const a of store.streamArticles({ canonicalOnly: false })) all.push(a);
  return all;
}

onEveryBackend("every path of an identical document is kept", (backend, open) => {
  describe(`other sources of an identical document (${backend})`, () => {
    it("keeps each other path once: two identical files, then a third path, then the same paths again", async () => {
      const dir = tempDir();
      mkdirSync(join(dir, "crawl"));
      mkdirSync(join(dir, "mirror"));
      writeFileSync(join(dir, "crawl", "a.txt"), WIRE);
      writeFileSync(join(dir, "crawl", "b.txt"), WIRE);
      writeFileSync(join(dir, "crawl", "c.txt"), OTHER);
      writeFileSync(join(dir, "mirror", "a-copy.txt"), WIRE);
      const store = await open();
      try {
        const first = await run(store, [join(dir, "crawl")]);
        assert.deepEqual([first.stored, first.known], [2, 1]);
        const [wire, other] = await articles(store);
        assert.equal(wire.provenance.file, join(dir, "crawl", "a.txt"));
        assert.deepEqual(wire.otherSources.map((s) => s.file), [join(dir, "crawl", "b.txt")]);
        assert.deepEqual(other.otherSources, [], "a document read once has no other source");

        await run(store, [join(dir, "mirror", "a-copy.txt")]);
        const paths = [join(dir, "crawl", "b.txt"), join(dir, "mirror", "a-copy.txt")];
        assert.deepEqual((await store.getArticle(wire.id))?.otherSources.map((s) => s.file), paths, "first seen first");

        // The same places again, one spelled another way: nothing is added, the article's own path neither.
        const again = await run(store, [join(dir, "crawl"), `${dir}/./mirror/a-copy.txt`]);
        assert.deepEqual([again.stored, again.known], [0, 4]);
        const after = await store.getArticle(wire.id);
        assert.deepEqual(after?.otherSources.map((s) => s.file), paths);
        assert.equal((await store.counts()).articles, 2, "one article per document");
        assert.ok(after?.otherSources.every((s) => s.format === "text" && !Number.isNaN(Date.parse(s.seenAt))));
      } finally {
        await store.close();
      }
    });

    for (const batchSize of [1, 2, 64]) {
      it(`records a record repeated in a JSONL file, in one batch or across batches not yet committed (batch size ${batchSize})`, async () => {
        const dir = tempDir();
        const path = join(dir, "feed.jsonl");
        const record = { url: "https://wire.example/astana", title: "Water deal", text: WIRE };
        writeFileSync(
          path,
          [record, { url: "https://bank.example/rates", title: "Rates", text: OTHER }, record, record, { ...record, url: "https://reprint.example/astana" }]
            .map((r) => JSON.stringify(r))
            .join("\n") + "\n",
        );
        const store = await open();
        try {
          const summary = await run(store, [path], batchSize);
          assert.deepEqual([summary.stored, summary.known], [3, 2]);
          const [wire, , reprint] = await articles(store);
          assert.equal(wire.provenance.line, 1);
          assert.deepEqual(wire.otherSources.map((s) => [s.file, s.line, s.url]), [
            [path, 3, record.url],
            [path, 4, record.url],
          ]);
          // Another URL makes another document (the key is URL and content): an exact copy, not another source.
          assert.equal(reprint.url, "https://reprint.example/astana");
          assert.deepEqual(reprint.otherSources, []);
          assert.equal(reprint.copyKind, "exact");
          await run(store, [path], batchSize);
          assert.equal((await store.getArticle(wire.id))?.otherSources.length, 2, "a second run adds nothing");
        } finally {
          await store.close();
        }
      });
    }
  });
});
