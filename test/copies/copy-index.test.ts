import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseCanonical, createCopyIndex, createDeduplicator, groupCopies, verifyPair } from "../../src/copies/index.js";
import { createMinHasher, exactHash } from "../../src/fingerprint/index.js";
import { shingleHashesOfText } from "../../src/text/index.js";
import { createSplitMix32 } from "../../src/text/hash32.js";

const WORDS = "government minister said on thursday that the new agreement would strengthen economic cooperation between both countries after talks held in the capital where delegations discussed trade energy transport security and culture while observers noted rising tensions over water rights border crossings and migration policy during a week of intense diplomacy".split(" ");

/** A deterministic pseudo-article of `n` words. */
function article(seed: number, n: number): string {
  const rng = createSplitMix32(seed);
  return Array.from({ length: n }, () => WORDS[rng() % WORDS.length] + (rng() % 7)).join(" ");
}

const hasher = createMinHasher();
const doc = (id: number, text: string) => {
  const shingles = shingleHashesOfText(text);
  return { id, exactHash: exactHash(text), signature: hasher.signature(shingles), shingles };
};

test("verifyPair gives exact Jaccard and both containments", () => {
  const v = verifyPair(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(3, 4, 5, 6, 7, 8));
  assert.equal(v.jaccard, 2 / 8);
  assert.equal(v.containmentAinB, 0.5);
  assert.equal(v.containmentBinA, 2 / 6);
  assert.equal(verifyPair(new Uint32Array(0), new Uint32Array(0)).jaccard, 1);
});

test("finds exact, near and contained copies and verifies each", () => {
  const original = article(1, 400);
  const wire = article(2, 150);
  const docs = [
    doc(0, original),
    doc(1, original.replace("minister", "MINISTER")), // exact after normalization
    doc(2, original.split(" ").filter((_, i) => i % 100 !== 50).join(" ")), // a few words dropped
    doc(3, `${article(3, 300)} ${wire} ${article(4, 200)}`), // a longer article with the wire story inside
    doc(4, article(5, 400)), // unrelated
  ];
  const index = createCopyIndex();
  docs.slice(1).forEach((d) => index.add(d));
  const fetch = (id: number) => docs[id]?.shingles;
  const found = index.findCopies(docs[0], fetch);
  assert.deepEqual(found.map((m) => [m.id, m.kind]), [[1, "exact"], [2, "near"]]);
  const inside = index.findCopies(doc(5, wire), fetch);
  assert.deepEqual(inside.map((m) => [m.id, m.kind, m.contained]), [[3, "contained", "query-in-match"]]);
  assert.deepEqual(index.findCopies(doc(6, article(6, 400)), fetch), []);
});

test("an index sized for what it will hold finds the same copies and never grows its tables", () => {
  const original = article(30, 400);
  const docs = [
    doc(0, original),
    doc(1, original.split(" ").filter((_, i) => i % 90 !== 7).join(" ")),
    doc(2, `${article(31, 300)} ${original} ${article(32, 100)}`),
    ...Array.from({ length: 200 }, (_, k) => doc(3 + k, article(100 + k, 300))),
  ];
  const samples = docs.map((d) => createCopyIndex().containmentSamples(d.shingles));
  const sized = createCopyIndex({ expected: { documents: docs.length, samples: samples.reduce((n, s) => n + s.length, 0) } });
  const grown = createCopyIndex();
  const before = sized.stats().memoryBytes.total;
  docs.slice(1).forEach((d, k) => {
    sized.add({ ...d, containmentSamples: samples[k + 1] });
    grown.add(d);
  });
  assert.equal(sized.stats().memoryBytes.total, before);
  assert.ok(grown.stats().memoryBytes.total > createCopyIndex().stats().memoryBytes.total);
  const fetch = (id: number) => docs[id]?.shingles;
  const found = sized.findCopies(docs[0], fetch);
  assert.deepEqual(found.map((m) => [m.id, m.kind]), [[1, "near"], [2, "contained"]]);
  assert.deepEqual(found, grown.findCopies(docs[0], fetch));
});

