import { isoToDays, partialDateFits } from "./dates.js";
import { addToCluster, createCluster, freezeCluster, summarize, type Cluster } from "./cluster.js";
import { resolveStoryOptions } from "./options.js";
import { restoreClustererState, saveClustererState } from "./clusterer-snapshot.js";
import { createState, type ClustererState } from "./clusterer-state.js";
import { candidates, indexKeys, post, termFamily, unpost } from "./postings.js";
import { countDocument, internFeatures, readInternedFeatures, weigh, type ArticleFeatures, type ArticleVectors, type InternedFeatures } from "./represent.js";
import type { PrimedFeatures } from "./feature-pool.js";
import type { ResolvedStoryOptions, StoryArticle, StoryAssignment, StoryOptions, StorySummary } from "./types.js";
import { centroidCosine, cosineToCentroid, cosineUnlessBelow, heaviestFirst, type HeaviestFirst } from "./vectors.js";

/**
 * Online story clustering of an article stream in publication order (Miranda et al. 2018, "Multilingual
 * Clustering of Streaming News"): each article is scored against the open stories of its language that
 * share its heaviest features in an inverted index, joins the best one when the score reaches
 * `threshold`, or starts a new story. Stories are monolingual; one that shares enough language-neutral
 * evidence (entity ids, names, numbers) with a story in another language is linked to it, and both
 * answer to the smaller id. A story closes after `windowDays` without an article. Pure: time comes from
 * the articles (an undated article takes the latest date seen).
 *
 * @example
 * const clusterer = createStoryClusterer();
 * for (const a of articlesInPublicationOrder) clusterer.add(a); // { storyId, score, created }
 * clusterer.stories(); // summaries; clusterer.assignments() to persist
 */
export interface StoryClusterer {
  add(article: StoryArticle): StoryAssignment;
  /** Every story, open and closed, by id. */
  stories(): StorySummary[];
  /** Article id → story id, in the order articles were added: what to persist. */
  assignments(): { articleId: number; storyId: number }[];
  /**
   * Counts document frequencies of articles before they are added (each is counted once, here or in
   * `add`): TF-IDF vectors are frozen when an article joins, so a stream that starts empty weighs its
   * first articles with unreliable IDF. Prime with the stored collection, or a sample of the same kind of news.
   */
  prime(articles: Iterable<StoryArticle>): void;
  /** Forgets everything, primes with `articles` and clusters `articles` sorted by published date then id (undated last): a deterministic rebuild. */
  recluster(articles: readonly StoryArticle[], primed?: PrimedFeatures): { articleId: number; storyId: number }[];
  /**
   * `recluster` in steps of RECLUSTER_STEP articles, yielding how many are done, so a caller can pause
   * between steps (to answer Ctrl-C during a long fold); the result is the same as `recluster`'s.
   * `primed`: the articles' features read already (in worker threads, feature-pool.ts), in their order.
   */
  reclusterSteps(articles: readonly StoryArticle[], primed?: PrimedFeatures): Generator<number, void>;
  /** Whether an article was added (by `add` or a recluster), here or before the state was saved. */
  holds(articleId: number): boolean;
  /** Distinct articles added so far (`holds` them). */
  readonly size: number;
  /** The stream's clock: the latest publication date added, in days (dates.ts `isoToDays`), or null. */
  readonly clock: number | null;
  /** The whole state as bytes, for `restoreStoryClusterer` (clusterer-snapshot.ts). */
  save(): Uint8Array;
  readonly options: ResolvedStoryOptions;
}

/**
 * How an article's raw features are read, when not by `extractFeatures`; fitting passes a memo so a grid
 * of thousands of runs tokenizes each article once. Not part of the public API.
 */
export type FeatureExtractor = (article: StoryArticle) => ArticleFeatures;

/** Articles per step of `reclusterSteps`: a few milliseconds of work, so a pause between steps is prompt and cheap. */
const RECLUSTER_STEP = 256;

export function createStoryClusterer(options: StoryOptions = {}, extract?: FeatureExtractor): StoryClusterer {
  return clustererOf(resolveStoryOptions(options), createState(), extract);
}

