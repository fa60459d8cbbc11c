import { test } from "node:test";
import assert from "node:assert/strict";
import { fold, foldKey } from "../../src/enrich/fold.js";
import { enrichText, ids, ofType } from "./helpers.js";

/**
 * Names whose spelling carries a sign that is no word break, or a break that is no space: the Ukrainian apostrophe,
 * the Hebrew geresh, the Persian zero-width non-joiner, Japanese ヴ beside the b row, and Latin acronyms written into
 * Han and Kana runs. Each is found as the plain spelling is.
 */

test("a Ukrainian apostrophe, however written, is part of the word: Vietnam, Sloviansk, the Emirates and the UN are found", () => {
  for (const text of [
    "Делегація В'єтнаму прибула до Слов'янська.",
    "Делегація В’єтнаму прибула до Слов’янська.",
    "Делегація Вʼєтнаму прибула до Словʼянська.",
  ]) {
    assert.deepEqual(ids(enrichText(text, "uk"), "place").sort(), ["place:VN", "place:gn:693468"], text);
  }
  const e = enrichText("Об'єднані Арабські Емірати та Організація Об'єднаних Націй підписали угоду.", "uk");
  assert.deepEqual(ids(e).sort(), ["org:un", "place:AE"]);
  assert.deepEqual(ofType(e, "person"), []);
});

test("a Hebrew geresh is part of its letter: ז'נבה is the Geneva GeoNames spells זנבה", () => {
  assert.equal(foldKey("ז'נבה"), foldKey("זנבה"));
  assert.ok(ids(enrichText("השר נפגש בז'נבה עם נציגי האו\"ם.", "he")).includes("place:gn:2660646"));
});

test("Persian and Urdu words split by a zero-width non-joiner are found as names of several words, not taken for people", () => {
  const e = enrichText("نخست‌وزیر سری‌لانکا به هنگ‌کنگ رفت و با صندوق بین‌المللی پول دیدار کرد.", "fa");
  assert.deepEqual(ids(e).sort(), ["org:imf", "place:HK", "place:LK"]);
  assert.deepEqual(ofType(e, "person"), []);
  assert.deepEqual(ids(enrichText("وزیر لیختن‌اشتاین و مونته‌نگرو دیدار کردند.", "fa")).sort(), ["place:LI", "place:ME"]);
});

test("Japanese ヴ and the b row spell one name: ジュネーヴ and ジュネーブ are Geneva", () => {
  assert.equal(fold("ジュネーヴ"), fold("ジュネーブ"));
  assert.equal(fold("サラエヴォ"), "サラエボ");
  assert.ok(ids(enrichText("国連の会議がジュネーブで開かれた。", "ja")).includes("place:gn:2660646"));
});

test("a Latin acronym written inside a Han or Kana run is looked up as written, the run around it as Han or Kana", () => {
  assert.deepEqual(ids(enrichText("国連とNATOは月曜日に会談した。", "ja")).sort(), ["org:nato", "org:un"]);
  assert.deepEqual(ids(enrichText("据IMF预测，中国经济将增长。", "zh")).sort(), ["org:imf", "place:CN"]);
  // In lower case it is a word, not the acronym.
  assert.deepEqual(ids(enrichText("国連とnatoは月曜日に会談した。", "ja"), "organisation"), ["org:un"]);
});

test("an organisation's name declines in every word, its later words in lower case, as places' names do", () => {
  const who = "org:who";
  for (const [lang, text] of [
    ["ru", "Глава Всемирной организации здравоохранения выступил в понедельник."],
    ["ru", "Сотрудничество с Всемирной организацией здравоохранения продолжится."],
    ["uk", "Глава Всесвітньої організації охорони здоров'я прибув до Києва."],
    ["pl", "Szef Światowej Organizacji Zdrowia przyjechał do Genewy."],
    ["el", "Συνάντηση με τον Παγκόσμιο Οργανισμό Υγείας στη Γενεύη."],
  ] as const) {
    const e = enrichText(text, lang);
    assert.ok(ids(e, "organisation").includes(who), `${lang}: ${JSON.stringify(ids(e))}`);
    assert.deepEqual(ofType(e, "person"), [], lang);
  }
  // An adjective's genitive -ого, -ego declines the whole name.
  assert.deepEqual(ids(enrichText("Доклад Международного валютного фонда вышел.", "ru"), "organisation"), ["org:imf"]);
  assert.deepEqual(ids(enrichText("Raport Międzynarodowego Funduszu Walutowego.", "pl"), "organisation"), ["org:imf"]);
  // A place's name with a lower-case word after it is no place: "Южной" opens no organisation here.
  assert.deepEqual(ids(enrichText("Президент Южной Кореи прибыл.", "ru")), ["place:KR"]);
});
