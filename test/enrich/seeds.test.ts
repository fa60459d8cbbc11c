import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich, enrichedDocument } from "../../src/enrich/index.js";
import { ids, ofType, seed } from "./helpers.js";

const a = seed("000_5687b5c5f0498ff9.txt");
const b = seed("002_c22aeb1a175d5c40.txt");
const ea = enrich(a);
const eb = enrich(b);

test("both seeds name the same two people under one id each, whatever the spelling", () => {
  const pa = ofType(ea, "person");
  const pb = ofType(eb, "person");
  assert.equal(pa.length, 2, JSON.stringify(pa.map((p) => p.name)));
  assert.equal(pb.length, 2, JSON.stringify(pb.map((p) => p.name)));
  assert.deepEqual(pa.map((p) => p.id).sort(), pb.map((p) => p.id).sort());
  const names = [...pa, ...pb].map((p) => p.name);
  assert.ok(names.includes("Wang Yi"));
  assert.ok(names.some((n) => /Tileuberdi/.test(n)) && names.some((n) => /Tleuberdi/.test(n)));
});

test("honorific and surname mentions merge into the full name within an article", () => {
  const wang = ofType(ea, "person").find((p) => p.name === "Wang Yi");
  assert.ok(wang !== undefined);
  assert.ok(wang.mentions.length >= 3);
  assert.ok(wang.mentions.some((m) => m.text === "Wang"));
});

test("countries, capitals and the dateline place of the seeds are resolved", () => {
  const all = [...ids(ea), ...ids(eb)];
  for (const id of ["place:CN", "place:KZ", "place:AF", "place:TW"]) assert.ok(all.includes(id), id);
  const dushanbe = ea.entities.find((e) => e.name === "Dushanbe");
  assert.equal(dushanbe?.country, "TJ");
  assert.ok(dushanbe !== undefined && dushanbe.lat !== undefined && dushanbe.lon !== undefined);
  assert.ok(dushanbe.mentions.some((m) => m.text === "DOUCHANBE"));
  const nurSultan = eb.entities.find((e) => e.name === "Astana"); // GeoNames names the capital Astana again
  assert.equal(nurSultan?.country, "KZ");
});

test("a compound adjective names both countries", () => {
  const kz = eb.entities.find((e) => e.id === "place:KZ");
  const cn = eb.entities.find((e) => e.id === "place:CN");
  assert.ok(kz?.mentions.some((m) => m.text === "kazakhes"));
  assert.ok(cn?.mentions.some((m) => m.text === "sino"));
});

test("mention offsets point into title + blank line + text", () => {
  const { doc } = enrichedDocument(a);
  for (const e of ea.entities) for (const m of e.mentions) assert.equal(doc.slice(m.start, m.end), m.text, e.id);
});

test("the event date of 000 is the Thursday before its publication", () => {
  assert.deepEqual(ea.publishedDate && [ea.publishedDate.year, ea.publishedDate.month, ea.publishedDate.day], [2021, 9, 17]);
  assert.equal(ea.eventDate?.text, "jeudi");
  assert.deepEqual([ea.eventDate?.date.year, ea.eventDate?.date.month, ea.eventDate?.date.day], [2021, 9, 16]);
});

test("002 gets no invented year: no publication date, and its weekday cannot be placed", () => {
  assert.equal(b.published, null);
  assert.equal(eb.publishedDate, null);
  // "samedi" against "14/09" without a year: placing a weekday needs the year, so nothing is guessed.
  assert.equal(eb.eventDate, null);
});

test("salience favours what the title and lead name", () => {
  for (const e of ea.entities) assert.ok(e.salience >= 0 && e.salience <= 1);
  const top = ea.entities.slice(0, 3).map((e) => e.id);
  assert.ok(top.includes("place:CN") && top.includes("place:KZ"));
});
