import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { eld } from "eld/medium";
import { scoreLanguages } from "../../src/clean/language-scorer.js";

const SEMEVAL = "../shared/data/similarity/semeval2022-dev.jsonl";

/** What eld itself says of a text, in the scorer's terms. */
function eldScores(text: string) {
  const result = eld.detect(text);
  if (result.language === "") return null;
  const scores = Object.values(result.getScores()).sort((a, b) => b - a);
  return { code: result.language, top: scores[0] ?? 0, second: scores[1] ?? 0, reliable: result.isReliable() };
}

function assertSameAsEld(text: string): void {
  const expected = eldScores(text);
  const actual = scoreLanguages(text);
  if (expected === null) return assert.equal(actual, null, JSON.stringify(text.slice(0, 60)));
  assert.ok(actual, JSON.stringify(text.slice(0, 60)));
  assert.equal(actual.code, expected.code, JSON.stringify(text.slice(0, 60)));
  assert.ok(Math.abs(actual.top - expected.top) < 1e-12 && Math.abs(actual.second - expected.second) < 1e-12, JSON.stringify(text.slice(0, 60)));
  assert.equal(actual.reliable, expected.reliable, JSON.stringify(text.slice(0, 60)));
}

describe("scoreLanguages gives eld's answers with eld's model", () => {
  const cases = [
    "Les ministres chinois et kazakh se sont engagés jeudi à renforcer la coopération bilatérale.",
    "THE FOREIGN MINISTERS of China and Kazakhstan didn't say much; they'd 'pledged' support.",
    "ΟΙ ΥΠΟΥΡΓΟΙ ΕΞΩΤΕΡΙΚΩΝ ΣΥΜΦΩΝΗΣΑΝ ΣΤΗΝ ΑΘΗΝΑΣ. Ο Σωκράτης είπε ότι η συνεργασία συνεχίζεται.",
    "İSTANBUL'DA İKİ BAKAN görüştü ve işbirliğini güçlendirme sözü verdi.",
    "Министры иностранных дел Китая и Казахстана договорились в четверг укрепить сотрудничество.",
    "中国和哈萨克斯坦外长周四承诺加强双边合作，共同抗击新冠病毒疫情，双方同意继续保持密切沟通与协调。",
    "日本の外務大臣は木曜日、カザフスタンとの協力を強化すると述べた。",
    "한국과 카자흐스탄 외교장관은 목요일 양국 협력을 강화하기로 합의했다.",
    "चीन और कज़ाखस्तान के विदेश मंत्रियों ने गुरुवार को सहयोग मज़बूत करने का वादा किया।",
    "รัฐมนตรีต่างประเทศจีนและคาซัคสถานให้คำมั่นว่าจะเสริมสร้างความร่วมมือทวิภาคี",
    "שרי החוץ של סין וקזחסטן התחייבו ביום חמישי לחזק את שיתוף הפעולה.",
    "تعهد وزيرا خارجية الصين وكازاخستان يوم الخميس بتعزيز التعاون الثنائي.",
    "𝕮𝖍𝖎𝖓𝖆 and 𝕶𝖆𝖟𝖆𝖐𝖍𝖘𝖙𝖆𝖓: astral letters are separators for eld — pic.twitter.com/Y0S4UAzByL",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsangestelltenausweis ist lang.",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
    "x ' ` ’ y .'z ''' don't",
    "",
    "12345 !!! ???",
    "ok",
  ];
  for (const text of cases) it(`on ${JSON.stringify(text.slice(0, 30))}`, () => assertSameAsEld(text));

  it("on texts read past eld's cut (long samples, binary noise)", () => {
    const long = cases.join(" ").repeat(3);
    for (let start = 0; start < long.length; start += 97) assertSameAsEld(long.slice(start, start + 600));
    let noise = "";
    for (let i = 0; i < 4000; i++) noise += String.fromCharCode((i * 7919) % 0xffff);
    for (let start = 0; start < noise.length; start += 211) assertSameAsEld(noise.slice(start, start + 600));
  });

  it("on the labelled news texts of ../shared (en, de, es, tr, pl, ar, fr)", { skip: !existsSync(SEMEVAL) && "../shared/data is absent" }, () => {
    for (const line of readFileSync(SEMEVAL, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const pair = JSON.parse(line) as { text1: string; text2: string };
      for (const text of [pair.text1, pair.text2]) {
        assertSameAsEld(text.slice(0, 600));
        assertSameAsEld(text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 600));
      }
    }
  });
});
