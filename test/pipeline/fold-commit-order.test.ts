import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { foldStories } from "../../src/pipeline/fold-stories.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import type { Store } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { eventFeed, toJsonl, type FeedArticle } from "../helpers/events-corpus.js";
import { onEveryBackend } from "../support/postgres.js";

/** Mostly undated, with many articles sharing a day: ties everywhere for the order to break. */
const FEED = eventFeed({ events: 40, perEvent: 6, datedShare: 0.2, overlap: 0.35, seed: 7 });

/** A seeded Fisher–Yates shuffle: the order several workers might commit the same documents in. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Story member sets by URL, sorted: what stores filled in different orders must agree on. */
async function storySets(store: Store): Promise<string[]> {
  const sets = new Map<number, string[]>();
  for (const a of await store.listArticles({ limit: FEED.length + 1 })) {
    assert.notEqual(a.storyId, null, `article ${a.url} has a story`);
    sets.set(a.storyId!, [...(sets.get(a.storyId!) ?? []), a.url!]);
  }
  return [...sets.values()].map((urls) => urls.sort().join(" ")).sort();
}

async function foldInOrder(open: () => Promise<Store>, feed: readonly FeedArticle[]): Promise<string[]> {
  const input = join(tempDir(), "feed.jsonl");
  writeFileSync(input, toJsonl(feed));
  const store = await open();
  try {
    // Small batches, as workers commit them.
    await ingest([input], { store, reporter: createCollectingReporter(), prepare: { enrich: false }, batchSize: 16, workers: 0 });
    await foldStories(store);
    return await storySets(store);
  } finally {
    await store.close();
  }
}

onEveryBackend("stories whatever the commit order", (name, open) => {
  describe(`stories whatever the commit order: ${name}`, () => {
    it("folds the same story member sets when the same articles are committed in other orders", async () => {
      const reference = await foldInOrder(open, FEED);
      assert.ok(reference.length > 1 && reference.length < FEED.length, "the feed folds into stories of several articles");
      assert.deepEqual(await foldInOrder(open, [...FEED].reverse()), reference, "reversed");
      assert.deepEqual(await foldInOrder(open, shuffled(FEED, 12_345)), reference, "shuffled");
    });
  });
});
