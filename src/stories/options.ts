import { NewsfoldError } from "../errors.js";
import type { ResolvedStoryOptions, StoryOptions, StoryWeights } from "./types.js";

/**
 * Defaults fitted on RPM2-fr by `fitStoryOptions` (eval/stories-fit.ts): a grid over these values,
 * B-cubed F1 at story level, checked leave-one-topic-out. Re-run `newsfold eval stories` after a change.
 */
/**
 * Similarity a story needs to take an article. The fit's optimum on RPM2-fr is 0.1 (B³ F1 0.921) but
 * it sits on a cliff: on WikiRef220, where time cannot help, 0.1 merges topics (thread B³ F1 0.66);
 * 0.15 costs RPM2-fr 0.012 and keeps WikiRef at 0.92, so 0.15 is shipped.
 */
export const STORY_THRESHOLD = 0.15;
/** Text carries most of the signal within one language (fitted). */
export const STORY_WEIGHTS: Readonly<StoryWeights> = Object.freeze({ text: 1, entities: 0.125, names: 0.5 });
/** A week: coverage of one event mostly falls within days; a story quiet for weeks needs much stronger evidence (fitted). */
export const TIME_HALF_LIFE_DAYS = 7;
/** Time can take the whole score away: a follow-up a month later is a new event unless its words match closely (fitted). */
export const TIME_WEIGHT = 1;
/**
 * Language-neutral evidence alone is thinner than text, so linking stories across languages asks for
 * more of it; not fitted (no labelled multilingual stream here), set above the monolingual threshold.
 */
export const CROSS_LINGUAL_THRESHOLD = 0.45;
/**
 * Between the mean cosine of unrelated texts of one language (0.05–0.075 on RPM2-fr, WikiRef220 and
 * 1,028 crawled pages of many sites) and the lowest mean cosine within a labelled story (0.12–0.14):
 * see docs/EVALUATION.md, "Stories without enrichment gather unrelated pages".
 */
export const MIN_COHERENCE = 0.1;
/** Issue 4: a story closes after a month without news. */
export const WINDOW_DAYS = 30;
/** Scoring more candidates than this found no better story on RPM2-fr; bounds the cost per article. */
export const MAX_CANDIDATES = 32;

export const DEFAULT_STORY_OPTIONS: ResolvedStoryOptions = Object.freeze({
  threshold: STORY_THRESHOLD,
  crossLingualThreshold: CROSS_LINGUAL_THRESHOLD,
  minCoherence: MIN_COHERENCE,
  weights: STORY_WEIGHTS,
  timeHalfLifeDays: TIME_HALF_LIFE_DAYS,
  timeWeight: TIME_WEIGHT,
  windowDays: WINDOW_DAYS,
  maxCandidates: MAX_CANDIDATES,
});

/** Validated, frozen options; throws `stories.options.invalid` naming the field and the fix. */
export function resolveStoryOptions(options: StoryOptions = {}): ResolvedStoryOptions {
  const d = DEFAULT_STORY_OPTIONS;
  const weights = Object.freeze({ ...d.weights, ...options.weights });
  const resolved: ResolvedStoryOptions = Object.freeze({
    threshold: options.threshold ?? d.threshold,
    crossLingualThreshold: options.crossLingualThreshold ?? d.crossLingualThreshold,
    minCoherence: options.minCoherence ?? d.minCoherence,
    weights,
    timeHalfLifeDays: options.timeHalfLifeDays ?? d.timeHalfLifeDays,
    timeWeight: options.timeWeight ?? d.timeWeight,
    windowDays: options.windowDays ?? d.windowDays,
    maxCandidates: options.maxCandidates ?? d.maxCandidates,
  });
  const bad = (field: string, why: string): never => {
    throw new NewsfoldError("stories.options.invalid", `createStoryClusterer: ${field} ${why}`, { details: { field } });
  };
  for (const key of ["threshold", "crossLingualThreshold", "minCoherence", "timeWeight"] as const) {
    const v = resolved[key];
    if (!(v >= 0 && v <= 1)) bad(key, `must be in [0, 1] (got ${v})`);
  }
  for (const [k, v] of Object.entries(weights)) if (!(v >= 0) || !Number.isFinite(v)) bad(`weights.${k}`, `must be a finite number ≥ 0 (got ${v})`);
  if (weights.text + weights.entities + weights.names <= 0) bad("weights", "must not all be 0");
  if (!(resolved.timeHalfLifeDays > 0)) bad("timeHalfLifeDays", `must be > 0 (got ${resolved.timeHalfLifeDays})`);
  if (!(resolved.windowDays > 0)) bad("windowDays", `must be > 0 (got ${resolved.windowDays})`);
  if (!Number.isInteger(resolved.maxCandidates) || resolved.maxCandidates < 1) bad("maxCandidates", `must be an integer ≥ 1 (got ${resolved.maxCandidates})`);
  return resolved;
}
