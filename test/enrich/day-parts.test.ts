import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText } from "./helpers.js";

/** Published Friday 2021-09-17: a time of day beside the day it belongs to, and the words the day is read from. */
const DAY_PARTS: readonly [string, string, string, [number, number, number]][] = [
  // A time of day alone gives way to a weekday written later in the lead.
  ["en", "The president declared martial law in a late-night address in Seoul on Tuesday.", "on Tuesday", [2021, 9, 14]],
  ["pt", "O presidente decretou na noite de terça-feira a lei marcial em Seul.", "terça-feira", [2021, 9, 14]],
  // Vietnamese puts the time of day first: "tối thứ Ba" (Tuesday evening), "tối qua" (last night), read as written.
  ["vi", "Tổng thống đã ban bố thiết quân luật vào tối thứ Ba tại Seoul.", "thứ Ba", [2021, 9, 14]],
  ["vi", "Tổng thống phát biểu tối qua tại Seoul.", "tối qua", [2021, 9, 16]],
  // Swedish and Norwegian write the weekday and the time of day as one word.
  ["sv", "Sydkoreas president utlyste på tisdagskvällen krigslagar i Seoul.", "tisdagskvällen", [2021, 9, 14]],
  ["nb", "Presidenten erklærte unntakstilstand tirsdagskvelden i Seoul.", "tirsdagskvelden", [2021, 9, 14]],
];

test("a time of day places no day where a day is written; Vietnamese, Swedish and Norwegian day parts", () => {
  for (const [lang, text, words, [y, m, d]] of DAY_PARTS) {
    const e = enrichText(text, lang);
    assert.ok(e.eventDate !== null, `${lang}: ${text}`);
    assert.equal(e.eventDate.text, words, text);
    assert.deepEqual([e.eventDate.date.year, e.eventDate.date.month, e.eventDate.date.day], [y, m, d], text);
  }
});

test("a time of day alone is still the publication day, when nothing else dates the article", () => {
  const e = enrichText("The president will address the nation this evening.", "en");
  assert.deepEqual([e.eventDate?.date.year, e.eventDate?.date.month, e.eventDate?.date.day], [2021, 9, 17]);
});
