import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { commandNamed } from "../../src/cli/program.js";
import { EXAMPLES, REPO_ROOT, tempDir } from "../helpers/cli.js";
import { CLI_MAIN } from "../helpers/process.js";

const RECORDER = join(REPO_ROOT, "test/support/record-imports.mjs");

/** The module URLs a real `newsfold` process resolved while running `args`. */
function modulesLoadedBy(args: string[], cwd: string): string[] {
  const file = join(cwd, "imports.txt");
  writeFileSync(file, "");
  const run = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), "--import", RECORDER, CLI_MAIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NEWSFOLD_RECORD_IMPORTS: file },
  });
  assert.ok(run.status === 0 || run.status === 4, `exit ${run.status}: ${run.stderr}`);
  return readFileSync(file, "utf8").split("\n").filter(Boolean);
}

describe("the CLI loads only the command it runs", () => {
  it("dedup never loads the HTTP server, a store, enrichment (chrono) or the story fold", () => {
    const cwd = tempDir();
    const input = join(cwd, "in.jsonl");
    const text = readFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), "utf8");
    writeFileSync(input, [text, text].map((t, i) => JSON.stringify({ url: `https://s${i}.example/a`, text: t })).join("\n"));
    const loaded = modulesLoadedBy(["dedup", input, "-o", join(cwd, "out.jsonl"), "--no-progress"], cwd);
    assert.ok(loaded.some((url) => url.includes("/src/cli/commands/dedup.")), "the dedup command itself was loaded");
    const unwanted = loaded.filter((url) => /\/src\/(http|enrich|stories|threads|store\/sqlite|store\/postgres)\/|\/node_modules\/(hono|@hono|chrono-node|better-sqlite3|pg)\//.test(url));
    assert.deepEqual(unwanted, []);
  });

  it("ingest --no-enrich never loads enrichment (chrono), the WARC reader or the queue planner when it reads no WARC", () => {
    const cwd = tempDir();
    const loaded = modulesLoadedBy(["--db", join(cwd, "n.db"), "ingest", EXAMPLES, "--no-enrich", "--no-progress"], cwd);
    assert.ok(loaded.some((url) => url.includes("/src/store/sqlite/")), "the store was opened");
    const unwanted = loaded.filter((url) => /\/src\/(enrich\/(index|event-date)\.|queue\/|read\/warc-reader\.|cli\/commands\/ingest-queue\.)|\/node_modules\/(chrono-node|warcio|pako)\//.test(url));
    assert.deepEqual(unwanted, []);
  });

  it("--version loads no command", () => {
    const cwd = tempDir();
    const loaded = modulesLoadedBy(["--version"], cwd);
    assert.deepEqual(loaded.filter((url) => url.includes("/src/cli/commands/")), []);
  });

  it("finds the command after global options and behind help", () => {
    assert.equal(commandNamed(["--db", "dedup", "articles", "--json"]), "articles");
    assert.equal(commandNamed(["--config", "x.json", "dedup", "in.jsonl"]), "dedup");
    assert.equal(commandNamed(["help", "export"]), "export");
    assert.equal(commandNamed(["--help"]), null);
  });
});
