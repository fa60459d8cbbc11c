import assert from "node:assert/strict";
import { join } from "node:path";
import { it } from "node:test";
import { fold, openStore } from "../../src/index.js";
import { EXAMPLES, tempDir } from "../helpers/cli.js";

it("folds a crawl into a store in one library call: articles, entities, stories and threads", async () => {
  const path = join(tempDir(), "news.db");
  const { summary, stories, problems } = await fold([EXAMPLES], { store: { type: "sqlite", path } });
  assert.equal(summary.stored, 2);
  assert.equal(problems.filter((p) => p.severity === "error").length, 0);
  assert.equal(stories?.articles, 2);
  const store = await openStore({ type: "sqlite", path, readonly: true });
  assert.ok((await store.listEntities({ limit: 5, type: "person" })).length >= 2);
  assert.equal((await store.listThreads({ limit: 5 })).length, stories?.threads);
  await store.close();
});
