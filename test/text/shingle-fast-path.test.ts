import { test } from "node:test";
import assert from "node:assert/strict";
import { shingleHashes, shingleHashesOfText, tokenize } from "../../src/text/index.js";
import { shingleHashesOfTextScratch } from "../../src/text/shingle.js";
import { sortDistinctU32 } from "../../src/text/sort-distinct.js";
import { createSplitMix32 } from "../../src/text/hash32.js";

/**
 * Pieces the fast scanner treats differently from plain ASCII: Latin-1 letters, digits and symbols,
 * context-dependent lowercase (Σ, İ), astral letters with case (Deseret), lone surrogates,
 * combining marks, spaceless scripts, zero-width and full-width characters.
 */
const PIECES = [
  "a", "Z", "7", " ", "  ", "\n", ",", "-", "_", "'", "É", "ß", "µ", "×", "÷", "ª", "²", "½", "ÿ", "\u00a0",
  "Σ", "σ", "ς", "ΟΔΟΣ", "İ", "ı", "Ж", "ж", "𐐀", "𐐨", "𝒜", "\ud800", "\udc00", "\u0301", "中文", "ภาษา",
  "コーヒー", "\u200b", "Ｈ", "ｅ", "Ǆ", "ﬁ", "Ⅻ", "→", "’", "word", "Hello", "2021",
];

function randomText(rng: () => number, pieces: readonly string[], length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += pieces[rng() % pieces.length];
  return s;
}

test("the fast scanner equals tokenize + shingleHashes on random mixed-script texts, for every k", () => {
  const rng = createSplitMix32(2024);
  for (let trial = 0; trial < 400; trial++) {
    const text = randomText(rng, PIECES, 1 + (rng() % 80));
    for (const k of [1, 2, 5, 6]) assert.deepEqual(shingleHashesOfText(text, k), shingleHashes(tokenize(text), k), JSON.stringify(text));
  }
});

test("on Latin-script text the tokens are exactly shingling.py's: lowercased [\\p{L}\\p{N}]+ runs", () => {
  const latin = PIECES.filter((p) => !/[\p{Script=Han}\p{Script=Thai}\p{Script=Katakana}]/u.test(p));
  const rng = createSplitMix32(7);
  for (let trial = 0; trial < 300; trial++) {
    const text = randomText(rng, latin, 1 + (rng() % 60));
    assert.deepEqual(tokenize(text), text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [], JSON.stringify(text));
  }
});

test("context-dependent lowercase is applied as on the whole text (final sigma, dotted capital I)", () => {
  assert.deepEqual(tokenize("ΟΔΟΣ ΣΟΦΙΑΣ"), ["οδος", "σοφιας"]);
  assert.deepEqual(shingleHashesOfText("ΟΔΟΣ ΣΟΦΙΑΣ ΚΑΙ ΑΛΛΑ ΠΟΛΛΑ"), shingleHashesOfText("οδος σοφιας και αλλα πολλα"));
  assert.deepEqual(tokenize("İstanbul"), "İstanbul".toLowerCase().match(/[\p{L}\p{N}]+/gu));
  assert.deepEqual(shingleHashesOfText("𐐀𐐁 x"), shingleHashesOfText("𐐨𐐩 X"));
});

test("results are independent copies; the scratch variant gives the same values", () => {
  const a = shingleHashesOfText("one two three four five six seven");
  const before = Array.from(a);
  const b = shingleHashesOfText("eight nine ten eleven twelve thirteen");
  assert.deepEqual(Array.from(a), before);
  assert.notDeepEqual(Array.from(a), Array.from(b));
  assert.deepEqual(Array.from(shingleHashesOfTextScratch("eight nine ten eleven twelve thirteen")), Array.from(b));
});

test("sortDistinctU32 sorts and deduplicates uniform, skewed and tiny inputs like a plain sort", () => {
  const rng = createSplitMix32(31);
  const reference = (values: number[]) => [...new Set(values)].sort((x, y) => x - y);
  const cases: number[][] = [[], [5], [3, 3], [0xffffffff, 0, 0x80000000, 1]];
  for (let t = 0; t < 60; t++) {
    const n = rng() % 3000;
    cases.push(Array.from({ length: n }, () => rng())); // uniform, as shingle hashes
    const few = Array.from({ length: 1 + (rng() % 4) }, () => (rng() & 0xff00ffff) >>> 0);
    cases.push(Array.from({ length: n }, () => few[rng() % few.length])); // many repeats of a few
    cases.push(Array.from({ length: n }, (_, i) => (n - i) * 7)); // descending, clustered low bits
  }
  for (const values of cases) {
    const buffer = Uint32Array.from(values);
    assert.deepEqual(Array.from(sortDistinctU32(buffer, values.length)), reference(values));
  }
});
