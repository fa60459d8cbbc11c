import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { UNSPACED_REPORTS } from "../fixtures/unspaced-news.js";

const PUBLISHED = { year: 2024, month: 6, day: 3, precision: "day" as const, text: "2024-06-03" };
const enriched = (lang: string, text: string, title: string | null = null) => enrich({ title, text, lang, published: PUBLISHED });
const places = (lang: string, text: string) => enriched(lang, text).entities.filter((e) => e.type === "place").map((e) => e.name);

test("a city written right after a number is found (Chinese and Japanese write numbers against words)", () => {
  // 雅安 (Ya'an) after "17时" (17 o'clock), with and without the number.
  assert.ok(places("zh", "中国地震台网测定，6月1日17时在四川雅安市芦山县发生6.1级地震。").includes("Ya'an"));
  assert.ok(places("zh", "中国地震台网测定，在四川雅安市芦山县发生地震。").includes("Ya'an"));
  assert.ok(places("ja", "3日午前10時ごろ大阪市で会合が開かれた。").includes("Osaka"));
});

const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

test("names in unspaced scripts are the entities found, never clauses", () => {
  for (const r of UNSPACED_REPORTS.filter((x) => x.lang !== "ko")) {
    const { names } = enriched(r.lang, r.text, r.title);
    assert.deepEqual(names.filter((n) => UNSPACED_RE.test(n)), [], r.lang);
  }
});

test("Korean names are keyed without the particle written onto them", () => {
  const { names } = enriched("ko", "이창용 총재는 기자간담회에서 말했다. 기자간담회는 길었다.");
  assert.ok(names.includes("기자간담회"), names.join(" | "));
  assert.ok(!names.some((n) => n.startsWith("기자간담회") && n !== "기자간담회"), names.join(" | "));
});
