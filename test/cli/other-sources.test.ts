import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { cli, tempDir } from "../helpers/cli.js";

const WIRE = "Ministers of five countries met in Astana on Tuesday and agreed to share the river's water for ten more years.";

it("show lists the other paths of an identical document (the first few, all with --json) and export carries them", async () => {
  const cwd = tempDir();
  const db = join(cwd, "store.db");
  mkdirSync(join(cwd, "crawl"));
  const names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
  for (const name of names) writeFileSync(join(cwd, "crawl", name), WIRE);
  const paths = names.map((n) => join(cwd, "crawl", n));
  assert.equal((await cli(["--db", db, "ingest", join(cwd, "crawl"), "--no-progress", "--no-stories"], { cwd })).code, 0);

  const shown = await cli(["--db", db, "show", "1"], { cwd });
  assert.equal(shown.code, 0);
  const lines = shown.stdout.split("\n");
  assert.ok(lines.includes(`source      ${paths[0]}, text`), shown.stdout);
  assert.ok(lines.includes(`also at     4 other source(s): ${paths.slice(1, 4).join("; ")}; … (--json lists them all)`), shown.stdout);
  const json = JSON.parse((await cli(["--db", db, "show", "1", "--json"], { cwd })).stdout);
  assert.deepEqual(json.otherSources.map((s: { file: string }) => s.file), paths.slice(1));

  for (const args of [["export"], ["export", "--all"]]) {
    const rows = (await cli(["--db", db, ...args], { cwd })).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].source.file, paths[0]);
    assert.deepEqual(rows[0].otherSources.map((s: { file: string }) => s.file), paths.slice(1));
  }
});

it("show and export say nothing of other sources when a document was read once", async () => {
  const cwd = tempDir();
  const db = join(cwd, "store.db");
  writeFileSync(join(cwd, "a.txt"), WIRE);
  assert.equal((await cli(["--db", db, "ingest", join(cwd, "a.txt"), "--no-progress", "--no-stories"], { cwd })).code, 0);
  assert.doesNotMatch((await cli(["--db", db, "show", "1"], { cwd })).stdout, /also at/);
  assert.equal("otherSources" in JSON.parse((await cli(["--db", db, "export"], { cwd })).stdout), false);
});
