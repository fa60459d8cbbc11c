import type { MinHashParams } from "../types.js";
import { exactHash } from "../fingerprint/exact-hash.js";
import { createMinHasher } from "../fingerprint/minhash.js";
import { shingleHashesOfText } from "../text/shingle.js";
import type { CopyIndexOptions, CopyMatch } from "./copy-index.js";
import { createCopyIndex } from "./copy-index.js";

/**
 * Shingle sets kept for verifying later documents: 256 MB holds ~130 000 typical 3 KB articles
 * (2 KB of shingles each). Beyond it the oldest kept sets are dropped (least recently used first).
 */
export const DEFAULT_SHINGLE_CACHE_BYTES = 256 * 1024 * 1024;

export interface DedupOptions {
  minHash?: Partial<MinHashParams>;
  index?: Omit<CopyIndexOptions, "numPerm">;
  shingleCacheBytes?: number;
  /** Which matches make a document a copy to drop. Default: exact and near; "contained" is kept. */
  dropKinds?: readonly CopyMatch["kind"][];
  /**
   * Shingles of a kept document whose set left the cache, e.g. recomputed from retained text.
   * Without it such a candidate cannot be verified and the document is kept (never dropped unverified).
   */
  fetchShingles?: (id: number) => Uint32Array | undefined;
}

export interface DedupDecision {
  /** Sequence number given to the document (0, 1, 2 … in push order). */
  id: number;
  keep: boolean;
  /** Verified matches among the kept documents; the first is the one it copies when dropped. */
  matches: CopyMatch[];
}

export interface Deduplicator {
  push(text: string): DedupDecision;
  stats(): { seen: number; kept: number; dropped: number; unverifiable: number; cachedShingleBytes: number; indexBytes: number };
}

/**
 * Streaming "keep the first copy" deduplication for `newsfold dedup`: each text is checked against
 * the texts kept so far and indexed only when kept, so memory grows with distinct texts (index
 * bytes plus a bounded shingle cache), never with the copies. Pure: the caller reads and writes.
 */
export function createDeduplicator(options: DedupOptions = {}): Deduplicator {
  const hasher = createMinHasher(options.minHash);
  const index = createCopyIndex({ ...options.index, numPerm: hasher.params.numPerm });
  const drop = new Set(options.dropKinds ?? ["exact", "near"]);
  const cacheLimit = options.shingleCacheBytes ?? DEFAULT_SHINGLE_CACHE_BYTES;
  const cache = new Map<number, Uint32Array>();
  let cacheBytes = 0;
  let seen = 0;
  let kept = 0;
  let unverifiable = 0;

  const fetch = (id: number) => {
    const hit = cache.get(id);
    if (hit !== undefined) {
      cache.delete(id);
      cache.set(id, hit);
      return hit;
    }
    const fetched = options.fetchShingles?.(id);
    if (fetched === undefined) unverifiable++;
    return fetched;
  };

  return {
    push(text) {
      const id = seen++;
      const shingles = shingleHashesOfText(text, hasher.params.shingleSize);
      const doc = { id, exactHash: exactHash(text), signature: hasher.signature(shingles), shingles };
      const matches = index.findCopies(doc, fetch);
      const keep = !matches.some((m) => drop.has(m.kind));
      if (keep) {
        kept++;
        index.add(doc);
        cache.set(id, shingles);
        cacheBytes += shingles.byteLength;
        for (const [oldId, old] of cache) {
          if (cacheBytes <= cacheLimit) break;
          cache.delete(oldId);
          cacheBytes -= old.byteLength;
        }
      }
      return { id, keep, matches };
    },
    stats: () => ({ seen, kept, dropped: seen - kept, unverifiable, cachedShingleBytes: cacheBytes, indexBytes: index.stats().memoryBytes.total }),
  };
}
