import { test } from "node:test";
import assert from "node:assert/strict";
import { compareWeights, weightedCosine, weightedJaccard } from "../../src/enrich/index.js";

const map = (o: Record<string, number>) => new Map(Object.entries(o));

test("cosine of weight maps is 1 for the same keys in proportion, 0 with nothing shared or nothing at all", () => {
  assert.equal(weightedCosine(map({ merkel: 2, berlin: 1 }), map({ merkel: 4, berlin: 2 })), 1);
  assert.equal(weightedCosine(map({ merkel: 1 }), map({ macron: 1 })), 0);
  assert.equal(weightedCosine(map({}), map({ macron: 1 })), 0);
});

test("under cosine a long tail of minor names on one side lowers the overlap less than under Jaccard", () => {
  const focused = map({ soleimani: 3, bagdad: 2 });
  const withTail = map({ soleimani: 3, bagdad: 2, a1: 0.2, a2: 0.2, a3: 0.2, a4: 0.2, a5: 0.2, a6: 0.2 });
  const cosineDrop = weightedCosine(focused, focused) - weightedCosine(focused, withTail);
  const jaccardDrop = weightedJaccard(focused, focused) - weightedJaccard(focused, withTail);
  assert.ok(cosineDrop < jaccardDrop, `${cosineDrop} < ${jaccardDrop}`);
});

test("compareWeights follows the measure a parameter set names, Jaccard by default", () => {
  const a = map({ x: 1, y: 1 });
  const b = map({ x: 1, z: 1 });
  assert.equal(compareWeights(a, b, {}), weightedJaccard(a, b));
  assert.equal(compareWeights(a, b, { measure: "cosine" }), weightedCosine(a, b));
  assert.notEqual(weightedJaccard(a, b), weightedCosine(a, b));
});
