/**
 * eld's n-gram language scores (Nito-ELD 2.1, "medium" model, 60 languages), computed over a table
 * built once from eld's own model: same model, same scores, same answers as `eld.detect`, about ten
 * times cheaper. eld's detect spends most of its time outside the arithmetic: building byte strings,
 * an object per call as an n-gram set, a `for…in` over every n-gram's languages, and sorting every
 * language's score to read the top two. Here the n-grams become numbers in typed arrays, the set is a
 * scratch hash table, and the top two scores come from one pass. A test compares both on real texts.
 * The model's arrays come from language-model.ts.
 */
import { keyOfCodes, languageModel } from "./language-model.js";

export interface LanguageScores {
  /** ISO 639-1 code of the best-scoring language. */
  code: string;
  /** Its score and the runner-up's, eld's 0–1 similarities. */
  top: number;
  second: number;
  /** eld's `isReliable()`: enough n-grams and a score near what this language usually reaches. */
  reliable: boolean;
}

/** eld reads at most the first 1,000 characters, and of those words up to about 380 UTF-8 bytes. */
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/** Bytes of a word that yield n-grams (eld: 70). */
const MAX_WORD_BYTES = 70;
/** eld's hand-picked scale turning a per-n-gram score into a 0–1 similarity. */
const SCORE_SCALE = 25;
const MIN_RELIABLE_NGRAMS = 3;
/** eld's isReliable also compares the winner's score with this margin (see `isReliable` below). */
const RELIABLE_MARGIN = 0.01;

/**
 * Word separators as eld defines them: runs of anything but letters of the Basic Multilingual Plane
 * (eld's letter table stops there), not ending in an apostrophe (keeps "don't" one word).
 */
const SEPARATORS = /[\P{L}\u{10000}-\u{10FFFF}]+(?<![\x27\x60\u2019])/gu;

const { codes, reliableFloor, byteCode, keys, entryStart, entryLanguage: languages, entryScore: scores, letter, lower } = languageModel;
const languageCount = codes.length;

function hashKey(key: number): number {
  const low = key % 4294967296 | 0;
  const high = (key / 4294967296) | 0;
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (low >>> 15);
}

/** The model as an open-addressing table: key → n-gram id; an id's languages and scores in flat arrays. */
const TABLE_BITS = 18;
const tableMask = (1 << TABLE_BITS) - 1;
const tableKeys = new Float64Array(1 << TABLE_BITS);
const tableIds = new Int32Array(1 << TABLE_BITS);
keys.forEach((key, id) => {
  let slot = hashKey(key) & tableMask;
  while (tableKeys[slot] !== 0) slot = (slot + 1) & tableMask;
  tableKeys[slot] = key;
  tableIds[slot] = id;
});

function ngramId(key: number): number {
  for (let slot = hashKey(key) & tableMask; tableKeys[slot] !== 0; slot = (slot + 1) & tableMask) {
    if (tableKeys[slot] === key) return tableIds[slot];
  }
  return -1;
}

/** Per-call scratch, reused: the sample's bytes as dictionary codes, word ends, the n-gram set, the sums. */
const bytes = new Uint8Array(ENFORCE_CUT_AFTER_BYTES + 8);
const wordEnds = new Int32Array(ENFORCE_CUT_AFTER_BYTES + 8);
const SEEN_BITS = 10;
const seenKeys = new Float64Array(1 << SEEN_BITS);
const seenStamp = new Uint32Array(1 << SEEN_BITS);
let stamp = 0;
const sums = new Float64Array(languageCount);

/** Adds an n-gram to this call's set; true when it was not there yet. */
function firstSight(key: number): boolean {
  const mask = (1 << SEEN_BITS) - 1;
  let slot = hashKey(key) & mask;
  while (seenStamp[slot] === stamp) {
    if (seenKeys[slot] === key) return false;
    slot = (slot + 1) & mask;
  }
  seenStamp[slot] = stamp;
  seenKeys[slot] = key;
  return true;
}

/**
 * The sample as eld reads it: separator runs become one space (trimmed at the ends), letters are
 * lower-cased, and the result is spelled as UTF-8 bytes in eld's dictionary characters, word by word.
 * One pass over the characters with per-character tables instead of a regex, a lower-cased copy and
 * a byte string; the rare characters whose lower case depends on context (Greek capital sigma) or is
 * longer than one character (dotted capital I) take eld's own string steps instead.
 */
/** lower[] holds this where one character cannot say its lower case. */
const LOWER_IN_CONTEXT = 0;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x60 || c === 0x2019;

let byteLength = 0;
let words = 0;
let countedBytes = 0;

/** Appends one character of the normalised text; false once eld would stop reading. */
function put(c: number): boolean {
  if (c < 0x80) {
    if (c === 32) {
      if (byteLength > (words === 0 ? 0 : wordEnds[words - 1])) wordEnds[words++] = byteLength;
      if (countedBytes > CUT_AFTER_BYTES) return false;
    } else bytes[byteLength++] = c; // ASCII stays itself in eld's byte strings
    countedBytes++;
  } else if (c < 0x800) {
    bytes[byteLength++] = byteCode[0xc0 | (c >> 6)];
    bytes[byteLength++] = byteCode[0x80 | (c & 0x3f)];
    countedBytes += 2;
  } else {
    // Only BMP characters reach here: eld's separators take every astral one.
    bytes[byteLength++] = byteCode[0xe0 | (c >> 12)];
    bytes[byteLength++] = byteCode[0x80 | ((c >> 6) & 0x3f)];
    bytes[byteLength++] = byteCode[0x80 | (c & 0x3f)];
    countedBytes += 3;
  }
  return countedBytes <= ENFORCE_CUT_AFTER_BYTES;
}

