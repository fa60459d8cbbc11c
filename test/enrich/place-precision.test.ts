import { test } from "node:test";
import assert from "node:assert/strict";
import { enrich } from "../../src/enrich/index.js";
import { enrichText, ofType } from "./helpers.js";

/** The places a text names, by display name. */
const places = (text: string, lang: string): string[] => ofType(enrichText(text, lang), "place").map((p) => p.name).sort();

test("a German noun after a determiner is no city, wherever the article writes it", () => {
  // GeoNames lists "Namen" for Namur and "Region" for Reggio Calabria; German capitalises every noun.
  assert.deepEqual(places("Die Namen der Opfer sind bekannt. Namen wurden nicht genannt. Die Region leidet.", "de"), []);
  // A plural's dative in -n is a noun's or a country's, never a town's ("Zahlen", not Zahlé).
  assert.deepEqual(places("Zahlen belegen den Trend in den Niederlanden.", "de"), ["Netherlands"]);
});

test("a city after a determiner's own phrase, a relative pronoun or a title's last word stays a city", () => {
  assert.deepEqual(places("Die in Berlin lebende Autorin schreibt.", "de"), ["Berlin"]);
  assert.deepEqual(places("Ein großes Militär, das Washington fürchtet.", "de"), ["Washington"]);
  const e = enrich({ title: "Iran bestellt Schweizer Diplomaten ein", text: "Teheran (dpa) – Das Ministerium hat den Botschafter einbestellt.", lang: "de", published: null });
  assert.ok(ofType(e, "place").some((p) => p.name === "Tehran"), "the dateline's city after a title ending in a determiner");
});

test("one word of a GeoNames alternate name names the city only after a preposition of place", () => {
  // "Warna" is German for Varna, an alternate name of it; "Google" and "Julia" are alternate names too (of Topeka, of Plovdiv).
  assert.deepEqual(places("Die Konferenz in Warna begann am Montag. Warna empfing die Gäste.", "de"), ["Varna"]);
  assert.deepEqual(places("Warna empfing die Gäste.", "de"), []);
  assert.deepEqual(places("Google hat die Regeln geändert, sagte Julia.", "de"), []);
  assert.deepEqual(places("Google changed its rules, Julia said.", "en"), []);
  // A possessive after the word speaks of a person ("Alley" is one of Aley's names in GeoNames).
  assert.deepEqual(places("It transpired that Alley had left. In Alley's words, the show was over.", "en"), []);
  // A city's own name and a curated exonym need no preposition.
  assert.deepEqual(places("Genf empfing die Gäste. Toulouse auch.", "de"), ["Genève", "Toulouse"]);
});

test("a distinctive word of a city's own name names it alone; a first word its kind follows does not", () => {
  assert.deepEqual(places("Querétaro registró lluvias intensas.", "es"), ["Santiago de Querétaro"]);
  assert.deepEqual(places("Frankfurt meldet neue Zahlen.", "de"), ["Frankfurt am Main"]);
  assert.deepEqual(places("Gold is up again, traders said.", "en"), []);
});

test("a small foreign town named by one word needs its country or a preposition of place; a home town does not", () => {
  // Martin (Slovakia, 51,000 people) is a given name far more often in German pages.
  assert.deepEqual(places("Martin sagte, das Spiel sei vorbei.", "de"), []);
  assert.deepEqual(places("Die Reise führte nach Martin.", "de"), ["Martin"]);
  assert.deepEqual(places("Martin liegt in der Slowakei.", "de").sort(), ["Martin", "Slovakia"]);
  // Aalen is a German town of 67,000: German pages name it bare.
  assert.deepEqual(places("Aalen gewann das Spiel am Samstag.", "de"), ["Aalen"]);
});

test("two or three capitals are an acronym, not a town", () => {
  // Fraunhofer ISE is an institute, not Ise (Japan).
  assert.deepEqual(places("Das Projekt des Fraunhofer ISE wurde gelobt.", "de"), []);
  assert.deepEqual(places("The AMA and the IGA issued a statement.", "en"), []);
});
