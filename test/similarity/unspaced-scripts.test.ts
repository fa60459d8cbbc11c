import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { prepareDocument, similarity } from "../../src/similarity/index.js";
import { foldWord } from "../../src/similarity/document.js";
import { UNSPACED_REPORTS, type UnspacedReport } from "../fixtures/unspaced-news.js";

const PUBLISHED = { year: 2024, month: 6, day: 3, precision: "day" as const, text: "2024-06-03" };
const input = (r: UnspacedReport) => ({ title: r.title, text: r.text, lang: r.lang, published: PUBLISHED, enrichment: enrich({ ...r, published: PUBLISHED }) });

test("Chinese, Japanese and Thai are compared word by word, not clause by clause", () => {
  for (const lang of ["zh", "ja", "th"] as const) {
    const report = UNSPACED_REPORTS.find((r) => r.lang === lang)!;
    const doc = prepareDocument({ ...report, published: null, enrichment: null });
    // A Chinese word is one to four characters; a clause is ten or more.
    const longest = Math.max(...doc.words.map((w) => [...w].length));
    assert.ok(longest <= 8, `${lang}: a "word" of ${longest} characters`);
    assert.ok(doc.words.length >= 20, `${lang}: ${doc.words.length} words`);
    // Offsets still point at the words in the text (the evidence a UI highlights).
    doc.words.forEach((w, i) => assert.equal(foldWord(doc.doc.slice(doc.starts[i], doc.ends[i])), w));
  }
  const numbers = prepareDocument({ title: null, text: "6月1日17时在四川雅安市芦山县发生6.1级地震", lang: "zh", published: null, enrichment: null }).numbers;
  assert.ok(numbers.has("17") && numbers.has("6"), `numbers read against words: ${[...numbers]}`);
});

test("two reports of one event score above any two of different events, in each unspaced script and in Korean", () => {
  for (const lang of ["zh", "ja", "th", "ko"] as const) {
    const own = UNSPACED_REPORTS.filter((r) => r.lang === lang).map(input);
    const events = UNSPACED_REPORTS.filter((r) => r.lang === lang).map((r) => r.event);
    const same: number[] = [];
    const different: number[] = [];
    for (let i = 0; i < own.length; i++) {
      for (let j = i + 1; j < own.length; j++) (events[i] === events[j] ? same : different).push(similarity(own[i], own[j]).overall);
    }
    assert.ok(Math.min(...same) > Math.max(...different), `${lang}: same event ${same.map((x) => x.toFixed(2))}, different ${different.map((x) => x.toFixed(2))}`);
    assert.ok(Math.min(...same) >= 0.3, `${lang}: same event ${same.map((x) => x.toFixed(2))}`);
  }
});