/** Fills `bytes` and `wordEnds`; returns the word count. */
function encodeWords(sample: string): number {
  byteLength = 0;
  words = 0;
  countedBytes = 0;
  if (!encodeFast(sample)) {
    byteLength = 0;
    words = 0;
    countedBytes = 0;
    const text = sample.slice(0, MAX_CHARS).replace(SEPARATORS, " ").trim().toLowerCase();
    for (let i = 0; i < text.length && put(text.charCodeAt(i)); i++);
  }
  if (byteLength > (words === 0 ? 0 : wordEnds[words - 1])) wordEnds[words++] = byteLength;
  return words;
}

/** The one-pass reading; false when a character needs eld's string steps. */
function encodeFast(sample: string): boolean {
  const end = Math.min(sample.length, MAX_CHARS);
  let space = false;
  let started = false;
  for (let i = 0; i < end; ) {
    const c = sample.charCodeAt(i);
    if (letter[c] === 1) {
      const lowered = lower[c];
      if (lowered === LOWER_IN_CONTEXT) return false;
      if (space && started && !put(32)) return true;
      if (!put(lowered)) return true;
      space = false;
      started = true;
      i++;
      continue;
    }
    // A run of non-letters: one space, except for apostrophes closing it, which stay ("don't").
    let runEnd = i + 1;
    while (runEnd < end && letter[sample.charCodeAt(runEnd)] === 0) runEnd++;
    let kept = runEnd;
    while (kept > i && isApostrophe(sample.charCodeAt(kept - 1))) kept--;
    if (kept > i) space = true;
    for (let k = kept; k < runEnd; k++) {
      if (space && started && !put(32)) return true;
      if (!put(sample.charCodeAt(k))) return true;
      space = false;
      started = true;
    }
    i = runEnd;
  }
  return true;
}

/** Counts one n-gram of the sample (eld counts every distinct one, known to the model or not). */
function addNgram(key: number): number {
  if (!firstSight(key)) return 0;
  const id = ngramId(key);
  if (id >= 0) for (let e = entryStart[id]; e < entryStart[id + 1]; e++) sums[languages[e]] += scores[e];
  return 1;
}

/**
 * eld's scores for a text (it reads the first ~380 bytes of words); null when no n-gram is known.
 * A word yields 4-byte n-grams at a stride of 3, the first marked by a leading space and the last by
 * a trailing one; a word of four bytes or fewer is one n-gram with both marks.
 */
export function scoreLanguages(sample: string): LanguageScores | null {
  const words = encodeWords(sample);
  stamp = (stamp + 1) >>> 0 || 1;
  sums.fill(0);
  let ngrams = 0;
  for (let w = 0, start = 0; w < words; start = wordEnds[w++]) {
    const end = wordEnds[w];
    const fullLength = end - start;
    const length = Math.min(fullLength, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < length; j += 3) ngrams += addNgram(keyOfCodes(bytes, start + j, start + j + 4, j === 0, false));
    // eld's last n-gram runs from 4 bytes before the (capped) length to the word's real end.
    const tailFrom = start + (length !== 3 ? Math.max(0, length - 4) : 0);
    if (end - tailFrom <= 4) ngrams += addNgram(keyOfCodes(bytes, tailFrom, end, j === 0, true));
    else ngrams += addLongTail(bytes.subarray(tailFrom, end));
  }
  return ngrams === 0 ? null : ranked(ngrams);
}

/** A tail too long for a numeric key is unknown to the model but still one more distinct n-gram. */
const longTails = new Set<string>();
let longTailsStamp = -1;
function addLongTail(tail: Uint8Array): number {
  if (longTailsStamp !== stamp) {
    longTails.clear();
    longTailsStamp = stamp;
  }
  const key = String.fromCharCode(...tail);
  if (longTails.has(key)) return 0;
  longTails.add(key);
  return 1;
}

function ranked(ngrams: number): LanguageScores | null {
  // eld: the first language with the highest sum wins; ties keep the lower index, as its stable sort does.
  let best = -1;
  let runnerUp = -1;
  for (let l = 0; l < languageCount; l++) {
    const sum = sums[l];
    if (sum <= 0) continue;
    if (best < 0 || sum > sums[best]) {
      runnerUp = best;
      best = l;
    } else if (runnerUp < 0 || sum > sums[runnerUp]) runnerUp = l;
  }
  if (best < 0) return null;
  const scale = (sum: number): number => sum / ngrams / (sum / ngrams + SCORE_SCALE);
  const top = scale(sums[best]);
  const second = runnerUp < 0 ? 0 : scale(sums[runnerUp]);
  // eld 2.1.0's isReliable compares the winner's score with the runner-up's language index (not its
  // score); reproduced as is, so that answers stay eld's.
  const runnerUpIndex = runnerUp < 0 ? 0 : runnerUp;
  const reliable = ngrams >= MIN_RELIABLE_NGRAMS && !(reliableFloor[best] > top || RELIABLE_MARGIN > Math.abs(top - runnerUpIndex));
  return { code: codes[best], top, second, reliable };
}
