import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { promisify } from "node:util";
import { EXAMPLES, REPO_ROOT, tempDir } from "../helpers/cli.js";

const run = promisify(execFile);

/** The real CLI from a copy of the sources without `data/`, as an install that lost its files would run it. */
async function ingestWithoutData(extra: string[]): Promise<{ code: number; stderr: string }> {
  const root = tempDir("newsfold-broken-");
  cpSync(join(REPO_ROOT, "src"), join(root, "src"), { recursive: true });
  cpSync(join(REPO_ROOT, "package.json"), join(root, "package.json"));
  symlinkSync(join(REPO_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  const args = ["--import", "tsx", join(root, "src", "cli", "main.ts"), "ingest", EXAMPLES, "--db", join(root, "news.db"), ...extra];
  try {
    const { stderr } = await run(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? "" };
  }
}

it("an install without its place tables stops the run with one reason, instead of failing every document slowly", async () => {
  const { code, stderr } = await ingestWithoutData([]);
  assert.notEqual(code, 0);
  assert.notEqual(code, 4, "not a run with some bad documents: every document would fail alike");
  assert.match(stderr, /place tables newsfold ships could not be loaded/);
  assert.match(stderr, /--no-enrich/);
  assert.ok(stderr.split("\n").filter((l) => l.includes("could not be loaded")).length <= 2, stderr);
});

it("the same install still ingests without enrichment, which needs no tables", async () => {
  const { code, stderr } = await ingestWithoutData(["--no-enrich"]);
  assert.ok(code === 0 || code === 4, stderr);
  assert.doesNotMatch(stderr, /could not be loaded/);
});
