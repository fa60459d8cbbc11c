import { shingleHashes } from "../text/shingle.js";
import { tokenize } from "../text/tokenize.js";

export interface Span {
  start: number;
  end: number;
}

/**
 * The character span of `text` that `other` shares: the longest run of `text`'s word k-grams found
 * among `other`'s shingles (sorted distinct hashes), runs joined across gaps of up to k words (a word
 * changed inside a quote). Null when nothing is shared. Used only for "quotes" links, so its cost (one
 * small hash per word) is paid for few articles.
 */
export function sharedSpan(text: string, other: Uint32Array, k: number): Span | null {
  const lower = text.toLowerCase();
  const tokens = tokenize(text);
  const starts: number[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = lower.indexOf(token, cursor);
    const start = at < 0 ? cursor : at;
    starts.push(start);
    cursor = start + token.length;
  }
  const windows = Math.max(tokens.length - k + 1, tokens.length > 0 ? 1 : 0);
  let best: { from: number; to: number } | null = null;
  let run: { from: number; to: number } | null = null;
  for (let i = 0; i < windows; i++) {
    if (!contains(other, shingleHashes(tokens.slice(i, i + k), k)[0])) continue;
    const last = Math.min(i + k, tokens.length) - 1;
    if (run !== null && i - run.to <= k) run.to = last;
    else run = { from: i, to: last };
    if (best === null || run.to - run.from > best.to - best.from) best = { ...run };
  }
  if (best === null) return null;
  const endToken = tokens[best.to];
  return { start: Math.min(starts[best.from], text.length), end: Math.min(starts[best.to] + endToken.length, text.length) };
}

function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return true;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
