import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichArticle } from "../../src/enrich/enrich-article.js";
import { buildGazetteer } from "../../src/enrich/gazetteer.js";
import { DEFAULT_ENRICH_OPTIONS } from "../../src/enrich/options.js";
import { LABELLED_EVENTS } from "../../eval/multilingual-events.js";

test("names of a script indexed on first need are found as if indexed at start-up, whatever order the scripts come in", () => {
  const renderings = LABELLED_EVENTS.flatMap((e) => e.renderings).map((r) => ({ title: r.title, text: r.text, lang: r.lang, published: null }));
  const eager = buildGazetteer();
  eager.prepare(renderings.map((r) => `${r.title} ${r.text}`).join(" ")); // every script the renderings write, before any lookup
  const lazy = buildGazetteer();
  const reversed = [...renderings].reverse();
  const lazyOut = new Map(reversed.map((r) => [r, JSON.stringify(enrichArticle(r, DEFAULT_ENRICH_OPTIONS, lazy))]));
  let nonLatinPlaces = 0;
  for (const r of renderings) {
    const e = enrichArticle(r, DEFAULT_ENRICH_OPTIONS, eager);
    assert.equal(lazyOut.get(r), JSON.stringify(e), `${r.lang}: ${r.title}`);
    if (/[^\u0000-\u024f]/.test(r.text) && e.entities.some((x) => x.id.startsWith("place:gn:"))) nonLatinPlaces++;
  }
  assert.ok(nonLatinPlaces >= 5, `cities found in ${nonLatinPlaces} renderings in other scripts`);
});
