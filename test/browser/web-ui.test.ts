import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { fold } from "../../src/fold.js";
import { startServer, type RunningServer } from "../../src/http/server.js";
import type { SimilarityReport } from "../../src/similarity/index.js";
import { openStore } from "../../src/store/index.js";
import { EXAMPLES, REPO_ROOT, tempDir } from "../helpers/cli.js";
import { newArticle } from "../store/store-contract.js";
import { BROWSER_SKIP, CHROMIUM, LAPTOP, LAUNCH_ARGS, PHONE, fitsWidth, focused, ready, shoot } from "./browser-helpers.js";


/**
 * One wire story and three copies of it on other outlets (two exact, one with a line added), so a story
 * page has a "+3 copies" case; about a place far from the example pages so it joins none of their stories.
 */
const BODY =
  "LYON, 3 March 2022 (Reuters) -- The Pont Lafayette reopened to traffic in Lyon on Thursday after eight months of repairs, " +
  "the city council said, ending detours that had slowed buses across the Presqu'île. Engineers replaced the steel bearings " +
  "under the central span and resurfaced the deck, work the council put at 14 million euros. Mayor Grégory Doucet told " +
  "reporters that cyclists would keep a separated lane on both sides of the bridge. Traffic on the quays of the Rhône had " +
  "doubled during the closure, according to the metropolitan transport authority, and shopkeepers on the rue de la " +
  "République said trade had fallen by a fifth since July. The council plans similar repairs on two other bridges over the Rhône before 2025.";
const WIRE_TITLE = "Lyon bridge reopens after eight months of repairs";
const COPIES = [
  { url: "https://wire.example.com/lyon-bridge", title: WIRE_TITLE, text: BODY, published: "2022-03-03T10:00:00Z", source: "Wire Example", lang: "en" },
  { url: "https://daily.example.org/news/lyon-bridge-reopens", title: WIRE_TITLE, text: BODY, published: "2022-03-03T12:30:00Z", source: "Daily Example", lang: "en" },
  { url: "https://evening.example.net/2022/03/03/lyon", title: WIRE_TITLE, text: BODY, published: "2022-03-03T17:45:00Z", source: "Evening Example", lang: "en" },
  { url: "https://weekly.example.co.uk/lyon-bridge", title: "Lyon's Pont Lafayette reopens", text: `${BODY} Read more in our weekly edition.`, published: "2022-03-04T08:00:00Z", source: "Weekly Example", lang: "en" },
];
/** A page whose title, outlet and text hold markup, as scraped text sometimes does: it must stay text. */
const HOSTILE_TITLE = `<img src=x onerror="window.__pwned=1"> Harbour <script>window.__pwned=2</script> report`;
const HOSTILE = {
  url: "https://odd.example.org/markup",
  title: HOSTILE_TITLE,
  text:
    'GDANSK, 5 May 2023 -- Harbour officials in Gdansk said on Friday that a <b>crane</b> <img src=x onerror="window.__pwned=3"> collapsed ' +
    "overnight at the container terminal, injuring nobody. The port authority closed two berths while inspectors examine the structure.",
  published: "2023-05-05T09:00:00Z",
  source: "Odd <i>Example</i>",
  lang: "en",
};
/** Titles of the two example pages' stories, as the feed shows them. */
const SEED_DUSHANBE = "Les MAE chinois et kazakh s'engagent à renforcer leur coopération anti-pandémique";
const SEED_SECOND = "La Chine et le Kazakhstan continueront";

