import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMinHasher } from "../../src/fingerprint/index.js";
import type { CopyLink, LinkKind, Passage } from "../../src/copies/links.js";
import type { ArticleRef, NewArticle, Store } from "../../src/store/index.js";
import type { CleanedArticle } from "../../src/types.js";

const hasher = createMinHasher();

/** A new article as the pipeline would hand it to a store. */
export function newArticle(n: number, text: string, overrides: Partial<CleanedArticle> = {}): NewArticle {
  const cleaned: CleanedArticle = {
    title: `Title ${n}`,
    text,
    published: { year: 2021, month: 9, day: n % 28 + 1, precision: "day", text: `2021-09-${n % 28 + 1}` },
    updated: null,
    site: "example.org",
    author: null,
    url: `https://example.org/${n}`,
    dateline: null,
    lang: { code: "en", confidence: 0.9 },
    removed: [{ reason: "footer", text: "All rights reserved." }],
    ...overrides,
  };
  return {
    docKey: `key-${n}`,
    provenance: { file: `doc-${n}.txt`, format: "text" },
    encoding: { name: "utf-8", repaired: false },
    bytes: text.length,
    cleaned,
    exactHash: `hash-${text.length}-${text.slice(0, 8)}`,
    signature: hasher.signatureOfText(text),
    containmentSamples: new Uint32Array([n, n + 1, 0xffffffff]),
    enrichment: null,
  };
}

/**
 * The Store contract, run against every backend. `open` returns a fresh, empty, writable store;
 * `reopen` opens the same store again (after close) to prove durability.
 */
