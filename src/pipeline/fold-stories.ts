import { createStoryClusterer, type StoryArticle, type StoryOptions } from "../stories/index.js";
import { startFeatureExtraction, withoutText } from "../stories/feature-pool.js";
import { assignStableIds } from "../stories/stable-ids.js";
import { createThreadLinker, type ThreadOptions } from "../threads/index.js";
import type { Store, StoryFold } from "../store/index.js";

export interface FoldStoriesOptions {
  stories?: StoryOptions;
  threads?: ThreadOptions;
  /** Called as the fold begins: a large store takes a while, and a caller may say so. */
  onStart?: () => void | Promise<void>;
  onProgress?: (phase: "reading" | "clustering" | "linking" | "writing", done: number) => void;
  /** Worker threads reading story features while the store is read (default: one per core, none on one core; 0 = in-process). */
  featureWorkers?: number;
  /** Ctrl-C / SIGTERM: the fold stops between steps, throwing the signal's reason; the stored stories are left as they were. */
  signal?: AbortSignal;
}

/** Lets signal handlers run between synchronous steps, then stops if the run was aborted. */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

export interface FoldStoriesSummary {
  articles: number;
  stories: number;
  threads: number;
  seconds: number;
}

/**
 * Folds every stored article that is no copy into stories (online clustering replayed in publication
 * order, so the result does not depend on ingest order) and stories into threads, then replaces the
 * store's stories and threads in one transaction. Copies follow their canonical article. Stories and
 * threads keep the ids of those they continue (see stories/stable-ids.ts); retired ids redirect.
 * Cost: one pass over the stored articles; run after each ingest and by `newsfold recluster`.
 */
export async function foldStories(store: Store, options: FoldStoriesOptions = {}): Promise<FoldStoriesSummary> {
  const started = performance.now();
  // Read before the inputs: commits landing while this fold runs stay pending for the next one.
  const { commits: throughCommit, lastStoryId, lastThreadId } = await store.foldState();
  await options.onStart?.();
  const articles: StoryArticle[] = [];
  // Where each article was before: the new stories and threads take the ids of those they continue.
  const previousStory = new Map<number, number>();
  const previousThread = new Map<number, number>();
  // Features are read in worker threads as articles arrive, so the store's read and the features overlap.
  const extraction = startFeatureExtraction({ workers: options.featureWorkers });
  const clusterer = createStoryClusterer(options.stories);
  try {
    let slimmed = 0;
    for await (const input of store.streamStoryInputs()) {
      articles.push(input);
      extraction.add(input);
      // Once the workers read the features, the texts are not needed here: dropped as the store is read.
      if (extraction.inWorkers) for (; slimmed < articles.length; slimmed++) articles[slimmed] = withoutText(articles[slimmed]);
      if (input.storyId !== null) previousStory.set(input.id, input.storyId);
      if (input.threadId !== null) previousThread.set(input.id, input.threadId);
      if (articles.length % 10_000 === 0) {
        options.onProgress?.("reading", articles.length);
        await checkpoint(options.signal);
      }
    }
    const primed = (await extraction.finish()) ?? undefined;
    options.onProgress?.("clustering", articles.length);
    for (const _ of clusterer.reclusterSteps(articles, primed)) await checkpoint(options.signal);
  } finally {
    await extraction.close();
  }
  const stories = clusterer.stories();
  options.onProgress?.("linking", stories.length);
  const threads = createThreadLinker(options.threads).link(stories);
  const titleOf = new Map(stories.map((s) => [s.id, s.title]));
  const storyIds = assignStableIds(stories.map((s) => s.articleIds), previousStory, lastStoryId);
  const stableStory = new Map(stories.map((s, i) => [s.id, storyIds.ids[i]]));
  const articlesOf = new Map(stories.map((s) => [s.id, s.articleIds]));
  const threadIds = assignStableIds(threads.map((t) => t.storyIds.flatMap((id) => articlesOf.get(id) ?? [])), previousThread, lastThreadId);
  const fold: StoryFold = {
    throughCommit,
    retired: { stories: storyIds.retired, threads: threadIds.retired },
    stories: stories.map((s, i) => ({
      id: storyIds.ids[i],
      threadId: null,
      title: s.title,
      articleIds: s.articleIds,
      summary: { terms: s.terms.slice(0, 10), entities: s.entities.slice(0, 10), names: s.names.slice(0, 10) },
    })),
    // A thread is named after its first story.
    threads: threads.map((t, i) => ({ id: threadIds.ids[i], title: titleOf.get(t.storyIds[0]) ?? "", storyIds: t.storyIds.map((id) => stableStory.get(id)!) })),
  };
  await checkpoint(options.signal);
  options.onProgress?.("writing", stories.length);
  await store.replaceStories(fold);
  return { articles: articles.length, stories: stories.length, threads: threads.length, seconds: (performance.now() - started) / 1000 };
}

/**
 * Folds when the store's pending-fold mark says some commit is not folded yet: this run's articles, or
 * those of a run killed before its fold was swapped in (the fold is one transaction, so a kill leaves the
 * previous stories and the mark). Every writing command calls it, even when it stored nothing new.
 * Returns null when the stories were current.
 */
export async function foldIfPending(store: Store, options: FoldStoriesOptions = {}): Promise<FoldStoriesSummary | null> {
  return (await store.foldState()).pending ? foldStories(store, options) : null;
}
