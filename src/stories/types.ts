/** What the story clusterer reads of an article: built from the clean and enrich stages (see `storyArticle`). */
export interface StoryArticle {
  id: number;
  /** Sortable ISO date ("2021-09-17T15:56", "2021-09-17"), null when the page does not say. */
  published: string | null;
  /** ISO 639-1 code, or "und". */
  lang: string;
  title: string | null;
  text: string;
  entities: readonly { id: string; type: "person" | "place" | "organisation"; salience: number }[];
  /** The event's date as sortable ISO, when enrich placed it. */
  eventDate?: string | null;
  /**
   * Month and day of a date the page gives without its year ("14/09"), when `published` is null: the
   * article can only join a story in which some year makes that date fit (see `partialDateFits`).
   */
  partialDate?: { month: number; day: number; hour?: number; minute?: number } | null;
  /** Enrich's folded proper names (`Enrichment.names`): language-neutral evidence. */
  names?: readonly string[];
  /**
   * The article's own place among articles of the same date and among undated ones (a store gives its
   * document key). Without it ties fall back on `id`, which in a store is commit order: several workers
   * committing in another order would fold other stories.
   */
  orderKey?: string;
}

/** Where `add` put an article. */
export interface StoryAssignment {
  storyId: number;
  /** Similarity to the story it joined, in [0, 1]; 0 when it started a new one. */
  score: number;
  created: boolean;
}

/** A weighted feature of a story or article summary (term, entity id, name), weights L2-normalised. */
export interface WeightedFeature {
  key: string;
  weight: number;
}

/** One story as `stories()` lists it. */
export interface StorySummary {
  id: number;
  articleIds: number[];
  /** ISO dates of the first and last dated article; null when none of its articles has a date. */
  first: string | null;
  last: string | null;
  /** Languages of its articles, most frequent first. */
  languages: string[];
  /** Headline of its most central article (or the start of its text when no article has a title). */
  title: string;
  /** Top TF-IDF terms per language, keyed `lang:term`. */
  terms: WeightedFeature[];
  /** Top entity ids weighted by salience × IDF. */
  entities: WeightedFeature[];
  /** Top language-neutral names and numbers. */
  names: WeightedFeature[];
  /** False once the story saw no article for `windowDays`. */
  open: boolean;
}

/** Weights of the similarity between an article and a story (Miranda et al. 2018, §3: per-feature cosines combined). */
export interface StoryWeights {
  /** TF-IDF cosine of the text (same language only). */
  text: number;
  /** Cosine of entity ids weighted by salience × IDF. */
  entities: number;
  /** Cosine of folded proper names and numbers. */
  names: number;
}

export interface StoryOptions {
  /** Join the best story when its similarity reaches this; else start a new story. */
  threshold?: number;
  /** Link monolingual stories of different languages when their language-neutral similarity reaches this. */
  crossLingualThreshold?: number;
  /**
   * Mean text cosine between the members of a story of three or more that an article may not bring it
   * below: unrelated texts of one language share function words and common nouns, and a story's summed
   * vector gains on them with every member, so without a floor a loose story keeps gathering pages.
   */
  minCoherence?: number;
  weights?: Partial<StoryWeights>;
  /** Days over which the time factor halves (gap between an article and a story's last article). */
  timeHalfLifeDays?: number;
  /** Share of the score the time factor can take away, in [0, 1]. */
  timeWeight?: number;
  /** A story closes after this many days without an article. */
  windowDays?: number;
  /** Stories scored in full per article, at most (the best by index hits). */
  maxCandidates?: number;
}

export interface ResolvedStoryOptions {
  readonly threshold: number;
  readonly crossLingualThreshold: number;
  readonly minCoherence: number;
  readonly weights: Readonly<StoryWeights>;
  readonly timeHalfLifeDays: number;
  readonly timeWeight: number;
  readonly windowDays: number;
  readonly maxCandidates: number;
}
