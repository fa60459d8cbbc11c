import { NewsfoldError } from "../errors.js";
import { FOLD_CASE_CONTEXT, FOLD_NO_SPACE, FOLD_SPECIAL_MIN, FOLD_SURROGATE, NO_SPACE, SEP, WORD, astralClassCached, bmpClassTable, foldTable, lowerAstral, segmentRun } from "./char-class.js";
import { FNV_OFFSET, FNV_PRIME, fnv1aString, fmix32 } from "./hash32.js";
import { sortDistinctU32 } from "./sort-distinct.js";
import { copyU32 } from "./u32-arena.js";

/** Words per shingle: 5-grams, as ../shared/bench/shingling.py and most near-duplicate work use. */
export const DEFAULT_SHINGLE_SIZE = 5;
/** Seed of the shingle hash; changing it changes every stored fingerprint (bump MinHash version). */
const SHINGLE_SEED = 0x5eed5111;
/**
 * Multiplier of the polynomial combining k token hashes (2^32/φ, odd): Σ t_j·G^(k-1-j) mod 2^32 is
 * universal over random token hashes, and costs 1 imul per token where murmur3 rounds cost 6 ops.
 */
const COMBINE = 0x9e3779b1 | 0;
/** First size of the reusable scratch buffers; they double on demand and are then reused. */
const INITIAL_SCRATCH = 4096;

let tokenScratch = new Uint32Array(INITIAL_SCRATCH);
let shingleScratch = new Uint32Array(INITIAL_SCRATCH);

/**
 * Distinct 32-bit hashes of the word k-grams of `tokens`, sorted ascending.
 * Mirrors shingling.py: 1..k-1 tokens give one shingle (all tokens), 0 tokens give none.
 * Token hash: FNV-1a over UTF-16 code units; shingle hash: a polynomial in the k token hashes,
 * finished by murmur3's fmix32 avalanche.
 */
export function shingleHashes(tokens: readonly string[], k: number = DEFAULT_SHINGLE_SIZE): Uint32Array {
  checkShingleSize(k);
  const hashes = ensureTokenScratch(tokens.length);
  for (let i = 0; i < tokens.length; i++) hashes[i] = fnv1aString(tokens[i]);
  return copyU32(shinglesOfTokenHashes(hashes, tokens.length, k));
}

/**
 * Same result as `shingleHashes(tokenize(text), k)` without building token strings: the hot path.
 * One pass over the UTF-16 code units of `text` itself: a table gives each unit's lowercase and
 * class at once, tokens are hashed while they are scanned, and only runs of spaceless scripts are
 * cut into strings (for `Intl.Segmenter`). Texts holding a unit whose lowercase depends on context
 * ("Σ", "İ") are scanned again after `toLowerCase`, so the result always equals the slow path's.
 */
export function shingleHashesOfText(text: string, k: number = DEFAULT_SHINGLE_SIZE): Uint32Array {
  return copyU32(shingleHashesOfTextScratch(text, k));
}

/**
 * `shingleHashesOfText` into a scratch buffer: the view is overwritten by the next call. For
 * callers that copy the shingles into their own buffer anyway (batching workers).
 */
export function shingleHashesOfTextScratch(text: string, k: number = DEFAULT_SHINGLE_SIZE): Uint32Array {
  checkShingleSize(k);
  let count = scanTokenHashes(text, false);
  if (count < 0) count = scanTokenHashes(text.toLowerCase(), true);
  return shinglesOfTokenHashes(tokenScratch, count, k);
}

/** Scan state shared by `scanPlain` and `scanRare`: tokens so far, the open token's hash. */
let scanCount = 0;
let scanHash = FNV_OFFSET;
let scanInToken = false;

/**
 * FNV-1a hashes of the tokens of `s` into `tokenScratch`; returns their number, or -1 when `s` is
 * not `lowered` and holds a unit that only lowercases right in context (the caller lowercases it).
 * The hot loop (`scanPlain`) holds no rare case, so V8 keeps it small and never deoptimizes it.
 */
function scanTokenHashes(s: string, lowered: boolean): number {
  const fold = foldTable();
  const length = s.length;
  // Every token (segmenter words included) holds at least one unit.
  ensureTokenScratch(length + 1);
  scanCount = 0;
  scanHash = FNV_OFFSET;
  scanInToken = false;
  let i = 0;
  while (i < length) {
    i = scanPlain(s, i, fold);
    if (i < length) i = scanRare(s, i, fold, lowered);
    if (i < 0) return -1;
  }
  if (scanInToken) tokenScratch[scanCount++] = scanHash;
  return scanCount;
}

/**
 * Hashes units from `i` up to the end or the first rare unit, whose index it returns. Branch-free
 * per unit: word/separator changes come every few units and mispredicted branches cost more than
 * the masks (the branchy loop ran at ~half this speed on the bench corpus). The hash is kept
 * XOR FNV_OFFSET so "reset to FNV_OFFSET" is "AND with 0".
 */
function scanPlain(s: string, i: number, fold: Uint16Array): number {
  // Constants copied into locals: imported bindings are loaded from their module cell every time.
  const offset = FNV_OFFSET;
  const prime = FNV_PRIME;
  const special = FOLD_SPECIAL_MIN;
  const hashes = tokenScratch;
  const length = s.length;
  let count = scanCount;
  let g = scanHash ^ offset;
  let inWord = scanInToken ? 1 : 0;
  for (; i < length; i++) {
    const f = fold[s.charCodeAt(i)];
    if (f >= special) break;
    const word = (f + 0xffff) >>> 16; // 1 for a word unit (f ≥ 1), 0 for a separator (f = 0)
    hashes[count] = g ^ offset; // overwritten until the token ends, then kept by count++
    count += inWord & (word ^ 1);
    g = (Math.imul(g ^ (f ^ offset), prime) ^ offset) & -word;
    inWord = word;
  }
  scanCount = count;
  scanHash = g ^ offset;
  scanInToken = inWord === 1;
  return i;
}

