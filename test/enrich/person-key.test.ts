import { test } from "node:test";
import assert from "node:assert/strict";
import { personKey } from "../../src/enrich/index.js";

const SAME: readonly [string, string][] = [
  ["Mukhtar Tileuberdi", "Mukhtar Tleuberdi"], // one vowel more or less
  ["Wang Yi", "W. Yi"], // initial
  ["Wang Yi", "M. Wang Yi"], // honorific
  ["Sergueï Lavrov", "Sergei Lavrov"], // accents, transliteration
  ["Siergiej Ławrow", "Sergey Lavrov"], // Polish spelling
  ["Volodymyr Zelensky", "Wolodymyr Selenskyj"], // German transliteration
  ["Recep Tayyip Erdoğan", "Recep Erdogan"], // middle name, diacritics
  ["Ursula von der Leyen", "Ursula Leyen"], // particles
  ["Mikhaïl Gorbatchev", "Michail Gorbatschow"], // French and German spellings
  ["Vladimir Poutine", "Vladimir Putin"],
  ["Владимир Путин", "Vladimir Putin"], // Cyrillic
];

const APART: readonly [string, string][] = [
  ["Joe Biden", "Hunter Biden"], // same surname, different given name
  ["Wang Yi", "Wang Yu"], // short names keep their vowels
  ["Li Keqiang", "Li Qiang"],
  ["Boris Johnson", "Boris Jones"],
];

test("spelling variants of one person share a key", () => {
  for (const [a, b] of SAME) assert.equal(personKey(a), personKey(b), `${a} / ${b}`);
});

test("different people stay apart", () => {
  for (const [a, b] of APART) assert.notEqual(personKey(a), personKey(b), `${a} / ${b}`);
});

/** The price of vowel-blind keys, documented: these do collide. */
const KNOWN_COLLISIONS: readonly [string, string][] = [
  ["Olaf Scholz", "Olaf Schulz"], // surnames differing only in a vowel
  ["John Smith", "Jane Smith"], // same surname and initial
];

test("the documented collisions of the key rule do collide", () => {
  for (const [a, b] of KNOWN_COLLISIONS) assert.equal(personKey(a), personKey(b), `${a} / ${b}`);
});

test("a surname alone keys apart from any full name", () => {
  assert.notEqual(personKey("Biden"), personKey("Joe Biden"));
  assert.equal(personKey("Biden"), personKey("M. Biden"));
});
