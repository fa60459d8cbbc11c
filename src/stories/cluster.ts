import type { ArticleVectors } from "./represent.js";
import { addToCentroid, createCentroid, FeatureDictionary, mergeCentroid, topFeatures, vectorOf, type Centroid } from "./vectors.js";
import type { StorySummary, WeightedFeature } from "./types.js";
import { daysToIso } from "./dates.js";

/** A monolingual story as the clusterer holds it: centroids while open, a frozen summary once closed. */
export interface Cluster {
  id: number;
  lang: string;
  articleIds: number[];
  /** Members with a text vector (unit length): what the text centroid's coherence is counted over. */
  textCount: number;
  first: number | null;
  last: number | null;
  /** Earliest event date (days) its articles report, when enrich placed one. */
  eventFirst: number | null;
  text: Centroid;
  entities: Centroid;
  names: Centroid;
  /** Index keys posted for it, to take it out of the index when it closes. */
  keys: Set<number>;
  title: string;
  /** Score of the article that gave the title: the best match so far is the most central headline. */
  titleScore: number;
  open: boolean;
}

/** Features listed per story summary: enough for threads to compare stories, small enough to store. */
export const SUMMARY_TERMS = 40;
export const SUMMARY_ENTITIES = 20;
export const SUMMARY_NAMES = 30;
/** Characters of text standing in for a missing title. */
export const TITLE_FALLBACK_CHARS = 90;

export function createCluster(id: number, lang: string, dictionary: FeatureDictionary): Cluster {
  return {
    id, lang, articleIds: [], textCount: 0, first: null, last: null, eventFirst: null,
    text: createCentroid(dictionary), entities: createCentroid(dictionary), names: createCentroid(dictionary),
    keys: new Set(), title: "", titleScore: -1, open: true,
  };
}

export function addToCluster(
  c: Cluster,
  article: { id: number; title: string | null; text: string },
  v: ArticleVectors,
  days: number | null,
  score: number,
  eventDays: number | null = null,
): void {
  c.articleIds.push(article.id);
  if (eventDays !== null) c.eventFirst = c.eventFirst === null ? eventDays : Math.min(c.eventFirst, eventDays);
  addToCentroid(c.text, v.text);
  if (v.text.size > 0) c.textCount++;
  addToCentroid(c.entities, v.entities);
  addToCentroid(c.names, v.names);
  if (days !== null) {
    c.first = c.first === null ? days : Math.min(c.first, days);
    c.last = c.last === null ? days : Math.max(c.last, days);
  }
  if (score > c.titleScore) {
    c.titleScore = score;
    c.title = article.title ?? article.text.slice(0, TITLE_FALLBACK_CHARS).trim();
  }
}

/** Drops term detail a closed story no longer needs, keeping what its summary lists. */
export function freezeCluster(c: Cluster): void {
  c.open = false;
  c.keys.clear();
  for (const [centroid, n] of [[c.text, SUMMARY_TERMS], [c.entities, SUMMARY_ENTITIES], [c.names, SUMMARY_NAMES]] as const) {
    centroid.sum = vectorOf(centroid.sum.dictionary, topFeatures(centroid.sum, n));
    centroid.normSq = 1;
  }
}

/** One public story: the monolingual clusters linked across languages, summarised together. */
export function summarize(id: number, group: readonly Cluster[]): StorySummary {
  const dictionary = group[0].text.sum.dictionary;
  const entities = createCentroid(dictionary);
  const names = createCentroid(dictionary);
  const langCount = new Map<string, number>();
  const terms: WeightedFeature[] = [];
  let first: number | null = null;
  let last: number | null = null;
  let best = group[0];
  const articleIds: number[] = [];
  for (const c of group) {
    articleIds.push(...c.articleIds);
    langCount.set(c.lang, (langCount.get(c.lang) ?? 0) + c.articleIds.length);
    for (const f of topFeatures(c.text.sum, SUMMARY_TERMS)) terms.push({ key: `${c.lang}:${f.key}`, weight: f.weight * c.articleIds.length });
    mergeCentroid(entities, c.entities);
    mergeCentroid(names, c.names);
    if (c.first !== null) first = first === null ? c.first : Math.min(first, c.first);
    if (c.last !== null) last = last === null ? c.last : Math.max(last, c.last);
    if (c.articleIds.length > best.articleIds.length) best = c;
  }
  articleIds.sort((a, b) => a - b);
  const languages = [...langCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
  return {
    id,
    articleIds,
    first: first === null ? null : daysToIso(first),
    last: last === null ? null : daysToIso(last),
    languages,
    title: best.title,
    // Two clusters of one language can meet in a group (linked through a third): the later weight wins, as in a Map.
    // The language-marked keys go into a dictionary of their own: in the clustering's, which a fold saves, they
    // were an eighth of its keys after one replay and more after every fold, never read by the clustering.
    terms: topFeatures(vectorOf(new FeatureDictionary(), [...new Map(terms.map((t) => [t.key, t.weight]))].map(([key, weight]) => ({ key, weight }))), SUMMARY_TERMS),
    entities: topFeatures(entities.sum, SUMMARY_ENTITIES),
    names: topFeatures(names.sum, SUMMARY_NAMES),
    open: group.some((c) => c.open),
  };
}
