import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluateStories, formatStoriesEvaluation } from "../../eval/stories.js";
import { findSharedDir } from "../../eval/shared-data.js";
import { benchStories } from "../../bench/stories-measure.js";
import { benchStoriesInterleaved } from "../../bench/stories.js";
import { loadRpm2 } from "../../eval/stories-data.js";

const shared = findSharedDir();
const skip = shared === null || loadRpm2(shared) === null ? "needs ../shared/data/stories (absent here)" : false;

test("without the data the evaluation says it skipped and why", () => {
  const e = evaluateStories({ sharedDir: "/nonexistent" });
  assert.ok("skipped" in e);
  assert.match(formatStoriesEvaluation(e), /skipped/);
});

// Floors a little under the figures measured with the shipped parameters (RPM2-fr story 0.909,
// thread 0.911; WikiRef220 thread 0.917): a drop below them is a regression, not noise.
test("RPM2-fr stories and threads and WikiRef threads score above their floors", { skip }, () => {
  const e = evaluateStories({ sharedDir: shared as string, heldOut: false });
  assert.ok(!("skipped" in e));
  assert.ok(e.rpm2.story.bcubed.f1 >= 0.88, `story B3 F1 ${e.rpm2.story.bcubed.f1}`);
  assert.ok(e.rpm2.thread.bcubed.f1 >= 0.88, `thread B3 F1 ${e.rpm2.thread.bcubed.f1}`);
  assert.ok(e.wikiref !== null && e.wikiref.thread.bcubed.f1 >= 0.88, `WikiRef thread B3 F1 ${e.wikiref?.thread.bcubed.f1}`);
  assert.ok(e.rpm2.order.storySpread <= 0.1, `order spread ${e.rpm2.order.storySpread}`);
  assert.match(formatStoriesEvaluation(e), /\| RPM2-fr \| story \|/);
});

test("the cost benchmark times assignment at each size with an injected clock", { skip }, () => {
  const articles = (loadRpm2(shared as string) ?? []).slice(0, 40).map((x) => x.article);
  let t = 0;
  const b = benchStories({ articles, sizes: [100, 300], measured: 50, now: () => (t += 5) });
  assert.deepEqual(b.rows.map((r) => r.size), [100, 300]);
  assert.equal(b.ratio, 1); // the fake clock ticks the same whatever the work
  assert.ok(b.rows.every((r) => r.openStories <= r.stories));
});

test("the bench runs each size in its own worker thread, in alternating slices, and counts every timed article", { skip }, async () => {
  const articles = (loadRpm2(shared as string) ?? []).slice(0, 40).map((x) => x.article);
  const b = await benchStoriesInterleaved({ articles, sizes: [300, 100], measured: 60, slices: 3 });
  assert.deepEqual(b.rows.map((r) => r.size), [100, 300]);
  assert.deepEqual(b.rows.map((r) => r.measured), [60, 60]);
  assert.ok(b.rows.every((r) => r.seconds > 0 && r.openStories <= r.stories && r.stories > 0));
  assert.equal(b.ratio, b.rows[1].articlesPerSecond / b.rows[0].articlesPerSecond);
});
