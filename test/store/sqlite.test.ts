import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openStore } from "../../src/store/index.js";
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
