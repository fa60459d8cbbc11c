import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { createStoryClusterer, storyArticle } from "../../src/stories/index.js";
import { UNSPACED_REPORTS } from "../fixtures/unspaced-news.js";

test("reports in Chinese, Japanese, Thai and Korean fold into one story per event, none shared on a country alone", () => {
  const clusterer = createStoryClusterer();
  const published = { year: 2024, month: 6, day: 3, precision: "day" as const, text: "2024-06-03" };
  const storyOf = new Map<string, Set<number>>();
  UNSPACED_REPORTS.forEach((r, i) => {
    const enrichment = enrich({ title: r.title, text: r.text, lang: r.lang, published });
    clusterer.add(storyArticle(i + 1, { title: r.title, text: r.text, published, updated: null, lang: r.lang }, enrichment, "2024-06-03"));
  });
  // Stories linked across languages answer to one id: each article's story is read from the summaries.
  const rootOf = new Map<number, number>();
  for (const s of clusterer.stories()) for (const id of s.articleIds) rootOf.set(id, s.id);
  UNSPACED_REPORTS.forEach((r, i) => {
    const key = `${r.lang}/${r.event}`;
    const stories = storyOf.get(key) ?? new Set<number>();
    stories.add(rootOf.get(i + 1) as number);
    storyOf.set(key, stories);
  });
  for (const [event, stories] of storyOf) assert.equal(stories.size, 1, `${event} split into ${stories.size} stories`);
  const all = [...storyOf.values()].map((s) => [...s][0]);
  assert.equal(new Set(all).size, storyOf.size, `events sharing a story: ${JSON.stringify([...storyOf].map(([e, s]) => [e, [...s]]))}`);
});

test("Thai terms are the segmenter's words, not a phrase's first letters", async () => {
  const { extractFeatures } = await import("../../src/stories/represent.js");
  const fold = (w: string) => w.normalize("NFD").replace(/\p{M}+/gu, "");
  const terms = (title: string) => extractFeatures({ id: 1, published: null, lang: "th", title, text: "", entities: [], eventDate: null, names: [] }).terms;
  // "Modi claims election victory" and "Sheinbaum wins the presidential election": both hold "election", each in a
  // phrase of its own that opens with another word.
  const modi = terms("โมดีประกาศชัยชนะการเลือกตั้ง");
  const sheinbaum = terms("เชนบาวม์ชนะการเลือกตั้งประธานาธิบดีเม็กซิโก");
  assert.ok(modi.has(fold("เลือก")) && sheinbaum.has(fold("เลือก")), JSON.stringify([...modi.keys()]));
  assert.ok(modi.has(fold("ประกาศ")), JSON.stringify([...modi.keys()]));
  assert.ok(!modi.has(fold("โมดีประกาศชัยชนะการเลือกตั้ง").slice(0, 7)));
});
