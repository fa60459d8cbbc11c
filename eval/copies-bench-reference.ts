/**
 * The "plain Node.js loop" of ../shared/bench/README.md (~20 k docs/s shingle + MinHash on the
 * bench machine), rebuilt in this process so newsfold's figures read as honest ratios. Written the
 * way a careful plain loop is: the shingling.py regex for tokens, FNV-1a token hashes, murmur3
 * 5-gram hashes deduplicated in a Set, then 128 `Math.imul` universal hashes evaluated 8 per pass
 * with the 8 running minima in local variables (no arrays in the inner loop). No LSH.
 */
export function referenceSignature(text: string, a: Int32Array, b: Int32Array): Int32Array {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const n = tokens.length;
  const th = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET;
    const t = tokens[i];
    for (let j = 0; j < t.length; j++) h = Math.imul(h ^ t.charCodeAt(j), FNV_PRIME);
    th[i] = h;
  }
  const set = new Set<number>();
  // shingling.py: 1..4 tokens make one shingle of all of them.
  const width = Math.min(n, K);
  for (let i = 0; i + width <= n; i++) {
    let h = 0;
    for (let j = 0; j < width; j++) {
      let k = Math.imul(th[i + j], 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h ^= k;
      h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
    }
    h ^= width * 4;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    set.add(h | 0);
  }
  const shingles = Int32Array.from(set);
  const m = shingles.length;
  const out = new Int32Array(a.length).fill(0x7fffffff);
  for (let p = 0; p + 8 <= a.length; p += 8) {
    const a0 = a[p], a1 = a[p + 1], a2 = a[p + 2], a3 = a[p + 3], a4 = a[p + 4], a5 = a[p + 5], a6 = a[p + 6], a7 = a[p + 7];
    const b0 = b[p], b1 = b[p + 1], b2 = b[p + 2], b3 = b[p + 3], b4 = b[p + 4], b5 = b[p + 5], b6 = b[p + 6], b7 = b[p + 7];
    let m0 = 0x7fffffff, m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
    for (let i = 0; i < m; i++) {
      const x = shingles[i];
      let v = (Math.imul(a0, x) + b0) | 0; if (v < m0) m0 = v;
      v = (Math.imul(a1, x) + b1) | 0; if (v < m1) m1 = v;
      v = (Math.imul(a2, x) + b2) | 0; if (v < m2) m2 = v;
      v = (Math.imul(a3, x) + b3) | 0; if (v < m3) m3 = v;
      v = (Math.imul(a4, x) + b4) | 0; if (v < m4) m4 = v;
      v = (Math.imul(a5, x) + b5) | 0; if (v < m5) m5 = v;
      v = (Math.imul(a6, x) + b6) | 0; if (v < m6) m6 = v;
      v = (Math.imul(a7, x) + b7) | 0; if (v < m7) m7 = v;
    }
    out[p] = m0; out[p + 1] = m1; out[p + 2] = m2; out[p + 3] = m3;
    out[p + 4] = m4; out[p + 5] = m5; out[p + 6] = m6; out[p + 7] = m7;
  }
  return out;
}

/** shingling.py's token pattern. */
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Words per shingle, as shingling.py. */
const K = 5;
/** FNV-1a 32-bit offset basis and prime (literal here: the reference shares no code with newsfold). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