describe("web UI in a real browser", { skip: BROWSER_SKIP }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  const problems: string[] = [];
  /** Pages the walk visited, revisited at phone width. */
  const visited = new Map<string, string>();

  const visit = async (name: string, path: string) => {
    await page.goto(server.url + path);
    await ready(page);
    visited.set(name, path);
  };
  const remember = (name: string) => visited.set(name, new URL(page.url()).pathname + new URL(page.url()).search);
  const api = async <T>(path: string): Promise<T> => (await (await fetch(server.url + path)).json()) as T;

  before(async () => {
    dir = tempDir("newsfold-browser-");
    const copies = join(dir, "copies.jsonl");
    writeFileSync(copies, [...COPIES, HOSTILE].map((d) => JSON.stringify(d)).join("\n") + "\n");
    const { summary } = await fold([EXAMPLES, copies], { store: { type: "sqlite", path: join(dir, "store.db") } });
    assert.equal(summary.stored, 7);
    server = await startServer({ store: { type: "sqlite", path: join(dir, "store.db") }, port: 0, log: () => {} });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    context = await browser.newContext({ viewport: LAPTOP });
    page = await context.newPage();
    // A CSP violation, a failed request or a script error is a bug even when the page still looks right.
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    mkdirSync(join(REPO_ROOT, "test-artifacts", "screenshots"), { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("lists the stories largest first, with the store's counts", async () => {
    await visit("feed", "/");
    assert.equal(await page.textContent("h1"), "Stories");
    const { counts } = await api<{ counts: Record<string, number> }>("/api/health");
    assert.equal(counts.articles, 7);
    assert.equal(
      await page.textContent(".lede"),
      `7 articles in ${counts.stories} stories and ${counts.threads} threads; 3 copies in 1 copy group.`,
    );
    const titles = await page.locator(".story-item .item-title").allTextContents();
    assert.equal(titles.length, 4);
    assert.equal(titles[0], WIRE_TITLE, "the four-article story comes first");
    assert.ok(titles.includes(SEED_DUSHANBE));
    assert.match((await page.locator(".story-item").first().textContent()) ?? "", /4 articles/);
    await shoot(page, "feed");
  });

  it("filters the feed by language and by entity", async () => {
    await page.fill("#f-lang", "fr");
    await page.press("#f-lang", "Enter");
    await ready(page);
    assert.match(page.url(), /\?lang=fr$/);
    assert.deepEqual((await page.locator(".story-item .item-title").allTextContents()).length, 2);
    await visit("feed-entity", "/?entity=Tleuberdi");
    const titles = await page.locator(".story-item .item-title").allTextContents();
    assert.equal(titles.length, 2, "both example pages name the minister, in either spelling");
    assert.ok(!titles.includes(WIRE_TITLE));
  });

  it("lets a keyboard user skip to the content and open a story with Tab and Enter", async () => {
    await visit("feed", "/");
    await page.keyboard.press("Tab");
    assert.equal((await focused(page)).text, "Skip to content");
    let target: string | null = null;
    for (let i = 0; i < 40 && target === null; i++) {
      await page.keyboard.press("Tab");
      const el = await focused(page);
      if (el.tag === "A" && /^\/stories\/\d+$/.test(el.href ?? "")) target = el.text;
    }
    assert.equal(target, WIRE_TITLE, "Tab reaches the first story's link");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/stories\/\d+$/);
    await ready(page);
    assert.equal(await page.textContent("h1"), WIRE_TITLE);
    assert.equal((await focused(page)).tag, "H1", "focus moves to the new page's heading");
  });

  it("folds a story's copies under the canonical article: +3 copies, shown on demand", async () => {
    remember("story-copies");
    const items = page.locator(".timeline-item");
    assert.equal(await items.count(), 1, "one entry: the copies are folded under it");
    const summary = page.locator(".timeline-item details.copies summary");
    assert.equal(await summary.textContent(), "+3 copies");
    assert.equal(await page.locator(".copies li").first().isVisible(), false);
    await summary.click();
    assert.equal(await page.locator(".copies li").count(), 3);
    assert.ok(await page.locator(".copies li").first().isVisible());
    assert.match((await page.locator(".lede").textContent()) ?? "", /4 articles .* 4 outlets/);
    assert.ok((await page.locator("svg.map .places circle").count()) >= 1, "the map shows Lyon");
    await shoot(page, "story-copies");
  });

  it("shows the example pages as two stories of one thread", async () => {
    await visit("feed", "/");
    await page.click(`text=${SEED_DUSHANBE}`);
    await page.waitForURL(/\/stories\/\d+$/);
    await ready(page);
    remember("story");
    const thread = page.locator('section[aria-labelledby="s-thread"]');
    const stories = await thread.locator(".story-item .item-title").allTextContents();
    assert.equal(stories.length, 2);
    assert.ok(stories.includes(SEED_DUSHANBE));
    assert.ok(stories.some((t) => t.startsWith(SEED_SECOND)));
    assert.equal(await thread.locator(".story-item.current").count(), 1, "this story is marked in its thread");
    await shoot(page, "story");
  });

  it("shows an article's cleaned text with entities highlighted, removed spans on demand, and its provenance", async () => {
    await page.click(`.timeline-item a:text("${SEED_DUSHANBE}")`);
    await page.waitForURL(/\/articles\/\d+$/);
    await ready(page);
    remember("article");
    const people = await page.locator(".article-text mark.type-person").allTextContents();
    assert.ok(people.includes("Tileuberdi"), `people highlighted: ${people.join(", ")}`);
    assert.ok((await page.locator(".article-text mark.type-place").allTextContents()).includes("Kazakhstan"));
    const removed = page.locator("#removed-spans");
    assert.equal(await removed.isVisible(), false, "removed spans stay hidden until asked for");
    await page.click('button[aria-controls="removed-spans"]');
    assert.ok(await removed.isVisible());
    assert.equal(await page.getAttribute('button[aria-controls="removed-spans"]', "aria-expanded"), "true");
    const reasons = await removed.locator(".reason").allTextContents();
    assert.ok(reasons.includes("repeated-block"), `reasons: ${reasons.join(", ")}`);
    assert.match((await page.locator(".facts").textContent()) ?? "", /000_5687b5c5f0498ff9\.txt/);
    await shoot(page, "article");
  });

  it("compares the two example pages side by side with every shared passage highlighted on both sides", async () => {
    await page.click('section[aria-labelledby="s-most-similar"] button');
    const compareLink = page.locator('section[aria-labelledby="s-most-similar"] a:text("compare")').first();
    await compareLink.waitFor();
    await compareLink.click();
    await page.waitForURL(/\/compare\?a=\d+&b=\d+$/);
    await ready(page);
    remember("compare");
    const url = new URL(page.url());
    const { report } = await api<{ report: SimilarityReport }>(`/api/compare?a=${url.searchParams.get("a")}&b=${url.searchParams.get("b")}`);
    const passages = report.dimensions.text.evidence.passages;
    assert.ok(passages.length > 0, "the example pages share passages");
    const sides = page.locator(".side-col");
    assert.equal(await sides.count(), 2);
    for (const side of [sides.nth(0), sides.nth(1)]) {
      const numbers = new Set(await side.locator("mark.shared").evaluateAll((marks) => marks.map((m) => m.getAttribute("data-passage"))));
      assert.deepEqual([...numbers].map(Number).sort((x, y) => x - y), passages.map((_, i) => i + 1), "each passage is marked on this side");
    }
    const marksA = (await sides.nth(0).locator("mark.shared").allTextContents()).join(" ").replace(/\s+/g, " ");
    for (const p of passages) assert.ok(marksA.includes(p.text.replace(/\s+/g, " ")), `passage "${p.text}" is highlighted in A`);
    const rows = await page.locator("table.scores tbody tr").allTextContents();
    assert.equal(rows.length, 5);
    assert.ok(rows[0].includes(report.dimensions.text.score.toFixed(2)));
    assert.match((await page.locator(".verdict").textContent()) ?? "", new RegExp(`${report.verdict} — overall ${report.overall.toFixed(2)}`));
    await shoot(page, "compare");
  });

  it("searches from the header box and marks the matches", async () => {
    await page.fill("#header-q", "Kazakhstan");
    await page.press("#header-q", "Enter");
    await page.waitForURL(/\/search\?q=Kazakhstan$/);
    await ready(page);
    remember("search");
    const results = page.locator(".results > li");
    assert.equal(await results.count(), 2, "both example pages, not the Lyon story");
    assert.ok((await page.locator(".results mark").count()) >= 2);
    await shoot(page, "search");
  });

  it("shows the Kazakh minister as one person, under both spellings", async () => {
    for (const spelling of ["Tleuberdi", "Tileuberdi"]) {
      await visit("entities", `/entities?type=person&q=${spelling}`);
      const links = page.locator(".list-table tbody a");
      assert.equal(await links.count(), 1, `one person for "${spelling}"`);
      assert.equal(await links.textContent(), "Mukhtar Tileuberdi");
    }
    await page.locator(".list-table tbody a").click();
    await page.waitForURL(/\/entity\?id=/);
    await ready(page);
    remember("entity");
    assert.equal(await page.textContent("h1"), "Mukhtar Tileuberdi");
    const spellings = (await page.locator(".spelling-list q").allTextContents()).join(" | ");
    assert.match(spellings, /\bTileuberdi\b/);
    assert.match(spellings, /\bTleuberdi\b/);
    assert.equal(await page.locator('section[aria-labelledby="s-stories"] .story-item').count(), 2);
    assert.equal(await page.locator('section[aria-labelledby="s-threads"] .story-item').count(), 1);
    assert.ok((await page.locator("svg.chart rect.chart-bar").count()) >= 1, "a bar per month");
    assert.ok((await page.locator("svg.map .places circle").count()) >= 2, "places named with the minister");
    await shoot(page, "entity");
  });

  it("shows markup in a page's title, outlet and text as text, never as elements", async () => {
    await visit("feed", "/");
    await page.click(`.story-item a:text("Harbour")`);
    await page.waitForURL(/\/stories\/\d+$/);
    await ready(page);
    assert.equal(await page.textContent("h1"), HOSTILE_TITLE);
    await page.click(".timeline-item .item-title a");
    await page.waitForURL(/\/articles\/\d+$/);
    await ready(page);
    remember("article-markup");
    assert.equal(await page.textContent("h1"), HOSTILE_TITLE);
    assert.match((await page.textContent(".article-text")) ?? "", /a <b>crane<\/b> <img src=x/);
    assert.match((await page.textContent(".lede")) ?? "", /Odd <i>Example<\/i>/);
    assert.equal(await page.locator("main img, main script, main b, main i").count(), 0);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned), undefined);
  });

  it("answers an unknown article with a not-found page carrying the API's message", async () => {
    const before = problems.length;
    await visit("not-found", "/articles/999999");
    assert.equal(await page.textContent("h1"), "Not found");
    assert.match((await page.textContent("main [role=alert]")) ?? "", /no article 999999.*http\.not-found/);
    visited.delete("not-found");
    // Chromium logs the API's 404 itself; that one is expected here, anything else is not.
    const during = problems.splice(before);
    assert.deepEqual(during.filter((p) => !/status of 404/.test(p)), []);
  });

  it("fits every page into a phone's width without sideways scrolling", async () => {
    await page.setViewportSize(PHONE);
    for (const [name, path] of visited) {
      await page.goto(server.url + path);
      await ready(page);
      assert.ok(await fitsWidth(page), `${name} (${path}) scrolls sideways at ${PHONE.width}px`);
      await shoot(page, `${name}-phone`);
    }
    await page.setViewportSize(LAPTOP);
  });

  it("ran without script errors or content-security-policy violations", () => {
    assert.deepEqual(problems, []);
  });
});

