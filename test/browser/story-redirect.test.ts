import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import type { RunningServer } from "../../src/http/server.js";
import { foldStories } from "../../src/pipeline/fold-stories.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { eventFeed, toJsonl } from "../helpers/events-corpus.js";
import { BROWSER_SKIP, LAPTOP, ready, serveInBrowser } from "./browser-helpers.js";


describe("a story address after a refold merged the story, in a real browser", { skip: BROWSER_SKIP }, () => {
  let dir: string;
  let served: Awaited<ReturnType<typeof serveInBrowser>>;
  let server: RunningServer;
  let browser: Browser;
  /** A story id the refold retired, and the story now holding most of its articles. */
  let retired: number;
  let survivor: { id: number; title: string };

  before(async () => {
    dir = tempDir("newsfold-browser-redirect-");
    const config = { type: "sqlite" as const, path: join(dir, "store.db") };
    const input = join(dir, "feed.jsonl");
    writeFileSync(input, toJsonl(eventFeed({ events: 30, perEvent: 5, datedShare: 0.5, overlap: 0.3, seed: 3 })));
    const store = await openStore(config);
    await ingest([input], { store, reporter: createCollectingReporter(), prepare: { enrich: false }, workers: 0 });
    await foldStories(store);
    const before = (await store.listStories({ limit: 1000 })).map((s) => s.id);
    // A looser threshold merges stories, as a refold after new articles bridging two events would.
    await foldStories(store, { stories: { threshold: 0.05 } });
    const live = new Set((await store.listStories({ limit: 1000 })).map((s) => s.id));
    retired = before.find((id) => !live.has(id))!;
    assert.ok(retired !== undefined, "the refold merged some story");
    const to = (await store.redirectOf("story", retired))!;
    survivor = { id: to, title: (await store.getStory(to))!.story.title };
    await store.close();
    served = await serveInBrowser(config.path, dir);
    ({ server, browser } = served);
  });

  after(async () => {
    await served?.close();
  });

  it("answers the old API id with a redirect to the surviving story", async () => {
    const response = await fetch(`${server.url}/api/stories/${retired}?limit=5`, { redirect: "manual" });
    assert.equal(response.status, 308);
    assert.equal(response.headers.get("location"), `/api/stories/${survivor.id}?limit=5`);
    assert.deepEqual(await response.json(), { redirect: survivor.id });
  });

  it("shows the surviving story at the old story address, and moves the address to it", async () => {
    const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    await page.goto(`${server.url}/stories/${retired}`);
    await ready(page);
    assert.equal(await page.locator("h1").textContent(), survivor.title);
    assert.equal(new URL(page.url()).pathname, `/stories/${survivor.id}`);
  });
});
