import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../helpers/cli.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { enqueue, openSchema, postgresUrlWithSchema, startWorker } from "./helpers.js";

const created: string[] = [];
after(() => dropSchemas(created));

describe("workers reading one document at many paths", { skip: SKIP_REASON }, () => {
  it("store it once and keep every other path, whichever worker stored it", { timeout: 120_000 }, async () => {
    const dir = tempDir();
    // One item per file: the two workers read copies at once, so some are found stored only at commit.
    const inputs = Array.from({ length: 8 }, (_, i) => join(dir, `copy-${i}.txt`));
    for (const path of inputs) writeFileSync(path, "Ministers of five countries met in Astana on Tuesday and agreed to share the river's water.");
    const schema = freshSchemaName();
    created.push(schema);
    const setup = await openSchema(POSTGRES_URL!, schema);
    assert.equal(await enqueue(setup, inputs, 1), inputs.length);
    await setup.close();

    const db = postgresUrlWithSchema(POSTGRES_URL!, schema);
    const workers = [0, 1].map(() => startWorker(db, ["--idle-exit", "--batch-size", "1", "--no-enrich", "--no-stories"]));
    assert.deepEqual(await Promise.all(workers.map((w) => w.exited)), [0, 0], workers.map((w) => w.log()).join("\n---\n"));

    const store = await openSchema(POSTGRES_URL!, schema);
    try {
      assert.equal((await store.counts()).articles, 1);
      // Not by id 1: a batch that lost the race to another worker used an id of the sequence too.
      const [listed] = await store.listArticles({ limit: 1 });
      const article = await store.getArticle(listed.id);
      const places = [article!.provenance.file, ...article!.otherSources.map((s) => s.file)];
      assert.deepEqual(places.sort(), [...inputs].sort(), "every path once: the first as provenance, the others as other sources");
    } finally {
      await store.close();
    }
  });
});
