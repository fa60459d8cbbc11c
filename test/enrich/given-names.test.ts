import { test } from "node:test";
import assert from "node:assert/strict";
import { isCommonGivenNameToken } from "../../src/enrich/given-names.js";
import { foldToken } from "../../src/enrich/fold.js";
import { peopleNamed } from "./helpers.js";

const token = (text: string) => ({ text, key: foldToken(text) });

test("given names of Europe's languages open a name written once, without a role (Polish, Turkish, French)", () => {
  assert.deepEqual(peopleNamed("Rada zebrała się w poniedziałek.\nWczoraj Szymon Hołownia spotkał się z wyborcami w Lublinie.", "pl"), ["Szymon Hołownia"]);
  assert.deepEqual(peopleNamed("Toplantı pazartesi yapıldı.\nDün akşam Emre Belözoğlu ile Kaan Kabel stadyuma geldi.", "tr"), ["Emre Belözoğlu", "Kaan Kabel"]);
  assert.deepEqual(peopleNamed("Le conseil s'est réuni lundi.\nHier soir, Ségolène Royal et Gaëtan Gorce ont quitté la salle.", "fr"), ["Ségolène Royal", "Gaëtan Gorce"]);
});

test("a given name matches words of its own spelling: accents and scripts are not folded away", () => {
  // Cyrillic and Greek names answer for Cyrillic and Greek words, read in Latin letters.
  assert.equal(isCommonGivenNameToken(token("Сергей")), true);
  assert.equal(isCommonGivenNameToken(token("Ольга")), true);
  // Serbian "Саве" reads "Save"; Latvian "Līga" folds to Spanish "liga" (league): neither makes the Latin word a name.
  assert.equal(isCommonGivenNameToken(token("Save")), false);
  assert.equal(isCommonGivenNameToken(token("Liga")), false);
  assert.equal(isCommonGivenNameToken(token("Łukasz")), true);
  assert.equal(isCommonGivenNameToken(token("Hüseyin")), true);
  assert.deepEqual(peopleNamed("Los funcionarios se reunieron el lunes.\nLa Liga Española y la Liga Mexicana firmaron un acuerdo.", "es"), []);
});

test("a place's name is no given name from the lists: it opens the place's names ('Paris Attacks')", () => {
  assert.equal(isCommonGivenNameToken(token("Paris")), false);
  assert.equal(isCommonGivenNameToken(token("Columbus")), false);
});
