import { test } from "node:test";
import assert from "node:assert/strict";
import { addToCentroid, cosineToCentroid, cosineUnlessBelow, createCentroid, dot, FeatureDictionary, heaviestFeatures, heaviestFirst, normalize, SparseVector } from "../../src/stories/vectors.js";
import { candidates, createPostings, post } from "../../src/stories/postings.js";

/** A small deterministic generator (mulberry32): the same vectors on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("a sparse vector sums repeated features, keeps insertion order and finds every weight through growth", () => {
  const rand = random(1);
  const dictionary = new FeatureDictionary();
  const v = new SparseVector(dictionary);
  const expected = new Map<string, number>();
  for (let i = 0; i < 3000; i++) {
    const key = `f${Math.floor(rand() * 1200)}`;
    const w = Math.round(rand() * 8) / 4; // some weights repeat, so ties occur
    v.addKey(key, w);
    expected.set(key, (expected.get(key) ?? 0) + w);
  }
  assert.deepEqual([...v.entries()], [...expected]);
  for (const [key, w] of expected) assert.equal(v.weightOf(dictionary.id(key)), w);
  assert.equal(v.weightOf(dictionary.id("never-added")), 0);
  v.scale(0.5);
  for (const [key, w] of expected) assert.equal(v.weightOf(dictionary.id(key)), w * 0.5);
});

test("heaviestFeatures lists what a full sort by weight then key lists, at any cut", () => {
  const rand = random(2);
  const dictionary = new FeatureDictionary();
  const v = new SparseVector(dictionary);
  for (let i = 0; i < 400; i++) v.addKey(`k${Math.floor(rand() * 300)}`, Math.ceil(rand() * 5));
  const sorted = [...v.entries()].map(([key, weight]) => ({ key, weight })).sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
  for (const n of [0, 1, 12, 40, 300, 1000]) assert.deepEqual(heaviestFeatures(v, n), sorted.slice(0, n), `n = ${n}`);
});

test("dot sums the shared features in the smaller vector's order", () => {
  const dictionary = new FeatureDictionary();
  const a = new SparseVector(dictionary);
  const b = new SparseVector(dictionary);
  for (const [k, w] of [["x", 0.1], ["y", 0.2], ["z", 0.3]] as const) a.addKey(k, w);
  for (let i = 0; i < 50; i++) b.addKey(`other${i}`, 1);
  b.addKey("z", 2);
  b.addKey("x", 3);
  assert.equal(dot(a, b), 0.1 * 3 + 0.3 * 2);
  assert.equal(dot(b, a), 0.1 * 3 + 0.3 * 2);
});

test("cosineUnlessBelow gives the full cosine to the bit whenever it reaches the floor, and null only below it", () => {
  const rand = random(4);
  const dictionary = new FeatureDictionary();
  const unitOf = (features: number, vocabulary: number): SparseVector => {
    const v = new SparseVector(dictionary);
    for (let i = 0; i < features; i++) v.addKey(`t${Math.floor(rand() ** 2 * vocabulary)}`, rand() < 0.1 ? 1 : rand());
    return normalize(v);
  };
  let pruned = 0;
  let kept = 0;
  for (let round = 0; round < 300; round++) {
    // Centroids of 1 to 20 articles over a shared vocabulary: some close to the article, most not.
    const centroid = createCentroid(dictionary);
    const articles = 1 + Math.floor(rand() * 20);
    for (let i = 0; i < articles; i++) addToCentroid(centroid, unitOf(20 + Math.floor(rand() * 200), 600));
    const article = unitOf(20 + Math.floor(rand() * 200), 600);
    const exact = cosineToCentroid(article, centroid);
    const heaviest = heaviestFirst(article);
    for (const floor of [0, exact * 0.5, exact, exact * (1 + 1e-6), exact + 0.05, 0.3, 0.9]) {
      const got = cosineUnlessBelow(article, heaviest, centroid, floor);
      if (got === null) {
        assert.ok(exact < floor, `pruned at floor ${floor} though the cosine is ${exact}`);
        pruned++;
      } else {
        assert.equal(got, exact);
        kept++;
      }
    }
    // At the floor itself the cosine is reached: never pruned.
    assert.equal(cosineUnlessBelow(article, heaviest, centroid, exact), exact);
  }
  assert.ok(pruned > 100 && kept > 100, `both outcomes exercised (${pruned} pruned, ${kept} kept)`);
});

test("heaviestFirst lists every entry once, heavier classes first, with the vector's squared norm", () => {
  const rand = random(5);
  const dictionary = new FeatureDictionary();
  const v = new SparseVector(dictionary);
  for (let i = 0; i < 500; i++) v.addKey(`h${i}`, rand() ** 4);
  const h = heaviestFirst(v);
  assert.deepEqual([...h.ids].sort((a, b) => a - b), [...v.ids.subarray(0, v.size)].sort((a, b) => a - b));
  for (let i = 0; i < h.ids.length; i++) assert.equal(h.weights[i], v.weightOf(h.ids[i]));
  // Within a factor of two of sorted: each entry is at least half as heavy as any after it.
  for (let i = 1; i < h.weights.length; i++) assert.ok(h.weights[i] <= 2 * Math.min(...h.weights.subarray(0, i)) || h.weights[i] < h.weights[0] / 2 ** 10);
  let normSq = 0;
  for (let i = 0; i < v.size; i++) normSq += v.weights[i] ** 2;
  assert.equal(h.normSq, normSq);
});

test("candidates ranks stories by summed key weight, ties by id, as sorting every hit would", () => {
  const rand = random(3);
  const postings = createPostings();
  const keys = Array.from({ length: 40 }, (_, i) => 1_000 + i * 7);
  for (let story = 1; story <= 500; story++) post(postings, keys.filter(() => rand() < 0.1), story);
  for (let round = 0; round < 20; round++) {
    const asked = keys.filter(() => rand() < 0.3).map((key) => ({ key, weight: Math.ceil(rand() * 4) / 4 }));
    const sums = new Map<number, number>();
    for (const { key, weight } of asked) for (const id of postings.lists.get(key)?.keys() ?? []) sums.set(id, (sums.get(id) ?? 0) + weight);
    const expected = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
    for (const limit of [1, 32, 10_000]) assert.deepEqual(candidates(postings, asked, limit), expected.slice(0, limit));
  }
});
