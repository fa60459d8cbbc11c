import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { fold } from "../../src/fold.js";
import { createServer } from "../../src/http/server.js";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

/**
 * Two texts sharing their first 400 of 600 words (the rest of one is the other's words spelled
 * backwards): word 5-gram Jaccard about 0.5, containment about 0.66, so they are near copies at a
 * threshold of 0.4 and distinct at the default 0.8. Every caller of the engine must honour the
 * configured threshold, and record its run in the store's run log. (The example page holds its
 * article twice, so only its first 600 words are used.)
 */
const words = readFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), "utf8").split(/\s+/).filter(Boolean).slice(0, 600);
const shared = words.slice(0, 400);
const textA = [...shared, ...words.slice(400)].join(" ");
const textB = [...shared, ...words.slice(400).map((w) => [...w].reverse().join(""))].join(" ");
const DOCS = [
  { url: "https://a.example/1", text: textA },
  { url: "https://b.example/2", text: textB },
];

function corpus(dir: string): string {
  const path = join(dir, "pair.jsonl");
  writeFileSync(path, DOCS.map((d) => JSON.stringify(d)).join("\n") + "\n");
  return path;
}

function runsIn(db: string): { inputs: string[]; summary: { stored: number; copies: { near: number } } }[] {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare("SELECT inputs, summary FROM runs ORDER BY id").all().map((r: any) => ({ inputs: JSON.parse(r.inputs), summary: JSON.parse(r.summary) }));
  } finally {
    sqlite.close();
  }
}

describe("one ingest engine behind every caller", () => {
  it("the library's fold() records its run and takes the threshold from the config file, then the environment", async () => {
    const cwd = tempDir();
    const input = corpus(cwd);
    writeFileSync(join(cwd, "newsfold.config.json"), JSON.stringify({ threshold: 0.4 }));
    const db = join(cwd, "lib.db");
    const first = await fold([input], { store: { type: "sqlite", path: db }, config: { cwd, env: {} } });
    assert.equal(first.summary.copies.near, 1, "the config file's 0.4 makes the pair near copies");
    const db2 = join(cwd, "lib2.db");
    const second = await fold([input], { store: { type: "sqlite", path: db2 }, config: { cwd, env: { NEWSFOLD_THRESHOLD: "0.8" } } });
    assert.equal(second.summary.copies.near, 0, "the environment overrides the file");
    const runs = runsIn(db);
    assert.equal(runs.length, 1);
    assert.deepEqual(runs[0].inputs, [input]);
    assert.equal(runs[0].summary.stored, 2);
  });

  it("newsfold ingest and dedup honour --threshold, and ingest records each run", async () => {
    const cwd = tempDir();
    const input = corpus(cwd);
    const db = join(cwd, "cli.db");
    const run = await cli(["--db", db, "ingest", input, "--threshold", "0.4", "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).copies.near, 1);
    await cli(["--db", db, "ingest", input], { cwd });
    assert.deepEqual(runsIn(db).map((r) => r.summary.stored), [2, 0], "a re-run is recorded too, storing nothing");

    const loose = await cli(["dedup", input, "-o", "-", "--threshold", "0.4"], { cwd });
    const strict = await cli(["dedup", input, "-o", "-"], { cwd });
    assert.equal(loose.code, 0, loose.stderr);
    assert.deepEqual([loose.stdout.trim().split("\n").length, strict.stdout.trim().split("\n").length], [1, 2]);
  });

  it("the HTTP ingest runs with the server's configured threshold and records its run", async () => {
    const dir = tempDir();
    const db = join(dir, "http.db");
    const token = "test-token-0123456789";
    const api = await createServer({ store: { type: "sqlite", path: db }, token, webRoot: null, log: () => {}, ingest: { threshold: 0.4 } });
    try {
      const res = await api.app.request("/api/ingest", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify({ documents: DOCS }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      const { summary } = (await res.json()) as { summary: { copies: { near: number } } };
      assert.equal(summary.copies.near, 1);
    } finally {
      await api.close();
    }
    const runs = runsIn(db);
    assert.equal(runs.length, 1);
    assert.deepEqual(runs[0].inputs, ["http upload"]);
  });
});
