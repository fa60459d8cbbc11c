import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { foldIfPending, foldStories } from "../../src/pipeline/fold-stories.js";
import { cli, REPO_ROOT, tempDir } from "../helpers/cli.js";
import { eventFeed, toJsonl } from "../helpers/events-corpus.js";
import { newArticle } from "../store/store-contract.js";
import { onEveryBackend } from "../support/postgres.js";

onEveryBackend("the pending-fold mark", (name, open) => {
  describe(`the pending-fold mark: ${name}`, () => {
    it("is set by a commit and cleared only by the fold that covers it", async () => {
      const store = await open();
      try {
        assert.equal((await store.foldState()).pending, false, "an empty store owes no fold");
        assert.equal(await foldIfPending(store), null);
        await store.commitBatch({ articles: [newArticle(1, "Flood waters rise in the river delta"), newArticle(2, "Parliament votes on the budget")], groupChanges: [] });
        assert.equal((await store.foldState()).pending, true);
        const folded = await foldIfPending(store);
        assert.equal(folded?.articles, 2);
        assert.equal((await store.foldState()).pending, false);
        assert.equal(await foldIfPending(store), null, "a current store is not folded again");
      } finally {
        await store.close();
      }
    });

    it("stays set when articles are committed while a fold runs", async () => {
      const store = await open();
      try {
        await store.commitBatch({ articles: [newArticle(1, "Flood waters rise in the river delta")], groupChanges: [] });
        // Another writer commits after this fold read the mark (a PostgreSQL worker, or the next batch).
        await foldStories(store, { onStart: async () => void (await store.commitBatch({ articles: [newArticle(2, "Parliament votes on the budget")], groupChanges: [] })) });
        assert.equal((await store.foldState()).pending, true, "the later commit is still owed a fold");
        const again = await foldIfPending(store);
        assert.equal(again?.articles, 2);
        assert.equal((await store.foldState()).pending, false);
        for (const a of await store.listArticles({ limit: 10 })) assert.notEqual(a.storyId, null, `article ${a.id} has a story`);
      } finally {
        await store.close();
      }
    });
  });
});

/** Story member sets by document key, sorted: what two stores must agree on whatever their ids. */
function storySets(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn.prepare("SELECT story_id, doc_key FROM articles WHERE story_id IS NOT NULL ORDER BY doc_key").all() as { story_id: number; doc_key: string }[];
    const sets = new Map<number, string[]>();
    for (const r of rows) sets.set(r.story_id, [...(sets.get(r.story_id) ?? []), r.doc_key]);
    return [...sets.values()].map((keys) => keys.join(" ")).sort();
  } finally {
    conn.close();
  }
}

function articlesWithoutStory(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare("SELECT count(*) FROM articles WHERE story_id IS NULL AND (group_id IS NULL OR copy_kind = 'canonical')").pluck().get() as number;
  } finally {
    conn.close();
  }
}

it("finishes a fold killed with SIGKILL on the next run, though every document is known: the same stories as a clean run", async () => {
  const dir = tempDir();
  const input = join(dir, "feed.jsonl");
  // Enough articles that the fold takes a moment after it says it started.
  writeFileSync(input, toJsonl(eventFeed({ events: 100, perEvent: 6, datedShare: 0.3 })));

  const clean = join(dir, "clean.db");
  const reference = await cli(["--db", clean, "ingest", input, "--no-enrich", "--json"]);
  assert.equal(reference.code, 0, reference.stderr);

  const db = join(dir, "killed.db");
  const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "src/cli/main.ts"), "--db", db, "ingest", input, "--no-enrich", "--no-progress"], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes("folding stories…")) child.kill("SIGKILL");
  });
  assert.equal(await exited, "SIGKILL", `the ingest was killed (it said: ${stderr})`);
  const stored = articlesWithoutStory(db);
  assert.ok(stored > 0, "the kill left articles without a story");

  const rerun = await cli(["--db", db, "ingest", input, "--no-enrich", "--json"]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout) as { stored: number; known: number; stories: { articles: number } | null };
  assert.equal(summary.stored, 0, "every document was stored before the kill");
  assert.ok(summary.stories !== null, "the rerun folds what the killed run left pending");
  assert.equal(articlesWithoutStory(db), 0);
  assert.deepEqual(storySets(db), storySets(clean));

  const third = await cli(["--db", db, "ingest", input, "--no-enrich", "--json"]);
  assert.equal((JSON.parse(third.stdout) as { stories: unknown }).stories, null, "a current store is not folded again");
});
