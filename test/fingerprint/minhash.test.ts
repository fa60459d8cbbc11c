import { test } from "node:test";
import assert from "node:assert/strict";
import { createMinHasher, deserializeSignature, estimateJaccard, exactHash, serializeSignature } from "../../src/fingerprint/index.js";
import { createSplitMix32 } from "../../src/text/hash32.js";
import { verifyPair } from "../../src/copies/verify.js";

/** Two random sets with a chosen overlap, as sorted distinct uint32 arrays. */
function randomPair(rng: () => number, size: number, shared: number): [Uint32Array, Uint32Array] {
  const common = Array.from({ length: shared }, rng);
  const a = new Uint32Array([...common, ...Array.from({ length: size - shared }, rng)]).sort();
  const b = new Uint32Array([...common, ...Array.from({ length: size - shared }, rng)]).sort();
  return [a, b];
}

for (const scheme of ["kperm", "oph"] as const) {
  test(`${scheme}: estimated Jaccard stays within 4 standard errors of exact Jaccard over many random pairs`, () => {
    const hasher = createMinHasher({ scheme, seed: 7 });
    const rng = createSplitMix32(99);
    for (let trial = 0; trial < 200; trial++) {
      const size = 20 + (rng() % 600);
      const [a, b] = randomPair(rng, size, rng() % (size + 1));
      const exact = verifyPair(a, b).jaccard;
      const estimate = estimateJaccard(hasher.signature(a), hasher.signature(b));
      const se = Math.sqrt((exact * (1 - exact)) / 128) + 0.01;
      assert.ok(Math.abs(estimate - exact) <= 4 * se, `size ${size}: exact ${exact} estimate ${estimate}`);
    }
  });

  test(`${scheme}: the estimate is unbiased (mean error near zero across pairs)`, () => {
    const hasher = createMinHasher({ scheme });
    const rng = createSplitMix32(5);
    let sum = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const [a, b] = randomPair(rng, 300, 100 + (rng() % 150));
      sum += estimateJaccard(hasher.signature(a), hasher.signature(b)) - verifyPair(a, b).jaccard;
    }
    assert.ok(Math.abs(sum / trials) < 0.01, `mean error ${sum / trials}`);
  });

  test(`${scheme}: identical sets give identical signatures, empty sets a full-match sentinel`, () => {
    const hasher = createMinHasher({ scheme });
    const s = hasher.signatureOfText("one two three four five six seven eight");
    assert.deepEqual(hasher.signatureOfText("One two THREE four five six seven eight"), s);
    assert.equal(estimateJaccard(hasher.signature(new Uint32Array(0)), hasher.signature(new Uint32Array(0))), 1);
    assert.equal(s.params.scheme, scheme);
    assert.equal(s.values.length, 128);
  });
}

test("comparing signatures made with different parameters throws and names the fix", () => {
  const a = createMinHasher({ seed: 1 }).signatureOfText("a b c d e f");
  for (const other of [{ seed: 2 }, { numPerm: 64 }, { scheme: "kperm" as const }, { shingleSize: 3 }]) {
    const b = createMinHasher(other).signatureOfText("a b c d e f");
    assert.throws(() => estimateJaccard(a, b), (e: Error & { code?: string }) => e.code === "fingerprint.params.mismatch" && /createMinHasher/.test(e.message));
  }
});

test("serialized signatures round-trip with their parameters, and garbage is refused", () => {
  for (const scheme of ["kperm", "oph"] as const) {
    const sig = createMinHasher({ scheme, numPerm: 64, seed: 42 }).signatureOfText("the same text for both of them today");
    const bytes = serializeSignature(sig);
    assert.deepEqual(deserializeSignature(bytes), sig);
    assert.deepEqual(deserializeSignature(Buffer.from(bytes)), sig);
  }
  assert.throws(() => deserializeSignature(new Uint8Array(40)), { code: "fingerprint.signature.corrupt" });
});

test("the exact hash ignores case, Unicode form and spacing but not words", () => {
  assert.equal(exactHash("Hello  World\n"), exactHash("hello world"));
  assert.equal(exactHash("ｃａｆé"), exactHash("cafe\u0301"));
  assert.notEqual(exactHash("hello world"), exactHash("hello there world"));
  assert.match(exactHash("x"), /^[0-9a-f]{64}$/);
});

test("rejects invalid parameters with a clear code", () => {
  assert.throws(() => createMinHasher({ numPerm: 0 }), { code: "fingerprint.params.invalid" });
  assert.throws(() => createMinHasher({ version: 99 }), { code: "fingerprint.params.invalid" });
});
