/**
 * Sorting of shingle hashes. They are murmur-mixed, hence close to uniform: one counting pass on
 * their top bits puts each in its final neighbourhood, and insertion sort finishes the few
 * inversions left. About 4 passes over the data where `TypedArray.prototype.sort` (a generic
 * merge sort) spent ~40% of shingling time on the bench corpus.
 */

/** Below this many values plain insertion sort beats the counting pass and its buckets. */
const SMALL = 32;
/** Cap on the bucket-index bits: 2^16 counters (256 KB) serve sets of up to ~65 K shingles. */
const MAX_BUCKET_BITS = 16;
/**
 * Insertion-sort moves allowed per value before giving up on the uniform-hash assumption (skewed
 * input: many repeats of a few hashes in one bucket) and calling the built-in O(n log n) sort.
 */
const MOVES_PER_VALUE = 16;

let counts = new Int32Array((1 << 10) + 1);
let scratch = new Uint32Array(4096);

/**
 * The distinct values of `values[0 .. n)`, ascending, as a view of a scratch buffer (or of
 * `values`, which may be reordered) that is valid until the next call: copy it to keep it.
 */
export function sortDistinctU32(values: Uint32Array, n: number): Uint32Array {
  if (n <= 1) return values.subarray(0, n);
  let a = values;
  if (n > SMALL) {
    if (scratch.length < n) scratch = new Uint32Array(Math.max(n, scratch.length * 2));
    bucketScatter(values, n, scratch);
    a = scratch;
  }
  if (!insertionSort(a, n, n <= SMALL ? n * n : n * MOVES_PER_VALUE)) a.subarray(0, n).sort();
  let distinct = 1;
  let last = a[0];
  for (let i = 1; i < n; i++) {
    const v = a[i];
    if (v !== last) {
      a[distinct++] = v;
      last = v;
    }
  }
  return a.subarray(0, distinct);
}

/** Stable counting pass on the top bits: about one bucket per value, so buckets hold ~1 value. */
function bucketScatter(src: Uint32Array, n: number, dst: Uint32Array): void {
  const bits = Math.min(MAX_BUCKET_BITS, 32 - Math.clz32(n));
  const shift = 32 - bits;
  const buckets = 1 << bits;
  if (counts.length < buckets + 1) counts = new Int32Array(buckets + 1);
  const c = counts;
  c.fill(0, 0, buckets + 1);
  for (let i = 0; i < n; i++) c[(src[i] >>> shift) + 1]++;
  for (let b = 1; b <= buckets; b++) c[b] += c[b - 1];
  for (let i = 0; i < n; i++) {
    const v = src[i];
    dst[c[v >>> shift]++] = v;
  }
}

/** Insertion sort that stops (returning false, order partial) once it has made `budget` moves. */
function insertionSort(a: Uint32Array, n: number, budget: number): boolean {
  for (let i = 1; i < n; i++) {
    const v = a[i];
    let j = i - 1;
    if (a[j] <= v) continue;
    do {
      a[j + 1] = a[j];
      j--;
    } while (j >= 0 && a[j] > v);
    a[j + 1] = v;
    budget -= i - 1 - j;
    if (budget < 0) return false;
  }
  return true;
}
