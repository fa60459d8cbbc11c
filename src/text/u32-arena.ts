/**
 * Small Uint32Arrays carved out of shared 64 KB chunks. A typed array above 64 bytes gets its own
 * off-heap ArrayBuffer in V8 (malloc, a BackingStore, sweeper bookkeeping): ~2 µs each, which was
 * 10–15% of shingling a 3 KB document. A view into a chunk costs ~0.1 µs.
 * Trade-off: a view keeps its whole chunk alive, so a caller that keeps one result of many pins
 * at most CHUNK_VALUES × 4 bytes for it; `.buffer` is the chunk (use byteOffset/byteLength).
 */

/** 16 Ki values = 64 KB: ~35 shingle sets of a 3 KB article or 128 signatures of 128 values. */
const CHUNK_VALUES = 16384;
/** Arrays above a quarter chunk get their own buffer, so chunks waste at most a quarter. */
const MAX_POOLED = CHUNK_VALUES >>> 2;

let chunk = new Uint32Array(CHUNK_VALUES);
let used = 0;

/** A fresh zero-filled Uint32Array of `length` values (a view into a chunk when small). */
export function allocU32(length: number): Uint32Array {
  if (length > MAX_POOLED) return new Uint32Array(length);
  if (used + length > CHUNK_VALUES) {
    chunk = new Uint32Array(CHUNK_VALUES);
    used = 0;
  }
  const view = chunk.subarray(used, used + length);
  used += length;
  return view;
}

/** A copy of `source` that owns no buffer of its own when small (see `allocU32`). */
export function copyU32(source: Uint32Array): Uint32Array {
  const out = allocU32(source.length);
  out.set(source);
  return out;
}
