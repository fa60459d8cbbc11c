import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import type { PartialDate } from "../../src/types.js";
import { enrichText } from "./helpers.js";

/** Published Friday 2021-09-17: each relative expression and the day it means. */
const RELATIVE: readonly [string, string, string, [number, number, number]][] = [
  ["fr", "Les ministres se sont rencontrés jeudi à Paris.", "jeudi", [2021, 9, 16]],
  ["fr", "Le ministre a parlé hier devant la presse.", "hier", [2021, 9, 16]],
  ["fr", "Le sommet a eu lieu samedi.", "samedi", [2021, 9, 11]], // the Saturday before, never the next one
  ["fr", "La réunion a eu lieu vendredi.", "vendredi", [2021, 9, 17]], // filed the same day
  ["en", "The ministers met on Thursday in Paris.", "Thursday", [2021, 9, 16]],
  ["en", "The minister spoke yesterday.", "yesterday", [2021, 9, 16]],
  ["en", "The ministers met last Tuesday.", "last Tuesday", [2021, 9, 14]],
  ["de", "Die Minister trafen sich gestern in Berlin.", "gestern", [2021, 9, 16]],
  ["de", "Die Minister trafen sich am Donnerstag.", "Donnerstag", [2021, 9, 16]],
  ["es", "Los ministros se reunieron ayer.", "ayer", [2021, 9, 16]],
  ["pl", "Ministrowie spotkali się w czwartek.", "czwartek", [2021, 9, 16]],
  ["tr", "Bakanlar perşembe günü bir araya geldi.", "perşembe", [2021, 9, 16]],
];

test("relative expressions resolve against the publication date, never after it", () => {
  for (const [lang, text, words, [y, m, d]] of RELATIVE) {
    const e = enrichText(text, lang);
    assert.ok(e.eventDate !== null, `${lang}: ${text}`);
    assert.match(e.eventDate.text, new RegExp(words, "i"), text);
    assert.deepEqual([e.eventDate.date.year, e.eventDate.date.month, e.eventDate.date.day], [y, m, d], text);
  }
});

test("a publication date without a year is kept as given and no year is invented", () => {
  const published: PartialDate = { month: 9, day: 14, precision: "day", text: "14/09" };
  const weekday = enrich({ title: null, text: "Le ministre a parlé samedi.", lang: "fr", published });
  assert.equal(weekday.publishedDate?.year, undefined);
  assert.equal(weekday.eventDate, null); // a weekday cannot be placed without the year
  const explicit = enrich({ title: null, text: "La réunion du 12 septembre a été utile.", lang: "fr", published });
  assert.equal(explicit.eventDate?.date.year, undefined);
  assert.deepEqual([explicit.eventDate?.date.month, explicit.eventDate?.date.day], [9, 12]);
});

test("the dateline's own date is not taken for the event date", () => {
  const text = "PARIS, 17 septembre (AFP) -- Les ministres se sont rencontrés jeudi.";
  const e = enrich({
    title: null, text, lang: "fr", published: { year: 2021, month: 9, day: 17, precision: "day", text: "" },
    dateline: { place: "PARIS", text: "PARIS, 17 septembre (AFP) --" },
  });
  assert.equal(e.eventDate?.text, "jeudi");
});

test("without any date the event date is null", () => {
  assert.equal(enrichText("Rien ne s'est passé.", "fr").eventDate, null);
  assert.equal(enrich({ title: null, text: "Il est venu jeudi.", lang: "fr", published: null }).eventDate, null);
});

test("without a publication day only dates written with digits count, even where the day's full stop splits the sentence", () => {
  const undated = (text: string, lang: string) => enrich({ title: null, text, lang, published: null }).eventDate;
  const fr = undated("Il est venu jeudi. Hier encore, rien. La réunion du 12 septembre 2021 a été utile.", "fr");
  assert.deepEqual([fr?.date.year, fr?.date.month, fr?.date.day], [2021, 9, 12]);
  // "24." closes a sentence for the cue scanner; "April" after it is still read with its day.
  const de = undated("Die Minister trafen sich gestern. Die Sitzung fand am 24. April statt.", "de");
  assert.deepEqual([de?.date.month, de?.date.day], [4, 24]);
  assert.equal(undated("The ministers met on Thursday, and again yesterday.", "en"), null);
});

