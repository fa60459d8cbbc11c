import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import Database from "better-sqlite3";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import { openStore } from "../../src/store/index.js";
import { EXAMPLES, REPO_ROOT, tempDir } from "../helpers/cli.js";

const DOCS = 3000;

/** Distinct articles: the seed's paragraphs reshuffled with a serial number, so none is a copy of another. */
function corpus(path: string): void {
  const paragraphs = readFileSync(join(EXAMPLES, "002_c22aeb1a175d5c40.txt"), "utf8").split("\n").filter((l) => l.length > 100);
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    const text = [`Dépêche numéro ${i} sur ${i * 7919 % 104729} sujets.`, paragraphs[i % paragraphs.length], `Référence ${i}-${i * 31}.`].join("\n\n");
    lines.push(JSON.stringify({ url: `https://example.org/${i}`, text }));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

function countStored(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

it("resumes after being killed mid-ingest: nothing committed is lost, nothing is stored twice", async () => {
  const dir = tempDir();
  const input = join(dir, "feed.jsonl");
  const db = join(dir, "store.db");
  corpus(input);

  const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/main.ts"), "--db", db, "ingest", input, "--batch-size", "20", "--no-enrich"], {
    cwd: REPO_ROOT,
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  // Kill it as soon as some batches are committed (watching the store, not the clock).
  let killedAt = -1;
  await new Promise<void>((resolve) => {
    const watch = setInterval(() => {
      const stored = countStored(db);
      if (stored > 0 || child.exitCode !== null) {
        clearInterval(watch);
        if (child.exitCode === null) {
          child.kill("SIGKILL");
          killedAt = stored;
        }
        resolve();
      }
    }, 10);
  });
  await exited;
  const afterKill = countStored(db);
  assert.ok(afterKill >= killedAt, "what was committed before the kill is still there");
  assert.equal(afterKill % 20 === 0 || afterKill === DOCS, true, "only whole batches are committed");

  const store = await openStore({ type: "sqlite", path: db });
  const summary = await ingest([input], { store, reporter: createCollectingReporter(), prepare: { enrich: false } });
  await store.close();
  assert.equal(summary.known, afterKill, "the documents stored before the kill are recognised");
  assert.equal(summary.stored, DOCS - afterKill, "the rest is stored by the second run");
  const conn = new Database(db, { readonly: true });
  assert.equal(conn.prepare("SELECT count(*) FROM articles").pluck().get(), DOCS);
  assert.equal(conn.prepare("SELECT count(DISTINCT doc_key) FROM articles").pluck().get(), DOCS);
  assert.equal(conn.prepare("PRAGMA integrity_check").pluck().get(), "ok");
  conn.close();
});
