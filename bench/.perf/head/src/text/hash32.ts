/**
 * 32-bit hashing primitives shared by shingling, MinHash and LSH. All arithmetic stays in int32
 * (`Math.imul`, `| 0`) so V8 keeps it in registers; nothing here allocates.
 * Constants are murmur3's (Appleby 2011) and FNV-1a's (Fowler/Noll/Vo); both are public domain.
 */

/** FNV-1a offset basis: the standard 32-bit starting value. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193;

const MURMUR_C1 = 0xcc9e2d51 | 0;
const MURMUR_C2 = 0x1b873593;

/** murmur3's final avalanche: every input bit affects every output bit. Returns int32. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** One murmur3 body round: folds the 32-bit word `k` into the running state `h`. Returns int32. */
export function murmurRound(h: number, k: number): number {
  k = Math.imul(k, MURMUR_C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, MURMUR_C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3_32 over `count` words of `words` starting at `start`. Returns uint32. */
export function murmurWords(words: ArrayLike<number>, start: number, count: number, seed: number): number {
  let h = seed | 0;
  for (let j = 0; j < count; j++) h = murmurRound(h, words[start + j]);
  return fmix32(h ^ (count << 2)) >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`: the token hash (tokens are short, FNV is cheapest). */
export function fnv1aString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** FNV-1a over a 32-bit string hash and `s`: for string keys (exact hashes) mapped to table keys. */
export function hashStringToU32(s: string, seed = 0): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return fmix32(h) >>> 0;
}

/**
 * splitmix32-style deterministic generator (Steele/Lea/Flood 2014, 32-bit variant): the source of
 * MinHash coefficients and of seeded edits in evaluations. Returns uint32 values.
 */
export function createSplitMix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    return fmix32(state) >>> 0;
  };
}