test("finds a short text that an earlier, longer article contains, and the reverse", () => {
  const wire = article(20, 200);
  const long = `${article(21, 500)}\n\n${wire}`;
  const docs = [doc(0, wire), doc(1, long)];
  const fetch = (id: number) => docs[id].shingles;
  const a = createCopyIndex();
  a.add(docs[0]);
  assert.equal(a.findCopies(docs[1], fetch)[0]?.contained, "match-in-query");
  const b = createCopyIndex();
  b.add(docs[1]);
  assert.equal(b.findCopies(docs[0], fetch)[0]?.contained, "query-in-match");
});

test("a very short text is never contained, and unrelated texts are never copies", () => {
  const short = article(30, 40);
  const docs = [doc(0, `${article(31, 500)} ${short}`)];
  for (let i = 1; i < 50; i++) docs.push(doc(i, article(100 + i, 300)));
  const index = createCopyIndex();
  docs.forEach((d) => index.add(d));
  const fetch = (id: number) => docs[id]?.shingles;
  assert.deepEqual(index.findCopies(doc(99, short), fetch), []);
  for (let i = 0; i < 20; i++) assert.deepEqual(index.findCopies(doc(200 + i, article(500 + i, 300)), fetch), []);
  assert.ok(index.stats().bytesPerDocument < 1024);
});

test("mixing signatures of different parameters throws with the fix", () => {
  const index = createCopyIndex();
  index.add(doc(0, article(1, 100)));
  const other = createMinHasher({ seed: 9 });
  const s = shingleHashesOfText("x y z");
  assert.throws(() => index.add({ id: 1, exactHash: "x", signature: other.signature(s), shingles: s }), { code: "fingerprint.params.mismatch" });
});

test("chooses the earliest published, then the longest, then the lowest id", () => {
  assert.equal(chooseCanonical([{ id: 3, published: "2021-09-17", length: 10 }, { id: 2, published: "2021-09-16", length: 5 }]), 2);
  assert.equal(chooseCanonical([{ id: 3, published: null, length: 10 }, { id: 4, published: "2021-09-18", length: 5 }]), 4);
  assert.equal(chooseCanonical([{ id: 3, length: 10 }, { id: 4, length: 50 }]), 4);
  assert.equal(chooseCanonical([{ id: 9, length: 10 }, { id: 4, length: 10 }]), 4);
  assert.throws(() => chooseCanonical([]), { code: "copies.canonical.empty" });
});

test("groups copies as stars: a copy of a copy that is no copy of the canonical goes elsewhere, a contained text joins nobody", () => {
  const groups = groupCopies(
    [{ id: 1, published: "2021-01-02", length: 10 }, { id: 2, published: "2021-01-01", length: 10 }, { id: 3, length: 10 }, { id: 4, length: 10 }, { id: 5, length: 30 }],
    [
      { a: 1, b: 2, kind: "near", similarity: 0.9 },
      { a: 3, b: 1, kind: "near", similarity: 0.85 },
      { a: 4, b: 3, kind: "exact", similarity: 1 },
      { a: 5, b: 2, kind: "contained", similarity: 1 },
    ],
  );
  assert.deepEqual(groups, [
    { canonicalId: 2, members: [{ id: 1, kind: "near", similarity: 0.9 }, { id: 2, kind: "canonical", similarity: 1 }] },
    { canonicalId: 3, members: [{ id: 3, kind: "canonical", similarity: 1 }, { id: 4, kind: "exact", similarity: 1 }] },
  ]);
});

test("streaming dedup keeps the first copy and drops later exact and near copies", () => {
  const dedup = createDeduplicator();
  const a = article(40, 300);
  const decisions = [a, article(41, 300), `${a} `, a.replace(/ /, "  ").split(" ").slice(0, -3).join(" ")].map((t) => dedup.push(t));
  assert.deepEqual(decisions.map((d) => d.keep), [true, true, false, false]);
  assert.equal(decisions[2].matches[0].id, 0);
  assert.equal(dedup.stats().dropped, 2);
});
