import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ids, ofType } from "./helpers.js";

/** Places as the press of each language writes them: in lists, with case endings, by the name CLDR gives. */

const GENEVA = "place:gn:2660646";
const BERLIN = "place:gn:2950159";

test("a word of place governs every name of a list: the first of two cities needs no postposition of its own", () => {
  for (const [lang, text] of [
    ["hi", "मंत्री ने जिनेवा और बर्लिन में बातचीत की।"],
    ["ko", "장관은 제네바와 베를린에서 협상했다."],
    ["ja", "大臣はジュネーブとベルリンで協議した。"],
    ["zh", "部长在柏林和日内瓦举行会谈。"],
    ["ar", "أجرى الوزير محادثات في برلين وجنيف."],
    ["he", "השר ביקר בברלין ובז'נבה."],
  ] as const) {
    assert.deepEqual(ids(enrichText(text, lang), "place").sort(), [BERLIN, GENEVA].sort(), `${lang}: ${text}`);
  }
  // Without "and" or a list's comma between them, a smaller city is not carried by its neighbour.
  assert.deepEqual(ids(enrichText("장관은 제네바 베를린에서 협상했다.", "ko"), "place"), [BERLIN]);
});

test("Urdu's postpositions of place attest a city, and a Hebrew verb after a role is no name", () => {
  assert.deepEqual(ids(enrichText("جنیوا میں اجلاس ہوا۔", "ur"), "place"), [GENEVA]);
  const e = enrichText("השר ביקר בברלין אתמול.", "he");
  assert.deepEqual(ofType(e, "person"), []);
  assert.deepEqual(ids(e, "place"), [BERLIN]);
});

test("case endings that rewrite a name: Finnish illative, Latvian and Slovak cases", () => {
  assert.deepEqual(ids(enrichText("Ministeri matkusti Ranskaan ja Saksaan.", "fi")), ["place:FR", "place:DE"]);
  assert.deepEqual(ids(enrichText("Ministrs devās uz Franciju un Vāciju.", "lv")), ["place:FR", "place:DE"]);
  assert.deepEqual(ids(enrichText("Minister odišiel do Francúzska a Nemecka.", "sk")), ["place:FR", "place:DE"]);
  for (const [text, lang] of [["Ministeri matkusti Ranskaan.", "fi"], ["Ministrs devās uz Franciju.", "lv"]] as const) {
    assert.deepEqual(ofType(enrichText(text, lang), "person"), [], text);
  }
});

test("a country's one-word name from CLDR is read in its own language, and takes no other language's word", () => {
  assert.deepEqual(ids(enrichText("Menteri berangkat ke Prancis, lalu ke Tiongkok dan Swedia.", "id")), ["place:FR", "place:CN", "place:SE"]);
  assert.deepEqual(ids(enrichText("Bakan Kıbrıs'a gitti.", "tr")), ["place:CY"]);
  // Swahili writes Pakistan "Pakistani": in English the word stays the adjective of Pakistan.
  assert.deepEqual(ids(enrichText("Pakistani troops crossed the border on Monday.", "en")), ["place:PK"]);
  // Indonesian's name for France is no place in an English text.
  assert.deepEqual(ids(enrichText("Analysts at Prancis Capital said on Monday that rates would rise.", "en"), "place"), []);
});

test("a country's name of four letters is read with its case ending", () => {
  assert.deepEqual(ids(enrichText("Prezydent Iranu przybył do Iraku i Omanu.", "pl")), ["place:IR", "place:IQ", "place:OM"]);
  assert.deepEqual(ids(enrichText("Prezident Íránu přijel do Iráku.", "cs")), ["place:IR", "place:IQ"]);
});
