import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../helpers/cli.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { copyClusters, enqueue, foldedOf, openSchema, postgresUrlWithSchema, shuffle, startWorker, writeJsonl } from "./helpers.js";

const created: string[] = [];
after(() => dropSchemas(created));

describe("two workers racing on copies of one article", { skip: SKIP_REASON }, () => {
  it("put every copy in one copy group", { timeout: 120_000 }, async () => {
    const dir = tempDir();
    // One article and 40 copies (exact and near), shuffled into two files of two-line items: both
    // workers hold items with copies of it at the same moment, again and again.
    const docs = shuffle(copyClusters({ clusters: 1, copiesPer: 40, seed: 7, host: "race.example" }), 8);
    const inputs = [join(dir, "left.jsonl"), join(dir, "right.jsonl")];
    writeJsonl(inputs[0], docs.slice(0, 20));
    writeJsonl(inputs[1], docs.slice(20));
    const schema = freshSchemaName();
    created.push(schema);
    const setup = await openSchema(POSTGRES_URL!, schema);
    assert.equal(await enqueue(setup, inputs, 2), 21);
    await setup.close();

    const db = postgresUrlWithSchema(POSTGRES_URL!, schema);
    const workers = [0, 1].map(() => startWorker(db, ["--idle-exit", "--batch-size", "1", "--no-enrich", "--no-stories"]));
    const codes = await Promise.all(workers.map((w) => w.exited));
    assert.deepEqual(codes, [0, 0], workers.map((w) => w.log()).join("\n---\n"));
    assert.ok(workers.every((w) => /item \d+ done/.test(w.log())), "both workers took part");

    const folded = await foldedOf(POSTGRES_URL!, schema);
    assert.equal(folded.urls.length, 41);
    assert.equal(folded.groups.length, 1, `one copy group, not ${folded.groups.length}`);
    assert.equal(folded.groups[0].split(" ").length, 41, "holding the article and all its copies");
  });
});
