import { test } from "node:test";
import assert from "node:assert/strict";
import { createIdfTable, gapDays, leastGap, prepareDocument, similarity } from "../../src/similarity/index.js";
import { article, CHIPS_DE, day, FLOOD_DE, FLOOD_EN, TENNIS_EN } from "./helpers.js";

const PEERS = [FLOOD_DE, FLOOD_EN, CHIPS_DE, TENNIS_EN];

test("an article compared with itself scores overall 1, scale 1, the same story", () => {
  for (const a of PEERS) {
    const r = similarity(a, a);
    assert.ok(r.overall > 0.97, `${a.title}: ${r.overall}`);
    assert.ok(r.scale < 1.1, `${a.title}: ${r.scale}`);
    assert.equal(r.verdict, "same story");
    assert.equal(r.dimensions.text.evidence.copy, true);
  }
});

test("unrelated articles in one language land near scale 4, different", () => {
  const r = similarity(FLOOD_EN, TENNIS_EN);
  assert.ok(r.scale > 3.3, String(r.scale));
  assert.equal(r.verdict, "different");
  assert.equal(r.dimensions.entities.evidence.shared.length, 0);
  assert.equal(r.dimensions.text.evidence.passages.length, 0);
});

test("every score and dimension lies in [0, 1] and the scale in [1, 4]", () => {
  for (const a of PEERS) {
    for (const b of PEERS) {
      const r = similarity(a, b);
      assert.ok(r.scale >= 1 && r.scale <= 4);
      for (const [name, d] of Object.entries({ overall: { score: r.overall }, ...r.dimensions })) {
        assert.ok(d.score >= 0 && d.score <= 1, `${name}: ${d.score}`);
      }
    }
  }
});

test("similarity is symmetric in its scores, with or without an IDF table", () => {
  const idf = createIdfTable(Array.from({ length: 30 }, (_, i) => PEERS[i % PEERS.length]!));
  for (const options of [{}, { idf }]) {
    for (const a of PEERS) {
      for (const b of PEERS) {
        const ab = similarity(a, b, options);
        const ba = similarity(b, a, options);
        assert.ok(Math.abs(ab.overall - ba.overall) < 1e-9, `${a.title} / ${b.title}`);
        for (const k of ["text", "entities", "geography", "time", "narrative"] as const) {
          assert.ok(Math.abs(ab.dimensions[k].score - ba.dimensions[k].score) < 1e-9, k);
        }
      }
    }
  }
});

test("shared passages point at the same words in both documents, longest first", () => {
  const shared = "The central bank raised its key interest rate by half a percentage point to curb inflation";
  const a = article("Rates up", `Markets fell on Monday. ${shared}, the governor said in a statement. Bonds slid.`, "en");
  const b = article("Bank moves", `In a surprise decision, ${shared}. Economists had expected a smaller step. The governor said more could follow in a statement.`, "en");
  const r = similarity(a, b);
  const passages = r.dimensions.text.evidence.passages;
  assert.ok(passages.length >= 1);
  const docA = prepareDocument(a).doc;
  const docB = prepareDocument(b).doc;
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(" ");
  for (const p of passages) {
    assert.equal(words(docA.slice(p.a.start, p.a.end)), words(docB.slice(p.b.start, p.b.end)));
    assert.equal(docA.slice(p.a.start, p.a.end), p.text);
  }
  assert.ok(passages[0]!.text.includes("central bank raised its key interest rate"), passages[0]!.text);
  for (let i = 1; i < passages.length; i++) assert.ok(passages[i - 1]!.words >= passages[i]!.words);
});

test("a German and an English report of one event score above an unrelated German/English pair", () => {
  const same = similarity(FLOOD_DE, FLOOD_EN);
  const unrelated = similarity(CHIPS_DE, TENNIS_EN);
  assert.ok(same.overall > unrelated.overall + 0.2, `${same.overall} vs ${unrelated.overall}`);
  assert.ok(same.scale < unrelated.scale);
  assert.equal(same.dimensions.text.evidence.cosine, null, "no word cosine across languages");
  const shared = same.dimensions.entities.evidence.shared.map((e) => e.id);
  assert.ok(shared.some((id) => id.startsWith("person:")), JSON.stringify(shared));
  assert.ok(same.dimensions.geography.evidence.shared.some((p) => p.name === "Passau"));
  assert.ok(same.dimensions.narrative.evidence.sharedNumbers.includes("1200"));
});

test("an unknown year gives null date gaps, never a guess", () => {
  const a = article("Summit opens", FLOOD_EN.text, "en", day(undefined, 9, 14));
  const b = article("Summit opens", FLOOD_EN.text, "en", day(2021, 9, 17));
  const t = similarity(a, b).dimensions.time.evidence;
  assert.equal(t.publishedGapDays, null);
  assert.equal(gapDays(day(undefined, 9, 14), day(2021, 9, 17)), null);
  assert.equal(gapDays(day(2021, 9, 14), day(2021, 9, 17)), 3);
  // What is known for sure is a floor: 14/09 of any year is at least 3 days from 2021-09-17.
  assert.equal(t.leastGapDays, 3);
  assert.equal(leastGap(day(undefined, 12, 30), day(undefined, 1, 2)), 3, "across the turn of a year");
  assert.equal(leastGap(day(undefined, 9, 14), null), null);
});

test("dates that are surely days apart rule out the same story, not relatedness", () => {
  const a = article(FLOOD_EN.title!, FLOOD_EN.text, "en", day(2024, 3, 12));
  const b = article(FLOOD_EN.title!, `${FLOOD_EN.text} More rain is forecast.`, "en", day(2024, 3, 30));
  const r = similarity(a, b);
  assert.equal(r.dimensions.time.evidence.publishedGapDays, 18);
  assert.notEqual(r.verdict, "same story");
});
