import { test } from "node:test";
import assert from "node:assert/strict";
import { personMatchKey } from "../../src/enrich/person-key.js";
import { enrichText, ids, matchKey, ofType, peopleNamed } from "./helpers.js";

/** Roles written as compounds or acronyms, and what a role before a single word does not make a name. */

const GUTERRES = matchKey("António Guterres");

test("the Secretary-General before a name, as each language writes the role", () => {
  for (const [lang, text] of [
    ["pt", "O secretário-geral da ONU, António Guterres, chegou a Kiev."],
    ["nl", "De secretaris-generaal van de VN, António Guterres, is in Kyiv aangekomen."],
    ["tr", "BM Genel Sekreteri António Guterres Kiev'e geldi."],
    ["id", "Sekretaris Jenderal PBB António Guterres tiba di Kyiv."],
    ["bg", "Генералният секретар на ООН Антонио Гутериш пристигна в Киев."],
    ["el", "Ο γενικός γραμματέας του ΟΗΕ Αντόνιο Γκουτέρες έφτασε στο Κίεβο."],
    ["hi", "संयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस गुरुवार को कीव पहुंचे।"],
    ["he", "מזכ\"ל האו\"ם אנטוניו גוטרש הגיע לקייב."],
  ] as const) {
    const e = enrichText(text, lang);
    const people = ofType(e, "person");
    assert.deepEqual(people.map((p) => personMatchKey(p.id)), [GUTERRES], `${lang}: ${JSON.stringify(people.map((p) => p.name))}`);
    assert.ok(ids(e, "place").includes("place:gn:703448"), `${lang}: Kyiv`);
  }
});

test("a compound of an organisation and a role is a role, and a Czech adjectival surname declines to its nominative", () => {
  assert.deepEqual(peopleNamed("VN-secretaris-generaal António Guterres is in Kyiv aangekomen.", "nl"), ["António Guterres"]);
  // A German compound role in the weak noun's other cases ("den Ministerpräsidenten").
  assert.deepEqual(peopleNamed("Er traf am Mittwoch den Ministerpräsidenten Winfried Kretschmann.", "de"), ["Winfried Kretschmann"]);
  const cs = ofType(enrichText("Generální tajemník OSN se setkal s prezidentem Volodymyrem Zelenským.", "cs"), "person");
  assert.deepEqual(cs.map((p) => personMatchKey(p.id)), [matchKey("Volodymyr Zelensky")]);
});

test("what follows a role is no single-word name when it is an organisation's: after an acronym, after an 'of'", () => {
  assert.deepEqual(peopleNamed("Un porte-parole de BNP Paribas a déclaré qu'il ne pouvait confirmer ce chiffre.", "fr"), []);
  assert.deepEqual(peopleNamed("Une porte-parole de Natixis a refusé de commenter. Natixis a perdu un milliard.", "fr"), []);
  // Always written with its particle, the word is a name: "le général de Gaulle".
  assert.deepEqual(peopleNamed("Le général de Gaulle a prononcé un discours. De Gaulle était là.", "fr"), ["Gaulle"]);
  // Two capitals are initials, not an acronym.
  assert.deepEqual(peopleNamed("CEO JK Shin said on Monday that sales would rise.", "en"), ["Shin"]);
  // "Vice" modifies the noun it opens: a vice-champion is no role.
  assert.deepEqual(peopleNamed("Vice-champion de France Pizza gastronomique, il ouvre un restaurant.", "fr"), []);
});

test("a Turkish case ending after an apostrophe closes a name: the place it is written on is where the person went", () => {
  assert.deepEqual(peopleNamed("Dışişleri Bakanı Hakan Fidan Ankara'da konuştu.", "tr"), ["Hakan Fidan"]);
  // An English possessive is no case ending: the name keeps its last word.
  assert.deepEqual(peopleNamed("In 1929, when President Herbert Hoover's wife was featured, the magazine changed.", "en"), ["Herbert Hoover"]);
});
