import { createStoryClusterer, type StoryArticle, type StoryOptions } from "../stories/index.js";
import { createThreadLinker, type ThreadOptions } from "../threads/index.js";
import type { Store, StoryFold } from "../store/index.js";

export interface FoldStoriesOptions {
  stories?: StoryOptions;
  threads?: ThreadOptions;
  /** Called as the fold begins: a large store takes a while, and a caller may say so. */
  onStart?: () => void | Promise<void>;
  onProgress?: (phase: "reading" | "clustering" | "linking" | "writing", done: number) => void;
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
 * store's stories and threads in one transaction. Copies follow their canonical article.
 * Cost: one pass over the stored articles; run after each ingest and by `newsfold recluster`.
 */
export async function foldStories(store: Store, options: FoldStoriesOptions = {}): Promise<FoldStoriesSummary> {
  const started = performance.now();
  // Read before the inputs: commits landing while this fold runs stay pending for the next one.
  const { commits: throughCommit } = await store.foldState();
  await options.onStart?.();
  const articles: StoryArticle[] = [];
  for await (const input of store.streamStoryInputs()) {
    articles.push(input);
    if (articles.length % 10_000 === 0) options.onProgress?.("reading", articles.length);
  }
  options.onProgress?.("clustering", articles.length);
  const clusterer = createStoryClusterer(options.stories);
  clusterer.recluster(articles);
  const stories = clusterer.stories();
  options.onProgress?.("linking", stories.length);
  const threads = createThreadLinker(options.threads).link(stories);
  const titleOf = new Map(stories.map((s) => [s.id, s.title]));
  const fold: StoryFold = {
    throughCommit,
    stories: stories.map((s) => ({
      id: s.id,
      threadId: null,
      title: s.title,
      articleIds: s.articleIds,
      summary: { terms: s.terms.slice(0, 10), entities: s.entities.slice(0, 10), names: s.names.slice(0, 10) },
    })),
    // A thread is named after its first story.
    threads: threads.map((t) => ({ id: t.threadId, title: titleOf.get(t.storyIds[0]) ?? "", storyIds: t.storyIds })),
  };
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
