import assert from "node:assert/strict";
import test from "node:test";
import { createStoryClusterer, type StoryArticle } from "../../src/stories/index.js";
import { startFeatureExtraction, withoutText } from "../../src/stories/feature-pool.js";
import { article, FINAL, FINAL_ENTITIES, QUAKE, QUAKE_ENTITIES } from "./helpers.js";

/** Two events retold over weeks in three languages and scripts, with an id repeated: enough to fill several chunks. */
function collection(): StoryArticle[] {
  const out: StoryArticle[] = [];
  const langs = ["en", "fr", "ru"];
  for (let i = 0; i < 180; i++) {
    const [texts, entities] = i % 2 === 0 ? [QUAKE, QUAKE_ENTITIES] : [FINAL, FINAL_ENTITIES];
    const lang = langs[i % 3];
    const text = `${texts[i % 3]} ${lang === "ru" ? "Репортаж номер" : "Report number"} ${i}.`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    out.push(article(i + 1, i % 17 === 0 ? null : `2014-0${1 + (i % 5)}-${day}`, text, entities, lang));
  }
  out.push({ ...out[5], text: `${out[5].text} Updated.` }); // the same id again, as `prime` meets it
  return out;
}

test("features read in worker threads cluster to exactly the stories read in-process", async () => {
  const articles = collection();
  const extraction = startFeatureExtraction({ workers: 2, minArticles: 0, chunk: 16 });
  try {
    for (const a of articles) extraction.add(a);
    const primed = await extraction.finish();
    assert.ok(primed, "workers were started");
    assert.equal(primed.features.length, articles.length);
    const inProcess = createStoryClusterer();
    const inWorkers = createStoryClusterer();
    assert.deepEqual(inWorkers.recluster(articles, primed), inProcess.recluster(articles));
    assert.deepEqual(inWorkers.stories(), inProcess.stories());
    assert.ok(inProcess.stories().length > 1);
  } finally {
    await extraction.close();
  }
});

test("articles whose features the workers read cluster without their texts, to the same stories and titles", async () => {
  // Half the articles without a title: their story takes the start of a text the clusterer no longer holds.
  const articles = collection().map((a, i) => (i % 2 === 0 ? { ...a, title: null, text: `${"Long opening words ".repeat(8)}${a.text}` } : a));
  const extraction = startFeatureExtraction({ workers: 2, minArticles: 40, chunk: 16 });
  const held: StoryArticle[] = [];
  try {
    for (const a of articles) {
      extraction.add(a);
      held.push(a);
      if (extraction.inWorkers) for (let i = 0; i < held.length; i++) held[i] = withoutText(held[i]);
    }
    assert.ok(extraction.inWorkers);
    assert.ok(held.every((a) => a.text.length <= 90), "no text is held beyond what stands in for a title");
    const primed = await extraction.finish();
    assert.ok(primed);
    const slim = createStoryClusterer();
    const whole = createStoryClusterer();
    assert.deepEqual(slim.recluster(held, primed), whole.recluster(articles));
    assert.deepEqual(slim.stories(), whole.stories());
    assert.ok(whole.stories().some((s) => s.title.startsWith("Long opening words")), "some story is titled from its text");
  } finally {
    await extraction.close();
  }
});

test("a collection too small for workers is left to the clusterer", async () => {
  const extraction = startFeatureExtraction({ workers: 2, minArticles: 1000 });
  for (const a of collection().slice(0, 10)) extraction.add(a);
  assert.equal(extraction.inWorkers, false, "the caller keeps the texts the clusterer will read");
  assert.equal(await extraction.finish(), null);
  await extraction.close();
});

test("few but long articles are read in the workers: the threshold counts text as well as articles", async () => {
  const articles = collection().slice(0, 10);
  const chars = articles.reduce((n, a) => n + a.text.length + (a.title?.length ?? 0), 0);
  const enough = startFeatureExtraction({ workers: 2, minArticles: 1000, minChars: chars, chunk: 4 });
  const short = startFeatureExtraction({ workers: 2, minArticles: 1000, minChars: chars + 1, chunk: 4 });
  try {
    for (const a of articles) {
      enough.add(a);
      short.add(a);
    }
    const primed = await enough.finish();
    assert.equal(primed?.features.length, articles.length);
    assert.equal(await short.finish(), null);
  } finally {
    await enough.close();
    await short.close();
  }
});
