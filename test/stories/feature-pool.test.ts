import assert from "node:assert/strict";
import test from "node:test";
import { createStoryClusterer, type StoryArticle } from "../../src/stories/index.js";
import { startFeatureExtraction } from "../../src/stories/feature-pool.js";
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

test("a collection too small for workers is left to the clusterer", async () => {
  const extraction = startFeatureExtraction({ workers: 2, minArticles: 1000 });
  for (const a of collection().slice(0, 10)) extraction.add(a);
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
