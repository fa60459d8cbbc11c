import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../src/worker-threads.js";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { MinHashParams, Signature } from "../src/types.js";
import { exactHash } from "../src/fingerprint/exact-hash.js";
import { createMinHasher } from "../src/fingerprint/minhash.js";
import { shingleHashesOfText } from "../src/text/shingle.js";
import { createSplitMix32 } from "../src/text/hash32.js";
import { createLshIndex } from "../src/lsh/lsh-index.js";
import type { LshIndex } from "../src/lsh/lsh-index.js";
import { createCopyIndex } from "../src/copies/copy-index.js";
import { verifyPair } from "../src/copies/verify.js";
import { loadBenchCorpus, pairKey } from "./copies-data.js";
import type { PairScore } from "./copies.js";
import { referenceSignature } from "./copies-bench-reference.js";
import { splitWorkerResult } from "./copies-bench-worker.js";
import type { WorkerResult } from "./copies-bench-worker.js";

export interface StageFigure {
  stage: string;
  seconds: number;
  docsPerSecond: number;
  mbPerSecond: number;
}

export interface BenchCopiesResult {
  documents: number;
  megabytes: number;
  node: string;
  threshold: number;
  bands: number;
  rows: number;
  /** Single thread, best of `repeats`. */
  stages: StageFigure[];
  /** Shingles + OPH MinHash + LSH query/insert + exact verification of candidates, one thread. */
  endToEnd: StageFigure;
  /** The same with shingles + MinHash split over `workers` worker threads, LSH and verification on the main thread. */
  endToEndWorkers: StageFigure & { workers: number };
  /** The README's plain Node.js loop (shingle + 128-perm MinHash, no LSH), in this process. */
  reference: StageFigure;
  /** endToEnd docs/s ÷ reference docs/s. */
  ratioToReference: number;
  /** endToEndWorkers docs/s ÷ reference docs/s (the reference runs on one thread). */
  ratioWorkersToReference: number;
  quality: { singleThread: PairScore; workers: PairScore };
  memory: { lshBytesPerDocument: number; copyIndexBytesPerDocument: number; copyIndex: { exact: number; lsh: number; containment: number; total: number } };
  peakRssMB: number;
}

export interface BenchCopiesOptions {
  /** Folder with corpus.jsonl and exact_pairs.tsv. Default bench/data under `root` (process.cwd()). */
  benchDir?: string;
  root?: string;
  limit?: number;
  /** Runs per single-thread stage; the best is kept. Default 3 (as the README's reference figures). */
  repeats?: number;
  /** Worker threads for the parallel run. Default 2 (the bench machine has 2 cores). */
  workers?: number;
  threshold?: number;
  onProgress?: (stage: string) => void;
}

/** Documents per message to a worker: big enough to amortise messaging, small enough to pipeline LSH. */
const WORKER_BATCH = 500;
/** Documents each worker hashes before timing starts, so its JIT is as warm as the repeated 1-thread runs. */
const WARM_UP_DOCS = 3000;
const MB = 1e6;
/** The README's reference loop computes 128 permutations (its table's "128 perm" column). */
const REFERENCE_PERMUTATIONS = 128;

