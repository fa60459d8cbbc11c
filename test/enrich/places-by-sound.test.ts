import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, matchKey, ofType } from "./helpers.js";

const placesIn = (text: string, lang: string): string[] => ofType(enrichText(text, lang), "place").map((p) => p.name);

test("Greek writes a foreign j τζ, and a city read by sound is the one so named, not another once named so", () => {
  // GeoNames lists "Abuja" also as an old name of Suleja, in the same country the article names.
  const places = placesIn("Ορκίστηκε τη Δευτέρα στην Αμπούτζα πρόεδρος της Νιγηρίας.", "el");
  assert.ok(places.includes("Abuja"), places.join(", "));
  assert.equal(matchKey("Νιράτζ Τσόπρα"), matchKey("Neeraj Chopra"));
});

test("Amharic writes every vowel: a capital after its preposition of place is read by its sound", () => {
  assert.ok(placesIn("ቦላ ቲኑቡ ሰኞ በአቡጃ ቃለ መሃላ ፈጽመዋል።", "am").includes("Abuja"));
  assert.ok(placesIn("ዶክተር ቴድሮስ በጄኔቫ መግለጫ ሰጡ።", "am").some((p) => p.startsWith("Gen")));
  // Not a word without the preposition, nor a town the article gives no ground for.
  assert.deepEqual(placesIn("አቡጃ የሚለው ቃል።", "am"), []);
});
