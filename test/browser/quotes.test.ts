import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { fold } from "../../src/fold.js";
import type { RunningServer } from "../../src/http/server.js";
import { tempDir } from "../helpers/cli.js";
import { BROWSER_SKIP, laptopPage, ready, serveInBrowser } from "./browser-helpers.js";


/** A wire story (long enough to be told inside another: 100 word 5-grams), and a longer article quoting it whole. */
const WIRE =
  "OSLO, 12 June 2023 (NTB) -- Norway's parliament approved on Monday a plan to electrify the ferry routes along the western " +
  "coast by 2030, the transport ministry said. The plan covers forty-two crossings now served by diesel vessels and sets aside " +
  "nine billion crowns for charging stations in the harbours. Operators that convert their fleets early will receive a larger " +
  "share of the grants, the ministry added, while routes with few passengers may be served by smaller hybrid boats. The " +
  "shipyards in Ulsteinvik and Brattvåg expect orders for at least thirty new vessels over the coming decade. Opposition " +
  "members argued that the money would be better spent on bridges and tunnels, which would end the need for many crossings " +
  "altogether, but the amendment they tabled was rejected by a wide margin after a debate that lasted most of the afternoon.";
const QUOTING =
  "Fishermen in Ålesund greeted the news with caution on Tuesday, saying the harbour has waited years for a reliable power line " +
  "and that the grid company has not yet promised one. Local councillors asked for the first stations to be built where winter " +
  `storms cut the mainland road most often. ${WIRE} The harbour master said the first electric ferry could call at the town ` +
  "within three years if the grid connection is approved this autumn, and that a temporary battery barge is being considered.";

describe("quotes in the web UI", { skip: BROWSER_SKIP }, () => {
  let served: Awaited<ReturnType<typeof serveInBrowser>>;
  let server: RunningServer;
  let page: Page;
  let dir: string;
  const problems: string[] = [];

  before(async () => {
    dir = tempDir("newsfold-browser-quotes-");
    const input = join(dir, "quotes.jsonl");
    const docs = [
      { url: "https://fjord.example.no/ferries", title: "Harbour waits for power", text: QUOTING, published: "2023-06-13T09:00:00Z", lang: "en" },
      { url: "https://wire.example.no/ferries", title: "Parliament approves electric ferries", text: WIRE, published: "2023-06-12T10:02:00Z", lang: "en" },
    ];
    writeFileSync(input, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
    await fold([input], { store: { type: "sqlite", path: join(dir, "store.db") } });
    served = await serveInBrowser(join(dir, "store.db"), dir);
    server = served.server;
    page = await laptopPage(served.browser, problems);
  });

  after(async () => {
    await served?.close();
  });

  it("shows that the article quotes the wire, and that the wire is quoted by it; neither is a copy", async () => {
    await page.goto(`${server.url}/articles/1`);
    await ready(page);
    const quotes = page.locator("section.quotes .quotes-list li");
    assert.equal(await quotes.count(), 1);
    assert.match((await quotes.textContent()) ?? "", /quotes Parliament approves electric ferries · 100% of the quoted text/);
    assert.equal(await page.locator("#s-copies").count(), 0, "quoting makes no copy group");

    await quotes.locator("a").first().click();
    await page.waitForURL(/\/articles\/2$/);
    await ready(page);
    assert.equal((await page.locator("section.quotes .quoted-by").textContent())?.trim(), "quoted by 1 article");
    assert.match((await page.locator("section.quotes .quoted-by-list li").textContent()) ?? "", /quoted by Harbour waits for power/);
    assert.deepEqual(problems, []);
  });

  it("marks on the story timeline which article quotes the wire and which is quoted, each on its own line", async () => {
    const article = (await (await fetch(`${server.url}/api/articles/1`)).json()) as { storyId: number | null };
    assert.ok(article.storyId !== null, "the quoting article has a story");
    await page.goto(`${server.url}/stories/${article.storyId}`);
    await ready(page);
    const notes = (await page.locator(".timeline-item .quote-note").allTextContents()).map((t) => t.trim()).sort();
    // The wire shares the story only when the fold put it there; the quoting article's note is always shown.
    assert.ok(notes.includes("quotes 1 text"), `notes on the timeline: ${JSON.stringify(notes)}`);
    for (const note of notes) assert.ok(["quotes 1 text", "quoted by 1 article"].includes(note), note);
    assert.deepEqual(problems, []);
  });
});
