import type { Worker } from "node:worker_threads";
import { DEFAULT_MEASURED, DEFAULT_SIZES, type StoriesBench } from "./stories-measure.js";
import type { StoryArticle, StoryOptions } from "../src/stories/index.js";
import { startModuleWorker } from "../src/worker-threads.js";

export interface InterleavedStoriesOptions {
  articles: readonly StoryArticle[];
  sizes?: readonly number[];
  /** Articles timed per size, in `slices` alternating slices. */
  measured?: number;
  slices?: number;
  storyOptions?: StoryOptions;
  onProgress?: (message: string) => void;
}

/** Alternating slices per size: enough that a burst of load elsewhere on the machine hits every size alike. */
const DEFAULT_SLICES = 10;

/**
 * Story assignment speed at each collection size, each size in its own worker thread (its own heap, so
 * the large collection's memory does not slow the small one's collector), timed in slices taken in
 * turn: size A, size B, size A … A machine that gets busier half-way slows both sizes alike, and the
 * ratio stays a property of the algorithm. Each size's rate is its total articles over its total time.
 */
export async function benchStoriesInterleaved(options: InterleavedStoriesOptions): Promise<StoriesBench> {
  if (options.articles.length === 0) return { rows: [], ratio: Number.NaN };
  const sizes = [...(options.sizes ?? DEFAULT_SIZES)].sort((a, b) => a - b);
  const slices = options.slices ?? DEFAULT_SLICES;
  const perSlice = Math.max(1, Math.round((options.measured ?? DEFAULT_MEASURED) / slices));
  const workers: Worker[] = [];
  try {
    for (const size of sizes) {
      options.onProgress?.(`stories: clustering ${size.toLocaleString("en-US")} articles`);
      const worker = startModuleWorker(import.meta.url, "stories-worker", { articles: options.articles, size, storyOptions: options.storyOptions });
      workers.push(worker);
      // One at a time: filling is not timed, but two fills at once would compete for memory bandwidth with nothing to gain.
      await reply(worker);
    }
    const seconds = sizes.map(() => 0);
    for (let slice = 0; slice < slices; slice++) {
      for (const [k, worker] of workers.entries()) {
        worker.postMessage({ slice: perSlice });
        seconds[k] += ((await reply(worker)) as { seconds: number }).seconds;
      }
    }
    const rows: StoriesBench["rows"] = [];
    for (const [k, worker] of workers.entries()) {
      worker.postMessage({ counts: true });
      const { counts } = (await reply(worker)) as { counts: { openStories: number; stories: number } };
      const measured = perSlice * slices;
      rows.push({ size: sizes[k], measured, seconds: seconds[k], articlesPerSecond: measured / seconds[k], ...counts });
    }
    return { rows, ratio: rows[rows.length - 1].articlesPerSecond / rows[0].articlesPerSecond };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker's next message; a worker error rejects. Both listeners go once either fires. */
function reply(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      worker.off("error", onError);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      reject(error);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
  });
}
