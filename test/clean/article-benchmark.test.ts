import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scoreOutputs, shingleMatch } from "../../eval/article-benchmark.js";

// The scoring of Zyte's article-extraction benchmark (its evaluate.py), which `newsfold eval articles` mirrors.
describe("article benchmark scoring", () => {
  it("shares a page's four-token shingles between found, extra and missed, summing to one", () => {
    const [tp, fp, fn] = shingleMatch("the council voted on the budget today", "menu home the council voted on the budget");
    assert.ok(Math.abs(tp + fp + fn - 1) < 1e-9);
    assert.equal(tp, 3 / 6); // "the council voted on", "council voted on the", "voted on the budget"
    assert.equal(fp, 2 / 6); // "menu home the council", "home the council voted"
    assert.equal(fn, 1 / 6); // "on the budget today"
  });

  it("averages precision and recall over pages, an exact page counting as perfect", () => {
    const truth = { a: "one two three four five", b: "six seven eight nine ten" };
    const scores = scoreOutputs(truth, { a: "one two three four five", b: "" });
    assert.equal(scores.precision, 1); // page b predicted nothing: it has no precision to average
    assert.equal(scores.recall, 0.5);
  });
});
