import { createStoryClusterer } from "../src/stories/clusterer.js";
import { daysToIso, isoToDays } from "../src/stories/dates.js";
import type { StoryArticle, StoryOptions } from "../src/stories/types.js";

/**
 * Cost of story assignment as the collection grows (issue 4, "Cost"): articles/s for the next
 * `measured` articles once `size` articles are already clustered. The large streams are real articles
 * replicated with fresh ids, each replica shifted past the previous one (at least `REPLICA_SHIFT_DAYS`),
 * so stories keep opening and closing as in a live crawl. The ratio of the rate at the largest size to the rate at the smallest
 * should stay ≥ 0.8: the inverted index keeps the work per article independent of the stories behind it.
 */
export interface StoriesBench {
  rows: { size: number; measured: number; seconds: number; articlesPerSecond: number; openStories: number; stories: number }[];
  /** articles/s at the largest size ÷ at the smallest. */
  ratio: number;
}

export interface BenchStoriesOptions {
  /** Real articles to replicate (with dates; undated ones are spaced an hour apart). */
  articles: readonly StoryArticle[];
  sizes?: readonly number[];
  /** Articles timed after each size is reached. */
  measured?: number;
  storyOptions?: StoryOptions;
  /** Clock in milliseconds; injectable so the algorithm itself never reads one. */
  now?: () => number;
}

/** At least a week between replicas, and never less than the real articles' span, so the stream stays in date order. */
const REPLICA_SHIFT_DAYS = 7;
/** An hour after the last real article: the next replica starts right after the previous one ends. */
const REPLICA_GAP_DAYS = 1 / 24;
/** Enough articles that timer resolution and warm-up do not matter. */
export const DEFAULT_MEASURED = 2_000;
export const DEFAULT_SIZES = [10_000, 100_000] as const;

export function benchStories(options: BenchStoriesOptions): StoriesBench {
  if (options.articles.length === 0) return { rows: [], ratio: Number.NaN };
  const sizes = [...(options.sizes ?? DEFAULT_SIZES)].sort((a, b) => a - b);
  const measured = options.measured ?? DEFAULT_MEASURED;
  const now = options.now ?? (() => performance.now());
  const rows = sizes.map((size) => {
    const run = createAssignmentRun({ articles: options.articles, size, storyOptions: options.storyOptions });
    const seconds = run.time(measured, now);
    return { size, measured, seconds, articlesPerSecond: measured / seconds, ...run.counts() };
  });
  return { rows, ratio: rows[rows.length - 1].articlesPerSecond / rows[0].articlesPerSecond };
}

/**
 * One clusterer fed `size` articles of the replicated stream, then timed on the articles after them,
 * in as many slices as the caller likes: `newsfold bench stories` runs one per size in its own worker
 * thread (its own heap) and alternates slices between them, so both sizes see the same machine load.
 */
export interface AssignmentRun {
  /** Seconds to add the next `count` articles of the stream. */
  time(count: number, now: () => number): number;
  counts(): { openStories: number; stories: number };
}

export function createAssignmentRun(options: { articles: readonly StoryArticle[]; size: number; storyOptions?: StoryOptions }): AssignmentRun {
  const base = template(options.articles);
  const clusterer = createStoryClusterer(options.storyOptions);
  let i = 0;
  for (; i < options.size; i++) clusterer.add(replica(base, i));
  return {
    time(count, now) {
      const start = now();
      for (const end = i + count; i < end; i++) clusterer.add(replica(base, i));
      return (now() - start) / 1000;
    },
    counts() {
      const stories = clusterer.stories();
      return { openStories: stories.filter((s) => s.open).length, stories: stories.length };
    },
  };
}

interface Template {
  articles: StoryArticle[];
  days: number[];
  shift: number;
}

/** The real articles in publication order with their dates in days (undated ones an hour after the previous). */
function template(articles: readonly StoryArticle[]): Template {
  const sorted = [...articles].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.id - b.id);
  const days: number[] = [];
  let prev = isoToDays(sorted.find((a) => a.published)?.published) ?? 0;
  for (const a of sorted) {
    const d = isoToDays(a.published) ?? prev + 1 / 24;
    days.push(d);
    prev = d;
  }
  const span = days.length > 0 ? days[days.length - 1] - days[0] : 0;
  return { articles: sorted, days, shift: Math.max(REPLICA_SHIFT_DAYS, span + REPLICA_GAP_DAYS) };
}

/** The i-th article of the endless stream: replica ⌊i / n⌋ of article i mod n, shifted and renumbered. */
function replica(t: Template, i: number): StoryArticle {
  const n = t.articles.length;
  const k = Math.floor(i / n);
  const j = i % n;
  return { ...t.articles[j], id: i + 1, published: daysToIso(t.days[j] + k * t.shift) };
}
