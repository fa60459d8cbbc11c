import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { cli, REPO_ROOT, tempDir } from "../helpers/cli.js";
import { CLI_MAIN, countStored, spawnCli, until, writeCorpus } from "../helpers/process.js";

const DOCS = 1500;

/** Runs `newsfold args | head -c 100` in bash with pipefail: the exit code is newsfold's own. */
function throughHead(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn("bash", ["-c", 'set -o pipefail; "$@" | head -c 100 > /dev/null', "_", process.execPath, "--import", "tsx", CLI_MAIN, ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("newsfold as a Unix command", () => {
  const dir = tempDir();
  const input = join(dir, "feed.jsonl");
  const db = join(dir, "store.db");
  /** A copy of the store as ingest left it: every article stored, the story fold still owed. */
  const foldOwed = join(dir, "fold-owed.db");
  before(async () => {
    writeCorpus(input, DOCS);
    const run = await cli(["--db", db, "ingest", input, "--no-enrich", "--no-stories"], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    copyFileSync(db, foldOwed);
  });

  for (const args of [
    ["articles", "--json", "--limit", String(DOCS)],
    ["export"],
    ["search", "Dépêche", "--json", "--limit", String(DOCS)],
    ["dedup", "-", "-o", "-", "--no-enrich", "--no-progress"],
  ]) {
    it(`ends quietly with exit 0 when its reader closes the pipe: newsfold ${args[0]} … | head`, async () => {
      const full = args[0] === "dedup" ? ["bash", "-c", `"$@" < ${JSON.stringify(input)}`, "_"] : [];
      const run = full.length > 0 ? await throughHeadWithInput(args, input) : await throughHead(["--db", db, ...args]);
      assert.equal(run.stderr, "", "no EPIPE stack trace");
      assert.equal(run.code, 0);
    });
  }

  it("stops an ingest on Ctrl-C while it commits, keeps what it committed, exits 130, and the rerun completes", async () => {
    const target = join(tempDir(), "s.db");
    const run = spawnCli(["--db", target, "ingest", input, "--batch-size", "20", "--no-enrich", "--no-stories"]);
    assert.ok(await until(() => countStored(target) > 0, run.child), "some batches committed before the signal");
    run.child.kill("SIGINT");
    const { code } = await run.exited;
    assert.equal(code, 130, run.stderr());
    assert.match(run.stderr(), /interrupted, run again to resume/);
    const kept = countStored(target);
    assert.ok(kept > 0 && kept < DOCS, `part of the input was committed (${kept})`);
    const rerun = await cli(["--db", target, "ingest", input, "--no-enrich", "--json"]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.equal(JSON.parse(rerun.stdout).known, kept, "what was committed is recognised");
    assert.equal(countStored(target), DOCS, "the rerun stores the rest");
  });

  it("stops on SIGTERM before the first commit (reading and preparing) with exit 130, and the rerun completes", async () => {
    const target = join(tempDir(), "s.db");
    const run = spawnCli(["--db", target, "ingest", input, "--no-stories"]);
    // The store file exists once the command has opened it: signals are handled from then on.
    assert.ok(await until(() => existsSync(target), run.child), "the store was opened before the signal");
    run.child.kill("SIGTERM");
    const { code } = await run.exited;
    assert.equal(code, 130, run.stderr());
    assert.ok(countStored(target) < DOCS, "it stopped before the end");
    const rerun = await cli(["--db", target, "ingest", input, "--no-enrich", "--no-stories"]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.equal(countStored(target), DOCS);
  });

  it("stops the story fold on Ctrl-C, leaving the stored stories as they were, and folds on the rerun", async () => {
    const run = spawnCli(["--db", db, "recluster"]);
    assert.ok(await until(() => run.stderr().includes("folding"), run.child), "the fold had started");
    run.child.kill("SIGINT");
    const { code } = await run.exited;
    assert.equal(code, 130, run.stderr());
    assert.equal(countStored(db, "stories"), 0, "no half fold was written");
    const rerun = await cli(["--db", db, "recluster"]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.ok(countStored(db, "stories") > 0);
  });

  it("stops the story fold an ingest runs on Ctrl-C, keeping the articles and the fold owed to the next writing command", async () => {
    const run = spawnCli(["--db", foldOwed, "ingest", input, "--no-enrich"]);
    assert.ok(await until(() => run.stderr().includes("folding stories"), run.child), "the fold had started");
    run.child.kill("SIGINT");
    const { code } = await run.exited;
    assert.equal(code, 130, run.stderr());
    assert.match(run.stderr(), /interrupted, run again to resume/);
    assert.equal(countStored(foldOwed, "stories"), 0, "no half fold was written");
    assert.equal(countStored(foldOwed), DOCS, "every committed article is kept");
    const owed = await cli(["--db", foldOwed, "check", "--json"]);
    assert.match(owed.stdout, /check\.fold-pending/, "the fold is still owed");
    const rerun = await cli(["--db", foldOwed, "ingest", input, "--no-enrich"]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.ok(countStored(foldOwed, "stories") > 0, "the next ingest folded the stories");
  });

  it("exits at once on a second signal", async () => {
    const target = join(tempDir(), "s.db");
    const run = spawnCli(["--db", target, "ingest", input, "--batch-size", "20", "--no-enrich", "--no-stories"]);
    assert.ok(await until(() => countStored(target) > 0, run.child));
    run.child.kill("SIGINT");
    assert.ok(await until(() => run.stderr().includes("again to exit at once"), run.child) || run.child.exitCode === 130);
    run.child.kill("SIGINT");
    const { code } = await run.exited;
    assert.equal(code, 130);
  });
});

function throughHeadWithInput(args: string[], input: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn("bash", ["-c", `set -o pipefail; "$@" < ${JSON.stringify(input)} | head -c 100 > /dev/null`, "_", process.execPath, "--import", "tsx", CLI_MAIN, ...args], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}