/**
 * One rare unit at `i` (astral code point, spaceless-script run, context-dependent lowercase);
 * returns the index after what it consumed, or -1 when the text must be lowercased first.
 */
function scanRare(s: string, i: number, fold: Uint16Array, lowered: boolean): number {
  const f = fold[s.charCodeAt(i)];
  let cls: number;
  let lowerCp = s.charCodeAt(i);
  let width = 1;
  if (f === FOLD_CASE_CONTEXT) {
    if (!lowered) return -1;
    cls = bmpClassTable()[lowerCp]; // already lowercased: the unit stands for itself
  } else if (f === FOLD_SURROGATE) {
    const cp = s.codePointAt(i) ?? 0;
    if (cp <= 0xffff) cls = SEP; // a lone surrogate separates, as in tokenize
    else {
      width = 2;
      lowerCp = lowered ? cp : lowerAstral(cp);
      cls = lowerCp > 0xffff ? astralClassCached(lowerCp) : bmpClassTable()[lowerCp];
    }
  } else cls = NO_SPACE;
  if (cls === WORD) {
    let h = scanHash;
    if (lowerCp > 0xffff) {
      h = Math.imul(h ^ (0xd7c0 + (lowerCp >>> 10)), FNV_PRIME); // high surrogate
      lowerCp = 0xdc00 | (lowerCp & 0x3ff); // low surrogate
    }
    scanHash = Math.imul(h ^ lowerCp, FNV_PRIME);
    scanInToken = true;
    return i + width;
  }
  if (scanInToken) {
    tokenScratch[scanCount++] = scanHash;
    scanHash = FNV_OFFSET;
    scanInToken = false;
  }
  if (cls !== NO_SPACE) return i + width;
  const end = foldedNoSpaceRunEnd(s, i + width, fold, lowered);
  const run = s.slice(i, end);
  const words: string[] = [];
  segmentRun(lowered ? run : run.toLowerCase(), words);
  const hashes = ensureTokenScratch(scanCount + words.length, scanCount);
  for (const word of words) hashes[scanCount++] = fnv1aString(word);
  return end;
}

/** Index just past the run of spaceless-script units that continues at `i` (cf. noSpaceRunEnd). */
function foldedNoSpaceRunEnd(s: string, i: number, fold: Uint16Array, lowered: boolean): number {
  const length = s.length;
  while (i < length) {
    const f = fold[s.charCodeAt(i)];
    if (f === FOLD_NO_SPACE) {
      i++;
      continue;
    }
    if (f === FOLD_SURROGATE) {
      const cp = s.codePointAt(i) ?? 0;
      if (cp > 0xffff) {
        const lowerCp = lowered ? cp : lowerAstral(cp);
        if (lowerCp > 0xffff && astralClassCached(lowerCp) === NO_SPACE) {
          i += 2;
          continue;
        }
      }
    }
    break;
  }
  return i;
}

/**
 * Sorted distinct shingle hashes of the token hashes `hashes[0 .. n)`, as a scratch view.
 * A shingle's hash is the polynomial SEED·G^k + Σ t_j·G^(k-1-j) (mod 2^32), finished by fmix32; it is updated by rolling
 * (drop the oldest token's term, shift, add the newest): 2 multiplications a token for any k.
 */
function shinglesOfTokenHashes(hashes: Uint32Array, n: number, k: number): Uint32Array {
  if (n === 0) return shingleScratch.subarray(0, 0);
  if (n < k) {
    let h = SHINGLE_SEED;
    for (let j = 0; j < n; j++) h = (Math.imul(h, COMBINE) + hashes[j]) | 0;
    shingleScratch[0] = fmix32(h ^ n);
    return shingleScratch.subarray(0, 1);
  }
  const m = n - k + 1;
  if (shingleScratch.length < m) shingleScratch = new Uint32Array(grow(m));
  const out = shingleScratch;
  const combine = COMBINE;
  let oldestWeight = 1; // G^(k-1): the weight of the oldest token in the window
  for (let j = 1; j < k; j++) oldestWeight = Math.imul(oldestWeight, combine);
  const base = Math.imul(Math.imul(SHINGLE_SEED, oldestWeight), combine); // SEED·G^k
  let p = 0;
  for (let j = 0; j < k; j++) p = (Math.imul(p, combine) + hashes[j]) | 0;
  out[0] = fmix32((base + p) ^ k);
  for (let i = 1; i < m; i++) {
    p = (Math.imul((p - Math.imul(hashes[i - 1], oldestWeight)) | 0, combine) + hashes[i + k - 1]) | 0;
    out[i] = fmix32((base + p) ^ k);
  }
  return sortDistinctU32(out, m);
}

function ensureTokenScratch(size: number, keep = 0): Uint32Array {
  if (tokenScratch.length < size) {
    const next = new Uint32Array(grow(size));
    next.set(tokenScratch.subarray(0, keep));
    tokenScratch = next;
  }
  return tokenScratch;
}

function grow(size: number): number {
  let capacity = INITIAL_SCRATCH;
  while (capacity < size) capacity *= 2;
  return capacity;
}

function checkShingleSize(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new NewsfoldError("text.shingle.size", `shingleHashes: shingle size must be an integer ≥ 1, got ${k}; pass k = ${DEFAULT_SHINGLE_SIZE} (the default) or another positive integer.`);
  }
}