/** Speed of every copy-detection stage on the bench corpus, with a same-process reference run. */
export async function benchCopies(options: BenchCopiesOptions = {}): Promise<BenchCopiesResult> {
  const root = options.root ?? process.cwd();
  const corpus = loadBenchCorpus(options.benchDir ?? join(root, "bench", "data"), options.limit);
  const { texts, truth } = corpus;
  const n = texts.length;
  const repeats = options.repeats ?? 3;
  const threshold = options.threshold ?? 0.8;
  const progress = options.onProgress ?? (() => {});
  let peakRss = process.memoryUsage.rss();
  const sampleRss = () => {
    const rss = process.memoryUsage.rss();
    if (rss > peakRss) peakRss = rss;
  };
  const figure = (stage: string, seconds: number): StageFigure => ({ stage, seconds, docsPerSecond: n / seconds, mbPerSecond: corpus.bytes / MB / seconds });
  const best = <T>(stage: string, run: () => T): { value: T; figure: StageFigure } => {
    progress(stage);
    let value: T | undefined;
    let seconds = Infinity;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      value = run();
      seconds = Math.min(seconds, (performance.now() - t0) / 1000);
      sampleRss();
    }
    return { value: value as T, figure: figure(stage, seconds) };
  };

  const oph = createMinHasher({ scheme: "oph" });
  const kperm = createMinHasher({ scheme: "kperm" });
  const newLsh = () => createLshIndex({ threshold, numPerm: oph.params.numPerm });

  const shingled = best("tokenize + shingle", () => texts.map((t) => shingleHashesOfText(t)));
  const sets = shingled.value;
  const kpermRun = best("MinHash kperm (128)", () => sets.map((s) => kperm.signature(s)));
  const ophRun = best("MinHash oph (128)", () => sets.map((s) => oph.signature(s)));
  const sigs = ophRun.value;
  const lshRun = best("LSH insert + query", () => {
    const lsh = newLsh();
    const pairs: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const j of lsh.query(sigs[i])) pairs.push(j, i);
      lsh.add(i, sigs[i]);
    }
    return { lsh, pairs };
  });
  const verifyRun = best("verification (exact Jaccard)", () => {
    const { pairs } = lshRun.value;
    let kept = 0;
    for (let p = 0; p < pairs.length; p += 2) if (verifyPair(sets[pairs[p]], sets[pairs[p + 1]]).jaccard >= threshold) kept++;
    return kept;
  });

  const endToEnd = best("end to end (1 thread)", () => {
    const lsh = newLsh();
    const found = new Set<string>();
    const kept: Uint32Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const shingles = shingleHashesOfText(texts[i]);
      const sig = oph.signature(shingles);
      kept[i] = shingles;
      queryVerifyAdd(lsh, i, sig, shingles, kept, threshold, found);
    }
    return found;
  });

  const reference = best("reference plain loop (shingle + 128-perm MinHash)", () => {
    const rng = createSplitMix32(1);
    const a = Int32Array.from({ length: REFERENCE_PERMUTATIONS }, () => rng() | 1);
    const b = Int32Array.from({ length: REFERENCE_PERMUTATIONS }, () => rng() | 0);
    let x = 0;
    for (const t of texts) x ^= referenceSignature(t, a, b)[0];
    return x;
  });

  progress(`end to end (${options.workers ?? 2} workers)`);
  const workers = await runWorkers(texts, oph.params, options.workers ?? 2, threshold, repeats, sampleRss);

  progress("copy index memory");
  const index = createCopyIndex({ threshold, numPerm: oph.params.numPerm });
  for (let i = 0; i < n; i++) {
    index.add({ id: i, exactHash: exactHash(texts[i]), signature: sigs[i], shingles: sets[i] });
    if (i % 1000 === 0) sampleRss();
  }
  const stats = index.stats();
  sampleRss();
  const e2e = endToEnd.figure;
  const e2eWorkers = figure(`end to end (${workers.count} workers)`, workers.seconds);
  return {
    documents: n,
    megabytes: corpus.bytes / MB,
    node: process.version,
    threshold,
    bands: lshRun.value.lsh.bands,
    rows: lshRun.value.lsh.rows,
    stages: [shingled.figure, kpermRun.figure, ophRun.figure, lshRun.figure, verifyRun.figure],
    endToEnd: e2e,
    endToEndWorkers: { ...e2eWorkers, workers: workers.count },
    reference: reference.figure,
    ratioToReference: e2e.docsPerSecond / reference.figure.docsPerSecond,
    ratioWorkersToReference: e2eWorkers.docsPerSecond / reference.figure.docsPerSecond,
    quality: { singleThread: scorePairs(endToEnd.value, truth), workers: scorePairs(workers.found, truth) },
    memory: { lshBytesPerDocument: lshRun.value.lsh.bytesPerDocument(), copyIndexBytesPerDocument: stats.bytesPerDocument, copyIndex: stats.memoryBytes },
    peakRssMB: peakRss / MB,
  };
}

function queryVerifyAdd(lsh: LshIndex, i: number, sig: Signature, shingles: Uint32Array, kept: Uint32Array[], threshold: number, found: Set<string>): void {
  if (shingles.length === 0) return;
  for (const j of lsh.query(sig)) if (verifyPair(shingles, kept[j]).jaccard >= threshold) found.add(pairKey(i, j));
  lsh.add(i, sig);
}

