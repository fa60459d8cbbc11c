import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";
import { countStored, spawnCli, until, writeCorpus } from "../helpers/process.js";

const NOBODY = 65534;
const AS_NOBODY = ["setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups"];
const env = { ...process.env, HOME: "/tmp" };

function whyNoOtherUser(): string | false {
  if (process.getuid?.() !== 0) return "needs root to run commands as another user (setpriv)";
  const probe = spawnSync("setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", "true"]);
  return probe.status === 0 ? false : "setpriv is not available here";
}

/** A store written by root in a folder (and file) that another user may read but not write. */
async function sharedStore(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const db = join(dir, "s.db");
  const run = await cli(["--db", db, "ingest", EXAMPLES, "--no-enrich"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  return { dir, db };
}

describe("a store this user cannot write", { skip: whyNoOtherUser() }, () => {
  it("is read by reading commands and refused by writing ones in one line naming the fix", async () => {
    const { dir, db } = await sharedStore();
    const read = spawnCli(["--db", db, "articles"], { prefix: AS_NOBODY, cwd: dir, env });
    assert.equal((await read.exited).code, 0, read.stderr());
    assert.match(read.stdout(), /^ *1 /m, "the stored articles are listed");
    const write = spawnCli(["--db", db, "ingest", EXAMPLES], { prefix: AS_NOBODY, cwd: dir, env });
    assert.equal((await write.exited).code, 3, write.stderr());
    assert.equal(write.stderr().trim().split("\n").length, 1, write.stderr());
    assert.match(write.stderr(), /make it writable or pass another --db/);
  });

  it("is served without a token", async () => {
    const { dir, db } = await sharedStore();
    const serve = spawnCli(["--db", db, "serve", "--port", "0"], { prefix: AS_NOBODY, cwd: dir, env });
    assert.ok(await until(() => serve.stderr().includes("serving"), serve.child), serve.stderr());
    serve.child.kill("SIGTERM");
    assert.equal((await serve.exited).code, 130, serve.stderr());
  });

  it("refuses a writing command on a file it cannot write in a folder it can", async () => {
    const { db } = await sharedStore();
    const own = tempDir();
    chownSync(own, NOBODY, NOBODY);
    chmodSync(own, 0o755);
    const write = spawnCli(["--db", db, "recluster"], { prefix: AS_NOBODY, cwd: own, env });
    assert.equal((await write.exited).code, 3, write.stderr());
    assert.match(write.stderr(), /cannot write in|read-only for this user/);
  });
});

describe("a full disk", () => {
  const mountPoint = join(tempDir(), "small");
  mkdirSync(mountPoint);
  // Room for the empty store (its tables in 16 KiB pages) and a few batches, not for the 1,500 articles.
  const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", mountPoint], { encoding: "utf8" });
  const skip = mount.status === 0 ? false : `cannot mount a small tmpfs here (${(mount.stderr || "not root").trim()})`;

  it("stops the ingest with one line and exit 3, the store intact, and the run resumes once there is space", { skip }, async () => {
    try {
      const input = join(tempDir(), "feed.jsonl");
      writeCorpus(input, 1500);
      const db = join(mountPoint, "s.db");
      const full = await cli(["--db", db, "ingest", input, "--no-enrich", "--batch-size", "50"]);
      assert.equal(full.code, 3, full.stderr);
      assert.equal(full.stderr.trim().split("\n").length, 1, full.stderr);
      assert.match(full.stderr, /disk .*is full.*committed is kept/);
      const kept = countStored(db);
      const conn = new Database(db, { readonly: true });
      assert.equal(conn.prepare("PRAGMA integrity_check").pluck().get(), "ok");
      conn.close();

      assert.equal(spawnSync("mount", ["-o", "remount,size=64m", mountPoint]).status, 0);
      const rerun = await cli(["--db", db, "ingest", input, "--no-enrich", "--json"]);
      assert.equal(rerun.code, 0, rerun.stderr);
      assert.equal(JSON.parse(rerun.stdout).known, kept, "what was committed before the disk filled is kept");
      assert.equal(countStored(db), 1500);
    } finally {
      spawnSync("umount", [mountPoint]);
    }
  });

  it("says the disk is full when it fills while the store is being created", { skip }, async () => {
    const tiny = join(tempDir(), "tiny");
    mkdirSync(tiny);
    assert.equal(spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", tiny]).status, 0);
    try {
      const full = await cli(["--db", join(tiny, "s.db"), "ingest", EXAMPLES, "--no-enrich"]);
      assert.equal(full.code, 3, full.stderr);
      assert.equal(full.stderr.trim().split("\n").length, 1, full.stderr);
      assert.match(full.stderr, /disk .*is full/);
    } finally {
      spawnSync("umount", [tiny]);
    }
  });
});
