import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../worker-threads.js";
import type { FeatureRequest, FeatureResponse, FeatureSource } from "./feature-worker.js";
import type { InternedFeatures } from "./represent.js";
import { TITLE_FALLBACK_CHARS } from "./cluster.js";
import type { StoryArticle } from "./types.js";
import { FeatureDictionary, grownCopy } from "./vectors.js";

/**
 * The features of a whole collection, interned in one dictionary: `reclusterSteps` takes them instead of
 * reading every article itself. Feature ids need not follow any order: sums run in each article's own
 * feature order and ties break on keys, so any dictionary gives the same stories to the last bit.
 */
export interface PrimedFeatures {
  dictionary: FeatureDictionary;
  /** `features[i]` are those of the i-th article added. */
  features: InternedFeatures[];
}

/**
 * Reads story features (tokenizing, folding, interning: about half a fold's CPU) in worker threads while
 * the caller reads the store, so only the clustering itself is left on the calling thread. Each worker
 * interns into its own dictionary; its new keys come back with each answer and are mapped to the
 * caller's dictionary once per key, not once per article.
 */
export interface FeatureExtraction {
  /** Queues an article (in the order `reclusterSteps` will get them). */
  add(article: StoryArticle): void;
  /**
   * True once the collection is known to be large enough for the workers: from then on every added
   * article's features come from them, and the caller need not keep its text (see `withoutText`).
   */
  readonly inWorkers: boolean;
  /** Every added article's features, or null when there were too few to start workers (read them in-process). */
  finish(): Promise<PrimedFeatures | null>;
  /** Stops the workers; call it also after a failure or an abort. */
  close(): Promise<void>;
}

/** Articles per message: large enough that messaging stays cheap, small enough to spread over the workers. */
const CHUNK = 256;
/**
 * Below this many articles, or this much text, the workers' start-up costs more than they save. Reading
 * features costs about 0.13 µs of CPU a character on one core: 1,000 web pages of 4,000 characters
 * (0.5 s) are worth the workers, 1,000 short wire items are not.
 */
const MIN_ARTICLES = 4096;
const MIN_CHARS = 2_000_000;
const MAX_WORKERS = 4;

/** One worker per core (the calling thread mostly reads the store meanwhile); none on one core. */
export const defaultFeatureWorkers = (): number => {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, MAX_WORKERS) : 0;
};

/**
 * An article as the clusterer needs it once its features are read elsewhere: without its text, but for
 * the start a story shows when no article has a title. A fold of a large store holds every article
 * until it clusters them in publication order; their texts were most of its memory.
 */
export function withoutText(article: StoryArticle): StoryArticle {
  if (article.title !== null) return { ...article, text: "" };
  if (article.text.length <= TITLE_FALLBACK_CHARS) return article;
  // A copy, not a slice: V8 keeps a slice's whole parent string alive.
  return { ...article, text: Buffer.from(article.text.slice(0, TITLE_FALLBACK_CHARS)).toString() };
}

interface WorkerState {
  worker: Worker;
  /** Worker's feature id → the caller's. */
  remap: Int32Array;
  known: number;
}

export function startFeatureExtraction(options: { workers?: number; minArticles?: number; minChars?: number; chunk?: number } = {}): FeatureExtraction {
  const count = options.workers ?? defaultFeatureWorkers();
  const minArticles = options.minArticles ?? MIN_ARTICLES;
  const minChars = options.minChars ?? MIN_CHARS;
  const chunk = options.chunk ?? CHUNK;
  const dictionary = new FeatureDictionary();
  const chunks: InternedFeatures[][] = [];
  const workers: WorkerState[] = [];
  let buffer: FeatureSource[] = [];
  let added = 0;
  let addedChars = 0;
  let posted = 0;
  let answered = 0;
  let failure: unknown = null;
  let wake: (() => void) | null = null;

  const receive = (state: WorkerState, r: FeatureResponse): void => {
    for (const key of r.newKeys) {
      if (state.known >= state.remap.length) state.remap = grownCopy(state.remap, state.remap.length * 2);
      state.remap[state.known++] = dictionary.id(key);
    }
    const { ids, weights, offsets } = r;
    const remap = state.remap;
    for (let j = 0; j < ids.length; j++) ids[j] = remap[ids[j]];
    const list = (from: number, to: number) => ({ ids: ids.subarray(from, to), weights: weights.subarray(from, to) });
    chunks[r.seq] = r.langs.map((lang, i) => ({
      lang,
      terms: list(offsets[i * 3], offsets[i * 3 + 1]),
      entities: list(offsets[i * 3 + 1], offsets[i * 3 + 2]),
      names: list(offsets[i * 3 + 2], offsets[i * 3 + 3]),
    }));
    answered++;
    wake?.();
  };

  const start = (): void => {
    for (let i = 0; i < count; i++) {
      const state: WorkerState = { worker: startModuleWorker(import.meta.url, "feature-worker", {}), remap: new Int32Array(1024), known: 0 };
      state.worker.on("message", (r: FeatureResponse) => receive(state, r));
      state.worker.on("error", (error) => {
        failure ??= error;
        wake?.();
      });
      workers.push(state);
    }
  };

  /** Posts the waiting articles in chunks, round robin; the last short chunk only when `all`. */
  const post = (all: boolean): void => {
    if (workers.length === 0) start();
    let from = 0;
    for (; buffer.length - from >= chunk || (all && from < buffer.length); from += chunk) {
      const request: FeatureRequest = { seq: posted, articles: buffer.slice(from, from + chunk) };
      workers[posted % workers.length].worker.postMessage(request);
      posted++;
    }
    buffer = buffer.slice(from);
  };

  const large = (): boolean => added >= minArticles || addedChars >= minChars;

  return {
    get inWorkers() {
      return count > 0 && large();
    },
    add(article) {
      const { lang, title, text, entities, names } = article;
      buffer.push({ lang, title, text, entities, names });
      added++;
      addedChars += text.length + (title?.length ?? 0);
      // Until the collection is known to be large, articles wait here; then every chunk goes out.
      if (count > 0 && large() && buffer.length >= chunk) post(false);
    },
    async finish() {
      if (count === 0 || !large()) return null;
      post(true);
      while (answered < posted && failure === null) await new Promise<void>((resolve) => (wake = resolve));
      if (failure !== null) throw failure;
      return { dictionary, features: chunks.flat() };
    },
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
