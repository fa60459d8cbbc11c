import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, matchKey, ofType } from "./helpers.js";

/**
 * Chief executives named after their company, as business news writes them in each language: the company's name between
 * the role and the person ("CEO Qantas Vanessa Hudson", "الرئيس التنفيذي لشركة إيرباص غيوم فوري") is no part of the name.
 */
const HUDSON = matchKey("Vanessa Hudson");
const FAURY = matchKey("Guillaume Faury");

function peopleNames(title: string, text: string, lang: string): string[] {
  return ofType(enrichText(text, lang, { title }), "person").map((p) => p.name).sort();
}

test("a company the article names elsewhere, between a role and a name, is the role's (Indonesian, Polish, Vietnamese)", () => {
  assert.deepEqual(peopleNames("Qantas pesan 20 A350 lagi dari Airbus", "CEO Qantas Vanessa Hudson dan CEO Airbus Guillaume Faury menandatangani pesanan di Toulouse.", "id"), ["Guillaume Faury", "Vanessa Hudson"]);
  assert.deepEqual(peopleNames("Qantas zamawia A350", "Prezes Qantas Vanessa Hudson podpisała zamówienie w Tuluzie.", "pl"), ["Vanessa Hudson"]);
  assert.deepEqual(
    peopleNames("Qantas đặt mua A350 của Airbus", "Giám đốc điều hành Qantas Vanessa Hudson và Giám đốc điều hành Airbus Guillaume Faury đã ký đơn hàng.", "vi"),
    ["Guillaume Faury", "Vanessa Hudson"],
  );
  // A middle name is not written apart: "Recep Tayyip Erdoğan" keeps its three words.
  assert.deepEqual(peopleNames("Erdoğan in Ankara", "Presiden Recep Tayyip Erdoğan menerima tamu di Ankara. Erdoğan berkata.", "id"), ["Recep Tayyip Erdoğan"]);
});

test("Arabic: a company's noun and its bare name after a role (لشركة إيرباص) are the role's complement", () => {
  const found = ofType(enrichText("وقعت الرئيسة التنفيذية لشركة كانتاس فانيسا هدسون والرئيس التنفيذي لشركة إيرباص غيوم فوري الطلبية.", "ar", { title: "كانتاس تطلب طائرات من إيرباص" }), "person");
  assert.deepEqual(found.map((p) => matchKey(p.mentions[0]!.text)).sort(), [FAURY, HUDSON].sort());
});

test("Korean: a company written elsewhere between a name and its role (버네사 허드슨 콴타스 최고경영자)", () => {
  const names = peopleNames("콴타스, 에어버스에 A350 20대 추가 주문", "버네사 허드슨 콴타스 최고경영자(CEO)는 18일 툴루즈에서 계약에 서명했다.", "ko");
  assert.deepEqual(names, ["버네사 허드슨"]);
});

test("Hebrew: a surname opening with the article's letter (הרצוג, הדסון) ends the name when the article repeats it", () => {
  assert.deepEqual(peopleNames("הרצוג בירושלים", "הנשיא יצחק הרצוג נפגש עם השר. הרצוג אמר כי הפגישה הייתה טובה.", "he"), ["יצחק הרצוג"]);
  assert.ok(peopleNames("הזמנה", 'מנכ"לית קוואנטס ונסה הדסון חתמה על ההזמנה. לדברי הדסון, המטוסים יטוסו.', "he").includes("ונסה הדסון"));
  // A verb so opening ("הגיע", arrived) is no surname.
  assert.deepEqual(peopleNames("השר", "השר משה כהן הגיע לירושלים. משה כהן הגיע", "he"), ["משה כהן"]);
});

test("chief executives in Italian, Dutch, Swedish, Persian and Korean roles; Chinese transcriptions of Guillaume and Vanessa", () => {
  assert.ok(peopleNames("Qantas", "L'amministratore delegato di Airbus, Guillaume Faury, ha firmato a Tolosa.", "it").includes("Guillaume Faury"));
  assert.ok(peopleNames("Qantas", "Airbus-topman Guillaume Faury tekende dinsdag in Toulouse.", "nl").includes("Guillaume Faury"));
  assert.ok(peopleNames("Qantas", "Airbus vd Guillaume Faury undertecknade på tisdagen en order.", "sv").includes("Guillaume Faury"));
  assert.ok(peopleNames("کانتاس", "ونسا هادسون، مدیرعامل کانتاس، روز سه‌شنبه قرارداد را امضا کرد.", "fa").includes("ونسا هادسون"));
  const zh = ofType(enrichText("澳洲航空首席执行官范妮莎·赫德森和空客首席执行官纪尧姆·福里18日在图卢兹签署了订单。", "zh"), "person").map((p) => p.name);
  assert.deepEqual(zh.sort(), ["纪尧姆·福里", "范妮莎·赫德森"].sort());
  // "Volgens Hudson" (according to Hudson) is no name.
  assert.ok(!peopleNames("Hudson", "Vanessa Hudson tekende. Volgens Hudson gaan de toestellen vliegen.", "nl").some((n) => n.startsWith("Volgens")));
});

test("a given name's Gi before a vowel is j only as Italian writes it (Giorgia), not in a transcription of Guillaume (ギヨーム)", () => {
  assert.equal(matchKey("ギヨーム・フォーリ"), FAURY);
  assert.equal(matchKey("गियोम फॉरी"), FAURY);
  assert.equal(matchKey("Giorgia Meloni"), matchKey("Джорджа Мелони"));
});
