import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { foldStories } from "../../src/pipeline/fold-stories.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { renderStatus, storeStatus } from "../../src/queue/status.js";
import { createCollectingReporter } from "../../src/report.js";
import type { Store } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { eventFeed, toJsonl, type FeedArticle } from "../helpers/events-corpus.js";
import { onEveryBackend } from "../support/postgres.js";

/** Thirty events of eight reports each, every one dated within one month: all inside the stories' window. */
const FEED = eventFeed({ events: 30, perEvent: 8, datedShare: 1, seed: 3 });
/** The last report of twenty events, held back: under a tenth of the rest, so a fold can add them. */
const LATER = FEED.filter((a) => a.event < 20 && a.url.endsWith("/7"));
const FIRST = FEED.filter((a) => !LATER.includes(a));

async function add(store: Store, feed: readonly FeedArticle[]): Promise<void> {
  const input = join(tempDir(), "feed.jsonl");
  writeFileSync(input, toJsonl(feed));
  await ingest([input], { store, reporter: createCollectingReporter(), prepare: { enrich: false }, workers: 0 });
}

/** Story of each article by URL. */
async function storyByUrl(store: Store): Promise<Map<string, number | null>> {
  return new Map((await store.listArticles({ limit: 1_000 })).map((a) => [a.url!, a.storyId]));
}

/** Story member sets by URL, sorted. */
function storySets(stories: Map<string, number | null>): string[] {
  const sets = new Map<number | null, string[]>();
  for (const [url, story] of stories) sets.set(story, [...(sets.get(story) ?? []), url]);
  return [...sets.values()].map((urls) => urls.sort().join(" ")).sort();
}

onEveryBackend("a fold goes on from the saved clustering", (name, open) => {
  describe(`a fold goes on from the saved clustering: ${name}`, () => {
    it("adds the articles stored since to the stories they belong to, as a replay of the whole store would", async () => {
      const store = await open();
      try {
        await add(store, FIRST);
        const first = await foldStories(store);
        assert.equal(first.replayed, "first fold");
        assert.equal(first.continued, null);
        const before = await storyByUrl(store);

        await add(store, LATER);
        const next = await foldStories(store);
        assert.equal(next.replayed, null, `went on (${next.replayed})`);
        assert.equal(next.continued, LATER.length);
        assert.equal(next.articles, FEED.length);
        const after = await storyByUrl(store);
        const status = renderStatus(await storeStatus(store), new Date());
        assert.match(status, /^stories: \d+ stories, \d+ thread\(s\); folded$/m);
        assert.match(status, /^saved clustering: [\d.]+ MB; 20 article\(s\) added since the last replay of 220; a fold replays the store once more than 2 more arrive$/m);
        for (const a of LATER) {
          const sibling = a.url.replace(/\/7$/, "/0");
          assert.equal(after.get(a.url), after.get(sibling), `${a.url} joined its event's story`);
          assert.equal(after.get(sibling), before.get(sibling), `${sibling} kept its story id`);
        }

        const replayed = await foldStories(store, { replay: true });
        assert.equal(replayed.replayed, "asked");
        assert.deepEqual(storySets(await storyByUrl(store)), storySets(after), "the replay makes the same stories");
        assert.ok(storySets(after).length >= 30, "one story an event at least");
      } finally {
        await store.close();
      }
    });

    it("replays the store when the saved clustering cannot stand for it, and says why", async () => {
      const store = await open();
      try {
        await add(store, FIRST.slice(0, 100));
        await foldStories(store);
        // More than a tenth of what the last replay folded.
        await add(store, FIRST.slice(100, 120));
        assert.match((await foldStories(store)).replayed ?? "", /^20 article\(s\) since the last replay, more than 10% of its 100$/);

        // A report dated long before the open stories.
        await add(store, [{ ...FIRST[120], url: "https://news.example/old", date: "2023-11-02" }]);
        assert.equal((await foldStories(store)).replayed, "an article dated before the open stories' window");

        // The same text published a day earlier: it becomes the copy group's original, and the folded one its copy.
        const original = FIRST.find((a) => a.date !== "2024-03-01")!;
        const day = Number(original.date!.slice(-2)) - 1;
        await add(store, [{ ...original, url: "https://news.example/original", date: `2024-03-${String(day).padStart(2, "0")}` }]);
        assert.equal((await foldStories(store)).replayed, "an article folded before is now a copy of another");

        // Nothing in its way: it goes on.
        await add(store, [FIRST[121]]);
        assert.equal((await foldStories(store)).continued, 1);

        // A clustering too large to keep is not saved: the next fold replays.
        await add(store, [FIRST[122]]);
        assert.equal((await foldStories(store, { maxSnapshotBytes: 1_000 })).continued, 1);
        assert.equal(await store.readFoldSnapshot(), null);
        await add(store, [FIRST[123]]);
        assert.equal((await foldStories(store)).replayed, "no saved clustering");
      } finally {
        await store.close();
      }
    });
  });
});
