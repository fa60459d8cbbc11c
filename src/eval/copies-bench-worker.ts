import { parentPort, workerData } from "node:worker_threads";
import type { MinHashParams } from "../types.js";
import { createMinHasher } from "../fingerprint/minhash.js";
import { shingleHashesOfText } from "../text/shingle.js";

/** Worker half of `benchCopies`: shingles + MinHash for batches of texts, results as transferred buffers. */
export interface WorkerBatch {
  seq: number;
  texts: string[];
}

export interface WorkerResult {
  seq: number;
  /** texts.length × numPerm signature values. */
  signatures: Uint32Array;
  /** Shingles of text i are shingles[offsets[i] .. offsets[i + 1]). */
  offsets: Uint32Array;
  shingles: Uint32Array;
}

const port = parentPort;
if (port !== null) {
  const hasher = createMinHasher((workerData as { params: Partial<MinHashParams> }).params);
  const numPerm = hasher.params.numPerm;
  port.on("message", (batch: WorkerBatch) => {
    const signatures = new Uint32Array(batch.texts.length * numPerm);
    const offsets = new Uint32Array(batch.texts.length + 1);
    const sets: Uint32Array[] = [];
    let total = 0;
    batch.texts.forEach((text, i) => {
      const shingles = shingleHashesOfText(text, hasher.params.shingleSize);
      signatures.set(hasher.signature(shingles).values, i * numPerm);
      sets.push(shingles);
      total += shingles.length;
      offsets[i + 1] = total;
    });
    const shingles = new Uint32Array(total);
    sets.forEach((s, i) => shingles.set(s, offsets[i]));
    const result: WorkerResult = { seq: batch.seq, signatures, offsets, shingles };
    port.postMessage(result, [signatures.buffer, offsets.buffer, shingles.buffer]);
  });
}