async function runWorkers(texts: string[], params: Readonly<MinHashParams>, count: number, threshold: number, repeats: number, sampleRss: () => void): Promise<{ seconds: number; found: Set<string>; count: number }> {
  const pool = Array.from({ length: count }, () => startModuleWorker(import.meta.url, "copies-bench-worker", { params }));
  try {
    await Promise.all(pool.map((w) => new Promise((resolve, reject) => {
      w.once("online", resolve);
      w.once("error", reject);
    })));
    // Warm-up round (loader, JIT) outside the timing, as the single-thread stages get by repeats.
    await Promise.all(pool.map((w, k) => new Promise((resolve) => {
      w.once("message", resolve);
      w.postMessage({ seq: -1 - k, texts: texts.slice(0, WARM_UP_DOCS) });
    })));
    let best: { seconds: number; found: Set<string> } | undefined;
    for (let r = 0; r < repeats; r++) {
      const run = await timeWorkers(pool, texts, params, threshold, sampleRss);
      if (best === undefined || run.seconds < best.seconds) best = run;
    }
    return { ...(best as { seconds: number; found: Set<string> }), count };
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** One timed pass: batches round-robin to the workers, LSH + verification in corpus order here. */
async function timeWorkers(pool: Worker[], texts: string[], params: Readonly<MinHashParams>, threshold: number, sampleRss: () => void): Promise<{ seconds: number; found: Set<string> }> {
  const count = pool.length;
  const numPerm = params.numPerm;
  const lsh = createLshIndex({ threshold, numPerm });
  const kept: Uint32Array[] = new Array(texts.length);
  const found = new Set<string>();
  const batches = Math.ceil(texts.length / WORKER_BATCH);
  const pending = new Map<number, WorkerResult>();
  let next = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const drain = () => {
      // LSH in corpus order, whichever worker finishes first, so results equal the 1-thread run.
      for (let r = pending.get(next); r !== undefined; r = pending.get(next)) {
        pending.delete(next);
        const base = next * WORKER_BATCH;
        const { signatures, offsets, shingles: all } = splitWorkerResult(r, numPerm);
        for (let k = 0; k < r.count; k++) {
          const shingles = all.subarray(offsets[k], offsets[k + 1]);
          const sig: Signature = { params, values: signatures.subarray(k * numPerm, (k + 1) * numPerm), shingleCount: shingles.length };
          kept[base + k] = shingles;
          queryVerifyAdd(lsh, base + k, sig, shingles, kept, threshold, found);
        }
        sampleRss();
        if (++next === batches) resolve();
      }
    };
    pool.forEach((w) => {
      w.removeAllListeners("message");
      w.on("message", (r: WorkerResult) => {
        pending.set(r.seq, r);
        drain();
      });
      w.on("error", reject);
    });
    for (let seq = 0; seq < batches; seq++) {
      pool[seq % count].postMessage({ seq, texts: texts.slice(seq * WORKER_BATCH, (seq + 1) * WORKER_BATCH) });
    }
    if (batches === 0) resolve();
  });
  return { seconds: (performance.now() - t0) / 1000, found };
}

function scorePairs(found: Set<string>, truth: Set<string>): PairScore {
  let tp = 0;
  for (const k of found) if (truth.has(k)) tp++;
  return { pairs: found.size, truePositives: tp, truth: truth.size, precision: found.size === 0 ? 1 : tp / found.size, recall: truth.size === 0 ? 1 : tp / truth.size };
}

/** The bench as a text table. */
export function formatBenchCopies(r: BenchCopiesResult): string {
  const row = (f: StageFigure) => `| ${f.stage} | ${Math.round(f.docsPerSecond).toLocaleString("en-US")} | ${f.mbPerSecond.toFixed(1)} | ${(f.docsPerSecond / r.reference.docsPerSecond).toFixed(2)}× |`;
  return [
    `Copy detection bench: ${r.documents} documents, ${r.megabytes.toFixed(1)} MB, Node ${r.node}, threshold ${r.threshold}, LSH ${r.bands}×${r.rows}`,
    "",
    "| stage | docs/s | MB/s | vs reference |",
    "| --- | --- | --- | --- |",
    ...r.stages.map(row),
    row(r.endToEnd),
    row(r.endToEndWorkers),
    row(r.reference),
    "",
    `vs reference loop: 1 thread ${r.ratioToReference.toFixed(2)}×, ${r.endToEndWorkers.workers} workers ${r.ratioWorkersToReference.toFixed(2)}×`,
    `quality vs exact_pairs.tsv: 1 thread P ${r.quality.singleThread.precision.toFixed(3)} R ${r.quality.singleThread.recall.toFixed(3)}; ` +
      `${r.endToEndWorkers.workers} workers P ${r.quality.workers.precision.toFixed(3)} R ${r.quality.workers.recall.toFixed(3)}`,
    `memory: LSH ${Math.round(r.memory.lshBytesPerDocument)} B/doc; copy index (exact + LSH + containment) ${Math.round(r.memory.copyIndexBytesPerDocument)} B/doc; peak RSS ${Math.round(r.peakRssMB)} MB`,
  ].join("\n");
}