/** Published Friday 2021-09-17 (enrichText's day): explicit dates in languages chrono-node has no parser for. */
const WRITTEN: readonly [string, string, [number, number, number]][] = [
  ["ar", "وصل الوزير إلى دوشنبه يوم ١٦ سبتمبر للمشاركة في القمة.", [2021, 9, 16]],
  ["hi", "विदेश मंत्री १६ सितंबर को दुशांबे पहुंचे।", [2021, 9, 16]],
  ["he", "שר החוץ הגיע לדושנבה ב-16 בספטמבר.", [2021, 9, 16]],
  ["th", "รัฐมนตรีเดินทางถึงดูชานเบเมื่อวันที่ 16 กันยายน 2564", [2021, 9, 16]],
  ["ko", "외교부 장관은 9월 16일 두샨베에 도착했다.", [2021, 9, 16]],
  ["zh", "外长于２０２１年９月１６日抵达杜尚别。", [2021, 9, 16]],
  ["ar", "التقى الوزيران في ١٠ أيار/مايو ٢٠٢٠ في القاهرة.", [2020, 5, 10]],
  ["fa", "وزیر خارجه در ۲۵ شهریور ۱۴۰۰ وارد دوشنبه شد.", [2021, 9, 16]],
];

test("explicit dates in every script, in the script's own digits", () => {
  for (const [lang, text, [y, m, d]] of WRITTEN) {
    const e = enrichText(text, lang);
    assert.deepEqual([e.eventDate?.date.year, e.eventDate?.date.month, e.eventDate?.date.day], [y, m, d], `${lang}: ${text}`);
  }
});

test("a weekday is read in the article's own language only: Arabic دوشنبه is Dushanbe, not the Persian Monday", () => {
  assert.equal(enrichText("وصل الوزير إلى دوشنبه للمشاركة في القمة.", "ar").eventDate, null);
  assert.deepEqual(enrichText("وزیر خارجه روز دوشنبه به تهران بازگشت.", "fa").eventDate?.date.day, 13);
});

test("another language's day words are not read in a language chrono-node parses", () => {
  // Slovenian "danes" (today) and Turkish "dün" (yesterday, "dun" folded) are English words and names.
  assert.equal(enrichText("Danes voted in a referendum on the euro.", "en").eventDate, null);
  assert.equal(enrichText("Dun Laoghaire harbour reopened after the storm.", "en").eventDate, null);
  // In their own languages they still say the day.
  assert.deepEqual(enrichText("Danes je premier odstopil.", "sl").eventDate?.date.day, 17);
  assert.deepEqual(enrichText("Erdoğan dün Ankara'da konuştu.", "tr").eventDate?.date.day, 16);
  assert.deepEqual(enrichText("Statsministeren talte i går i Folketinget.", "da").eventDate?.date.day, 16);
  assert.deepEqual(enrichText("Ministern talade i går i Stockholm.", "sv").eventDate?.date.day, 16);
  // chrono-node's own languages keep their words.
  for (const [lang, text] of [["ru", "Министр выступил вчера в Москве."], ["it", "Il ministro ha parlato ieri a Roma."], ["fi", "Ministeri puhui eilen Helsingissä."]]) {
    assert.deepEqual(enrichText(text, lang).eventDate?.date.day, 16, text);
  }
});

test("a date more than a year after publication is a prospect, not the event", () => {
  // Published 2021-09-17: "60 years on", "in 2050" are what the article weighs, not what happened.
  assert.equal(enrichText("60年后，这座城市将完全改变。", "zh").eventDate, null);
  assert.equal(enrichText("The plan sets targets for 1 January 2050.", "en").eventDate, null);
  // Next week's summit, announced, keeps its day.
  assert.deepEqual(enrichText("The summit will open on 24 September 2021 in Dushanbe.", "en").eventDate?.date.day, 24);
});