/**
 * A clusterer that goes on from a saved state as if it had never stopped; null when `bytes` hold no state
 * saved with these options (see clusterer-snapshot.ts).
 */
export function restoreStoryClusterer(bytes: Uint8Array, options: StoryOptions = {}, extract?: FeatureExtractor): StoryClusterer | null {
  const resolved = resolveStoryOptions(options);
  const restored = restoreClustererState(bytes, resolved);
  return restored && clustererOf(resolved, restored, extract);
}

function clustererOf(resolved: ResolvedStoryOptions, initial: ClustererState, extract?: FeatureExtractor): StoryClusterer {
  let state = initial;
  const featuresOf = (a: StoryArticle): InternedFeatures =>
    extract ? internFeatures(extract(a), state.dictionary) : readInternedFeatures(a, state.dictionary);

  const add = (article: StoryArticle): StoryAssignment => addArticle(state, resolved, article, featuresOf);
  /** Counts an article's document frequencies once (the first object of an id; later ones are read again in `add`). */
  const count = (a: StoryArticle, features: InternedFeatures): void => {
    countDocument(state.df, features);
    state.precounted.add(a.id);
    state.primed.set(a, features);
  };
  const prime = (articles: Iterable<StoryArticle>): void => {
    for (const a of articles) if (!state.precounted.has(a.id)) count(a, featuresOf(a));
  };
  return {
    options: resolved,
    add,
    holds: (articleId) => state.articleCluster.has(articleId),
    get size() {
      return state.articleCluster.size;
    },
    get clock() {
      return state.clock;
    },
    save: () => saveClustererState(state, resolved),
    stories: () => listStories(state),
    assignments: () => state.order.map((articleId) => ({ articleId, storyId: root(state, state.articleCluster.get(articleId) ?? 0) })),
    prime,
    *reclusterSteps(articles, primed) {
      state = createState(primed?.dictionary);
      // A rebuild knows the whole collection: counting document frequencies first weighs the first
      // articles like the last, instead of freezing their vectors with the IDF of a nearly empty stream.
      for (let i = 0; i < articles.length; i += RECLUSTER_STEP) {
        const end = Math.min(i + RECLUSTER_STEP, articles.length);
        if (!primed) prime(articles.slice(i, end));
        else {
          for (let k = i; k < end; k++) {
            // An id met again is counted when added, as `prime` leaves it; its features are those read for
            // it (its text may be gone: see withoutText).
            if (!state.precounted.has(articles[k].id)) count(articles[k], primed.features[k]);
            else state.primed.set(articles[k], primed.features[k]);
          }
        }
        yield 0;
      }
      const sorted = sortForIngest(articles);
      for (let i = 0; i < sorted.length; i++) {
        add(sorted[i]);
        if ((i + 1) % RECLUSTER_STEP === 0) yield i + 1;
      }
    },
    recluster(articles, primed) {
      for (const _ of this.reclusterSteps(articles, primed));
      return state.order.map((articleId) => ({ articleId, storyId: root(state, state.articleCluster.get(articleId) ?? 0) }));
    },
  };
}

/**
 * Publication order, undated articles last; ties by `orderKey` when both have one (so the order does not
 * depend on the order articles were stored in), else by id: the order `recluster` replays.
 */
export function sortForIngest<T extends { id: number; published: string | null; orderKey?: string }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? -1 : 1;
    }
    if (a.orderKey !== undefined && b.orderKey !== undefined && a.orderKey !== b.orderKey) return a.orderKey < b.orderKey ? -1 : 1;
    return a.id - b.id;
  });
}