export function storeContract(name: string, open: () => Promise<Store>, reopen: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it("stores a batch and returns increasing ids in order", async () => {
      const store = await open();
      const ids = await store.commitBatch({ articles: [newArticle(1, "first text here"), newArticle(2, "second text here")], groupChanges: [] });
      assert.equal(ids.length, 2);
      assert.ok(ids[0] > 0 && ids[1] > ids[0]);
      const a = await store.getArticle(ids[1]);
      assert.equal(a?.text, "second text here");
      assert.equal(a?.title, "Title 2");
      assert.equal(a?.publishedSort, "2021-09-03");
      assert.deepEqual(a?.removed, [{ reason: "footer", text: "All rights reserved." }]);
      assert.equal(a?.provenance.file, "doc-2.txt");
      await store.close();
    });

    it("reports known document keys so ingest stays idempotent", async () => {
      const store = await open();
      const [id] = await store.commitBatch({ articles: [newArticle(1, "some text")], groupChanges: [] });
      const known = await store.knownDocKeys(["key-1", "key-unknown"]);
      assert.deepEqual([...known], [["key-1", id]]);
      await assert.rejects(store.commitBatch({ articles: [newArticle(1, "some text")], groupChanges: [] }));
      assert.equal((await store.counts()).articles, 1, "a failed batch leaves nothing behind");
      await store.close();
    });

    it("keeps other sources of a stored document once each, never its own, first seen first", async () => {
      const store = await open();
      const [id, otherId] = await store.commitBatch({ articles: [newArticle(1, "some text"), newArticle(2, "other text")], groupChanges: [] });
      assert.deepEqual((await store.getArticle(id))?.otherSources, []);
      const mirror = { file: "mirror/doc-1.txt", format: "text" as const };
      const feed = { file: "feed.jsonl", format: "jsonl" as const, line: 7, url: "https://example.org/1" };
      await store.recordSources([
        { docKey: "key-1", provenance: mirror },
        { docKey: "key-1", provenance: { format: "text", file: "doc-1.txt" } }, // its own provenance, fields in another order
        { docKey: "key-unknown", provenance: mirror },
        { docKey: "key-1", provenance: mirror },
      ]);
      await store.recordSources([{ docKey: "key-1", provenance: feed }, { docKey: "key-1", provenance: { ...mirror } }]);
      await store.recordSources([]);
      const sources = (await store.getArticle(id))?.otherSources ?? [];
      assert.deepEqual(sources.map(({ seenAt, ...place }) => place), [mirror, feed]);
      assert.ok(sources.every((s) => !Number.isNaN(Date.parse(s.seenAt))));
      assert.deepEqual((await store.getArticle(otherId))?.otherSources, []);
      const streamed = [];
      for await (const a of store.streamArticles({ canonicalOnly: false })) streamed.push(a.otherSources.map((s) => s.file));
      assert.deepEqual(streamed, [["mirror/doc-1.txt", "feed.jsonl"], []]);
      await store.close();
    });

    it("answers null or [] for what it does not hold", async () => {
      const store = await open();
      assert.equal(await store.getArticle(999), null);
      assert.equal(await store.getCopyGroup(999), null);
      assert.deepEqual(await store.findByExactHash("nope"), []);
      assert.deepEqual(await store.search("nothing", { limit: 5 }), []);
      assert.deepEqual([...(await store.getTexts([999]))], []);
      await store.close();
    });

    it("creates a copy group with batch references and lists it", async () => {
      const store = await open();
      const ids = await store.commitBatch({
        articles: [newArticle(1, "wire story text"), newArticle(2, "wire story text again")],
        groupChanges: [
          {
            groupId: null,
            canonical: { batchIndex: 0 },
            members: [
              { ref: { batchIndex: 0 }, kind: "canonical", similarity: 1 },
              { ref: { batchIndex: 1 }, kind: "near", similarity: 0.85 },
            ],
            mergedGroupIds: [],
          },
        ],
      });
      const groups = await store.listCopyGroups({ limit: 10 });
      assert.equal(groups.length, 1);
      assert.equal(groups[0].canonicalId, ids[0]);
      assert.deepEqual(groups[0].members.map((m) => [m.id, m.kind, m.similarity]), [[ids[0], "canonical", 1], [ids[1], "near", 0.85]]);
      const counts = await store.counts();
      assert.deepEqual(counts, { articles: 2, copyGroups: 1, copies: 1, quotes: 0, stories: 0, threads: 0 });
      const canonicalOnly = [];
      for await (const a of store.streamArticles({ canonicalOnly: true })) canonicalOnly.push(a.id);
      assert.deepEqual(canonicalOnly, [ids[0]]);
      await store.close();
    });

    it("moves the canonical role when a group is updated", async () => {
      const store = await open();
      const [first] = await store.commitBatch({ articles: [newArticle(5, "late copy")], groupChanges: [] });
      const [second] = await store.commitBatch({
        articles: [newArticle(1, "early original")],
        groupChanges: [
          { groupId: null, canonical: { batchIndex: 0 }, members: [{ ref: { batchIndex: 0 }, kind: "canonical", similarity: 1 }, { ref: { id: first }, kind: "near", similarity: 0.9 }], mergedGroupIds: [] },
        ],
      });
      const group = await store.getCopyGroup((await store.getArticle(first))!.groupId!);
      assert.equal(group?.canonicalId, second);
      assert.equal((await store.getArticle(first))?.copyKind, "near");
      await store.close();
    });

    it("replaces every copy group and link when the whole store is regrouped", async () => {
      const store = await open();
      const link = (a: ArticleRef, b: ArticleRef, kind: LinkKind, passage: Passage | null): CopyLink<ArticleRef> => ({ a, b, kind, jaccard: 0.5, aInB: 0.75, bInA: 0.25, aSize: 40, bSize: 120, passage });
      const ids = await store.commitBatch({
        articles: [newArticle(1, "an original"), newArticle(2, "its copy"), newArticle(3, "a longer text quoting it")],
        groupChanges: [{ groupId: null, canonical: { batchIndex: 0 }, members: [{ ref: { batchIndex: 0 }, kind: "canonical", similarity: 1 }, { ref: { batchIndex: 1 }, kind: "near", similarity: 0.9 }], mergedGroupIds: [] }],
        copyLinks: [link({ batchIndex: 0 }, { batchIndex: 1 }, "near", null)],
      });
      await store.commitBatch({
        articles: [],
        resetCopies: true,
        groupChanges: [{ groupId: null, canonical: { id: ids[1] }, members: [{ ref: { id: ids[1] }, kind: "canonical", similarity: 1 }, { ref: { id: ids[2] }, kind: "exact", similarity: 1 }], mergedGroupIds: [] }],
        copyLinks: [link({ id: ids[2] }, { id: ids[1] }, "quotes", { aStart: 3, aEnd: 43, bStart: 0, bEnd: 40 })],
      });
      const groups = await store.listCopyGroups({ limit: 10 });
      assert.deepEqual(groups.map((g) => [g.canonicalId, g.members.map((m) => [m.id, m.kind])]), [[ids[1], [[ids[1], "canonical"], [ids[2], "exact"]]]]);
      assert.equal((await store.getArticle(ids[0]))?.groupId, null, "the old group's other member is left in none");
      assert.deepEqual(await store.getCopyLinks([ids[0]]), [], "the old link is gone");
      assert.deepEqual(await store.getCopyLinks([ids[1]]), [{ ...link({ id: ids[2] }, { id: ids[1] }, "quotes", { aStart: 3, aEnd: 43, bStart: 0, bEnd: 40 }), a: ids[2], b: ids[1] }]);
      await store.close();
    });

    it("finds articles by words, ignoring accents, and never fails on operator characters", async () => {
      const store = await open();
      await store.commitBatch({ articles: [newArticle(1, "La rencontre à Douchanbé a renforcé la coopération."), newArticle(2, "Unrelated sports results.")], groupChanges: [] });
      const hits = await store.search("douchanbe cooperation", { limit: 5 });
      assert.equal(hits.length, 1);
      assert.match(hits[0].snippet, /Douchanbé/);
      await store.commitBatch({ articles: [3, 4, 5].map((n) => newArticle(n, `coopération number ${n}`)), groupChanges: [] });
      const newest = await store.search("cooperation", { limit: 10, newest: 2 });
      assert.deepEqual(newest.map((h) => h.id).sort(), [4, 5], "with newest, only the most recently stored matches are ranked");
      assert.equal((await store.search("cooperation", { limit: 10 })).length, 4);
      assert.equal((await store.search("douchanbe", { limit: 10, newest: 50 })).length, 1, "a window wider than the matches keeps them all");
      for (const nasty of ['"', "AND OR NOT", "*", "coop*", "'; DROP TABLE articles; --", "NEAR(a b)", "-x", "^"]) {
        await store.search(nasty, { limit: 5 });
      }
      assert.equal((await store.counts()).articles, 5);
      await store.close();
    });

    it("finds articles in Chinese, Japanese and Thai by any run of their characters, and only where they stand together", async () => {
      const store = await open();
      const zh = "日本首相岸田文雄周四在东京会见了印度总理莫迪，双方同意加强在半导体和清洁能源领域的合作。";
      const ja = "岸田文雄首相は木曜日、東京でインドのモディ首相と会談した。";
      const th = "นายกรัฐมนตรีญี่ปุ่นพบกับนายกรัฐมนตรีอินเดียที่กรุงโตเกียว";
      const [zhId, jaId, thId, enId] = await store.commitBatch({
        articles: [
          newArticle(1, zh, { title: "东京会谈", lang: { code: "zh", confidence: 0.9 } }),
          newArticle(2, ja, { title: "日印首脳会談", lang: { code: "ja", confidence: 0.9 } }),
          newArticle(3, th, { title: "การประชุมที่โตเกียว", lang: { code: "th", confidence: 0.9 } }),
          newArticle(4, "Kishida met Modi in Tokyo on Thursday.", { title: "Tokyo talks" }),
        ],
        groupChanges: [],
      });
      const ids = async (query: string) => (await store.search(query, { limit: 10 })).map((h) => h.id).sort((a, b) => a - b);
      assert.deepEqual(await ids("岸田文雄"), [zhId, jaId], "a name inside unbroken text, in both languages");
      assert.deepEqual(await ids("东京"), [zhId]);
      assert.deepEqual(await ids("東京 モディ"), [jaId], "words are ANDed");
      assert.deepEqual(await ids("半导体 能源"), [zhId]);
      assert.deepEqual(await ids("文雄首相"), [jaId], "文雄首相 stands together only in the Japanese text");
      assert.deepEqual(await ids("会谈"), [zhId], "the title is searched too");
      assert.deepEqual(await ids("โตเกียว"), [thId]);
      assert.deepEqual(await ids("Tokyo"), [enId]);
      const [hit] = await store.search("岸田文雄", { limit: 1 });
      assert.ok(hit.snippet.includes("[岸田文雄]"), hit.snippet);
      assert.ok(!hit.snippet.includes("\u200b"), "the snippet reads as the text does");
      await store.close();
    });

    it("finds a Korean noun written with its particle, by the noun alone or with any particle", async () => {
      const store = await open();
      const [ko] = await store.commitBatch({
        articles: [
          newArticle(1, "윤석열 대통령은 목요일 도쿄에서 기시다 총리와 만나 반도체 협력을 논의했다.", { title: "한일 정상회담", lang: { code: "ko", confidence: 0.9 } }),
          newArticle(2, "서울의 날씨는 맑겠다.", { lang: { code: "ko", confidence: 0.9 } }),
        ],
        groupChanges: [],
      });
      const ids = async (query: string) => (await store.search(query, { limit: 10 })).map((h) => h.id);
      for (const query of ["도쿄", "도쿄에서", "도쿄는", "총리", "대통령", "반도체 협력", '"대통령은 목요일"']) assert.deepEqual(await ids(query), [ko], query);
      assert.deepEqual(await ids("오사카"), []);
      assert.deepEqual(await ids('"대통령은 금요일"'), [], "a quoted phrase stays a phrase");
      const [hit] = await store.search("도쿄", { limit: 1 });
      assert.ok(hit.snippet.includes("[도쿄]에서"), hit.snippet);
      await store.close();
    });

    it("stores entities with their articles and finds articles by entity id or by any spelling of a name", async () => {
      const store = await open();
      const mention = (text: string) => [{ text, start: 0, end: text.length }];
      const withEntities = (n: number, text: string, person: string) => ({
        ...newArticle(n, text),
        enrichment: {
          entities: [
            { type: "person" as const, id: "person:m-tlbrd", name: person, mentions: mention(person), salience: 0.9 },
            { type: "place" as const, id: "place:KZ", name: "Kazakhstan", country: "KZ", lat: 48, lon: 68, mentions: mention("Kazakhstan"), salience: 0.5 },
          ],
          eventDate: { date: { year: 2021, month: 9, day: 16, precision: "day" as const, text: "jeudi" }, text: "jeudi", offset: 3, confidence: 0.8 },
          publishedDate: null,
          names: [],
        },
      });
      const [a, b] = await store.commitBatch({
        articles: [withEntities(1, "first meeting vaccines", "Mukhtar Tileuberdi"), withEntities(2, "second meeting trains", "Mukhtar Tleuberdi"), newArticle(3, "unrelated")],
        groupChanges: [],
      });
      const article = await store.getArticle(a);
      assert.deepEqual(article?.entities.map((e) => e.id), ["person:m-tlbrd", "place:KZ"]);
      assert.equal(article?.entities[1].country, "KZ");
      assert.equal(article?.eventDate?.date.day, 16);
      assert.deepEqual((await store.searchByEntity("place:KZ", { limit: 10 })).map((h) => h.id).sort(), [a, b]);
      assert.deepEqual((await store.searchByEntity("tileuberdi", { limit: 10 })).map((h) => h.id).sort(), [a, b], "found by a name in any case");
      assert.deepEqual((await store.searchByEntity("place:KZ", { limit: 10 }, "trains")).map((h) => h.id), [b], "words narrow it");
      assert.deepEqual(await store.searchByEntity("nobody", { limit: 10 }), []);
      const entities = await store.listEntities({ limit: 10 });
      assert.deepEqual(entities.map((e) => [e.id, e.articles]), [["person:m-tlbrd", 2], ["place:KZ", 2]]);
      assert.deepEqual((await store.listEntities({ limit: 10, type: "place" })).map((e) => e.id), ["place:KZ"]);
      // A stream (export, dedup) reads its articles a chunk at a time: each as whole as one read alone.
      const streamed = [];
      for await (const s of store.streamArticles({ canonicalOnly: false })) streamed.push(s);
      assert.deepEqual(streamed.map((s) => s.id), [a, b, b + 1]);
      for (const s of streamed) assert.deepEqual(s, await store.getArticle(s.id));
      assert.deepEqual(streamed[1].entities.map((e) => [e.id, e.salience]), [["person:m-tlbrd", 0.9], ["place:KZ", 0.5]], "by salience, highest first");
      assert.deepEqual(streamed[2].entities, [], "an article naming no one");
      await store.close();
    });

    it("streams every article with its own entities across the chunks of a long stream", async () => {
      const store = await open();
      const mention = (text: string) => [{ text, start: 0, end: text.length }];
      // More articles than one chunk of a stream (500): an entity named in every chunk, others in one article each.
      const articles = Array.from({ length: 1203 }, (_, i) => ({
        ...newArticle(i + 1, `report number ${i + 1}`),
        enrichment: {
          entities: [
            { type: "place" as const, id: "place:KZ", name: "Kazakhstan", country: "KZ", lat: 48, lon: 68, mentions: mention("Kazakhstan"), salience: 0.5 },
            ...(i % 3 === 0 ? [{ type: "person" as const, id: `person:p-${i}`, name: `Person ${i}`, mentions: mention(`Person ${i}`), salience: 0.9 }] : []),
          ],
          eventDate: null,
          publishedDate: null,
          names: [],
        },
      }));
      const ids: number[] = [];
      for (let i = 0; i < articles.length; i += 400) ids.push(...(await store.commitBatch({ articles: articles.slice(i, i + 400), groupChanges: [] })));
      const streamed = [];
      for await (const a of store.streamArticles({ canonicalOnly: false })) streamed.push(a);
      assert.deepEqual(streamed.map((a) => a.id), ids);
      streamed.forEach((a, i) => {
        const expected = i % 3 === 0 ? [[`person:p-${i}`, `Person ${i}`, null], ["place:KZ", "Kazakhstan", "KZ"]] : [["place:KZ", "Kazakhstan", "KZ"]];
        assert.deepEqual(a.entities.map((e) => [e.id, e.name, e.country]), expected, `article ${a.id}`);
      });
      for (const i of [0, 499, 500, 1202]) assert.deepEqual(streamed[i], await store.getArticle(ids[i]), "a streamed article is as whole as one read alone");
      await store.close();
    });

    it("links an entity named twice in one article once, its last mention winning", async () => {
      const store = await open();
      const entity = (salience: number, text: string) => ({ type: "person" as const, id: "person:w-y", name: "Wang Yi", mentions: [{ text, start: 0, end: text.length }], salience });
      const enriched = (n: number, entities: ReturnType<typeof entity>[]) => ({
        ...newArticle(n, `text ${n}`),
        enrichment: { entities, eventDate: null, publishedDate: null, names: [] },
      });
      const [a] = await store.commitBatch({ articles: [enriched(1, [entity(0.4, "Wang"), entity(0.7, "Wang Yi")]), enriched(2, [entity(0.2, "Yi")])], groupChanges: [] });
      assert.deepEqual((await store.getArticle(a))?.entities.map((e) => [e.salience, e.mentions[0].text]), [[0.7, "Wang Yi"]]);
      assert.deepEqual((await store.listEntities({ limit: 10 })).map((e) => [e.id, e.articles]), [["person:w-y", 2]]);
      await store.close();
    });

    it("replaces stories and threads whole, copies following their canonical article", async () => {
      const store = await open();
      const ids = await store.commitBatch({
        articles: [newArticle(1, "meeting in the capital"), newArticle(2, "meeting in the capital, reprinted"), newArticle(3, "a year later, the same ministers"), newArticle(4, "sports")],
        groupChanges: [
          { groupId: null, canonical: { batchIndex: 0 }, members: [{ ref: { batchIndex: 0 }, kind: "canonical", similarity: 1 }, { ref: { batchIndex: 1 }, kind: "near", similarity: 0.9 }], mergedGroupIds: [] },
        ],
      });
      const inputs = [];
      for await (const input of store.streamStoryInputs()) inputs.push(input.id);
      assert.deepEqual(inputs, [ids[0], ids[2], ids[3]], "copies are not clustered themselves");
      await store.replaceStories({
        stories: [
          { id: 10, threadId: null, title: "Meeting", articleIds: [ids[0]], summary: {} },
          { id: 11, threadId: null, title: "Meeting again", articleIds: [ids[2]], summary: {} },
          { id: 12, threadId: null, title: "Sports", articleIds: [ids[3]], summary: {} },
        ],
        threads: [{ id: 10, title: "Meetings", storyIds: [10, 11] }, { id: 12, title: "Sports", storyIds: [12] }],
      });
      const story = await store.getStory(10);
      assert.deepEqual(story?.articles.map((a) => a.id), [ids[0], ids[1]], "the copy follows its canonical article");
      assert.equal(story?.story.articles, 2);
      assert.equal(story?.story.threadId, 10);
      assert.deepEqual(story?.story.sites, ["example.org"]);
      const listed = await store.listStories({ limit: 10 });
      assert.equal(listed[0].id, 10, "largest first");
      assert.deepEqual((await store.listStories({ limit: 10, lang: "de" })).map((s) => s.id), []);
      // A date bound takes the whole period it names: "2021-09" lists a story first published on 2021-09-02.
      const first = listed.find((s) => s.id === 10)?.first;
      assert.ok(first, "the story has a dated first article");
      const month = first.slice(0, 7);
      assert.ok((await store.listStories({ limit: 10, to: month })).some((s) => s.id === 10), "to includes its whole month");
      assert.ok((await store.listStories({ limit: 10, from: month })).some((s) => s.id === 10), "from includes its whole month");
      assert.ok(!(await store.listStories({ limit: 10, to: "1970-01-01" })).some((s) => s.id === 10), "to excludes later days");
      const thread = await store.getThread(10);
      assert.deepEqual(thread?.stories.map((s) => s.id).sort(), [10, 11]);
      assert.equal(thread?.thread.articles, 3);
      assert.deepEqual((await store.listThreads({ limit: 10 })).map((t) => t.id), [10, 12]);
      await store.replaceStories({ stories: [{ id: 20, threadId: null, title: "All", articleIds: [ids[0], ids[2], ids[3]], summary: {} }], threads: [] });
      assert.equal(await store.getStory(10), null, "a rebuild replaces what was there");
      assert.equal((await store.getStory(20))?.articles.length, 4);
      await store.close();
    });

    it("pages through a story's articles: each once, in publication order, undated last", async () => {
      const store = await open();
      // Days repeat (n % 28), so ties in date are broken by id; two articles have no date at all.
      const undated = { published: null };
      const articles = [3, 31, 59, 4, 2, 30, 5, 33, 6].map((n) => newArticle(n, `story member ${n}`));
      articles.push(newArticle(100, "undated member one", undated), newArticle(101, "undated member two", undated));
      const ids = await store.commitBatch({ articles, groupChanges: [] });
      await store.replaceStories({ stories: [{ id: 40, threadId: null, title: "Long", articleIds: ids, summary: {} }], threads: [] });
      const paged = [];
      for (let offset = 0; ; offset += 4) {
        const found = await store.getStory(40, { limit: 4, offset });
        assert.equal(found?.story.articles, ids.length, "every page carries the total");
        paged.push(...found!.articles);
        if (found!.articles.length < 4) break;
      }
      assert.deepEqual(paged.map((a) => a.id).sort((x, y) => x - y), ids, "every member exactly once");
      const key = (a: { published: string | null; id: number }) => [a.published ?? "\uffff", a.id] as const;
      const sorted = [...paged].sort((x, y) => (key(x)[0] < key(y)[0] ? -1 : key(x)[0] > key(y)[0] ? 1 : x.id - y.id));
      assert.deepEqual(paged.map((a) => a.id), sorted.map((a) => a.id), "publication date, then id");
      assert.deepEqual(paged.slice(-2).map((a) => a.id), ids.slice(-2), "undated articles come last");
      assert.deepEqual((await store.getStory(40))?.articles.map((a) => a.id), paged.map((a) => a.id), "without a page, the first 100");
      assert.deepEqual((await store.getStory(40, { limit: 4, offset: 50 }))?.articles, [], "past the end: an empty page");
      await store.close();
    });

    it("browses articles by filter, one entity with its timeline and neighbours, and places for a map", async () => {
      const store = await open();
      const mention = (text: string) => [{ text, start: 0, end: text.length }];
      const place = (id: string, name: string, lat: number | undefined, salience = 0.5) => ({
        type: "place" as const, id, name, country: "KZ", ...(lat === undefined ? {} : { lat, lon: 70 }), mentions: mention(name), salience,
      });
      const person = { type: "person" as const, id: "person:w-y", name: "Wang Yi", mentions: mention("Wang Yi"), salience: 0.9 };
      const enriched = (n: number, text: string, entities: object[], overrides: object = {}) => ({
        ...newArticle(n, text, overrides),
        enrichment: { entities, eventDate: null, publishedDate: null, names: [] } as unknown as NewArticle["enrichment"],
      });
      const ids = await store.commitBatch({
        articles: [
          enriched(1, "meeting in Astana", [person, place("place:gn:1", "Astana", 51)]),
          enriched(2, "meeting in Almaty", [person, place("place:gn:2", "Almaty", 43), place("place:KZ", "Kazakhstan", undefined)], {
            site: null, url: "https://www.news.example/a", lang: { code: "fr", confidence: 0.9 },
            published: { year: 2021, month: 10, day: 2, precision: "day", text: "2021-10-02" },
          }),
          enriched(3, "weather", []),
        ],
        groupChanges: [],
      });
      await store.replaceStories({
        stories: [{ id: 7, threadId: null, title: "Meetings", articleIds: [ids[0], ids[1]], summary: {} }, { id: 8, threadId: null, title: "Weather", articleIds: [ids[2]], summary: {} }],
        threads: [{ id: 7, title: "Meetings", storyIds: [7] }],
      });
      assert.deepEqual(await store.counts(), { articles: 3, copyGroups: 0, copies: 0, quotes: 0, stories: 2, threads: 1 });
      assert.equal((await store.getArticle(ids[0]))?.threadId, 7);
      assert.equal((await store.getArticle(ids[2]))?.threadId, null);

      const all = await store.listArticles({ limit: 10 });
      assert.deepEqual(all.map((a) => [a.id, a.storyId]), [[ids[0], 7], [ids[1], 7], [ids[2], 8]]);
      assert.deepEqual(Object.keys(all[0]).sort(), ["copyKind", "groupId", "id", "lang", "published", "site", "storyId", "title", "url"]);
      assert.deepEqual((await store.listArticles({ limit: 10, lang: "fr" })).map((a) => a.id), [ids[1]]);
      assert.deepEqual((await store.listArticles({ limit: 10, site: "news.example" })).map((a) => a.id), [ids[1]], "an outlet known by its URL host");
      assert.deepEqual((await store.listArticles({ limit: 10, site: "%" })).map((a) => a.id), [], "LIKE wildcards are literal");
      assert.deepEqual((await store.listArticles({ limit: 1, offset: 1, storyId: 7 })).map((a) => a.id), [ids[1]]);

      const entity = await store.getEntity("person:w-y", { related: 10 });
      assert.equal(entity?.entity.articles, 2);
      assert.equal(entity?.entity.name, "Wang Yi");
      assert.deepEqual(entity?.timeline, [{ month: "2021-09", articles: 1 }, { month: "2021-10", articles: 1 }]);
      assert.deepEqual(entity?.cooccurring.map((e) => [e.id, e.articles]), [["place:KZ", 1], ["place:gn:1", 1], ["place:gn:2", 1]]);
      assert.deepEqual(entity?.threads.map((t) => t.id), [7]);
      assert.equal((await store.getEntity("place:gn:1", { related: 10 }))?.entity.lat, 51);
      assert.equal(await store.getEntity("person:nobody", { related: 10 }), null);

      assert.deepEqual((await store.listEntities({ limit: 10, query: "almaty" })).map((e) => e.id), ["place:gn:2"]);
      const [wang] = await store.listEntities({ limit: 1, query: "wang yi" });
      assert.deepEqual([wang.articles, wang.first, wang.last], [2, "2021-09-02", "2021-10-02"], "counts and dates kept per entity");
      assert.deepEqual(await store.listEntities({ limit: 10, query: "nobody" }), []);

      const places = await store.listPlaces({ storyId: 7 }, { limit: 10 });
      assert.deepEqual(places.map((p) => [p.id, p.lat, p.articles]), [["place:gn:1", 51, 1], ["place:gn:2", 43, 1]], "places without coordinates are left out");
      assert.deepEqual((await store.listPlaces({ entity: "place:gn:2" }, { limit: 10 })).map((p) => p.id), ["place:gn:2"]);
      assert.deepEqual((await store.listPlaces({ entity: "wang yi" }, { limit: 1 })).map((p) => p.id), ["place:gn:1"]);
      assert.deepEqual(await store.listPlaces({ storyId: 999 }, { limit: 10 }), []);
      await store.close();
    });

    it("streams fingerprints that round-trip their MinHash parameters", async () => {
      const store = await open();
      const article = newArticle(1, "the quick brown fox jumps over the lazy dog");
      await store.commitBatch({ articles: [article], groupChanges: [] });
      const all = [];
      for await (const f of store.streamFingerprints()) all.push(f);
      assert.equal(all.length, 1);
      assert.deepEqual(all[0].signature.params, article.signature.params);
      assert.deepEqual([...all[0].signature.values], [...article.signature.values]);
      assert.deepEqual([...all[0].containmentSamples], [...article.containmentSamples]);
      await store.close();
    });

    it("counts the fingerprints it streams and their containment samples", async () => {
      const store = await open();
      assert.deepEqual(await store.fingerprintStats(), { documents: 0, samples: 0 });
      const articles = [1, 2, 3].map((k) => newArticle(k, `counted text number ${k} ${"with more words to sample ".repeat(k * 6)}`));
      await store.commitBatch({ articles, groupChanges: [] });
      let samples = 0;
      let documents = 0;
      for await (const f of store.streamFingerprints()) {
        documents++;
        samples += f.containmentSamples.length;
      }
      assert.ok(samples > 0, "the texts are long enough to be sampled");
      assert.deepEqual(await store.fingerprintStats(), { documents, samples });
      await store.close();
    });

    it("streams only the fingerprints of later articles after a given id", async () => {
      const store = await open();
      const ids = await store.commitBatch({ articles: [1, 2, 3].map((k) => newArticle(k, `text number ${k} of three`)), groupChanges: [] });
      const after = [];
      for await (const f of store.streamFingerprints({ afterId: ids[0] })) after.push(f.id);
      assert.deepEqual(after, ids.slice(1));
      for await (const f of store.streamFingerprints({ afterId: ids[2] })) assert.fail(`nothing after the last id, got ${f.id}`);
      await store.close();
    });

    it("keeps everything committed after being closed and opened again", async () => {
      const store = await open();
      await store.commitBatch({ articles: [newArticle(1, "durable text")], groupChanges: [] });
      await store.recordRun({ startedAt: "2026-01-01T00:00:00Z", finishedAt: "2026-01-01T00:00:01Z", inputs: ["x"], summary: { read: 1 }, problems: [{ code: "read.empty", severity: "error", stage: "read", reason: "empty" }] });
      await store.close();
      const again = await reopen();
      assert.equal((await again.counts()).articles, 1);
      assert.equal((await again.getArticle(1))?.text, "durable text");
      await again.close();
    });
  });
}
