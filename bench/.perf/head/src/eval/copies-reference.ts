/**
 * The "plain Node.js loop" of ../shared/bench/README.md, run in the same process so newsfold's
 * figures read as ratios: regex tokens, FNV-1a token hashes, murmur3-combined 5-gram hashes in a
 * Set, then 128 `Math.imul` universal hashes, 8 permutations per pass. No LSH.
 */
export function referenceSignature(text: string, a: Int32Array, b: Int32Array): Int32Array {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const th = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let h = 0x811c9dc5 | 0;
    const t = tokens[i];
    for (let j = 0; j < t.length; j++) h = Math.imul(h ^ t.charCodeAt(j), 0x01000193);
    th[i] = h;
  }
  const set = new Set<number>();
  for (let i = 0; i + 5 <= th.length; i++) {
    let h = 0;
    for (let j = 0; j < 5; j++) {
      let k = Math.imul(th[i + j], 0xcc9e2d51);
      k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h ^= k;
      h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    set.add(h | 0);
  }
  const shingles = Int32Array.from(set);
  const out = new Int32Array(a.length);
  for (let p = 0; p < a.length; p += 8) {
    const mins = [0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff];
    for (let i = 0; i < shingles.length; i++) {
      const x = shingles[i];
      for (let q = 0; q < 8; q++) {
        const v = (Math.imul(a[p + q], x) + b[p + q]) | 0;
        if (v < mins[q]) mins[q] = v;
      }
    }
    for (let q = 0; q < 8; q++) out[p + q] = mins[q];
  }
  return out;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
