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

const FEED = eventFeed({ events: 30, perEvent: 5, datedShare: 0.5, overlap: 0.3, seed: 3 });

async function add(store: Store, feed: readonly FeedArticle[]): Promise<void> {
  const input = join(tempDir(), "feed.jsonl");
  writeFileSync(input, toJsonl(feed));
  await ingest([input], { store, reporter: createCollectingReporter(), prepare: { enrich: false }, workers: 0 });
}

/** Each story's id with its articles' URLs. */
async function storiesById(store: Store): Promise<Map<number, Set<string>>> {
  const stories = new Map<number, Set<string>>();
  for (const a of await store.listArticles({ limit: FEED.length + 1 })) {
    if (a.storyId === null) continue;
    stories.set(a.storyId, (stories.get(a.storyId) ?? new Set()).add(a.url!));
  }
  return stories;
}

/** For an earlier story, the later story holding most of its articles, and how many. */
function holderOf(members: Set<string>, later: Map<number, Set<string>>): { id: number; n: number } {
  let best = { id: -1, n: 0 };
  for (const [id, urls] of later) {
    const n = [...members].filter((u) => urls.has(u)).length;
    if (n > best.n || (n === best.n && id < best.id)) best = { id, n };
  }
  return best;
}

onEveryBackend("stable story ids", (name, open) => {
  describe(`stable story ids: ${name}`, () => {
    it("keeps a story's id across ingests and refolds while it holds most of its articles; a retired id redirects", async () => {
      const store = await open();
      try {
        // Most events first, the rest (and so some new stories) later.
        await add(store, FEED.filter((a) => a.event < 20 || a.url.endsWith("/0")));
        await foldStories(store);
        const first = await storiesById(store);

        await foldStories(store);
        assert.deepEqual(await storiesById(store), first, "a refold with nothing new keeps every id");

        await add(store, FEED);
        await foldStories(store);
        const second = await storiesById(store);
        let kept = 0;
        for (const [id, members] of first) {
          const holder = holderOf(members, second);
          if (2 * holder.n <= members.size) continue;
          if (holder.id === id) kept++;
          else {
            // A merge: the story keeps the id of another earlier story it holds more of, and this one redirects.
            assert.ok(first.has(holder.id), `story ${id} merged into an earlier story, keeping that one's id`);
            assert.equal(await store.redirectOf("story", id), holder.id);
          }
        }
        assert.ok(kept > first.size / 2, `most stories keep their id (${kept} of ${first.size})`);
        const lastFirst = Math.max(...first.keys());
        for (const id of second.keys()) if (!first.has(id)) assert.ok(id > lastFirst, `new story ${id} gets an id never given before`);

        // A looser threshold merges stories: the ids no story keeps point where most of their articles went.
        await foldStories(store, { stories: { threshold: 0.05 } });
        const merged = await storiesById(store);
        assert.ok(merged.size < second.size, "the looser fold merged stories");
        let redirected = 0;
        for (const [id, members] of second) {
          if (merged.has(id)) continue;
          assert.equal(await store.getStory(id), null);
          assert.equal(await store.redirectOf("story", id), holderOf(members, merged).id, `story ${id} redirects to the story holding most of its articles`);
          redirected++;
        }
        assert.ok(redirected > 0);
        for (const id of merged.keys()) assert.equal(await store.redirectOf("story", id), null, "a live id does not redirect");

        // Back to the default threshold: stories split again; an id retired twice still leads to a live story.
        await foldStories(store);
        const again = await storiesById(store);
        for (const id of second.keys()) {
          if (again.has(id)) continue;
          const to = await store.redirectOf("story", id);
          assert.ok(to !== null && again.has(to), `story ${id} leads to a live story`);
        }
      } finally {
        await store.close();
      }
    });
  });
});
