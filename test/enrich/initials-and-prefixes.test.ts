import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/person-key.js";
import { enrichText, ids, ofType } from "./helpers.js";

/**
 * How English news writes names and acronyms with full stops and apostrophes: initials together ("J.D. Vance"),
 * a surname's "O'" ("Conan O'Brien"), and countries and bodies by their dotted acronym ("U.S.", "U.K.", "U.A.E.").
 */
const LEAD = "Officials met on Monday.\n";

const people = (text: string) => ofType(enrichText(LEAD + text, "en"), "person").map((p) => [p.name, p.id]);

test("initials written together open the name, after a role and at a sentence's start", () => {
  assert.deepEqual(people("Vice President J.D. Vance met the press."), [["J D Vance", `person:${personKey("J. Vance")}`]]);
  assert.deepEqual(people("T.J. Watt played on Sunday."), [["T J Watt", `person:${personKey("T. Watt")}`]]);
  assert.deepEqual(people("Books by J.R.R. Tolkien sold well."), [["J R R Tolkien", `person:${personKey("J. Tolkien")}`]]);
  // Initials alone name no one beyond the article ("the suspect Y.M.").
  assert.deepEqual(people("The suspect Y.M. was arrested, police said."), []);
});

test("a surname's O' before a capital is part of the word, not an elision", () => {
  assert.deepEqual(people("Conan O'Brien joked about it, and Sinéad O’Connor sang."), [
    ["Conan O'Brien", `person:${personKey("Conan OBrien")}`],
    ["Sinéad O’Connor", `person:${personKey("Sinead OConnor")}`],
  ]);
});

test("a country's or a body's acronym written with full stops is that country or body", () => {
  const found = ids(enrichText(LEAD + "The U.S. and the U.K. agreed with the U.A.E., E.U. officials said. U.N. experts came.", "en"));
  for (const id of ["place:US", "place:GB", "place:AE", "org:eu", "org:un"]) assert.ok(found.includes(id), `${id} in ${found.join(", ")}`);
  // Only the whole run of initials is read: "W.H.O." is no "H.O." (Ho, a town in Ghana).
  assert.ok(!ids(enrichText(LEAD + "The W.H.O. said so on Monday.", "en")).some((id) => id.startsWith("place:gn:")));
  // "U.S. Steel" is no person.
  assert.deepEqual(people("U.S. Steel shares rose on Monday."), []);
});

test("Spanish writes the United States EE.UU., with or without a space; neither half is an organisation", () => {
  for (const spelling of ["EE.UU.", "EE. UU."]) {
    const e = enrichText(`Los funcionarios se reunieron el lunes.\nEl presidente de ${spelling} habló con la prensa.`, "es");
    assert.ok(ids(e).includes("place:US"), spelling);
    assert.deepEqual(ofType(e, "organisation"), [], spelling);
  }
});

test("a US party and state after a politician's name is no organisation", () => {
  const e = enrichText(LEAD + "Sen. Chuck Schumer (D-N.Y.) and Sen. Thom Tillis (R-N.C.) met on Monday.", "en");
  assert.deepEqual(ofType(e, "organisation"), []);
  assert.equal(ofType(e, "person").length, 2);
});

test("Arabic: ل before the article drops its alef (للأمم المتحدة, للقاهرة, وللرياض), and the name is still found", () => {
  const found = ids(enrichText("اجتمع المجلس يوم الاثنين.\nقال الأمين العام للأمم المتحدة إنه توجه للقاهرة وللرياض.", "ar"));
  for (const id of ["org:un", "place:gn:360630", "place:gn:108410"]) assert.ok(found.includes(id), `${id} in ${found.join(", ")}`);
});

test("an Italian surname's D' after a given name is part of it; a sentence's D' is still \"from\"", () => {
  const it = ofType(enrichText("Il consiglio si è riunito lunedì.\nMassimo D'Alema ha incontrato i giornalisti.", "it"), "person");
  assert.deepEqual(it.map((p) => [p.name, p.id]), [["Massimo D'Alema", `person:${personKey("Massimo DAlema")}`]]);
  assert.ok(ids(enrichText("Le conseil s'est réuni lundi.\nD'Alger à Paris, le vol a duré deux heures.", "fr")).includes("place:gn:2507480"));
});