function addArticle(s: ClustererState, o: ResolvedStoryOptions, article: StoryArticle, featuresOf: (a: StoryArticle) => InternedFeatures): StoryAssignment {
  const published = isoToDays(article.published);
  if (published !== null) {
    s.clock = s.clock === null ? published : Math.max(s.clock, published);
    expire(s, s.clock - o.windowDays);
  }
  const days = published ?? s.clock;
  const features = s.primed.get(article) ?? featuresOf(article);
  s.primed.delete(article);
  if (!s.precounted.delete(article.id)) countDocument(s.df, features);
  const v = weigh(s.df, features, s.dictionary);
  const keys = indexKeys(v, termFamily(s.termFamilies, v.lang));
  const found = candidates(s.postings, keys, o.maxCandidates);

  let best: Cluster | null = null;
  let bestScore = -1;
  const others: Cluster[] = [];
  let heaviest: HeaviestFirst | undefined;
  for (const id of found) {
    const c = s.clusters.get(id);
    if (!c || !c.open) continue;
    if (c.lang !== v.lang) {
      others.push(c);
      continue;
    }
    let when = days;
    if (published === null && article.partialDate && c.last !== null) {
      when = partialDateFits(article.partialDate, c.last, o.windowDays, c.eventFirst);
      if (when === null) continue; // no year makes its date fit this story
    }
    heaviest ??= heaviestFirst(v.text);
    const score = articleScore(o, v, heaviest, c, when, Math.max(bestScore, o.threshold));
    if (score === null) continue; // proven below both the best so far and the threshold: it cannot change the outcome
    if (score > bestScore || (score === bestScore && best !== null && c.id < best.id)) {
      best = c;
      bestScore = score;
    }
  }
  const created = best === null || bestScore < o.threshold;
  const cluster = created ? newCluster(s, v.lang) : (best as Cluster);
  addToCluster(cluster, article, v, days, created ? 0 : bestScore, isoToDays(article.eventDate));
  s.articleCluster.set(article.id, cluster.id);
  s.order.push(article.id);
  const indexed = keys.map((k) => k.key);
  post(s.postings, indexed, cluster.id);
  for (const k of indexed) cluster.keys.add(k);
  if (days !== null) s.expiry.push({ days, id: cluster.id });
  for (const other of others) linkAcrossLanguages(s, o, cluster, other);
  return { storyId: root(s, cluster.id), score: created ? 0 : bestScore, created };
}

/**
 * Weighted mean of the per-feature cosines (features the article lacks are left out), discounted by time;
 * null when it is proven below `floor` before the text cosine is complete (only a score of at least the
 * best so far and the threshold can change where the article goes). The sum runs in the same order either way.
 */
function articleScore(o: ResolvedStoryOptions, v: ArticleVectors, heaviest: HeaviestFirst, c: Cluster, days: number | null, floor: number): number | null {
  const w = o.weights;
  const tf = timeFactor(o, days, c.last);
  const weight = (v.text.size > 0 ? w.text : 0) + (v.entities.size > 0 ? w.entities : 0) + (v.names.size > 0 ? w.names : 0);
  if (weight <= 0) return 0;
  const entities = v.entities.size > 0 ? w.entities * cosineToCentroid(v.entities, c.entities) : 0;
  const names = v.names.size > 0 ? w.names * cosineToCentroid(v.names, c.names) : 0;
  let sum = 0;
  if (v.text.size > 0) {
    // The text cosine the score needs to reach `floor`, a hair lower for rounding (cosineUnlessBelow has its own slack).
    const textFloor = w.text > 0 && tf > 0 ? ((floor * weight) / tf - entities - names) / w.text - FLOOR_SLACK : 0;
    const text = cosineUnlessBelow(v.text, heaviest, c.text, textFloor);
    if (text === null) return null;
    if (c.textCount >= 2 && coherenceWith(c, text) < o.minCoherence) return null;
    sum += w.text * text;
  }
  if (v.entities.size > 0) sum += entities;
  if (v.names.size > 0) sum += names;
  return (sum / weight) * tf;
}

/**
 * Mean pairwise text cosine of a story's members once a unit vector of cosine `cosine` to its summed
 * vector S joins: the members' pairs sum to (|S|² − n) / 2, and the article adds cosine · |S| to them.
 */
function coherenceWith(c: Cluster, cosine: number): number {
  const n = c.textCount;
  const pairs = (c.text.normSq - n) / 2 + cosine * Math.sqrt(c.text.normSq);
  return pairs / ((n * (n + 1)) / 2);
}

