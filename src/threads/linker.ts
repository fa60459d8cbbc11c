import { isoToDays, NUMBER_KEY_PREFIX, sortForIngest } from "../stories/index.js";
import { resolveThreadOptions } from "./options.js";
import type { ResolvedThreadOptions, Thread, ThreadOptions, ThreadStory } from "./types.js";

/**
 * Threads: stories linked by shared central actors and topic over time, a coarser level than stories
 * (a thread may span months or years). Each story, in order of its first date, is compared with the
 * threads that share its entities, names or terms (an inverted index), joins the most similar one within
 * `windowDays` of its last story when the similarity reaches `threshold`, or starts a thread. The
 * similarity is the weighted mean of cosines between the story's features and the thread's summed ones.
 *
 * @example
 * const threads = createThreadLinker().link(clusterer.stories()); // [{ threadId, storyIds }]
 */
export interface ThreadLinker {
  /** Forgets earlier stories and links these, sorted by first date then id: deterministic. */
  link(stories: readonly ThreadStory[]): Thread[];
  /** Adds one story (expected in order of first date); returns its thread id. */
  addStory(story: ThreadStory): number;
  threads(): Thread[];
  readonly options: ResolvedThreadOptions;
}

type Vector = Map<string, number>;

interface ThreadState {
  id: number;
  storyIds: number[];
  last: number | null;
  vectors: Record<Kind, { sum: Vector; normSq: number }>;
}

const KINDS = ["entities", "names", "terms"] as const;
type Kind = (typeof KINDS)[number];

/** Heaviest features of a story that go into the index; threads listed per feature, at most `POSTING_CAP`. */
const INDEX_FEATURES = 10;
const POSTING_CAP = 64;

export function createThreadLinker(options: ThreadOptions = {}): ThreadLinker {
  const o = resolveThreadOptions(options);
  let threads = new Map<number, ThreadState>();
  let postings = new Map<string, Map<number, true>>();

  const addStory = (story: ThreadStory): number => {
    const day = isoToDays(story.first);
    const features = threadFeatures(story);
    const vectors = Object.fromEntries(KINDS.map((k) => [k, unit(features[k])])) as Record<Kind, Vector>;
    const keys = KINDS.flatMap((k) => features[k].slice(0, INDEX_FEATURES).map((f) => ({ key: `${k}|${f.key}`, weight: f.weight })));
    const hits = new Map<number, number>();
    for (const { key, weight } of keys) for (const id of postings.get(key)?.keys() ?? []) hits.set(id, (hits.get(id) ?? 0) + weight);
    const ranked = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.maxCandidates);
    let best: ThreadState | null = null;
    let bestScore = -1;
    for (const [id] of ranked) {
      const t = threads.get(id) as ThreadState;
      if (day !== null && t.last !== null && day - t.last > o.windowDays) continue;
      const s = score(o, vectors, t);
      if (s > bestScore) [best, bestScore] = [t, s];
    }
    const thread = best !== null && bestScore >= o.threshold ? best : newThread(story.id);
    thread.storyIds.push(story.id);
    const end = isoToDays(story.last) ?? day;
    if (end !== null) thread.last = thread.last === null ? end : Math.max(thread.last, end);
    for (const k of KINDS) add(thread.vectors[k], vectors[k]);
    for (const { key } of keys) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = new Map()));
      list.delete(thread.id);
      list.set(thread.id, true);
      if (list.size > POSTING_CAP) list.delete(list.keys().next().value as number);
    }
    return thread.id;
  };

  const newThread = (id: number): ThreadState => {
    const t: ThreadState = { id, storyIds: [], last: null, vectors: { entities: empty(), names: empty(), terms: empty() } };
    threads.set(id, t);
    return t;
  };

  const list = (): Thread[] =>
    [...threads.values()].sort((a, b) => a.id - b.id).map((t) => ({ threadId: t.id, storyIds: [...t.storyIds].sort((a, b) => a - b) }));

  return {
    options: o,
    addStory,
    threads: list,
    link(stories) {
      threads = new Map();
      postings = new Map();
      for (const s of sortForIngest(stories.map((x) => ({ ...x, published: x.first })))) addStory(s);
      return list();
    },
  };
}

/**
 * A story's features as threads weigh them: its names without the numbers it writes. A shared number is
 * evidence of one event within days (the same toll, the same score), not of a topic over months: years
 * and small counts recur across unrelated stories, and a story whose only names are numbers (one ingested
 * without enrichment) would be linked by "2015" alone.
 */
function threadFeatures(story: ThreadStory): Record<Kind, readonly ThreadStory["names"][number][]> {
  return { entities: story.entities, names: story.names.filter((f) => !f.key.startsWith(NUMBER_KEY_PREFIX)), terms: story.terms };
}

function score(o: ResolvedThreadOptions, v: Record<Kind, Vector>, t: ThreadState): number {
  let sum = 0;
  let weight = 0;
  for (const k of KINDS) {
    if (v[k].size === 0) continue;
    const c = t.vectors[k];
    let d = 0;
    for (const [key, w] of v[k]) d += w * (c.sum.get(key) ?? 0);
    sum += o.weights[k] * (c.normSq > 0 ? d / Math.sqrt(c.normSq) : 0);
    weight += o.weights[k];
  }
  return weight > 0 ? sum / weight : 0;
}

function unit(features: readonly { key: string; weight: number }[]): Vector {
  let sq = 0;
  for (const f of features) sq += f.weight * f.weight;
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  return new Map(features.map((f) => [f.key, f.weight * inv]));
}

function empty(): { sum: Vector; normSq: number } {
  return { sum: new Map(), normSq: 0 };
}

function add(c: { sum: Vector; normSq: number }, v: Vector): void {
  for (const [k, w] of v) {
    const old = c.sum.get(k) ?? 0;
    c.normSq += 2 * old * w + w * w;
    c.sum.set(k, old + w);
  }
}
