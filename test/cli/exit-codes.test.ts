import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { openStore } from "../../src/store/index.js";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

describe("exit codes", () => {
  const cwd = tempDir();
  const db = join(cwd, "s.db");
  before(async () => {
    const run = await cli(["--db", db, "ingest", EXAMPLES, "--no-enrich"], { cwd });
    assert.equal(run.code, 0, run.stderr);
  });

  for (const args of [["show", "999999"], ["story", "999999"], ["thread", "999999"], ["compare", "1", "999999"], ["similar", "999999"]]) {
    it(`exits 5 (not found) with one line: ${args.join(" ")}`, async () => {
      const run = await cli(["--db", db, ...args], { cwd });
      assert.equal(run.code, 5, run.stderr);
      assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
    });
  }

  for (const args of [["articles", "--limit", "0"], ["similar", "1", "-k", "0"], ["stories", "--limit", "-1"], ["search", "x", "--offset", "one"]]) {
    it(`exits 2 (usage) naming the option: ${args.join(" ")}`, async () => {
      const run = await cli(["--db", db, ...args], { cwd });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /--(limit|top|offset)/);
    });
  }

  it("refuses an input path that names nothing with exit 2, before any store is created", async () => {
    const dir = tempDir();
    const run = await cli(["--db", join(dir, "new.db"), "ingest", join(dir, "no-such-path")], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /no-such-path/);
    assert.deepEqual(readdirSync(dir), [], "no store, no lock file");
  });

  it("says in one line that a store's folder is missing, reading or writing", async () => {
    for (const command of [["articles"], ["ingest", EXAMPLES]]) {
      const run = await cli(["--db", "/no/such/folder/s.db", ...command]);
      assert.equal(run.code, 3, run.stderr);
      assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
      assert.match(run.stderr, /\/no\/such\/folder/);
    }
  });

  it("reads a store another process is writing: no lock is needed to read", async () => {
    const writer = await openStore({ type: "sqlite", path: db });
    try {
      const run = await cli(["--db", db, "articles"], { cwd });
      assert.equal(run.code, 0, run.stderr);
      const refused = await cli(["--db", db, "recluster"], { cwd });
      assert.equal(refused.code, 3);
      assert.match(refused.stderr, /being written by another newsfold process/);
    } finally {
      await writer.close();
    }
    assert.ok(existsSync(db));
  });
});
