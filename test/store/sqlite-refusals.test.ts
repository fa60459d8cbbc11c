import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { NewsfoldError } from "../../src/errors.js";
import { openStore } from "../../src/store/index.js";

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const tempPath = (name: string) => join(mkdtempSync(join(tmpdir(), "newsfold-refuse-")), name);

async function assertRefused(path: string, code: string, options: { readonly?: boolean; busyTimeoutMs?: number } = {}) {
  const before = digest(path);
  await assert.rejects(openStore({ type: "sqlite", path, ...options }), (error: unknown) => {
    assert.ok(error instanceof NewsfoldError, `expected a NewsfoldError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.doesNotMatch(error.message, /\n/, "the message is one line");
    return true;
  });
  assert.equal(digest(path), before, "the file is left untouched");
}

describe("opening a store file that cannot be used", () => {
  it("refuses a file that is not SQLite at all", async () => {
    const path = tempPath("notes.db");
    writeFileSync(path, "my precious notes, not a database\n");
    await assertRefused(path, "store.not-newsfold");
  });

  it("refuses a SQLite database that belongs to another program", async () => {
    const path = tempPath("other.db");
    const other = new Database(path);
    other.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');");
    other.close();
    await assertRefused(path, "store.not-newsfold");
  });

  it("refuses to write a read-only store", async () => {
    const path = tempPath("ro.db");
    (await openStore({ type: "sqlite", path })).close();
    chmodSync(path, 0o444);
    await assertRefused(path, "store.readonly");
    const reader = await openStore({ type: "sqlite", path, readonly: true });
    assert.equal((await reader.counts()).articles, 0, "reading a read-only store still works");
    await reader.close();
  });

  it("refuses a second writer while the first holds the store, and lets it in once the first closes", async () => {
    const path = tempPath("busy.db");
    const first = await openStore({ type: "sqlite", path });
    await assertRefused(path, "store.locked");
    await first.close();
    await (await openStore({ type: "sqlite", path })).close();
  });

  it("is not locked for good by a pid file an older newsfold left behind, even naming a live pid such as 1", async () => {
    const path = tempPath("stale.db");
    await (await openStore({ type: "sqlite", path })).close();
    writeFileSync(`${path}.lock`, "1"); // PID 1 is always alive: a pid check would refuse forever
    const store = await openStore({ type: "sqlite", path });
    await assertRefused(path, "store.locked");
    await store.close();
  });

  it("refuses a store file locked by another SQLite connection", async () => {
    const path = tempPath("held.db");
    await (await openStore({ type: "sqlite", path })).close();
    const holder = new Database(path);
    holder.pragma("locking_mode = EXCLUSIVE");
    holder.exec("BEGIN EXCLUSIVE");
    try {
      await assert.rejects(openStore({ type: "sqlite", path, busyTimeoutMs: 50 }), (error: unknown) => {
        assert.ok(error instanceof NewsfoldError);
        assert.equal(error.code, "store.locked");
        return true;
      });
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });

  it("says how to start when a read-only command finds no store", async () => {
    await assert.rejects(openStore({ type: "sqlite", path: tempPath("missing.db"), readonly: true }), /newsfold ingest/);
  });
});
