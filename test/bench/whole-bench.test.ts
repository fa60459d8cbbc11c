import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { benchWhole, formatBenchWhole } from "../../bench/whole.js";
import { findSharedDir, repoRoot } from "../../eval/shared-data.js";
import { tempDir } from "../helpers/cli.js";
import { eventFeed } from "../helpers/events-corpus.js";

test("the whole-process bench runs dedup and ingest on a corpus, then a small ingest into that store and its replay", () => {
  const benchDir = join(tempDir(), "bench");
  mkdirSync(benchDir);
  // 300 dated reports of 50 events: the bench's 20 news texts are under a tenth of them, so the fold goes on.
  const feed = eventFeed({ events: 50, perEvent: 6, datedShare: 1, seed: 11 });
  writeFileSync(join(benchDir, "corpus.jsonl"), `${feed.map((a, i) => JSON.stringify({ id: `d${i}`, text: `${a.title}\n\n${a.text}`, published: a.date })).join("\n")}\n`);
  const shared = findSharedDir();
  const result = benchWhole({ root: repoRoot(), benchDir, shared });
  const table = formatBenchWhole(result);
  assert.equal(result.documents, feed.length);
  assert.deepEqual(result.runs.slice(0, 2).map((r) => r.name.split(" (")[0]), ["newsfold dedup", "newsfold ingest"]);
  assert.equal(result.runs[0].dropped, 0, "no report of the feed copies another");
  assert.match(result.runs[1].fold ?? "", /^stories: 300 articles → \d+ stories, \d+ threads \(whole store replayed: first fold; /);
  if (!shared) {
    assert.equal(result.runs.length, 2, "no small ingest without the shared news texts");
    return;
  }
  const [small, replay] = result.runs.slice(2);
  assert.match(small.name, /^newsfold ingest: 20 news texts more into that store/);
  assert.equal(small.documents, 20);
  assert.match(small.fold ?? "", /^stories: 320 articles → .*\(20 new articles added to the saved clustering; /);
  assert.match(replay.fold ?? "", /^320 articles → /);
  assert.equal(small.speedUp, null, "no ratio against datasketch for a run of other documents");
  assert.deepEqual([replay.documents, replay.speedUp], [null, null], "recluster reads no documents");
  assert.match(table, /Story folds:\n- newsfold ingest \(defaults/);
});
