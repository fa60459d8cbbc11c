import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createServer } from "../../src/http/server.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { newArticle } from "../store/store-contract.js";
import { exampleApi, getJson, TOKEN, type TestApi } from "./helpers.js";

describe("HTTP API over the example pages", () => {
  let api: TestApi;
  before(async () => {
    api = await exampleApi({ token: TOKEN });
  });
  after(() => api.close());

  it("reports health with the store's counts", async () => {
    const { status, body } = await getJson(api, "/api/health");
    assert.equal(status, 200);
    assert.equal(body.ok, true);
    assert.deepEqual(body.counts, { articles: 2, copyGroups: 0, copies: 0, quotes: 0, stories: 2, threads: 1 });
    assert.equal(body.writes, true);
  });

  it("pages through stories, and opens one with its articles and thread", async () => {
    const first = await getJson(api, "/api/stories?limit=1");
    assert.equal(first.status, 200);
    assert.equal(first.body.items.length, 1);
    assert.equal(first.body.next, 1);
    const second = await getJson(api, "/api/stories?limit=1&offset=1");
    assert.equal(second.body.next, null, "the last page says so");
    assert.notEqual(second.body.items[0].id, first.body.items[0].id);
    const story = await getJson(api, `/api/stories/${first.body.items[0].id}`);
    assert.equal(story.status, 200);
    assert.equal(story.body.articles.length, 1);
    assert.equal(story.body.thread.id, first.body.items[0].threadId);
    assert.deepEqual((await getJson(api, "/api/stories?lang=de")).body.items, []);
    assert.equal((await getJson(api, "/api/stories?entity=place%3AKZ")).body.items.length, 2);
    assert.equal((await getJson(api, "/api/stories/999")).status, 404);
  });

  it("lists articles with filters and opens one with entities, removed spans, thread and copies", async () => {
    const list = await getJson(api, "/api/articles?lang=fr");
    assert.deepEqual(list.body.items.map((a: { id: number }) => a.id), [1, 2]);
    const storyId = list.body.items[0].storyId;
    assert.deepEqual((await getJson(api, `/api/articles?story=${storyId}`)).body.items.map((a: { id: number }) => a.id), [1]);
    const { status, body } = await getJson(api, "/api/articles/1");
    assert.equal(status, 200);
    assert.ok(body.entities.some((e: { id: string; mentions: { start: number; end: number; text: string }[] }) => e.id === "place:KZ" && e.mentions.length > 0));
    const mention = body.entities[0].mentions[0];
    const enriched = `${body.title}\n\n${body.text}`;
    assert.equal(enriched.slice(mention.start, mention.end), mention.text, "mention offsets index title + blank line + text");
    const inText = body.entities.flatMap((e: { mentions: { start: number }[] }) => e.mentions).find((m: { start: number }) => m.start >= body.textOffset);
    assert.equal(body.text.slice(inText.start - body.textOffset, inText.end - body.textOffset), inText.text, "textOffset turns them into offsets within text");
    assert.ok(body.removed.length > 0, "the page's footer and repeated block were removed");
    assert.equal(body.storyId, storyId);
    assert.equal(typeof body.threadId, "number");
    assert.equal(body.copies, null);
    const missing = await getJson(api, "/api/articles/12345");
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, "http.not-found");
  });

  it("compares two articles with evidence, and lists the other as most similar", async () => {
    const { status, body } = await getJson(api, "/api/compare?a=1&b=2");
    assert.equal(status, 200);
    assert.equal(body.a.id, 1);
    assert.ok(body.report.dimensions.text.evidence.passages.length > 0);
    const passage = body.report.dimensions.text.evidence.passages[0];
    assert.ok(body.a.text.slice(passage.a.start, passage.a.end).length > 0, "passage offsets refer to the returned text");
    assert.ok(body.report.dimensions.entities.evidence.shared.some((e: { name: string }) => e.name === "Wang Yi"));
    assert.equal((await getJson(api, "/api/compare?a=1&b=99")).status, 404);
    const similar = await getJson(api, "/api/articles/1/similar?k=5");
    assert.equal(similar.status, 200);
    assert.equal(similar.body.items[0].id, 2);
    assert.equal(typeof similar.body.items[0].verdict, "string");
  });

  it("lists entities, opens one with its timeline, stories, threads and neighbours", async () => {
    const places = await getJson(api, "/api/entities?type=place&limit=100");
    assert.ok(places.body.items.every((e: { type: string }) => e.type === "place"));
    assert.deepEqual((await getJson(api, "/api/entities?q=tleuberdi")).body.items.map((e: { name: string }) => e.name), ["Mukhtar Tileuberdi"], "any spelling");
    const { status, body } = await getJson(api, "/api/entities/place%3AKZ");
    assert.equal(status, 200);
    assert.equal(body.entity.name, "Kazakhstan");
    assert.equal(typeof body.entity.lat, "number");
    assert.deepEqual(body.timeline, [{ month: "2021-09", articles: 1 }], "the undated page is left out of the timeline");
    assert.equal(body.stories.length, 2);
    assert.equal(body.threads.length, 1);
    assert.ok(body.cooccurring.some((e: { id: string }) => e.id === "place:CN"));
    assert.equal(body.articles.length, 2);
    assert.equal((await getJson(api, "/api/entities/place%3AZZ")).status, 404);
  });

  it("searches by words and by entity, and needs one of them", async () => {
    const words = await getJson(api, "/api/search?q=cooperation%20Kazakhstan");
    assert.equal(words.status, 200);
    assert.equal(words.body.items.length, 2);
    assert.match(words.body.items[0].snippet, /\[/);
    assert.equal((await getJson(api, "/api/search?entity=Tleuberdi")).body.items.length, 2);
    assert.equal((await getJson(api, "/api/search?entity=place%3AKZ&q=Afghanistan")).body.items.length, 1);
    const neither = await getJson(api, "/api/search");
    assert.equal(neither.status, 400);
    assert.equal(neither.body.error.code, "http.bad-request");
  });

  it("gives places for a story's map and the world's countries", async () => {
    const stories = (await getJson(api, "/api/stories")).body.items;
    const places = await getJson(api, `/api/places?story=${stories[0].id}`);
    assert.ok(places.body.items.length > 0);
    assert.ok(places.body.items.every((p: { lat: number; lon: number }) => Number.isFinite(p.lat) && Number.isFinite(p.lon)));
    assert.ok((await getJson(api, "/api/places?entity=place%3AKZ")).body.items.some((p: { id: string }) => p.id === "place:KZ"));
    assert.equal((await getJson(api, "/api/places")).status, 400, "one of story and entity is needed");
    const world = await getJson(api, "/api/map/world");
    assert.equal(world.body.type, "FeatureCollection");
    assert.ok(world.body.features.length > 150);
    assert.match(world.headers.get("Cache-Control") ?? "", /max-age=\d{4,}/);
  });

  it("lists threads and copy groups", async () => {
    const threads = await getJson(api, "/api/threads");
    assert.equal(threads.body.items.length, 1);
    const thread = await getJson(api, `/api/threads/${threads.body.items[0].id}`);
    assert.equal(thread.body.stories.length, 2);
    assert.deepEqual((await getJson(api, "/api/copies")).body, { items: [], limit: 20, offset: 0, next: null });
    assert.equal((await getJson(api, "/api/copies/1")).status, 404);
  });

  it("ingests JSON documents and raw uploads with the token, idempotently, and refolds stories", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const text = "Wang Yi met his Kazakh counterpart Mukhtar Tileuberdi in Nur-Sultan to discuss trade, vaccines and a new railway line between China and Kazakhstan.";
    const body = JSON.stringify({ documents: [{ url: "https://example.org/a", title: "Ministers meet", text, published: "2021-09-20" }] });
    const first = await getJson(api, "/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.summary.stored, 1);
    assert.ok(first.body.summary.stories.stories >= 3);
    assert.match(first.body.summary.stories.replayed, /since the last replay, more than 10%/, "a store this small is replayed, and the summary says why");
    assert.equal(first.body.summary.stories.continued, null);
    const again = await getJson(api, "/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body });
    assert.deepEqual([again.body.summary.stored, again.body.summary.known], [0, 1], "a document seen before is not stored twice");
    const html = "<!doctype html><html><head><title>Trade talks</title></head><body><article><p>" + "Ministers from both countries discussed trade corridors and customs. ".repeat(5) + "</p></article></body></html>";
    const upload = await getJson(api, "/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "text/html; charset=utf-8" }, body: html });
    assert.equal(upload.status, 200, JSON.stringify(upload.body));
    assert.equal(upload.body.summary.stored, 1);
    const health = await getJson(api, "/api/health");
    assert.equal(health.body.counts.articles, 4, "the reader sees what the writer committed");
    const bad = await getJson(api, "/api/ingest", { method: "POST", headers: { ...auth, "Content-Type": "application/x-ndjson" }, body: '{"url":"https://example.org/b"}\nnot json\n' });
    assert.equal(bad.status, 200);
    assert.ok(bad.body.summary.problems.length > 0, "per-document problems come back with the summary");
    assert.ok(Object.keys(bad.body.summary.problemCounts).length > 0);
  });
});

describe("HTTP API over a story larger than one page", () => {
  /** More than two pages of 100, with publication dates shared by several articles (the id breaks ties). */
  const MEMBERS = 250;
  const STORY = 7;
  let api: TestApi;
  let dir: string;
  before(async () => {
    dir = tempDir("newsfold-http-pages-");
    const config = { type: "sqlite" as const, path: join(dir, "pages.db") };
    const store = await openStore(config);
    const ids = await store.commitBatch({ articles: Array.from({ length: MEMBERS }, (_, i) => newArticle(i + 1, `generated article number ${i + 1}`)), groupChanges: [] });
    await store.replaceStories({ stories: [{ id: STORY, threadId: null, title: "A long story", articleIds: ids, summary: {} }], threads: [] });
    await store.close();
    api = { ...(await createServer({ store: config, log: () => {} })), db: config.path, dir };
  });
  after(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  type Member = { id: number; published: string | null };
  const storyPage = async (query: string) => (await getJson(api, `/api/stories/${STORY}${query}`)).body;

  it("gives the first page of a story's articles with their total, by default 100", async () => {
    const first = await storyPage("");
    assert.equal(first.story.articles, MEMBERS);
    assert.deepEqual([first.articles.length, first.limit, first.offset, first.next, first.total], [100, 100, 0, 100, MEMBERS]);
    const small = await storyPage("?limit=30");
    assert.deepEqual(small.articles.map((a: Member) => a.id), first.articles.slice(0, 30).map((a: Member) => a.id), "a smaller page is the start of the same order");
    assert.equal(small.next, 30);
  });

  it("pages through every article once, in publication order, without overlap or gap", async () => {
    const seen: Member[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const body = await storyPage(`?limit=100&offset=${offset}`);
      assert.equal(body.offset, offset);
      assert.equal(body.total, MEMBERS);
      seen.push(...body.articles);
      offset = body.next;
    }
    assert.equal(seen.length, MEMBERS);
    assert.equal(new Set(seen.map((a) => a.id)).size, MEMBERS, "no article twice");
    const order = (a: Member, b: Member) => (a.published ?? "~").localeCompare(b.published ?? "~") || a.id - b.id;
    assert.deepEqual(seen, [...seen].sort(order), "publication date, then id");
    const last = await storyPage("?limit=100&offset=200");
    assert.deepEqual([last.articles.length, last.next], [50, null], "the last page says so");
  });

  it("answers an offset past the end with an empty page, and refuses a bad limit or offset", async () => {
    const past = await storyPage(`?offset=${MEMBERS + 10}`);
    assert.deepEqual([past.articles, past.next, past.total], [[], null, MEMBERS]);
    assert.equal(past.story.id, STORY, "the story itself is still described");
    for (const bad of ["?limit=0", "?limit=101", "?limit=ten", "?offset=-1", "?offset=1.5"]) {
      const { status, body } = await getJson(api, `/api/stories/${STORY}${bad}`);
      assert.equal(status, 400, bad);
      assert.equal(body.error.code, "http.bad-request", bad);
    }
    assert.equal((await getJson(api, "/api/stories/999?offset=100")).status, 404);
  });
});
