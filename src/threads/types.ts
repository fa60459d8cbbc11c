import type { WeightedFeature } from "../stories/index.js";

/** What the linker reads of a story; a `StorySummary` satisfies it. */
export interface ThreadStory {
  id: number;
  first: string | null;
  last: string | null;
  /** Unit-weighted top terms keyed `lang:term`, entity ids, names (as `StorySummary` lists them). */
  terms: readonly WeightedFeature[];
  entities: readonly WeightedFeature[];
  names: readonly WeightedFeature[];
}

export interface Thread {
  /** The id of its first story: stable as later stories join. */
  threadId: number;
  storyIds: number[];
}

export interface ThreadWeights {
  /** Central actors: people, organisations and places by canonical id. */
  entities: number;
  /** Language-neutral names and numbers. */
  names: number;
  /** Topic words (same language only). */
  terms: number;
}

export interface ThreadOptions {
  /** A story joins the best thread whose similarity reaches this. */
  threshold?: number;
  weights?: Partial<ThreadWeights>;
  /** A thread takes no story that starts more than this many days after its last story. */
  windowDays?: number;
  /** Threads scored in full per story, at most. */
  maxCandidates?: number;
}

export interface ResolvedThreadOptions {
  readonly threshold: number;
  readonly weights: Readonly<ThreadWeights>;
  readonly windowDays: number;
  readonly maxCandidates: number;
}
