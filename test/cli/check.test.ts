import assert from "node:assert/strict";
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { foldStories } from "../../src/pipeline/fold-stories.js";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";
import { newArticle } from "../store/store-contract.js";
import { onEveryBackend } from "../support/postgres.js";

/** Exit code of `check` when findings remain (README, "Exit codes"). */
const FINDINGS = 6;

/** A store of the example pages, then `damage` done to it behind newsfold's back. */
async function damagedStore(damage: (db: Database.Database) => void): Promise<{ cwd: string; db: string }> {
  const cwd = tempDir();
  const db = join(cwd, "store.db");
  assert.equal((await cli(["--db", db, "ingest", EXAMPLES, "--no-progress"], { cwd })).code, 0);
  const conn = new Database(db);
  damage(conn);
  conn.close();
  return { cwd, db };
}

const check = async (db: string, cwd: string, ...flags: string[]) => {
  const run = await cli(["--db", db, "check", "--json", ...flags], { cwd });
  return { code: run.code, ...(JSON.parse(run.stdout) as { findings: { code: string; repair: string }[]; repaired: string[] }) };
};

describe("newsfold check", () => {
  it("finds nothing wrong in a store newsfold wrote", async () => {
    const { cwd, db } = await damagedStore(() => {});
    const run = await cli(["--db", db, "check", "--full"], { cwd });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /: ok$/m);
  });

  it("finds a fold a kill left pending, names the repair, and --repair finishes it", async () => {
    const { cwd, db } = await damagedStore((conn) => conn.exec("UPDATE articles SET story_id = NULL; UPDATE fold_state SET commits = commits + 1"));
    const found = await check(db, cwd);
    assert.equal(found.code, FINDINGS);
    assert.deepEqual(found.findings.map((f) => f.code), ["check.fold-pending"]);
    assert.match(found.findings[0].repair, /newsfold recluster/);
    const repaired = await check(db, cwd, "--repair");
    assert.equal(repaired.code, 0);
    assert.deepEqual(repaired.findings, []);
    assert.equal(repaired.repaired.length, 1);
  });

  it("finds articles without a story when no fold is pending", async () => {
    const { cwd, db } = await damagedStore((conn) => conn.exec("UPDATE articles SET story_id = NULL"));
    assert.deepEqual((await check(db, cwd)).findings.map((f) => f.code), ["check.story-missing"]);
  });

  it("finds a full-text index out of step with the articles and rebuilds it", async () => {
    const { cwd, db } = await damagedStore((conn) =>
      conn.exec("INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', id, coalesce(title, ''), text FROM articles WHERE id = 1"),
    );
    const found = await check(db, cwd);
    assert.deepEqual(found.findings.map((f) => f.code), ["check.full-text"]);
    assert.match(found.findings[0].repair, /--repair/);
    assert.equal((await check(db, cwd, "--repair")).code, 0);
  });

  it("finds copy groups whose facts disagree with their members", async () => {
    const { cwd, db } = await damagedStore((conn) => conn.exec("INSERT INTO copy_groups (canonical_id, size) VALUES (1, 2); UPDATE articles SET group_id = 99 WHERE id = 2"));
    const found = await check(db, cwd);
    assert.equal(found.code, FINDINGS);
    assert.deepEqual(found.findings.map((f) => f.code), ["check.copy-groups"]);
  });

  it("finds a damaged page of the database file", async () => {
    let page = { size: 0, number: 0 };
    const { cwd, db } = await damagedStore((conn) => {
      page = { size: conn.pragma("page_size", { simple: true }) as number, number: conn.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'article_entities'").pluck().get() as number };
    });
    // Garbage over the second half of a table's page (opening the store does not read it): what a bad disk or a torn copy leaves.
    const fd = openSync(db, "r+");
    writeSync(fd, Buffer.alloc(page.size / 2, 0x5a), 0, page.size / 2, page.number * page.size - page.size / 2);
    closeSync(fd);
    const run = await cli(["--db", db, "check", "--full"], { cwd });
    assert.notEqual(run.code, 0, "a damaged file is not reported as ok");
    assert.equal(run.code, FINDINGS, run.stdout + run.stderr);
    assert.match(run.stdout, /error check\.integrity: the database file is damaged/);
  });
});

onEveryBackend("check on every backend", (name, open) => {
  it(`check: ${name}: a pending fold is found until the fold runs`, async () => {
    const store = await open();
    try {
      assert.deepEqual(await store.check({ full: false }), []);
      await store.commitBatch({ articles: [newArticle(1, "Flood waters rise in the river delta")], groupChanges: [] });
      assert.deepEqual((await store.check({ full: false })).map((f) => f.code), ["check.fold-pending"]);
      await foldStories(store);
      assert.deepEqual(await store.check({ full: false }), []);
    } finally {
      await store.close();
    }
  });
});
