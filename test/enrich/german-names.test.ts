import { test } from "node:test";
import assert from "node:assert/strict";
import { peopleNamed } from "./helpers.js";

/** A first line to stand as the headline, whose capitals prove nothing: the sentences under test are the body's. */
const LEAD = "Am Montag tagte das Parlament.\n";

test("German 'von' after a given name and surname is 'from'; after a given name alone it is a name's particle", () => {
  assert.deepEqual(peopleNamed(LEAD + "Das sagte Jeremy Corbyn von der Labour-Partei am Montag.", "de"), ["Jeremy Corbyn"]);
  // After a verb, "Das" was a pronoun, not the article of a noun "Jeremy".
  assert.deepEqual(peopleNamed(LEAD + "Das sagte Peter Müller am Montag.", "de"), ["Peter Müller"]);
  assert.deepEqual(peopleNamed(LEAD + "Der Virologe Christian Drosten von der Charité warnte erneut.", "de"), ["Christian Drosten"]);
  assert.deepEqual(peopleNamed(LEAD + "Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.", "de"), ["Ursula von der Leyen"]);
  // After a single word that is no given name, "von" is a noun's "from" or "of".
  assert.deepEqual(peopleNamed(LEAD + "Angaben von Siemens zufolge sprachen Opfer von Gewalt mit Richard von Weizsäcker.", "de"), ["Richard von Weizsäcker"]);
});

test("German inflected adjectives and participles are no name's words, whatever cue stands by", () => {
  assert.deepEqual(peopleNamed(LEAD + "Bisherigen Feststellungen zufolge brannte das Haus ab.", "de"), []);
  assert.deepEqual(peopleNamed(LEAD + "Forscher sagte, Künstlicher Intelligenz fehle es an Daten. Installierte Updates helfen.", "de"), []);
  // A surname with the ending of a noun stays one after a role: "Fröhlich" is no adjective's inflected form.
  assert.deepEqual(peopleNamed(LEAD + "Bürgermeister Klaus Fröhlich sagte am Montag zu.", "de"), ["Klaus Fröhlich"]);
});

test("a company's legal form ends its name, no person's", () => {
  assert.deepEqual(peopleNamed(LEAD + "Die Anaconda Verlag GmbH und die Marketing GmbH teilten mit, dass alles gut sei.", "de"), []);
  assert.deepEqual(peopleNamed("Shares in Imagination Technologies Group Plc fell on Monday.", "en"), []);
});

test("German lawyers, experts and bishops are roles before a name, compounds too", () => {
  const text = LEAD + "Bischof Michael Chalupka sagte, Rechtsanwalt Lutz Meier und Trendexpertin Karolina Landowski seien da.";
  assert.deepEqual(peopleNamed(text, "de"), ["Michael Chalupka", "Lutz Meier", "Karolina Landowski"]);
});

test("a German verb, question word, preposition or adverb opening a sentence is no name's first word", () => {
  const text = "Die Sitzung fand am Montag statt. Präsident Donald Trump reiste ab. Sollte Trump die Forderung ignorieren, drohen " +
    "Klagen. Warum Trump verlor, blieb offen. Neben Merz sprach auch Armin Laschet. Damit endete die Sitzung.";
  assert.deepEqual(peopleNamed(text, "de"), ["Donald Trump", "Armin Laschet"]);
});

test("German terms written whole again are no person; a person named in full comes back by the surname or a given name", () => {
  // Every noun is capitalised: "Social Media" twice is a term, not a name met twice.
  assert.deepEqual(peopleNamed(LEAD + "Die Firma setzt auf Social Media. Ohne Social Media geht es nicht, sagte sie.", "de"), []);
  assert.deepEqual(peopleNamed(LEAD + "Das Team nutzt Open Source Software. Open Source Software spart Geld.", "de"), []);
  // The surname alone, later: a person, whatever the given name.
  assert.deepEqual(peopleNamed(LEAD + "Gestern kam Wencke Griephan nach Berlin. Griephan blieb zwei Tage.", "de"), ["Wencke Griephan"]);
  // The whole name twice, from a listed given name on.
  assert.deepEqual(peopleNamed(LEAD + "Am Abend kam Kim Jong Un an. Dann fuhr Kim Jong Un weiter.", "de"), ["Kim Jong Un"]);
});

test("German given names of every generation open a name written once, without a role", () => {
  assert.deepEqual(peopleNamed(LEAD + "Gestern las Uwe Tellkamp in Dresden aus seinem Roman.", "de"), ["Uwe Tellkamp"]);
  assert.deepEqual(peopleNamed(LEAD + "Auch Jürgen Elsässer war dabei, und Heinz Erhardt wurde zitiert.", "de"), ["Jürgen Elsässer", "Heinz Erhardt"]);
});
