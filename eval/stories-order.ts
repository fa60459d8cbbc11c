import { createSplitMix32 } from "../src/text/index.js";
import { REPLAY_SHARE } from "../src/pipeline/fold-stories.js";
import { sortForIngest, type StoryArticle, type StoryOptions } from "../src/stories/index.js";
import { createStoryClusterer, restoreStoryClusterer } from "../src/stories/clusterer.js";
import { createThreadLinker, type ThreadOptions } from "../src/threads/index.js";
import type { FeatureExtractor, StoryClusterer } from "../src/stories/clusterer.js";
import { scoreClustering } from "./stories-metrics.js";

/** Seeds of the shuffled orders: five, as issue 4's brief asks; fixed so the figure is reproducible. */
export const ORDER_SEEDS = [1, 2, 3, 4, 5] as const;

export interface OrderSensitivity {
  /** B-cubed F1 per order: publication order with ties by id, ties reversed, then one per seed. */
  orders: { order: string; story: number; thread: number }[];
  /** max − min of B-cubed F1 over the seeded orders. */
  storySpread: number;
  threadSpread: number;
  /**
   * B-cubed F1 when the last tenth in publication order is added to the saved clustering of the first nine
   * tenths (what `ingest` does between replays, pipeline/fold-stories.ts), beside the replay of all of them.
   */
  continued: { story: number; thread: number };
  replayed: { story: number; thread: number };
}

/**
 * How much ingest order moves the result (issue 4: "ingest order must not change the result much"):
 * articles of the same publication day are fed in a different order — reversed, or shuffled with a
 * seeded generator — days stay in order, and each stream goes through `add` one article at a time
 * (after `prime` with the whole set, as `recluster` does).
 */
export function orderSensitivity(
  articles: readonly StoryArticle[],
  goldStory: ReadonlyMap<number, string>,
  goldThread: ReadonlyMap<number, string>,
  story: StoryOptions,
  thread: ThreadOptions,
  extract?: FeatureExtractor,
): OrderSensitivity {
  const days = groupByDay(sortForIngest(articles));
  const run = (order: string, stream: StoryArticle[]) => {
    const clusterer = createStoryClusterer(story, extract);
    clusterer.prime(articles); // as `recluster` does, so only the order differs
    for (const a of stream) clusterer.add(a);
    const assignments = clusterer.assignments();
    const storyThread = new Map<number, number>();
    for (const t of createThreadLinker(thread).link(clusterer.stories())) for (const id of t.storyIds) storyThread.set(id, t.threadId);
    return {
      order,
      story: scoreClustering(goldStory, new Map(assignments.map((a) => [a.articleId, a.storyId]))).bcubed.f1,
      thread: scoreClustering(goldThread, new Map(assignments.map((a) => [a.articleId, storyThread.get(a.storyId) as number]))).bcubed.f1,
    };
  };
  const orders = [run("publication, ties by id", days.flat()), run("ties reversed", days.flatMap((d) => [...d].reverse()))];
  for (const seed of ORDER_SEEDS) {
    const next = createSplitMix32(seed);
    orders.push(run(`shuffled within the day, seed ${seed}`, days.flatMap((d) => shuffle(d, next))));
  }
  const seeded = orders.slice(2);
  const spread = (k: "story" | "thread") => Math.max(...seeded.map((o) => o[k])) - Math.min(...seeded.map((o) => o[k]));
  const scored = (clusterer: StoryClusterer) => {
    const assignments = clusterer.assignments();
    const storyThread = new Map<number, number>();
    for (const t of createThreadLinker(thread).link(clusterer.stories())) for (const id of t.storyIds) storyThread.set(id, t.threadId);
    return {
      story: scoreClustering(goldStory, new Map(assignments.map((a) => [a.articleId, a.storyId]))).bcubed.f1,
      thread: scoreClustering(goldThread, new Map(assignments.map((a) => [a.articleId, storyThread.get(a.storyId) as number]))).bcubed.f1,
    };
  };
  const sorted = sortForIngest(articles);
  const cut = Math.ceil(sorted.length * (1 - REPLAY_SHARE));
  const first = createStoryClusterer(story, extract);
  first.recluster(sorted.slice(0, cut));
  const restored = restoreStoryClusterer(first.save(), story, extract);
  if (!restored) throw new Error("the saved clustering did not restore");
  for (const a of sorted.slice(cut)) restored.add(a);
  const replay = createStoryClusterer(story, extract);
  replay.recluster(articles);
  return { orders, storySpread: spread("story"), threadSpread: spread("thread"), continued: scored(restored), replayed: scored(replay) };
}


/** Consecutive runs of articles published on the same day (undated ones form one run at the end). */
function groupByDay(sorted: readonly StoryArticle[]): StoryArticle[][] {
  const out: StoryArticle[][] = [];
  let key: string | undefined;
  for (const a of sorted) {
    const k = a.published?.slice(0, 10) ?? "";
    if (out.length === 0 || k !== key) out.push([]);
    out[out.length - 1].push(a);
    key = k;
  }
  return out;
}

/** Fisher–Yates with the given generator. */
function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
