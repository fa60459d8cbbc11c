import type { InputFormat, Reporter } from "../types.js";

/**
 * Largest document the read stage hands on: 16 MiB. Real news pages, inline scripts and all, stay far below it;
 * anything bigger is a dump, a data: URI gallery or an attack, and would only make cleaning slow.
 */
export const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export interface ReadOptions {
  /** Documents larger than this are truncated (`read.truncated`). Default: DEFAULT_MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
  /** Stream read for the input "-". Default: process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Skip detection: read every input as this format. */
  formatHint?: InputFormat;
  /**
   * The name provenance gives the input instead of its path (and whose extension tells its format): an
   * upload saved under a throwaway temporary path is "http-upload.jsonl", the same at every upload, so
   * an identical document uploaded again is not recorded as read at yet another place. For one input.
   */
  nameAs?: string;
  /** Called with each count of raw bytes read (compressed size for .gz), for "MB read / total" progress. */
  onBytes?: (bytes: number) => void;
  /** Counters filled while reading (see createReadStats). */
  stats?: ReadStats;
}

/** What a run read, for its summary; records skipped on purpose (non-HTML WARC records) are not problems. */
export interface ReadStats {
  files: number;
  documents: number;
  /** WARC records that are not HTML pages (requests, metadata, images, redirects …), skipped without a problem. */
  skippedRecords: number;
}

export function createReadStats(): ReadStats {
  return { files: 0, documents: 0, skippedRecords: 0 };
}

/** What every reader needs: where problems go and the limits, validated once. */
export interface ReaderContext {
  /** Path as given by the user, or "-" for standard input. */
  file: string;
  maxDocumentBytes: number;
  reporter: Reporter;
  stats: ReadStats;
}

/**
 * Collects at most `max` bytes of a chunk stream and stops reading there: what lies beyond the limit is
 * neither read nor decompressed (bounded time and memory on a 100 MB page).
 */
export async function readAtMost(chunks: AsyncIterable<Uint8Array>, max: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const room = max - size;
    if (chunk.length > room) {
      parts.push(chunk.subarray(0, room));
      return { bytes: Buffer.concat(parts, max), truncated: true };
    }
    parts.push(chunk);
    size += chunk.length;
  }
  return { bytes: Buffer.concat(parts, size), truncated: false };
}
