import { parentPort, workerData } from "node:worker_threads";
import type { MinHashParams } from "../src/types.js";
import { createMinHasher } from "../src/fingerprint/minhash.js";
import { shingleHashesOfTextScratch } from "../src/text/shingle.js";

/** Worker half of `benchCopies`: shingles + MinHash for batches of texts, results in one transferred buffer. */
export interface WorkerBatch {
  seq: number;
  texts: string[];
}

export interface WorkerResult {
  seq: number;
  count: number;
  /**
   * One buffer, one transfer: count × numPerm signature values, then count + 1 offsets, then the
   * shingles (those of text i are shingles[offsets[i] .. offsets[i + 1])). See `splitWorkerResult`.
   */
  data: Uint32Array;
}

/** Views of the three parts of a `WorkerResult` (no copies). */
export function splitWorkerResult(r: WorkerResult, numPerm: number): { signatures: Uint32Array; offsets: Uint32Array; shingles: Uint32Array } {
  const sigEnd = r.count * numPerm;
  const offEnd = sigEnd + r.count + 1;
  return { signatures: r.data.subarray(0, sigEnd), offsets: r.data.subarray(sigEnd, offEnd), shingles: r.data.subarray(offEnd) };
}

/** First size of the worker's shingle staging buffer; it doubles on demand and is reused. */
const INITIAL_STAGING = 1 << 20;

const port = parentPort;
if (port !== null) {
  const hasher = createMinHasher((workerData as { params: Partial<MinHashParams> }).params);
  const numPerm = hasher.params.numPerm;
  const shingleSize = hasher.params.shingleSize;
  let staging = new Uint32Array(INITIAL_STAGING);
  port.on("message", (batch: WorkerBatch) => {
    const count = batch.texts.length;
    const signatures = new Uint32Array(count * numPerm);
    const offsets = new Uint32Array(count + 1);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const shingles = shingleHashesOfTextScratch(batch.texts[i], shingleSize); // copied below
      signatures.set(hasher.signature(shingles).values, i * numPerm);
      if (total + shingles.length > staging.length) {
        const next = new Uint32Array(Math.max(staging.length * 2, total + shingles.length));
        next.set(staging.subarray(0, total));
        staging = next;
      }
      staging.set(shingles, total);
      total += shingles.length;
      offsets[i + 1] = total;
    }
    const data = new Uint32Array(signatures.length + offsets.length + total);
    data.set(signatures);
    data.set(offsets, signatures.length);
    data.set(staging.subarray(0, total), signatures.length + offsets.length);
    const result: WorkerResult = { seq: batch.seq, count, data };
    port.postMessage(result, [data.buffer]);
  });
}
