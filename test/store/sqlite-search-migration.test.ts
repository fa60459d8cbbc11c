import assert from "node:assert/strict";
import { join } from "node:path";
import { it } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { cli, tempDir } from "../helpers/cli.js";
import { newArticle } from "./store-contract.js";

/** Puts a store back as schema 14 left it: the full-text index over the articles themselves, no spaced copies. */
function makeSchema14(path: string): void {
  const db = new Database(path);
  db.exec(`
    DROP INDEX articles_without_text;
    DROP TABLE fold_snapshot;
    DROP TABLE articles_fts;
    DROP VIEW articles_search;
    ALTER TABLE articles DROP COLUMN search_title;
    ALTER TABLE articles DROP COLUMN search_text;
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    UPDATE meta SET value = '14' WHERE key = 'schema_version';
  `);
  db.close();
}

it("a store made before Chinese search was indexed finds its Chinese articles once upgraded, and checks clean", async () => {
  const dir = tempDir();
  const path = join(dir, "news.db");
  let store = await openStore({ type: "sqlite", path });
  const [zh, en] = await store.commitBatch({
    articles: [
      newArticle(1, "日本首相岸田文雄周四在东京会见了印度总理莫迪。", { title: "东京会谈", lang: { code: "zh", confidence: 0.9 } }),
      newArticle(2, "Kishida met Modi in Tokyo on Thursday.", { title: "Tokyo talks" }),
    ],
    groupChanges: [],
  });
  await store.close();
  makeSchema14(path);
  const old = new Database(path, { readonly: true });
  assert.deepEqual(old.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?").pluck().all('"东京"'), [], "schema 14 cannot find it");
  old.close();

  store = await openStore({ type: "sqlite", path });
  try {
    assert.deepEqual((await store.search("东京", { limit: 5 })).map((h) => h.id), [zh]);
    assert.deepEqual((await store.search("会谈", { limit: 5 })).map((h) => h.id), [zh], "its title too");
    assert.deepEqual((await store.search("Tokyo", { limit: 5 })).map((h) => h.id), [en], "the other articles are still found");
  } finally {
    await store.close();
  }
  // The articles were committed without a fold: check warns about that, and about nothing else.
  const check = await cli(["--db", path, "check"], { cwd: dir });
  assert.doesNotMatch(check.stdout + check.stderr, /full-text|error/);
  assert.match(check.stdout + check.stderr, /check\.fold-pending/);
});