/** Slack on the text cosine a candidate must reach: far above rounding, far below any score gap that matters. */
const FLOOR_SLACK = 1e-9;

/**
 * 1 for a gap of 0 days, falling towards 1 - timeWeight with a half-life: Miranda et al. 2018 score
 * time with Gaussian-like decays of the gap to the cluster's dates; an exponential needs one parameter.
 */
export function timeFactor(o: ResolvedStoryOptions, days: number | null, last: number | null): number {
  if (days === null || last === null) return 1;
  const gap = Math.abs(days - last);
  return 1 - o.timeWeight * (1 - Math.pow(0.5, gap / o.timeHalfLifeDays));
}

/** Links two monolingual stories of different languages on entities and names alone (the text cannot be compared). */
/** Share of the missing entity overlap a shared event day makes up, when the stories share some entity already. */
const SAME_EVENT_DAY_SHARE = 0.3;

function linkAcrossLanguages(s: ClustererState, o: ResolvedStoryOptions, a: Cluster, b: Cluster): void {
  const ra = root(s, a.id);
  const rb = root(s, b.id);
  if (ra === rb) return;
  const w = o.weights;
  // Names are written in each story's script: two scripts share none, and that says nothing against the link.
  const names = centroidCosine(a.names, b.names);
  const wNames = names > 0 ? w.names : 0;
  const weight = w.entities + wNames;
  if (weight <= 0) return;
  if (!sharesNarrowEntity(a, b)) return;
  // The same event day (enrich's, in any language) is half-way evidence: it lowers the entity overlap a link needs.
  let entities = centroidCosine(a.entities, b.entities);
  if (a.eventFirst !== null && b.eventFirst !== null && Math.abs(a.eventFirst - b.eventFirst) <= 1 && entities > 0) {
    entities += SAME_EVENT_DAY_SHARE * (1 - entities);
  }
  const score = ((w.entities * entities + wNames * names) / weight) * timeFactor(o, a.last, b.last);
  if (score < o.crossLingualThreshold) return;
  const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
  s.parent.set(drop, keep);
}

/** An entity id of a country ("place:JP"): cities, people and organisations have longer ones. */
const COUNTRY_ID_RE = /^place:[A-Z]{2}$/;

/**
 * Whether two stories share a person, a city or an organisation. A country alone is no event: most
 * Japanese news names Japan, and a match of China against Japan shares it with every one of them.
 */
function sharesNarrowEntity(a: Cluster, b: Cluster): boolean {
  const { ids, weights, size, dictionary } = a.entities.sum;
  for (let i = 0; i < size; i++) {
    if (weights[i] > 0 && b.entities.sum.weightOf(ids[i]) > 0 && !COUNTRY_ID_RE.test(dictionary.key(ids[i]))) return true;
  }
  return false;
}

function root(s: ClustererState, id: number): number {
  let r = id;
  for (let p = s.parent.get(r); p !== undefined; p = s.parent.get(r)) r = p;
  return r;
}

function newCluster(s: ClustererState, lang: string): Cluster {
  const c = createCluster(s.nextId++, lang, s.dictionary);
  s.clusters.set(c.id, c);
  return c;
}

/** Closes the stories whose last article is older than `before`, taking them out of the index. */
function expire(s: ClustererState, before: number): void {
  const q = s.expiry;
  while (s.expiryHead < q.length && q[s.expiryHead].days < before) {
    const { days, id } = q[s.expiryHead++];
    const c = s.clusters.get(id);
    if (c && c.open && c.last === days) {
      unpost(s.postings, c.keys, c.id);
      freezeCluster(c);
    }
  }
  if (s.expiryHead > 1024 && s.expiryHead * 2 > q.length) {
    s.expiry = q.slice(s.expiryHead);
    s.expiryHead = 0;
  }
}

function listStories(s: ClustererState): StorySummary[] {
  const groups = new Map<number, Cluster[]>();
  for (const c of s.clusters.values()) {
    const r = root(s, c.id);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  }
  return [...groups].sort((a, b) => a[0] - b[0]).map(([id, group]) => summarize(id, group));
}
