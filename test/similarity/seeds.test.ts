import { test } from "node:test";
import assert from "node:assert/strict";
import { similarity } from "../../src/similarity/index.js";
import { seedArticle } from "./helpers.js";

const a = seedArticle("000_5687b5c5f0498ff9.txt");
const b = seedArticle("002_c22aeb1a175d5c40.txt");
const r = similarity(a, b);

test("the two seed pages share Wang Yi and the Kazakh minister", () => {
  const people = r.dimensions.entities.evidence.shared.filter((e) => e.type === "person").map((e) => e.name);
  assert.ok(people.includes("Wang Yi"), JSON.stringify(people));
  assert.ok(people.some((n) => /T[il]+eu?berdi/.test(n)), JSON.stringify(people));
});

test("the two seed pages share China and Kazakhstan", () => {
  const places = r.dimensions.geography.evidence.shared.map((e) => e.id);
  assert.ok(places.includes("place:CN") && places.includes("place:KZ"), JSON.stringify(places));
});

test("the two seed pages have overlapping passages, found at their offsets in both", () => {
  const passages = r.dimensions.text.evidence.passages;
  assert.ok(passages.length >= 2);
  const docA = `${a.title}\n\n${a.text}`;
  const docB = b.title === null ? b.text : `${b.title}\n\n${b.text}`;
  // The same words in the same order; punctuation between them may differ (« " » in one, none in the other).
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(" ");
  for (const p of passages) assert.equal(words(docA.slice(p.a.start, p.a.end)), words(docB.slice(p.b.start, p.b.end)));
});

test("the two seed pages are related but not the same story", () => {
  assert.equal(r.verdict, "related", `scale ${r.scale}, time ${JSON.stringify(r.dimensions.time.evidence)}`);
  assert.ok(r.dimensions.time.evidence.leastGapDays !== null && r.dimensions.time.evidence.leastGapDays > 2);
});
