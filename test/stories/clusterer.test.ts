import { test } from "node:test";
import assert from "node:assert/strict";
import { createStoryClusterer, type StoryArticle } from "../../src/stories/index.js";
import { isNewsfoldError } from "../../src/errors.js";
import { article, FINAL, FINAL_ENTITIES, QUAKE, QUAKE_ENTITIES } from "./helpers.js";

const partition = (assignments: { articleId: number; storyId: number }[]): string => {
  const groups = new Map<number, number[]>();
  for (const a of assignments) groups.set(a.storyId, [...(groups.get(a.storyId) ?? []), a.articleId]);
  return [...groups.values()].map((g) => g.sort((x, y) => x - y).join(",")).sort().join(" | ");
};

const twoEvents = (): StoryArticle[] => [
  ...QUAKE.map((t, i) => article(i + 1, "2014-04-02T10:00", t, QUAKE_ENTITIES)),
  ...FINAL.map((t, i) => article(i + 11, "2014-04-02T10:00", t, FINAL_ENTITIES)),
];

test("copies of one article land in one story", () => {
  const clusterer = createStoryClusterer();
  const results = [1, 2, 3, 4].map((id) => clusterer.add(article(id, "2014-04-02T10:00", QUAKE[0], QUAKE_ENTITIES)));
  assert.equal(results[0].created, true);
  for (const r of results.slice(1)) {
    assert.equal(r.storyId, results[0].storyId);
    assert.equal(r.created, false);
    assert.ok(r.score > 0.9, `a copy scores ${r.score}`);
  }
  assert.equal(clusterer.stories().length, 1);
});

test("two unrelated events land in different stories, each whole", () => {
  const clusterer = createStoryClusterer();
  const assignments = clusterer.recluster(twoEvents());
  assert.equal(partition(assignments), "1,2,3 | 11,12,13");
  const stories = clusterer.stories();
  assert.deepEqual(stories.map((s) => s.articleIds), [[1, 2, 3], [11, 12, 13]]);
  assert.deepEqual(stories[0].languages, ["en"]);
  assert.ok(stories[0].terms.some((t) => t.key.startsWith("en:iquiqu")), "top terms name the place");
});

test("a story closes after the window without news and a late article starts a new one", () => {
  const clusterer = createStoryClusterer({ windowDays: 30 });
  const first = clusterer.add(article(1, "2014-04-02T10:00", QUAKE[0], QUAKE_ENTITIES));
  clusterer.add(article(2, "2014-04-03T10:00", QUAKE[1], QUAKE_ENTITIES));
  const late = clusterer.add(article(3, "2014-05-20T10:00", QUAKE[2], QUAKE_ENTITIES));
  assert.equal(late.created, true);
  assert.notEqual(late.storyId, first.storyId);
  const [old, fresh] = clusterer.stories();
  assert.equal(old.open, false);
  assert.equal(fresh.open, true);
  assert.equal(old.last, "2014-04-03T10:00");
});

test("an article a year later about the same actors starts a new story", () => {
  const clusterer = createStoryClusterer();
  const a = clusterer.add(article(1, "2014-04-02T10:00", QUAKE[0], QUAKE_ENTITIES));
  const b = clusterer.add(article(2, "2015-04-02T10:00", QUAKE[1], QUAKE_ENTITIES));
  assert.notEqual(a.storyId, b.storyId);
});

test("the order of same-time ties does not change the stories", () => {
  const articles = twoEvents();
  const run = (order: StoryArticle[]) => {
    const c = createStoryClusterer();
    c.prime(articles);
    for (const a of order) c.add(a);
    return partition(c.assignments());
  };
  const expected = run(articles);
  assert.equal(run([...articles].reverse()), expected);
  assert.equal(run([articles[3], articles[0], articles[4], articles[1], articles[5], articles[2]]), expected);
});

test("recluster is deterministic whatever order it is given", () => {
  const articles = twoEvents();
  const c = createStoryClusterer();
  const once = c.recluster(articles);
  const again = c.recluster([...articles].reverse());
  assert.deepEqual(again, once);
  assert.deepEqual(c.assignments(), once);
  assert.deepEqual(once.map((a) => a.articleId), [1, 2, 3, 11, 12, 13]); // published, then id
});

test("monolingual stories link across languages on shared entities and names", () => {
  const fr = (id: number, text: string) => article(id, "2014-04-02T12:00", text, QUAKE_ENTITIES, "fr");
  const c = createStoryClusterer();
  const en = c.add(article(1, "2014-04-02T10:00", QUAKE[0], QUAKE_ENTITIES));
  const linked = c.add(fr(2, "Un séisme de magnitude 8,2 a frappé le nord du Chili près d'Iquique mardi, déclenchant une alerte au tsunami."));
  assert.equal(linked.created, true); // a story of its own language …
  assert.equal(linked.storyId, en.storyId); // … linked to the English one
  const [story] = c.stories();
  assert.deepEqual(story.languages, ["en", "fr"]);
  const other = c.add(article(3, "2014-04-02T12:00", FINAL[0], FINAL_ENTITIES, "fr"));
  assert.notEqual(other.storyId, en.storyId);
});

test("misused options are refused with the field named", () => {
  assert.throws(() => createStoryClusterer({ threshold: 2 }), (e) => isNewsfoldError(e) && e.code === "stories.options.invalid" && /threshold/.test(e.message));
  assert.throws(() => createStoryClusterer({ weights: { text: 0, entities: 0, names: 0 } }), /weights/);
  assert.throws(() => createStoryClusterer({ windowDays: 0 }), /windowDays/);
});

test("a report naming a foreigner by the surname alone shares that person with one giving the whole name", async () => {
  const { extractFeatures } = await import("../../src/stories/represent.js");
  const { enrich } = await import("../../src/enrich/index.js");
  const published = { year: 2023, month: 3, day: 20, precision: "day" as const, text: "2023-03-20" };
  const en = enrich({ title: null, text: "Chancellor Olaf Scholz met Spanish Prime Minister Pedro Sánchez in Berlin on Monday.", lang: "en", published });
  const zh = enrich({ title: null, text: "德国总理朔尔茨20日在柏林会见西班牙首相桑切斯，双方讨论了能源价格问题。", lang: "zh", published });
  const keys = (e: typeof en, lang: string) => new Set(extractFeatures(article(1, null, "", e.entities.map((x) => [x.id, x.salience] as [string, number]), lang)).entities.keys());
  const shared = [...keys(en, "en")].filter((k) => keys(zh, "zh").has(k) && k.startsWith("person"));
  assert.ok(shared.length >= 1, `no person shared: ${[...keys(en, "en")]} / ${[...keys(zh, "zh")]}`);
});
