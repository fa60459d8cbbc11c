import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fold } from "../../src/fold.js";
import { openStore } from "../../src/store/index.js";
import { createStoryClusterer, type StoryArticle } from "../../src/stories/index.js";
import { countDocument, createDocumentFrequencies, readInternedFeatures, weigh } from "../../src/stories/represent.js";
import { dot, FeatureDictionary } from "../../src/stories/vectors.js";
import { findSharedDir } from "../../eval/shared-data.js";
import { article } from "./helpers.js";

/**
 * Texts drawn word by word from one Zipf-distributed vocabulary (Zipf's law holds for every language's
 * word frequencies): each pair shares the frequent words, none shares a topic.
 */
function zipfTexts(count: number, words: number, vocabulary: number): string[] {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary; rank++) cumulative.push((total += 1 / rank));
  const draw = (): number => {
    const u = random() * total;
    let lo = 0;
    let hi = vocabulary - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Pronounceable made-up words, so no stemmer or stop list of a real language touches them.
  const word = (rank: number): string => {
    let w = "";
    for (let x = rank + 1; x > 0; x = Math.floor(x / 100)) w += "bcdfghjklmnpqrstvwxz"[x % 20] + "aeiou"[x % 5];
    return `${w}r`;
  };
  return Array.from({ length: count }, () => Array.from({ length: words }, () => word(draw())).join(" ") + ".");
}

/** Each story's members (of three or more) and the mean text cosine over their pairs, with vectors weighed as the clusterer does. */
function storyCoherence(articles: readonly StoryArticle[], assignments: { articleId: number; storyId: number }[]): { size: number; coherence: number }[] {
  const dictionary = new FeatureDictionary();
  const df = createDocumentFrequencies();
  const features = articles.map((a) => readInternedFeatures(a, dictionary));
  for (const f of features) countDocument(df, f);
  const text = new Map(articles.map((a, i) => [a.id, weigh(df, features[i], dictionary).text]));
  const members = new Map<number, number[]>();
  for (const { articleId, storyId } of assignments) members.set(storyId, [...(members.get(storyId) ?? []), articleId]);
  return [...members.values()].filter((ids) => ids.length >= 3).map((ids) => {
    let sum = 0;
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) sum += dot(text.get(ids[i])!, text.get(ids[j])!);
    return { size: ids.length, coherence: sum / ((ids.length * (ids.length - 1)) / 2) };
  });
}

test("no story of three or more is left with its members' mean text cosine below minCoherence", () => {
  const articles = zipfTexts(60, 300, 20000).map((t, i) => article(i + 1, `2024-05-01T${String(i % 24).padStart(2, "0")}:00`, t));
  const floor = 0.3;
  const loose = storyCoherence(articles, createStoryClusterer({ minCoherence: 0 }).recluster(articles));
  assert.ok(loose.some((s) => s.coherence < floor && s.size >= 10), "without the floor a large loose story forms");
  const held = storyCoherence(articles, createStoryClusterer({ minCoherence: floor }).recluster(articles));
  for (const s of held) assert.ok(s.coherence >= floor - 1e-9, `a story of ${s.size} has a mean cosine of ${s.coherence}`);
  assert.ok(Math.max(...held.map((s) => s.size)) < Math.max(...loose.map((s) => s.size)));
});

test("minCoherence outside [0, 1] is refused", () => {
  assert.throws(() => createStoryClusterer({ minCoherence: 1.5 }), /minCoherence/);
});

const shared = findSharedDir();
const pages = shared === null ? null : join(shared, "data/extraction/trafilatura");

// 1,028 pages of many sites and subjects, crawled within days: a mixed crawl, where few pages share an event.
test("a mixed crawl ingested without enrichment gathers no large story or thread of unrelated pages", { skip: pages === null || !existsSync(pages) ? "needs ../shared/data/extraction/trafilatura (absent here)" : false }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "newsfold-coherence-"));
  try {
    const store = { type: "sqlite" as const, path: join(dir, "store.db") };
    await fold([join(pages as string, "eval"), join(pages as string, "cache")], { store, prepare: { enrich: false }, workers: 0 });
    const db = await openStore(store);
    try {
      const [largest] = await db.listStories({ limit: 1, offset: 0 });
      // Before the floor, 17 unrelated German pages (a novelist's interview, a road accident, an MMORPG column) made one story.
      assert.ok(largest.articles <= 8, `the largest story holds ${largest.articles} articles: ${largest.title}`);
      // Before numbers left threads, a shared year linked 30 stories of four languages into one thread.
      const [widest] = await db.listThreads({ limit: 1, offset: 0 });
      assert.ok(widest.stories <= 8, `the largest thread holds ${widest.stories} stories: ${widest.title}`);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
