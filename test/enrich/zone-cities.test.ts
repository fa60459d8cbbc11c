import { test } from "node:test";
import assert from "node:assert/strict";
import { enrichText, ofType } from "./helpers.js";

/** City names CLDR's locales give the cities of the time zones, in scripts GeoNames' alternate names lack. */
const CLDR_CITIES: readonly [string, string, string][] = [
  ["bn", "প্রেসিডেন্ট মঙ্গলবার রাতে সিওল থেকে জাতির উদ্দেশে ভাষণ দেন।", "Seoul"],
  ["te", "ఆదివారం బుడాపెస్ట్ లో జరిగిన పోటీలో అతను స్వర్ణం గెలిచాడు.", "Budapest"],
  ["pa", "ਐਤਵਾਰ ਨੂੰ ਬੁਡਾਪੈਸਟ ਵਿੱਚ ਹੋਏ ਮੁਕਾਬਲੇ ਵਿੱਚ ਉਸ ਨੇ ਸੋਨ ਤਗਮਾ ਜਿੱਤਿਆ।", "Budapest"],
  ["ml", "വ്യാഴാഴ്ച സ്റ്റോക്ക്ഹോം നഗരത്തിൽ പുരസ്കാരം പ്രഖ്യാപിച്ചു.", "Stockholm"],
];

test("cities are found by the names CLDR gives them in scripts GeoNames lacks", () => {
  for (const [lang, text, city] of CLDR_CITIES) {
    const names = ofType(enrichText(text, lang), "place").map((p) => p.name);
    assert.ok(names.includes(city), `${lang}: ${text} → ${names.join(", ")}`);
  }
});

test("a CLDR city name is not read in a word of the language or in a bigger city's name", () => {
  // Arabic كلما ("whenever") holds one locale's spelling of Lima after the preposition ك; Marathi दिली (Dili) folds
  // as Delhi's दिल्ली.
  const arabic = ofType(enrichText("وحذرت الدراسة من أنه كلما زاد الخطر ارتفعت نبرة الصوت.", "ar"), "place").map((p) => p.name);
  assert.ok(!arabic.includes("Lima"), arabic.join(", "));
  const hindi = ofType(enrichText("नए साल का जश्न: दिल्ली में सड़कें जाम, कई मेट्रो स्टेशन बंद।", "hi"), "place").map((p) => p.name);
  assert.ok(hindi.includes("Delhi") && !hindi.includes("Dili"), hindi.join(", "));
});
