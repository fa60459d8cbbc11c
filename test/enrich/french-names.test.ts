import { test } from "node:test";
import assert from "node:assert/strict";
import { peopleNamed } from "./helpers.js";

/** A first line to stand as the headline, whose capitals prove nothing: the sentences under test are the body's. */
const LEAD = "Le conseil s'est réuni lundi.\n";

test("French 'de' after a single word that is no given name is a noun's, not a name's particle", () => {
  const text = LEAD + "Dans l'Europe de Stephen Smith, Al-Azhar de Gaza et Médecins du Monde sont cités. Charles de Gaulle aussi.";
  assert.deepEqual(peopleNamed(text, "fr"), ["Stephen Smith", "Charles de Gaulle"]);
});

test("two given names joined by a hyphen open a name as one does", () => {
  const text = LEAD + "Jean-Marc Ayrault et Marie-Christine Blandin étaient présents, avec Hans-Peter Müller.";
  assert.deepEqual(peopleNamed(text, "fr"), ["Jean-Marc Ayrault", "Marie-Christine Blandin", "Hans-Peter Müller"]);
});
