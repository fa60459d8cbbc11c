import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/person-key.js";
import { enrichText, ofType } from "./helpers.js";

/**
 * Surnames opening with a particle written with a capital ("Marine Le Pen", "Kevin De Bruyne", "Bruno Le Maire", "Luigi
 * Di Maio"): the particle belongs to the surname, whatever else the word is ("Le" opens French sentences, "Maire" is a
 * mayor, "Maio" a month); the surname alone with its particle is the full name's, and no person by itself.
 */
const people = (text: string, lang: string) => ofType(enrichText(text, lang), "person").map((p) => ({ name: p.name, id: p.id, mentions: p.mentions.map((m) => m.text) }));

test("a given name and a surname with a capitalised particle are a person, at a sentence's start too", () => {
  assert.deepEqual(people("Le conseil s'est réuni lundi.\nMarine Le Pen a parlé lundi.", "fr").map((p) => p.id), [`person:${personKey("Marine Pen")}`]);
  assert.deepEqual(people("Le conseil s'est réuni lundi.\nLe ministre Bruno Le Maire a parlé.", "fr").map((p) => p.name), ["Bruno Le Maire"]);
  const en = people("Officials met on Monday.\nLuigi Di Maio met reporters. Kevin De Bruyne scored twice.", "en");
  assert.deepEqual(en.map((p) => [p.name, p.id]), [
    ["Luigi Di Maio", `person:${personKey("Luigi Maio")}`],
    ["Kevin De Bruyne", `person:${personKey("Kevin Bruyne")}`],
  ]);
});

test("the surname with its particle alone is the full name's; alone in the article it is no one", () => {
  const found = people("Officials met on Monday.\nMarine Le Pen spoke in Paris. Critics of Le Pen said so.", "en");
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.deepEqual(found[0]!.mentions, ["Marine Le Pen", "Le Pen"]);
  // A title written like one: "Le Monde", "La Liga".
  assert.deepEqual(people("Officials met on Monday.\nThe story ran in Le Monde and the games of La Liga went on.", "en"), []);
  // Capitalised articles inside a German title open no surname.
  assert.deepEqual(people("Am Montag tagte das Parlament.\nDer Film Die Rückkehr Der Jedi lief im Kino.", "de").filter((p) => p.name === "Der"), []);
});

test("a place's word after a name's capitalised particle is the surname", () => {
  const e = enrichText("Il consiglio si è riunito lunedì.\nIgnazio La Russa ha parlato a Milano.", "it");
  assert.deepEqual(ofType(e, "person").map((p) => p.name), ["Ignazio La Russa"]);
  assert.ok(!e.entities.some((x) => x.id === "place:RU"));
});

test("Spanish and Portuguese: a given name and two surnames open a sentence as a person", () => {
  assert.deepEqual(people("Los funcionarios se reunieron el lunes.\nIsabel Díaz Ayuso criticó al Gobierno.", "es").map((p) => p.id), [`person:${personKey("Isabel Ayuso")}`]);
});

test("a month or weekday only lower-case calendars write is a name when capitalised past a sentence's start", () => {
  // Portuguese março folds to "marco"; Spanish julio and domingo are July and Sunday.
  const en = people("Officials met on Monday.\nAnalysts said Marco Rubio flew to Riyadh. Julio Iglesias sang with Plácido Domingo.", "en");
  assert.deepEqual(en.map((p) => p.id), [`person:${personKey("Marco Rubio")}`, `person:${personKey("Julio Iglesias")}`, `person:${personKey("Placido Domingo")}`]);
  // English and German months stay months, and a weekday opens a holiday's name, not a person's.
  assert.deepEqual(people("Officials met on Monday.\nAnalysts said May Day and Sunday Times readers came.", "en"), []);
  assert.deepEqual(people("Los funcionarios se reunieron el lunes.\nLa misa del Domingo de Pascua fue larga.", "es"), []);
});
