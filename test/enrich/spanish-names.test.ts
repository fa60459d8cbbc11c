import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { peopleNamed } from "./helpers.js";

/** A first line to stand as the headline, whose capitals prove nothing: the sentences under test are the body's. */
const ES = "Los funcionarios se reunieron el lunes.\n";
const FR = "Le conseil s'est réuni lundi.\n";
const EN = "Officials met on Monday.\n";

test("a Spanish role's bare 'de' opens its portfolio, not a name; the holder after it is one", () => {
  const text = ES + "El Secretario de Seguridad habló. El ministro de Producción firmó el acuerdo. " +
    "El ministro de Desarrollo Productivo Matías Kulfas alcanzó un acuerdo y el ministro de Economía Luis Caputo lo apoyó.";
  assert.deepEqual(peopleNamed(text, "es"), ["Matías Kulfas", "Luis Caputo"]);
});

test("Spanish and Italian 'de' and 'di' after a single word no given name are a noun's; a patronymic's particle stays", () => {
  const es = ES + "Messi ganó cuatro Copas de Europa y el Balón de Oro, dijo Luis de Guindos.";
  assert.deepEqual(peopleNamed(es, "es"), ["Luis de Guindos"]);
  const it = "Il consiglio si è riunito lunedì.\nIl ministero della Sanità di Hamas ha parlato della Striscia di Gaza, ha detto Mario Rossi.";
  assert.deepEqual(peopleNamed(it, "it"), ["Mario Rossi"]);
});

test("Spanish names take no article and end in no abstract noun or adverb", () => {
  const text = ES + "Los fondos llegaron al Monedero Patria y al Tren Maya, según el Centro de Atención Tributaria. " +
    "Actualmente Paola Rojas conduce el programa, y la fiscal Anticorrupción, Marta Gómez, investiga.";
  assert.deepEqual(peopleNamed(text, "es"), ["Paola Rojas", "Marta Gómez"]);
});

test("a Romance role's single name follows it bare, not across a preposition or an article", () => {
  const es = ES + "Pero Stern, quien trabajó como abogado para la Liga, no habló con el presidente Macri.";
  assert.deepEqual(peopleNamed(es, "es"), ["Macri"]);
  const fr = FR + "La secrétaire d'Etat aux Droits de l'homme a parlé avec le général de Gaulle. De Gaulle était là.";
  assert.deepEqual(peopleNamed(fr, "fr"), ["Gaulle"]);
});

test("a country's name that is a common given name opens a person's name before a surname", () => {
  const fr = FR + "Il a remercié l'ancien premier ministre Dominique de Villepin, et Dominique Strauss-Kahn a parlé.";
  assert.deepEqual(peopleNamed(fr, "fr"), ["Dominique de Villepin", "Dominique Strauss-Kahn"]);
  assert.deepEqual(peopleNamed(ES + "El congelamiento fue dispuesto por Mauricio Macri.", "es"), ["Mauricio Macri"]);
  const en = EN + "Chad Smith said the band would tour Chad, Jordan and Georgia.";
  assert.deepEqual(peopleNamed(en, "en"), ["Chad Smith"]);
  const places = enrich({ title: null, text: en, lang: "en", published: null }).entities.filter((e) => e.type === "place").map((e) => e.name);
  assert.deepEqual(places.sort(), ["Chad", "Georgia", "Jordan"]);
});

test("Spanish names carry two surnames after one or two given names, a town's name among them", () => {
  const text = ES + "El detenido fue identificado como Juan Alberto Torres García, quien fue imputado. Lo confirmó Edmundo García Monroy.";
  assert.deepEqual(peopleNamed(text, "es"), ["Juan Alberto Torres García", "Edmundo García Monroy"]);
  assert.deepEqual(enrich({ title: null, text, lang: "es", published: null }).entities.filter((e) => e.type === "place"), []);
});

test("Italian full names take no article, Portuguese names hold none, and a role's single name is not across an elided article", () => {
  const it = "Il consiglio si è riunito lunedì.\nIl comandante delle Forze Armate è morto nel Parco Nazionale, ha detto il capo dell'agenzia Onu. " +
    "Ne ha parlato con Antonio Tajani.";
  assert.deepEqual(peopleNamed(it, "it"), ["Antonio Tajani"]);
  const pt = "O conselho se reuniu na segunda-feira.\nSegundo a Agência O Globo, Benjamin Moser traduziu A Hora da Estrela.";
  assert.deepEqual(peopleNamed(pt, "pt"), ["Benjamin Moser"]);
});
