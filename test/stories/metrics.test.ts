import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreClustering } from "../../eval/stories-metrics.js";

const gold = new Map([[1, "a"], [2, "a"], [3, "a"], [4, "b"], [5, "b"]]);

test("the gold partition scores 1 on every measure", () => {
  const s = scoreClustering(gold, new Map([[1, 7], [2, 7], [3, 7], [4, 8], [5, 8]]));
  assert.deepEqual([s.bcubed.f1, s.pairwise.f1, s.ari], [1, 1, 1]);
});

test("one cluster for everything has full recall and the precision B-cubed defines", () => {
  const s = scoreClustering(gold, new Map([...gold.keys()].map((k) => [k, 0])));
  assert.equal(s.bcubed.recall, 1);
  assert.ok(Math.abs(s.bcubed.precision - (3 * 3 / 5 + 2 * 2 / 5) / 5) < 1e-12); // Bagga & Baldwin 1998
  assert.ok(Math.abs(s.ari) < 1e-12); // no better than chance
});

test("singletons have full precision and pairwise recall 0", () => {
  const s = scoreClustering(gold, new Map([...gold.keys()].map((k) => [k, k])));
  assert.equal(s.bcubed.precision, 1);
  assert.equal(s.pairwise.recall, 0);
});
