import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../helpers/cli.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { copyClusters, enqueue, foldedOf, openSchema, referenceRun, runWorkersWithKills, shuffle, tryQuery, writeJsonl } from "./helpers.js";

/** Kill rounds: each kills a worker holding an item, at a random point, and starts another. */
const KILL_ROUNDS = 3;
/** Workers running at once. */
const WORKERS = 2;
/** Short enough that a killed worker's item is soon claimed again, long enough for a slow commit on a busy machine. */
const LEASE = "3s";
const ITEM_SIZE = 15;
const BATCH_SIZE = 5;
/** Enrichment adds nothing to what is tested here (copies, stories, exactly-once) and would double the time. */
const FAST = "--no-enrich";

const created: string[] = [];
after(() => dropSchemas(created));

describe("workers killed with SIGKILL mid-batch", { skip: SKIP_REASON }, () => {
  it("store every document once, with the copy groups and stories of a clean single-worker run", { timeout: 240_000 }, async () => {
    const dir = tempDir();
    // 30 articles with 5 copies each, and 120 without: copies of one article spread over both files and many items.
    const docs = shuffle([...copyClusters({ clusters: 30, copiesPer: 5, seed: 1, host: "a.example" }), ...copyClusters({ clusters: 120, copiesPer: 0, seed: 2, host: "b.example" })], 3);
    const inputs = [join(dir, "one.jsonl"), join(dir, "two.jsonl")];
    writeJsonl(inputs[0], docs.slice(0, 150));
    writeJsonl(inputs[1], docs.slice(150));

    // The reference: one worker alone, never killed (in-process: the same code as the worker command).
    const reference = freshSchemaName();
    created.push(reference);
    const expected = await referenceRun(POSTGRES_URL!, reference, inputs, { itemSize: ITEM_SIZE, batchSize: BATCH_SIZE });
    assert.equal(expected.urls.length, docs.length, "the reference stored every document");
    assert.equal(expected.groups.length, 30, "the reference found each article's copies");

    const schema = freshSchemaName();
    created.push(schema);
    const setup = await openSchema(POSTGRES_URL!, schema);
    assert.equal(await enqueue(setup, inputs, ITEM_SIZE), 20);
    await setup.close();
    const args = ["--idle-exit", "--lease", LEASE, "--batch-size", String(BATCH_SIZE), "--max-attempts", "50", FAST];
    const { kills, interrupted, codes, logs } = await runWorkersWithKills(schema, args, { workers: WORKERS, rounds: KILL_ROUNDS, seed: 42 });
    const survivors = codes.filter((c) => c !== null);
    assert.ok(survivors.every((c) => c === 0), `workers that were not killed exit 0:\n${logs}`);
    assert.ok(kills >= 2, `killed ${kills} workers mid-item`);

    const items = await tryQuery<{ id: number; state: string; attempts: number }>(POSTGRES_URL!, `SELECT id, state, attempts FROM ${schema}.work_items`);
    assert.deepEqual([...new Set(items?.map((r) => r.state))], ["done"], "every item is done, none failed");
    // An item a worker died holding, unfinished, was claimed again (one it had committed in full before the kill is done).
    const claimedAgain = interrupted.filter((id) => (items?.find((r) => r.id === id)?.attempts ?? 0) > 1);
    assert.deepEqual(claimedAgain, interrupted, "the killed workers' unfinished items were claimed again");

    const got = await foldedOf(POSTGRES_URL!, schema);
    assert.deepEqual(got.docKeys, { total: docs.length, distinct: docs.length }, "every document stored exactly once");
    assert.deepEqual(got.urls, expected.urls);
    assert.deepEqual(got.groups, expected.groups, "the same copy groups as the single worker");
    assert.deepEqual(got.stories, expected.stories, "the same stories as the single worker");
  });
});
