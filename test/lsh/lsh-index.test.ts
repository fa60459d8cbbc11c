import { test } from "node:test";
import assert from "node:assert/strict";
import { candidateProbability, createLshIndex, createU32MultiMap, optimalBandsRows } from "../../src/lsh/index.js";
import { DEFAULT_LSH_WEIGHTS, SEEDED_BANDS_ROWS, searchBandsRows } from "../../src/lsh/params.js";
import { createMinHasher } from "../../src/fingerprint/index.js";
import { createSplitMix32 } from "../../src/text/hash32.js";

test("derives bands and rows as datasketch does: 9 × 13 with equal weights at 0.8 and 128 permutations", () => {
  assert.deepEqual(optimalBandsRows(0.8, 128, { falsePositiveWeight: 0.5, falseNegativeWeight: 0.5 }), { bands: 9, rows: 13 });
});

test("the bands and rows seeded for start-up are what the search finds for them", () => {
  for (const seed of SEEDED_BANDS_ROWS) {
    const searched = searchBandsRows(seed.threshold, seed.numPerm, DEFAULT_LSH_WEIGHTS.falsePositiveWeight, DEFAULT_LSH_WEIGHTS.falseNegativeWeight);
    assert.deepEqual(searched, { bands: seed.bands, rows: seed.rows });
    assert.deepEqual(optimalBandsRows(seed.threshold, seed.numPerm), searched);
  }
});

test("the default weights find at least 95% of pairs sitting exactly at the threshold", () => {
  const { bands, rows } = optimalBandsRows(0.8, 128);
  assert.ok(bands * rows <= 128);
  assert.ok(candidateProbability(0.8, bands, rows) >= 0.95);
  assert.ok(candidateProbability(0.3, bands, rows) < 0.01);
});

test("a heavier false-negative weight never yields fewer bands", () => {
  let last = 0;
  for (const wfn of [0.5, 0.7, 0.9, 0.98]) {
    const { bands } = optimalBandsRows(0.8, 128, { falsePositiveWeight: 1 - wfn, falseNegativeWeight: wfn });
    assert.ok(bands >= last);
    last = bands;
  }
});

function pairs(count: number, jaccard: number, rng: () => number): [Uint32Array, Uint32Array][] {
  const size = 200;
  const shared = Math.round((2 * size * jaccard) / (1 + jaccard));
  return Array.from({ length: count }, () => {
    const common = Array.from({ length: shared }, rng);
    return [
      new Uint32Array([...common, ...Array.from({ length: size - shared }, rng)]).sort(),
      new Uint32Array([...common, ...Array.from({ length: size - shared }, rng)]).sort(),
    ];
  });
}

test("more bands of fewer rows find more similar pairs (recall rises along the S-curve)", () => {
  const hasher = createMinHasher({ scheme: "oph" });
  const data = pairs(150, 0.75, createSplitMix32(3));
  const recall = (bands: number, rows: number) => {
    const index = createLshIndex({ bands, rows });
    data.forEach(([a], i) => index.add(i, hasher.signature(a)));
    return data.filter(([, b], i) => index.query(hasher.signature(b)).includes(i)).length / data.length;
  };
  const r1 = recall(4, 16);
  const r2 = recall(8, 16);
  const r3 = recall(16, 8);
  assert.ok(r1 <= r2 && r2 <= r3, `${r1} ${r2} ${r3}`);
  assert.ok(r3 > 0.5);
});

test("finds near-identical documents, not unrelated ones, and forgets removed ids", () => {
  const hasher = createMinHasher();
  const [[a, b]] = pairs(1, 0.9, createSplitMix32(11));
  const [[c]] = pairs(1, 0, createSplitMix32(12));
  const index = createLshIndex();
  index.add(1, hasher.signature(a));
  index.add(2, hasher.signature(c));
  assert.deepEqual(index.query(hasher.signature(b)), [1]);
  index.remove(1);
  assert.deepEqual(index.query(hasher.signature(b)), []);
  assert.equal(index.size, 1);
});

test("keeps the index under 1 KB per document", () => {
  const hasher = createMinHasher();
  const rng = createSplitMix32(4);
  const index = createLshIndex();
  for (let i = 0; i < 5000; i++) index.add(i, hasher.signature(new Uint32Array(Array.from({ length: 50 }, rng)).sort()));
  assert.ok(index.bytesPerDocument() < 1024, `${index.bytesPerDocument()}`);
});

test("refuses signatures of another numPerm and explicit banding that does not fit", () => {
  const index = createLshIndex({ numPerm: 128 });
  assert.throws(() => index.add(1, createMinHasher({ numPerm: 64 }).signatureOfText("a b c")), { code: "fingerprint.params.mismatch" });
  assert.throws(() => createLshIndex({ bands: 20, rows: 10 }), { code: "lsh.params.invalid" });
  assert.throws(() => createLshIndex({ bands: 20 }), { code: "lsh.params.invalid" });
});

test("the multimap keeps every value of a key and caps a hot key", () => {
  const map = createU32MultiMap(16);
  for (let i = 0; i < 1000; i++) map.add(i % 10, i);
  const out: number[] = [];
  assert.equal(map.collect(3, out), 100);
  assert.equal(map.add(7, 5000, 100), false);
  map.retain((v) => v % 2 === 0);
  assert.equal(map.size, 500);
});
