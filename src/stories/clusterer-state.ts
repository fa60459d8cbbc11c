import type { Cluster } from "./cluster.js";
import { createPostings, type DormantLists } from "./postings.js";
import { createDocumentFrequencies, type InternedFeatures } from "./represent.js";
import type { StoryArticle } from "./types.js";
import { FeatureDictionary } from "./vectors.js";

/** Everything an online story clustering holds between articles: what `clusterer-snapshot.ts` saves and restores. */
export interface ClustererState {
  /** Every feature of the run as a small integer: vectors are typed arrays. */
  dictionary: FeatureDictionary;
  df: ReturnType<typeof createDocumentFrequencies>;
  postings: ReturnType<typeof createPostings>;
  /** Each language's family of index keys (postings.ts). */
  termFamilies: Map<string, number>;
  clusters: Map<number, Cluster>;
  /** Cross-lingual links: union-find parent of each linked cluster (absent = its own root). */
  parent: Map<number, number>;
  articleCluster: Map<number, number>;
  order: number[];
  /** Latest publication date seen (days): the stream's clock. */
  clock: number | null;
  /** (last date, cluster) in the order clusters were updated; dates never decrease, so the head expires first. */
  expiry: { days: number; id: number }[];
  expiryHead: number;
  nextId: number;
  /** Articles whose document frequencies `prime` counted up front. */
  precounted: Set<number>;
  /** The features `prime` read, by article object (ids may repeat across objects), taken once by `add`. */
  primed: Map<StoryArticle, InternedFeatures>;
}

export function createState(dictionary = new FeatureDictionary(), postings: DormantLists | null = null): ClustererState {
  return {
    dictionary, df: createDocumentFrequencies(), postings: createPostings(postings), termFamilies: new Map(), clusters: new Map(), parent: new Map(),
    articleCluster: new Map(), order: [], clock: null, expiry: [], expiryHead: 0, nextId: 1, precounted: new Set(), primed: new Map(),
  };
}
