import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { promisify } from "node:util";
import { REPO_ROOT, tempDir } from "../helpers/cli.js";
import { SKIP_REASON } from "../support/postgres.js";
import { copyClusters, enqueue, foldedOf, openSchema, postgresUrlWithSchema, shuffle, startWorker, tryQuery, waitFor, writeJsonl } from "./helpers.js";

const run = promisify(execFile);
const SCRIPT = join(REPO_ROOT, "test/support/postgres-server.sh");
/** A port of its own: this test restarts its server, and no other test's server may be touched. */
const PORT = process.env.NEWSFOLD_TEST_RESTART_PORT ?? "54339";
const env = { ...process.env, NEWSFOLD_PG_PORT: PORT };
const server = (verb: string) => run("bash", [SCRIPT, verb], { env });

let url: string | undefined;
let startFailure: string | undefined;
if (!SKIP_REASON) {
  try {
    url = (await server("start")).stdout.trim();
  } catch (error) {
    startFailure = `postgres: cannot start a second PostgreSQL server on port ${PORT}: ${((error as { stderr?: string }).stderr ?? String(error)).trim().split("\n").pop()}`;
  }
}
after(async () => {
  if (url) await server("stop");
});

describe("PostgreSQL restarting under running workers", { skip: SKIP_REASON || startFailure || false }, () => {
  it("workers reconnect and finish: nothing lost, nothing stored twice", { timeout: 150_000 }, async () => {
    const dir = tempDir();
    const docs = shuffle([...copyClusters({ clusters: 20, copiesPer: 3, seed: 11, host: "c.example" }), ...copyClusters({ clusters: 140, copiesPer: 0, seed: 12, host: "d.example" })], 13);
    const input = join(dir, "feed.jsonl");
    writeJsonl(input, docs);
    const schema = "restart_test";
    const setup = await openSchema(url!, schema);
    await enqueue(setup, [input], 10);
    await setup.close();

    const db = postgresUrlWithSchema(url!, schema);
    const workers = [0, 1].map(() => startWorker(db, ["--idle-exit", "--lease", "5s", "--batch-size", "5", "--no-enrich"]));
    const stored = async () => Number((await tryQuery<{ n: number }>(url!, `SELECT count(*)::int AS n FROM ${schema}.articles`))?.[0]?.n ?? 0);
    // Restart once some articles are in, well before the end.
    await waitFor("the first articles", async () => (await stored()) >= 20);
    const before = await stored();
    await server("restart");
    const codes = await Promise.all(workers.map((w) => w.exited));
    const logs = workers.map((w) => w.log()).join("\n---\n");
    assert.deepEqual(codes, [0, 0], logs);
    assert.ok(before < docs.length, "the restart happened mid-ingest");
    assert.match(logs, /waiting for the store/, "the workers noticed the outage");

    const folded = await foldedOf(url!, schema);
    assert.deepEqual(folded.docKeys, { total: docs.length, distinct: docs.length }, "every document stored exactly once");
    assert.deepEqual(folded.urls, docs.map((d) => d.url).sort());
    assert.equal(folded.groups.length, 20, "copy groups intact");
    const items = await tryQuery<{ state: string }>(url!, `SELECT DISTINCT state FROM ${schema}.work_items`);
    assert.deepEqual(items, [{ state: "done" }]);
  });
});
