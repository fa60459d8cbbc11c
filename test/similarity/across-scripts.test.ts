import { test } from "node:test";
import assert from "node:assert/strict";
import { LABELLED_EVENTS } from "../../eval/multilingual-events.js";
import { parseDate } from "../../src/clean/index.js";
import { enrich } from "../../src/enrich/index.js";
import { inDifferentScripts, prepareDocument, similarity, SIMILARITY_MODEL, type PreparedDocument } from "../../src/similarity/index.js";
import { mainScript } from "../../src/text/script.js";

test("a text's script is the one most of its letters are in; Chinese and Japanese share theirs", () => {
  assert.equal(mainScript("王毅在杜尚别会见了哈萨克斯坦外长"), "Han");
  assert.equal(mainScript("日本の林芳正外相は記者会見で述べた"), "Han");
  assert.equal(mainScript("Wang Yi met his Kazakh counterpart in Dushanbe on Thursday"), "Latin");
  assert.equal(mainScript("Ван И встретился с главой МИД Казахстана в Душанбе"), "Cyrillic");
  assert.equal(mainScript("التقى وزير الخارجية الصيني وانغ يي في دوشنبه"), "Arabic");
  assert.equal(mainScript("윤석열 대통령은 3일 기자회견에서 말했다"), "Hangul");
  // A few names in another script do not change a text's script; digits and punctuation have none.
  assert.equal(mainScript("王毅 (Wang Yi) 会见 Blinken 并表示中方愿意同美方加强沟通"), "Han");
  assert.equal(mainScript("2021 — 16:30 !!"), "");
});

test("numbers are read in ASCII digits whatever digits wrote them", () => {
  const numbers = (text: string, lang: string) => [...prepareDocument({ title: null, text, lang, published: null, enrichment: null }).numbers];
  assert.deepEqual(numbers("قتل ٢٣ شخصا في عام ٢٠٢١", "ar"), ["23", "2021"]); // Arabic-Indic
  assert.deepEqual(numbers("در سال ۱۴۰۰ و ۰۷ نفر", "fa"), ["1400", "7"]); // Persian, leading zero dropped
  assert.deepEqual(numbers("वर्ष २०२१ में", "hi"), ["2021"]); // Devanagari
});

/** The multilingual check's renderings (eight to ten scripts an event), enriched and prepared once. */
function renderings(): { event: string; doc: PreparedDocument }[] {
  return LABELLED_EVENTS.flatMap((ev) => {
    const published = parseDate(ev.published);
    return ev.renderings.map((r) => ({
      event: ev.name,
      doc: prepareDocument({ title: r.title, text: r.text, lang: r.lang, published, enrichment: enrich({ title: r.title, text: r.text, lang: r.lang, published }) }),
    }));
  });
}

test("reports of one event in two scripts score above reports of two events, and most are called related", () => {
  const docs = renderings();
  let pairs = 0;
  let related = 0;
  const same: number[] = [];
  const different: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (!inDifferentScripts(docs[i].doc, docs[j].doc)) continue;
      const r = similarity(docs[i].doc, docs[j].doc);
      assert.notEqual(r.dimensions.text.evidence.scripts[0], r.dimensions.text.evidence.scripts[1]);
      if (docs[i].event !== docs[j].event) different.push(r.overall);
      else {
        pairs++;
        same.push(r.overall);
        if (r.verdict !== "different") related++;
      }
    }
  }
  assert.ok(pairs >= 100, `only ${pairs} same-event pairs in two scripts`);
  const mean = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
  assert.ok(mean(same) > mean(different) + 0.3, `same event ${mean(same).toFixed(3)}, different ${mean(different).toFixed(3)}`);
  assert.ok(related > 0.5 * pairs, `${related} of ${pairs} same-event pairs called related or same story`);
  // Before the across-scripts models every such pair sat at the within-script model's floor.
  const floor = { ...SIMILARITY_MODEL, acrossScripts: undefined };
  const i = docs.findIndex((d) => d.doc.script === "Han");
  const j = docs.findIndex((d) => d.event === docs[i].event && d.doc.script === "Latin");
  assert.ok(similarity(docs[i].doc, docs[j].doc).overall > similarity(docs[i].doc, docs[j].doc, { model: floor }).overall + 0.2);
});

test("the people two texts in two scripts share are listed as evidence, a surname alone meeting the full name", () => {
  const docs = renderings();
  const zh = docs.find((d) => d.event === "Modi and Kishida in Tokyo" && d.doc.lang === "zh")!;
  for (const lang of ["en", "ru", "th"]) {
    const other = docs.find((d) => d.event === zh.event && d.doc.lang === lang)!;
    const shared = similarity(zh.doc, other.doc).dimensions.entities.evidence.shared.filter((e) => e.type === "person");
    assert.ok(shared.length >= 1, `${lang}: ${JSON.stringify(shared.map((e) => e.name))}`);
  }
  // Different people are not listed: Putin and Erdoğan's event shares nobody with Modi and Kishida's.
  const sochi = docs.find((d) => d.event === "Putin and Erdoğan in Sochi" && d.doc.lang === "en")!;
  assert.deepEqual(similarity(zh.doc, sochi.doc).dimensions.entities.evidence.shared.filter((e) => e.type === "person"), []);
});

test("texts in one script are scored by the within-script models, whatever their languages", () => {
  const de = prepareDocument({ title: "Scholz trifft Sánchez", text: "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den spanischen Ministerpräsidenten Pedro Sánchez empfangen.", lang: "de", published: null, enrichment: null });
  const en = prepareDocument({ title: "Scholz meets Sánchez", text: "Chancellor Olaf Scholz received the Spanish prime minister Pedro Sánchez in Berlin on Tuesday.", lang: "en", published: null, enrichment: null });
  assert.equal(inDifferentScripts(de, en), false);
  const withAcross = similarity(de, en);
  const without = similarity(de, en, { model: { ...SIMILARITY_MODEL, acrossScripts: undefined } });
  assert.equal(withAcross.overall, without.overall);
  assert.deepEqual(withAcross.dimensions.text.evidence.scripts, ["Latin", "Latin"]);
});
