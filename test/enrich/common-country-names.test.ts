import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ofType } from "./helpers.js";

/**
 * Countries by the names the press writes rather than CLDR's official ones ("Great Britain", "Holland", the Soviet
 * "Белоруссия"), and names written with an elided article ("Côte d'Ivoire"): two capitalised words that are a country
 * were read as a person's name.
 */
const placesAndPeople = (text: string, lang: string) => {
  const found = enrichText(text, lang);
  return { places: ofType(found, "place").map((p) => p.name), people: ofType(found, "person").map((p) => p.name) };
};

test("Great Britain in the words of each language's press is the United Kingdom, no person", () => {
  const cases: readonly (readonly [string, string])[] = [
    ["it", "Il ministro è partito ieri per la Gran Bretagna."],
    ["ro", "Ministrul a plecat ieri în Marea Britanie."],
    ["pt", "O ministro viajou ontem para a Grã-Bretanha."],
    ["nl", "De minister vertrok gisteren naar Groot-Brittannië."],
    ["cs", "Ministr včera odjel do Velké Británie."],
    ["hu", "A miniszter tegnap Nagy-Britanniába utazott."],
    ["tr", "Bakan dün Büyük Britanya'ya gitti."],
  ];
  for (const [lang, text] of cases) assert.deepEqual(placesAndPeople(text, lang), { places: ["United Kingdom"], people: [] }, `${lang}: ${text}`);
});

test("Holland, the Soviet name of Belarus and the Czech Republic as Portuguese writes it", () => {
  assert.deepEqual(placesAndPeople("Il ministro è partito ieri per l'Olanda.", "it"), { places: ["Netherlands"], people: [] });
  assert.deepEqual(placesAndPeople("Министр вчера уехал в Белоруссию.", "ru").places, ["Belarus"]);
  assert.deepEqual(placesAndPeople("O ministro viajou para a República Tcheca ontem.", "pt").places, ["Czechia"]);
});

test("a name with an elided article is read over its apostrophe", () => {
  assert.deepEqual(placesAndPeople("Le ministre est parti en Côte d'Ivoire hier.", "fr"), { places: ["Côte d’Ivoire"], people: [] });
  assert.deepEqual(placesAndPeople("Il ministro è partito per la Costa d’Avorio ieri.", "it"), { places: ["Côte d’Ivoire"], people: [] });
});

test("a dialect's hyphenated spelling with a short part is not read written solid, where it is a given name", () => {
  // GeoNames lists Ligurian "Sann-a" for Savona: "Sanna" is a Nordic given name.
  assert.deepEqual(placesAndPeople("Sanna Marinin hallitus kaatui keskiviikkona.", "fi").places, []);
  assert.deepEqual(placesAndPeople("Le ministre est allé en GuinéeBissau.", "fr").places, ["Guinea-Bissau"]);
});

test("a country is shown by its everyday English name, CLDR's where the package gives only the official one", () => {
  const { places } = placesAndPeople("Delegations of the Syrian Arab Republic and of the Lao People's Democratic Republic met.", "en");
  assert.deepEqual(places.sort(), ["Laos", "Syria"]);
});

test("a country's name the nationality package gives for want of an adjective is no demonym; the dictionary's adjective is", () => {
  const text = "Los funcionarios se reunieron el lunes.\nLas reuniones familiares están prohibidas desde las celebraciones navideñas. " +
    "El gobierno ghanés y el presidente nigerino hablaron.";
  assert.deepEqual(placesAndPeople(text, "es").places.sort(), ["Ghana", "Niger"]);
});
