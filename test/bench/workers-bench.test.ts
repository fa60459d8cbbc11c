import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { whileAllCommit } from "../../bench/workers-bench.js";

describe("the workers bench's rate while all workers commit", () => {
  it("counts only the span from the last worker's first commit to the first one's last", () => {
    // b starts late (its start-up) and a runs on alone at the end (nothing left for b).
    const commits = [
      { worker: "a", at: 0, docs: 50 },
      { worker: "a", at: 1, docs: 50 },
      { worker: "b", at: 2, docs: 50 },
      { worker: "a", at: 3, docs: 50 },
      { worker: "b", at: 4, docs: 50 },
      { worker: "a", at: 5, docs: 50 },
      { worker: "a", at: 9, docs: 50 },
    ];
    assert.equal(whileAllCommit(commits), 100 / 2, "the commits at 3 and 4, over 2 → 4");
  });

  it("is first commit to last for one worker, and no rate when the workers never commit together", () => {
    assert.equal(whileAllCommit([0, 2, 4].map((at) => ({ worker: "a", at, docs: 10 }))), 20 / 4);
    assert.ok(Number.isNaN(whileAllCommit([{ worker: "a", at: 0, docs: 10 }, { worker: "b", at: 5, docs: 10 }])));
  });
});
