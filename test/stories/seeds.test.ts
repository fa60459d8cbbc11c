import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clean } from "../../src/clean/index.js";
import { enrich } from "../../src/enrich/index.js";
import { createStoryClusterer, storyArticle, type StoryArticle } from "../../src/stories/index.js";
import { createThreadLinker } from "../../src/threads/index.js";
import type { RawDocument } from "../../src/types.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");

function seed(id: number, file: string, published: string): StoryArticle {
  const content = readFileSync(join(EXAMPLES, file), "utf8");
  const doc: RawDocument = {
    provenance: { file, format: "text" }, kind: "text", content, meta: {},
    encoding: { name: "utf-8", repaired: false }, bytes: Buffer.byteLength(content),
  };
  const cleaned = clean(doc);
  return storyArticle(id, cleaned, enrich(cleaned), published);
}

/**
 * 000 says "Publié le 2021-09-17 à 15:56". 002 only says "Dernière mise à jour à 09h10 le 14/09": no
 * year. Its text dates it: the two heads of state agreed "l'année dernière" to raise relations to a
 * permanent comprehensive strategic partnership, which 000 places in 2019, so 002 is placed on
 * 2020-09-14 at 09:10 (the cleaned `updated` date with the year the text implies). A year apart, the
 * two meetings of the same ministers are different stories of one thread (issue 4).
 */
const SEEDS = () => [seed(1, "002_c22aeb1a175d5c40.txt", "2020-09-14T09:10"), seed(2, "000_5687b5c5f0498ff9.txt", "2021-09-17T15:56")];

test("the cleaned seed 002 has only a month and day, which is why its year is chosen by hand", () => {
  const content = readFileSync(join(EXAMPLES, "002_c22aeb1a175d5c40.txt"), "utf8");
  const cleaned = clean({ provenance: { file: "002", format: "text" }, kind: "text", content, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: content.length });
  assert.equal(cleaned.published, null);
  assert.deepEqual([cleaned.updated?.year, cleaned.updated?.month, cleaned.updated?.day], [undefined, 9, 14]);
  assert.equal(storyArticle(1, cleaned, enrich(cleaned)).published, null); // never guessed by the library
});

test("the two seed pages land in different stories and the same thread", () => {
  const clusterer = createStoryClusterer();
  clusterer.recluster(SEEDS());
  const stories = clusterer.stories();
  assert.equal(stories.length, 2);
  assert.deepEqual(stories.map((s) => s.articleIds), [[1], [2]]);
  const threads = createThreadLinker().link(stories);
  assert.equal(threads.length, 1);
  assert.deepEqual(threads[0].storyIds, [stories[0].id, stories[1].id]);
});

test("seed stories list the shared actors among their top entities", () => {
  const clusterer = createStoryClusterer();
  clusterer.recluster(SEEDS());
  for (const s of clusterer.stories()) {
    const ids = s.entities.map((e) => e.key);
    assert.ok(ids.includes("place:CN") && ids.includes("place:KZ"), ids.join(" "));
    assert.deepEqual(s.languages, ["fr"]);
  }
});