describe("story page of a story longer than one page, in a real browser", { skip: BROWSER_SKIP }, () => {
  /** 250 articles: three pages of the API. The first article's copy is published last, so it comes on page 3. */
  const MEMBERS = 250;
  const STORY = 7;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];
  /** Query strings the page sent to the story's API route. */
  const storyRequests: URLSearchParams[] = [];
  let canonicalId: number;

  before(async () => {
    dir = tempDir("newsfold-browser-pages-");
    const config = { type: "sqlite" as const, path: join(dir, "pages.db") };
    const store = await openStore(config);
    const articles = Array.from({ length: MEMBERS }, (_, i) => newArticle(i + 1, `generated article number ${i + 1}`));
    const copy = { batchIndex: MEMBERS - 2 }; // n = 249: the 28th day, the latest date of all
    const ids = await store.commitBatch({
      articles,
      groupChanges: [{ groupId: null, canonical: { batchIndex: 0 }, members: [{ ref: { batchIndex: 0 }, kind: "canonical", similarity: 1 }, { ref: copy, kind: "near", similarity: 0.9 }], mergedGroupIds: [] }],
    });
    canonicalId = ids[0];
    await store.replaceStories({ stories: [{ id: STORY, threadId: null, title: "A long story", articleIds: ids, summary: {} }], threads: [] });
    await store.close();
    server = await startServer({ store: config, port: 0, log: () => {} });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname === `/api/stories/${STORY}`) storyRequests.push(url.searchParams);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const hrefs = () => page.locator(".timeline-item .item-title a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));

  it("fetches the first 100 articles only, then the next page on Show more, landing keyboard focus on it", async () => {
    await page.goto(`${server.url}/stories/${STORY}`);
    await ready(page);
    assert.equal(await page.locator(".timeline-item").count(), 100);
    assert.match((await page.locator(".lede").textContent()) ?? "", /250 articles/, "the lede counts the whole story");
    const more = page.locator(".more button");
    assert.equal(await more.textContent(), "Show 100 more (150 not shown)");
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll(".timeline-item").length > 100);
    const second = (await (await fetch(`${server.url}/api/stories/${STORY}?limit=100&offset=100`)).json()) as { articles: { id: number }[] };
    assert.equal((await focused(page)).href, `/articles/${second.articles[0].id}`, "focus lands on the first new entry");
    const shown = await hrefs();
    assert.equal(shown.length, 200);
    assert.equal(new Set(shown).size, 200, "no entry twice");
    assert.deepEqual(storyRequests.map((q) => [q.get("limit"), q.get("offset") ?? "0"]), [["100", "0"], ["100", "100"]], "one page per request, never the whole story");
  });

  it("folds a copy from a later page under its canonical article already on screen", async () => {
    const canonical = page.locator(".timeline-item", { has: page.locator(`.item-title a[href="/articles/${canonicalId}"]`) });
    assert.equal(await canonical.count(), 1, "the canonical article is on the first page");
    assert.equal(await canonical.locator("details.copies").count(), 0, "its copy is not loaded yet");
    await page.locator(".more button").click();
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector(".more button") === null);
    assert.equal(await page.locator(".timeline-item").count(), MEMBERS - 1, "the copy joins its canonical article's entry");
    assert.equal(await canonical.locator("details.copies summary").textContent(), "+1 copy");
    assert.equal(new Set(await hrefs()).size, MEMBERS - 1);
    assert.deepEqual(problems, []);
  });
});
