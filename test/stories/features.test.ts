import assert from "node:assert/strict";
import { test } from "node:test";
import { extractFeatures, internFeatures, readInternedFeatures, type InternedFeatures } from "../../src/stories/represent.js";
import { FeatureDictionary } from "../../src/stories/vectors.js";
import { article } from "./helpers.js";

/** Features with their keys spelled out, so two dictionaries' ids compare. */
function spelled(f: InternedFeatures, dictionary: FeatureDictionary) {
  const list = (l: InternedFeatures["terms"]) => [...l.ids].map((id, i) => [dictionary.key(id), l.weights[i]]);
  return { lang: f.lang, terms: list(f.terms), entities: list(f.entities), names: list(f.names) };
}

const ARTICLES = [
  article(1, "2024-03-01", "Zürich: Die Zürcher Polizei meldet 120 Festnahmen. Zürich bleibt ruhig, sagt Müller.", [["person:hans-muller", 0.9], ["place:gn:2657896", 1]], "de"),
  article(2, "2024-03-01", "Plain ASCII text -- with quotes \u201cthat\u201d stay \u2014 as they are; 2024 and 7 and 007.", [["organisation:un", 0.04]], "en"),
  article(3, null, "Ван И встретился с Олафом Шольцем в Мюнхене 16 февраля. Ван И заявил…", [["person:ван-и", 0.8], ["person:олаф-шольц", 0.7]], "ru"),
  article(4, "2024-02-16", "王毅在慕尼黑会见朔尔茨。王毅表示，中德关系稳定。", [["person:王毅", 1], ["person:朔尔茨", 0.5]], "zh"),
  article(5, "2024-02-16", "وزير الخارجية الصيني وانغ يي يلتقي شولتس في ميونخ", [["person:وانغ-يي", 0.9]], "ar"),
  { ...article(6, "2024-02-16", "L\u2019\u00e9t\u00e9 \u00e0 Montr\u00e9al: caf\u00e9, na\u00efve, \u00c5ngstr\u00f6m \u2000 en-quad", [], "fr"), title: null },
];

test("story features read in one pass are those of extractFeatures then internFeatures, weight for weight and in order", () => {
  const one = new FeatureDictionary();
  const two = new FeatureDictionary();
  for (const a of [...ARTICLES, ...ARTICLES]) {
    const expected = spelled(internFeatures(extractFeatures(a), one), one);
    const actual = spelled(readInternedFeatures(a, two), two);
    assert.deepEqual(actual, expected, `article ${a.id}`);
  }
});

test("terms lose their diacritics however the text is written, and a text with none is read as it is", () => {
  const dictionary = new FeatureDictionary();
  const terms = (text: string) => spelled(readInternedFeatures(article(1, null, text, [], "fr"), dictionary), dictionary).terms.map(([k]) => k);
  assert.deepEqual(terms("Zurich Montreal cafe"), terms("Z\u00fcrich Montr\u00e9al caf\u00e9"));
  // Precomposed and decomposed spellings of one word are one term.
  assert.deepEqual(terms("Montre\u0301al"), terms("Montr\u00e9al"));
  assert.deepEqual(terms("\u201cquoted\u201d \u2014 words"), ["quoted", "words"]);
});
