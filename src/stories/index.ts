export { createStoryClusterer, restoreStoryClusterer, sortForIngest, timeFactor, type StoryClusterer } from "./clusterer.js";
export {
  DEFAULT_STORY_OPTIONS, resolveStoryOptions, STORY_THRESHOLD, STORY_WEIGHTS, TIME_HALF_LIFE_DAYS, TIME_WEIGHT,
  CROSS_LINGUAL_THRESHOLD, MIN_COHERENCE, WINDOW_DAYS, MAX_CANDIDATES,
} from "./options.js";
export { NUMBER_KEY_PREFIX } from "./represent.js";
export { storyArticle } from "./story-article.js";
export { isoToDays } from "./dates.js";
export type {
  ResolvedStoryOptions, StoryArticle, StoryAssignment, StoryOptions, StorySummary, StoryWeights, WeightedFeature,
} from "./types.js";
