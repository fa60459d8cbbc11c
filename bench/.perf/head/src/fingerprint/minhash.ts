import type { MinHashParams, Signature } from "../types.js";
import { createSplitMix32, fmix32 } from "../text/hash32.js";
import { shingleHashesOfText } from "../text/shingle.js";
import { resolveMinHashParams } from "./params.js";

/** Value of a signature slot that saw no shingle (empty document): the largest uint32. */
export const EMPTY_SLOT = 0xffffffff;
/** Signed-order bias: x ^ SIGN_FLIP compares as int32 the way x compares as uint32. */
const SIGN_FLIP = 0x80000000 | 0;
/** Permutations evaluated per pass over the shingles: 8 minima fit in registers. */
const PERMS_PER_PASS = 8;
/** Salt of OPH's per-bin probing sequence, so it is independent of the bin assignment hash. */
const DENSIFY_SALT = 0x3c6ef372;

export interface MinHasher {
  readonly params: Readonly<MinHashParams>;
  /** Signature of a set of distinct shingle hashes (as `shingleHashes` returns). */
  signature(shingles: Uint32Array): Signature;
  signatureOfText(text: string): Signature;
}

/**
 * MinHash signatures (Broder 1997). "kperm": numPerm universal hashes h_i(x) = a_i·x + b_i mod 2^32
 * (a_i odd, so each is a permutation of the 32-bit shingle hashes, which are already murmur-mixed);
 * "oph": one permutation hashing (Li/Owen/Zhang 2012) — one hash, its top bits choose one of numPerm
 * bins, each bin keeps its minimum — with optimal densification (Shrivastava 2017) filling empty bins.
 */
export function createMinHasher(params: Partial<MinHashParams> = {}): MinHasher {
  const resolved = resolveMinHashParams(params);
  const { numPerm, seed, shingleSize } = resolved;
  const rng = createSplitMix32(seed);
  const a = new Int32Array(numPerm);
  const b = new Int32Array(numPerm);
  for (let i = 0; i < numPerm; i++) {
    a[i] = rng() | 1;
    b[i] = (rng() ^ SIGN_FLIP) | 0;
  }
  const ophSalt = rng() | 0;
  const probe = densificationProbes(numPerm, rng() | 0);
  const compute = resolved.scheme === "kperm"
    ? (shingles: Uint32Array) => kpermValues(shingles, a, b)
    : (shingles: Uint32Array) => ophValues(shingles, numPerm, ophSalt, probe);
  const signature = (shingles: Uint32Array): Signature => ({ params: resolved, values: compute(shingles), shingleCount: shingles.length });
  return {
    params: resolved,
    signature,
    signatureOfText: (text) => signature(shingleHashesOfText(text, shingleSize)),
  };
}

function kpermValues(shingles: Uint32Array, a: Int32Array, b: Int32Array): Uint32Array {
  const numPerm = a.length;
  const out = new Uint32Array(numPerm).fill(EMPTY_SLOT);
  const n = shingles.length;
  if (n === 0) return out;
  let p = 0;
  for (; p + PERMS_PER_PASS <= numPerm; p += PERMS_PER_PASS) {
    const a0 = a[p], a1 = a[p + 1], a2 = a[p + 2], a3 = a[p + 3], a4 = a[p + 4], a5 = a[p + 5], a6 = a[p + 6], a7 = a[p + 7];
    const b0 = b[p], b1 = b[p + 1], b2 = b[p + 2], b3 = b[p + 3], b4 = b[p + 4], b5 = b[p + 5], b6 = b[p + 6], b7 = b[p + 7];
    let m0 = 0x7fffffff, m1 = m0, m2 = m0, m3 = m0, m4 = m0, m5 = m0, m6 = m0, m7 = m0;
    for (let i = 0; i < n; i++) {
      const x = shingles[i] | 0;
      let v = (Math.imul(a0, x) + b0) | 0; if (v < m0) m0 = v;
      v = (Math.imul(a1, x) + b1) | 0; if (v < m1) m1 = v;
      v = (Math.imul(a2, x) + b2) | 0; if (v < m2) m2 = v;
      v = (Math.imul(a3, x) + b3) | 0; if (v < m3) m3 = v;
      v = (Math.imul(a4, x) + b4) | 0; if (v < m4) m4 = v;
      v = (Math.imul(a5, x) + b5) | 0; if (v < m5) m5 = v;
      v = (Math.imul(a6, x) + b6) | 0; if (v < m6) m6 = v;
      v = (Math.imul(a7, x) + b7) | 0; if (v < m7) m7 = v;
    }
    out[p] = m0 ^ SIGN_FLIP; out[p + 1] = m1 ^ SIGN_FLIP; out[p + 2] = m2 ^ SIGN_FLIP; out[p + 3] = m3 ^ SIGN_FLIP;
    out[p + 4] = m4 ^ SIGN_FLIP; out[p + 5] = m5 ^ SIGN_FLIP; out[p + 6] = m6 ^ SIGN_FLIP; out[p + 7] = m7 ^ SIGN_FLIP;
  }
  for (; p < numPerm; p++) {
    const ap = a[p], bp = b[p];
    let m = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const v = (Math.imul(ap, shingles[i] | 0) + bp) | 0;
      if (v < m) m = v;
    }
    out[p] = m ^ SIGN_FLIP;
  }
  return out;
}

/**
 * Probe sequences for optimal densification: for empty bin i, attempt t looks at bin probe(i, t).
 * They depend only on (i, t, seed), the same for every document, which keeps estimates unbiased.
 */
function densificationProbes(numPerm: number, salt: number): (bin: number, attempt: number) => number {
  return (bin, attempt) => Math.floor(((fmix32((bin * 0x10001 + attempt) ^ salt ^ DENSIFY_SALT) >>> 0) * numPerm) / 4294967296);
}

/** Per-call scratch of `ophValues`, reused: one document's bins at a time. */
let ophMins = new Int32Array(0);
let ophFilled = new Uint8Array(0);

function ophValues(shingles: Uint32Array, numPerm: number, salt: number, probe: (bin: number, attempt: number) => number): Uint32Array {
  if (ophMins.length < numPerm) {
    ophMins = new Int32Array(numPerm);
    ophFilled = new Uint8Array(numPerm);
  }
  const mins = ophMins;
  const filled = ophFilled;
  filled.fill(0, 0, numPerm);
  const n = shingles.length;
  const out = new Uint32Array(numPerm);
  if (n === 0) return out.fill(EMPTY_SLOT);
  const flip = SIGN_FLIP;
  // floor(h·numPerm / 2^32) is the top log2(numPerm) bits of h when numPerm is a power of two.
  const shift = (numPerm & (numPerm - 1)) === 0 ? 32 - Math.log2(numPerm) : -1;
  for (let i = 0; i < n; i++) {
    const h = fmix32(shingles[i] ^ salt);
    const bin = shift === 32 ? 0 : shift > 0 ? h >>> shift : Math.floor(((h >>> 0) * numPerm) / 4294967296);
    const v = h ^ flip;
    if (filled[bin] === 0) {
      mins[bin] = v;
      filled[bin] = 1;
    } else if (v < mins[bin]) mins[bin] = v;
  }
  for (let bin = 0; bin < numPerm; bin++) {
    if (filled[bin] === 1) {
      out[bin] = mins[bin] ^ flip;
      continue;
    }
    // Shrivastava 2017: borrow from the first non-empty bin of this bin's own random probe sequence.
    let attempt = 1;
    let from = probe(bin, attempt);
    while (filled[from] === 0) from = probe(bin, ++attempt);
    out[bin] = mins[from] ^ flip;
  }
  return out;
}
