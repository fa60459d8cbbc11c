import assert from "node:assert/strict";
import { join } from "node:path";
import { it } from "node:test";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

it("lists the run log newest first with problem counts, and exports each article's story and thread ids", async () => {
  const cwd = tempDir();
  const db = join(cwd, "store.db");
  assert.equal((await cli(["--db", db, "ingest", EXAMPLES, "--no-progress"], { cwd })).code, 0);
  assert.equal((await cli(["--db", db, "ingest", EXAMPLES, "--no-progress"], { cwd })).code, 0);

  const runs = (await cli(["--db", db, "runs", "--json"], { cwd })).stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(runs.length, 2);
  assert.ok(runs[0].id > runs[1].id, "newest first");
  assert.equal(runs[1].summary.stored, 2);
  assert.equal(runs[0].summary.known, 2, "the second run found both documents known");
  assert.deepEqual(Object.keys(runs[0].problems).sort(), ["errors", "warnings"]);
  const table = await cli(["--db", db, "runs"], { cwd });
  assert.match(table.stdout, /^run\s+started/);

  const rows = (await cli(["--db", db, "export"], { cwd })).stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(rows.length, 2);
  for (const row of rows) {
    assert.ok(Number.isInteger(row.storyId) && Number.isInteger(row.threadId), "every exported article carries its story and thread ids");
    const story = JSON.parse((await cli(["--db", db, "story", String(row.storyId), "--json"], { cwd })).stdout);
    assert.ok(story.articles.some((a: { id: number }) => a.id === row.id), "the story id names the article's story");
    assert.equal(story.story.threadId, row.threadId);
  }
});
