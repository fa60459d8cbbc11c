import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { tempDir } from "../helpers/cli.js";
import { dropSchemas, freshSchemaName, POSTGRES_URL, SKIP_REASON } from "../support/postgres.js";
import { enqueue, openSchema, postgresUrlWithSchema, runCliProcess, startWorker } from "./helpers.js";

const created: string[] = [];
after(() => dropSchemas(created));

const GOOD = JSON.stringify({ url: "https://exit.example/1", title: "Harbour", text: "The harbour reopened on Monday after the storm. Ferries sailed again by noon." });

/** Exit codes of `ingest` (into SQLite) and of a worker draining the same file from the queue. */
async function exitCodes(lines: string[]): Promise<{ ingest: number | null; worker: number | null; log: string }> {
  const dir = tempDir();
  const input = join(dir, "input.jsonl");
  writeFileSync(input, `${lines.join("\n")}\n`);
  const ingest = await runCliProcess(["ingest", input, "--db", join(dir, "store.db"), "--no-enrich"]);
  const schema = freshSchemaName();
  created.push(schema);
  const setup = await openSchema(POSTGRES_URL!, schema);
  await enqueue(setup, [input], 100);
  await setup.close();
  const worker = startWorker(postgresUrlWithSchema(POSTGRES_URL!, schema), ["--idle-exit", "--no-enrich"]);
  return { ingest: ingest.code, worker: await worker.exited, log: `${ingest.stderr}\n---\n${worker.log()}` };
}

describe("the worker's exit code", { skip: SKIP_REASON }, () => {
  it("is ingest's for the same input: 4 when a document is bad, 0 when all are good", { timeout: 120_000 }, async () => {
    const bad = await exitCodes([GOOD, "{ not json"]);
    assert.deepEqual([bad.ingest, bad.worker], [4, 4], bad.log);
    const good = await exitCodes([GOOD]);
    assert.deepEqual([good.ingest, good.worker], [0, 0], good.log);
  });
});
