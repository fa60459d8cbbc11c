import { test } from "node:test";
import assert from "node:assert/strict";
import { serbianLatin } from "../../src/enrich/serbian-latin.js";
import { enrichText, ofType } from "./helpers.js";

/**
 * Serbian, Croatian, Bosnian, Slovenian and Macedonian news name a country by its adjective in -ski before the role
 * ("španski reditelj", "руски председник"), and Serbian is printed in either alphabet.
 */
const places = (text: string, lang: string) => ofType(enrichText(text, lang), "place").map((p) => p.name);

test("Serbian Latin transliterates letter for letter, digraphs capitalised as names are", () => {
  assert.equal(serbianLatin("Немачка"), "Nemačka");
  assert.equal(serbianLatin("Љубљана и Њујорк"), "Ljubljana i Njujork");
  assert.equal(serbianLatin("Đorđe, 2024."), "Đorđe, 2024.");
});

test("Serbian Latin pages name the countries the packages give in Cyrillic alone, declined as well", () => {
  assert.deepEqual(places("Ministar je u sredu doputovao u Nemačku, a sutra putuje u Mađarsku.", "sr"), ["Germany", "Hungary"]);
  assert.deepEqual(places("Razgovori u Nemačkoj su završeni.", "sr"), ["Germany"]);
});

test("South Slavic country adjectives in -ski name the country, in both of Serbian's alphabets", () => {
  assert.deepEqual(places("Руски председник Владимир Путин допутовао је у среду.", "sr"), ["Russia"]);
  assert.deepEqual(places("Španski reditelj Pedro Almodovar dobio je nagradu, a italijanska premijerka čestitala.", "sr"), ["Spain", "Italy"]);
  assert.deepEqual(places("Kineski predsjednik razgovarao je s američkim kolegom.", "hr"), ["China", "United States"]);
  assert.deepEqual(places("Nemški kancler in španski premier sta se srečala.", "sl"), ["Germany", "Spain"]);
  assert.deepEqual(places("Германскиот канцелар и рускиот претседател разговараа.", "mk"), ["Germany", "Russia"]);
});

test("a form the South Slavic rule makes is not read in other languages, where it is a surname", () => {
  assert.deepEqual(places("The actor Klaus Kinski starred in the film.", "en"), []);
  assert.deepEqual(places("Der Schauspieler Klaus Kinski spielte die Hauptrolle.", "de"), []);
});
