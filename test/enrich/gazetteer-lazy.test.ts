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

test("a declined name in a script indexed after other scripts' declined names were read is found, as if read first", () => {
  const polish = { title: null, text: "Rada zebrała się w poniedziałek.\nPremier przemawiał w Nowym Jorku.", lang: "pl", published: null };
  const russian = { title: null, text: "Совет собрался в понедельник.\nГубернатор выступил в Нижнем Новгороде.", lang: "ru", published: null };
  const places = (gaz: ReturnType<typeof buildGazetteer>, input: typeof polish) =>
    enrichArticle(input, DEFAULT_ENRICH_OPTIONS, gaz).entities.filter((e) => e.type === "place").map((e) => e.name);
  const latinFirst = buildGazetteer();
  assert.deepEqual(places(latinFirst, polish), ["New York City"]); // the Latin names' declined index is read here
  const cyrillicFirst = buildGazetteer();
  const expected = places(cyrillicFirst, russian);
  assert.deepEqual(expected, ["Nizhniy Novgorod"]);
  assert.deepEqual(places(latinFirst, russian), expected, "the Cyrillic names indexed later are in the declined index");
});
