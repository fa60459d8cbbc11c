import assert from "node:assert/strict";
import test from "node:test";
import { serialize } from "node:v8";
import { createStoryClusterer, restoreStoryClusterer, type StoryArticle } from "../../src/stories/index.js";
import { eventFeed } from "../helpers/events-corpus.js";
import { article, FINAL, FINAL_ENTITIES, QUAKE, QUAKE_ENTITIES } from "./helpers.js";

/** Two events retold over weeks in three languages and scripts, some undated: stories open, close and link across languages. */
function collection(count: number, firstId = 1): StoryArticle[] {
  const out: StoryArticle[] = [];
  const langs = ["en", "fr", "ru"];
  for (let i = 0; i < count; i++) {
    const [texts, entities] = i % 2 === 0 ? [QUAKE, QUAKE_ENTITIES] : [FINAL, FINAL_ENTITIES];
    const lang = langs[i % 3];
    const text = `${texts[i % 3]} ${lang === "ru" ? "Репортаж номер" : "Report number"} ${i} ${["calm", "storm", "vote", "match"][i % 4]}.`;
    const month = 1 + Math.floor(i / 28) % 9;
    out.push(article(firstId + i, i % 13 === 0 ? null : `2014-0${month}-${String(1 + (i % 28)).padStart(2, "0")}`, text, entities, lang));
  }
  return out;
}

test("a clusterer restored from its saved state puts later articles exactly where the one that never stopped puts them", () => {
  const before = collection(150);
  const later = collection(60, 1_000).map((a, i) => ({ ...a, published: a.published && `2014-06-${String(1 + (i % 28)).padStart(2, "0")}` }));
  const going = createStoryClusterer();
  going.recluster(before);
  const restored = restoreStoryClusterer(going.save());
  assert.ok(restored, "the saved state is restored");
  assert.equal(restored.size, before.length);
  assert.equal(restored.clock, going.clock);
  assert.ok(restored.holds(before[0].id) && !restored.holds(later[0].id));
  assert.deepEqual(restored.stories(), going.stories(), "the same stories at once");
  const decisions = later.map((a) => [going.add(a), restored.add(a)]);
  for (const [a, b] of decisions) assert.deepEqual(b, a);
  assert.ok(decisions.some(([a]) => !a.created) && decisions.some(([a]) => a.created), "later articles both join stories and start new ones");
  assert.deepEqual(restored.stories(), going.stories());
  assert.deepEqual(restored.assignments(), going.assignments());
  assert.deepEqual(restored.save(), going.save(), "the same state, to the byte");
  // Saved again after the additions, it goes on alike.
  const again = restoreStoryClusterer(restored.save());
  assert.ok(again);
  const last = collection(20, 5_000).map((a) => ({ ...a, published: a.published && "2014-07-01" }));
  assert.deepEqual(last.map((a) => again.add(a)), last.map((a) => going.add(a)));
});

test("a saved state is not restored with other story options, from another layout or from damaged bytes", () => {
  const clusterer = createStoryClusterer();
  clusterer.recluster(collection(40));
  const saved = clusterer.save();
  assert.ok(restoreStoryClusterer(saved));
  assert.equal(restoreStoryClusterer(saved, { threshold: 0.3 }), null, "other options");
  assert.equal(restoreStoryClusterer(saved.subarray(0, saved.length >> 1)), null, "truncated");
  const damaged = Uint8Array.from(saved);
  damaged[damaged.length - 9] ^= 0x40; // one bit near the end (the expiry queue's days): the bytes would still parse
  assert.equal(restoreStoryClusterer(damaged), null, "damaged");
  assert.equal(restoreStoryClusterer(serialize({ layout: 0 })), null, "not saved by the clusterer");
});

test("a restored clusterer keeps each index key's stories in their recency order, past the index's cap", () => {
  // 120 events on one day, each told twice, all naming one country: its index key lists more stories than it
  // keeps (64), so which stories a later report finds depends on that list's order.
  const feed = eventFeed({ events: 120, perEvent: 3, seed: 5 });
  const told = feed.map((a, i) => article(i + 1, "2014-03-03", `${a.title}. ${a.text}`, [["place:CL", 1]]));
  const [before, later] = [told.filter((_, i) => i % 3 !== 2), told.filter((_, i) => i % 3 === 2)];
  const going = createStoryClusterer();
  going.recluster(before);
  const restored = restoreStoryClusterer(going.save());
  assert.ok(restored);
  const decisions = later.map((a) => [going.add(a), restored.add(a)]);
  for (const [a, b] of decisions) assert.deepEqual(b, a);
  assert.ok(decisions.filter(([a]) => !a.created).length > 60, "most later reports join their event's story");
  // Saved again, the two states are the same bytes: index lists, centroids, frequencies and all.
  assert.deepEqual(restored.save(), going.save());
});
