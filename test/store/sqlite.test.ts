import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/index.js";
import { MAX_CACHED_ENTITIES, prepareEntityStatements, readEntitiesOfRange, type EntityCache } from "../../src/store/sqlite/sqlite-entities.js";
import { newArticle, storeContract } from "./store-contract.js";

let path = "";
storeContract(
  "sqlite",
  async () => {
    path = join(mkdtempSync(join(tmpdir(), "newsfold-store-")), "store.db");
    return openStore({ type: "sqlite", path });
  },
  async () => openStore({ type: "sqlite", path }),
);

describe("page size", () => {
  it("a new store takes large pages for its article rows; a store made with another page size keeps it and its articles", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "newsfold-store-")), "pages.db");
    const store = await openStore({ type: "sqlite", path: file });
    await store.commitBatch({ articles: [newArticle(1, "Astana ministers meet")], groupChanges: [] });
    await store.close();
    const raw = new Database(file);
    assert.equal(raw.pragma("page_size", { simple: true }), 16384);
    // As a store made by an earlier version, or rebuilt by hand, would be.
    raw.pragma("page_size = 4096");
    raw.exec("VACUUM");
    assert.equal(raw.pragma("page_size", { simple: true }), 4096);
    raw.close();
    const reopened = await openStore({ type: "sqlite", path: file });
    try {
      await reopened.commitBatch({ articles: [newArticle(2, "Dushanbe talks end")], groupChanges: [] });
      assert.equal((await reopened.counts()).articles, 2);
      assert.equal((await reopened.search("Astana", { limit: 10 })).length, 1);
    } finally {
      await reopened.close();
    }
    const after = new Database(file, { readonly: true });
    assert.equal(after.pragma("page_size", { simple: true }), 4096);
    after.close();
  });
});

describe("a working store without the full-text index (dedup's temporary file)", () => {
  it("stores, lists and counts articles but says it cannot search them", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "newsfold-store-")), "work.db");
    const store = await openStore({ type: "sqlite", path: file, fullTextIndex: false });
    try {
      const ids = await store.commitBatch({ articles: [newArticle(1, "Astana ministers meet"), newArticle(2, "Dushanbe talks end")], groupChanges: [] });
      assert.equal(store.capabilities.supportsFullText, false);
      assert.equal((await store.counts()).articles, 2);
      assert.equal((await store.getArticle(ids[0]))?.text, "Astana ministers meet");
      assert.deepEqual(await store.search("Astana", { limit: 10 }), []);
    } finally {
      await store.close();
    }
    const searchable = await openStore({ type: "sqlite", path: file });
    try {
      assert.equal(searchable.capabilities.supportsFullText, true);
      await searchable.commitBatch({ articles: [newArticle(3, "Astana again")], groupChanges: [] });
      assert.deepEqual((await searchable.search("Astana", { limit: 10 })).length, 1, "only what was indexed is found");
    } finally {
      await searchable.close();
    }
  });
});

describe("a long stream's entity cache", () => {
  it("still gives every entity of a range when the cache is full and starts again", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "newsfold-entity-cache-")), "s.db");
    const store = await openStore({ type: "sqlite", path: file });
    const mention = (text: string) => [{ text, start: 0, end: text.length }];
    const entity = (id: string, name: string) => ({ type: "place" as const, id, name, mentions: mention(name), salience: 0.5 });
    const withEntities = (n: number, ...entities: ReturnType<typeof entity>[]) => ({
      ...newArticle(n, `report ${n}`),
      enrichment: { entities, eventDate: null, publishedDate: null, names: [] },
    });
    const [first, second] = await store.commitBatch({
      articles: [withEntities(1, entity("place:KZ", "Kazakhstan")), withEntities(2, entity("place:KZ", "Kazakhstan"), entity("place:TJ", "Tajikistan"))],
      groupChanges: [],
    });
    await store.close();
    const db = new Database(file, { readonly: true });
    try {
      const statements = prepareEntityStatements(db);
      const cache: EntityCache = new Map();
      readEntitiesOfRange(statements, first, first, cache); // Kazakhstan cached by the first range
      for (let i = 0; cache.size < MAX_CACHED_ENTITIES; i++) cache.set(`place:filler-${i}`, { id: `place:filler-${i}`, type: "place", name: "", country: null, lat: null, lon: null });
      // Tajikistan is new and the cache is full: it starts again, and Kazakhstan must come back with it.
      const read = readEntitiesOfRange(statements, second, second, cache).get(second);
      assert.deepEqual(read?.entities.map((e) => e.id).sort(), ["place:KZ", "place:TJ"]);
    } finally {
      db.close();
    }
  });
});
