import { createStoryClusterer, isoToDays, restoreStoryClusterer, sortForIngest, type StoryArticle, type StoryClusterer, type StoryOptions } from "../stories/index.js";
import { startFeatureExtraction, withoutText } from "../stories/feature-pool.js";
import { assignStableIds } from "../stories/stable-ids.js";
import { createThreadLinker, type ThreadOptions } from "../threads/index.js";
import type { SavedFoldFacts, SavedFoldHistory, Store, StoryFold } from "../store/index.js";

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
  /** Replay the whole store even when the saved clustering could go on (`newsfold recluster`). */
  replay?: boolean;
  /** Overrides REPLAY_SHARE. */
  replayShare?: number;
  /** Overrides MAX_SNAPSHOT_BYTES. */
  maxSnapshotBytes?: number;
}

/**
 * A saved clustering larger than this is not kept (the next fold replays): SQLite and PostgreSQL refuse a
 * value of 1 GB, and the 20,000-article corpus saves 22 MB, so this cap is reached near 5 million articles.
 */
export const MAX_SNAPSHOT_BYTES = 256 * 1024 ** 2;

/** Lets signal handlers run between synchronous steps, then stops if the run was aborted. */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

/**
 * Articles stored since the last full replay, as a share of those it folded, past which the next fold
 * replays the whole store again instead of going on from the saved clustering. Going on differs from a
 * replay in two ways: the articles folded before keep the words' weights of their time (document
 * frequencies counted over the store as it was, then grown by each new article as it joins), and a new
 * article dated before the latest folded one comes after it. A tenth of the collection moves a word's
 * IDF by at most ln 1.1 ≈ 0.1 in units where common and rare words lie 3–10 apart. Small stores replay
 * every time.
 */
export const REPLAY_SHARE = 0.1;

export interface FoldStoriesSummary {
  articles: number;
  stories: number;
  threads: number;
  seconds: number;
  /** Articles added to the saved clustering, when the fold went on from it; null when it replayed the store. */
  continued: number | null;
  /** Why the fold replayed the whole store; null when it went on from the saved clustering. */
  replayed: string | null;
}

/** A clustering holding every story input, with where each input was before this fold. */
interface Clustered {
  clusterer: StoryClusterer;
  articles: number;
  previousStory: Map<number, number>;
  previousThread: Map<number, number>;
  history: SavedFoldHistory;
}

/**
 * Folds every stored article that is no copy into stories (online clustering in publication order) and
 * stories into threads, then replaces the store's stories and threads in one transaction. Copies follow
 * their canonical article. Stories and threads keep the ids of those they continue (see
 * stories/stable-ids.ts); retired ids redirect.
 *
 * Each fold saves its clustering with the stories. The next one goes on from it, adding only the articles
 * stored since, unless a replay of the whole store is due (`goOn` says when), so a small ingest into a
 * large store costs what it adds, not one pass over the store. A replay, whose stories do not depend on
 * the order articles were stored in, comes with `replay: true` (`newsfold recluster`).
 */
export async function foldStories(store: Store, options: FoldStoriesOptions = {}): Promise<FoldStoriesSummary> {
  const started = performance.now();
  // Read before the inputs: commits landing while this fold runs stay pending for the next one.
  const { commits: throughCommit, folded, lastStoryId, lastThreadId, saved } = await store.foldState();
  await options.onStart?.();
  const going = options.replay ? { why: "asked" } : folded === 0 ? { why: "first fold" } : await goOn(store, options, saved);
  const clustered = "clusterer" in going ? going : await replay(store, options);
  const { clusterer, previousStory, previousThread } = clustered;
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
    snapshot: kept(clusterer.save(), clustered.history, options.maxSnapshotBytes ?? MAX_SNAPSHOT_BYTES),
  };
  await checkpoint(options.signal);
  options.onProgress?.("writing", stories.length);
  await store.replaceStories(fold);
  return {
    articles: clustered.articles,
    stories: stories.length,
    threads: threads.length,
    seconds: (performance.now() - started) / 1000,
    continued: "clusterer" in going ? going.added : null,
    replayed: "why" in going ? going.why : null,
  };
}

/** The clustering to save, unless it is too large to keep. */
const kept = (data: Uint8Array, history: SavedFoldHistory, max: number): StoryFold["snapshot"] => (data.length <= max ? { data, ...history } : null);

/** Replays every story input in publication order into a new clustering. */
async function replay(store: Store, options: FoldStoriesOptions): Promise<Clustered> {
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
  return { clusterer, articles: articles.length, previousStory, previousThread, history: { replayed: articles.length, addedSince: 0 } };
}

/**
 * The saved clustering with the articles stored since added in publication order, or why the store must
 * be replayed instead: no clustering saved (or one saved by another version, with other story options, or
 * damaged), an article folded before that is no story input any more (it became a copy of a later one:
 * only a replay takes it out of its story), too many articles since the last replay (REPLAY_SHARE), or a
 * new article dated before the open stories' window (it belongs with stories the saved clustering closed).
 */
async function goOn(store: Store, options: FoldStoriesOptions, saved: SavedFoldFacts | null): Promise<(Clustered & { added: number }) | { why: string }> {
  if (!saved) return { why: "no saved clustering" };
  const inputs = await store.storyInputIds();
  // The articles folded so far are the replay's and those added since, each an input until it becomes a
  // copy (checked once restored): decided before reading the saved clustering, a due replay costs no restore.
  const arriving = inputs.length - (saved.replayed + saved.addedSince);
  const share = options.replayShare ?? REPLAY_SHARE;
  if (saved.addedSince + arriving > share * saved.replayed) {
    return { why: `${saved.addedSince + arriving} article(s) since the last replay, more than ${Math.round(share * 100)}% of its ${saved.replayed}` };
  }
  const snapshot = await store.readFoldSnapshot();
  const clusterer = snapshot && restoreStoryClusterer(snapshot.data, options.stories);
  if (!clusterer) return { why: "the saved clustering does not restore (saved by another version, with other story options, or damaged)" };
  const fresh = inputs.filter((input) => !clusterer.holds(input.id)).map((input) => input.id);
  if (inputs.length - fresh.length !== clusterer.size) return { why: "an article folded before is now a copy of another" };
  const articles: StoryArticle[] = [];
  for await (const input of store.streamStoryInputs(fresh)) articles.push(input);
  const windowStart = clusterer.clock === null ? null : clusterer.clock - clusterer.options.windowDays;
  if (windowStart !== null && articles.some((a) => (isoToDays(a.published) ?? windowStart) < windowStart)) {
    return { why: "an article dated before the open stories' window" };
  }
  options.onProgress?.("clustering", articles.length);
  const sorted = sortForIngest(articles);
  for (let i = 0; i < sorted.length; i++) {
    clusterer.add(sorted[i]);
    if ((i + 1) % 256 === 0) await checkpoint(options.signal);
  }
  const previousStory = new Map<number, number>();
  const previousThread = new Map<number, number>();
  for (const input of inputs) {
    if (input.storyId !== null) previousStory.set(input.id, input.storyId);
    if (input.threadId !== null) previousThread.set(input.id, input.threadId);
  }
  return {
    clusterer, articles: inputs.length, previousStory, previousThread,
    history: { replayed: saved.replayed, addedSince: saved.addedSince + articles.length }, added: articles.length,
  };
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
