import { test } from "node:test";
import assert from "node:assert/strict";
import { createIdfTable, similarity } from "../../src/similarity/index.js";
import { article, CHIPS_DE, FLOOD_DE, FLOOD_EN, TENNIS_EN } from "./helpers.js";

const PEERS = [FLOOD_DE, FLOOD_EN, CHIPS_DE, TENNIS_EN];

test("an IDF table built from enriched articles counts their entities; one built from bare texts does not", () => {
  const enriched = createIdfTable(Array.from({ length: 30 }, (_, i) => PEERS[i % PEERS.length]!));
  assert.equal(enriched.entities?.docs, 30);
  assert.ok((enriched.entities?.keys.size ?? 0) > 0);
  const bare = createIdfTable(PEERS.map((a) => ({ title: a.title, text: a.text, lang: a.lang })));
  assert.equal(bare.entities?.docs, 0);
});

test("with entity frequencies, one shared rare person outweighs several names every article uses", () => {
  // Twenty-four articles name Berlin, its police, its mayor and a senator; two name Ramelow.
  const background = Array.from({ length: 24 }, (_, i) =>
    article(`Meldung ${i}`, `Die Polizei in Berlin meldete am Montag einen Unfall Nummer ${i}. Bürgermeister Kai Wegner und Senatorin Franziska Giffey äußerten sich.`, "de"));
  const a = article("Ramelow in Berlin", "Bodo Ramelow traf am Montag den Bürgermeister Kai Wegner in Berlin. Auch Senatorin Franziska Giffey war dabei. Die Polizei sicherte das Treffen. Ramelow sprach von Fortschritten.", "de");
  const b = article("Ramelow in Erfurt", "Bodo Ramelow sagte in Erfurt, die Gespräche gingen weiter. Ramelow nannte keine Einzelheiten.", "de");
  const c = article("Verkehr in Berlin", "In Berlin staute sich am Montag der Verkehr. Bürgermeister Kai Wegner bat um Geduld, Senatorin Franziska Giffey lobte die Polizei, die zwei Spuren sperrte.", "de");
  const overlap = (x: typeof a, y: typeof a, idf?: ReturnType<typeof createIdfTable>) => similarity(x, y, { idf }).dimensions.entities.evidence.overlap;
  // Counted alike, c shares more with a than b does ...
  assert.ok(overlap(a, c) > overlap(a, b), `${overlap(a, c)} > ${overlap(a, b)}`);
  // ... weighed by rarity, b's one rare person says more.
  const idf = createIdfTable([...background, a, b, c]);
  assert.ok(overlap(a, b, idf) > overlap(a, c, idf), `${overlap(a, b, idf)} > ${overlap(a, c, idf)}`);
});
