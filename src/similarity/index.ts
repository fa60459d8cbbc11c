/**
 * Pairwise similarity of two articles with evidence: text (shared passages, TF-IDF cosines), entities,
 * geography, time and narrative, combined by a linear model fitted on SemEval-2022 Task 8 dev into the
 * task's 1 (same story) … 4 (unrelated) scale. Pure: no I/O, no clock.
 */
export { similarity, verdictOf, SAME_STORY_MAX_GAP_DAYS, type SimilarityOptions } from "./similarity.js";
export {
  prepareDocument, reweigh, STEM_CHARS, GRAM_CHARS, LEAD_WORDS, PASSAGE_SHINGLE, KEYWORDS,
  type PreparedDocument, type PrepareOptions, type SparseVector, type WeightedVectors,
} from "./document.js";
export { createIdfTable, addToIdfTable, type IdfDocument } from "./idf.js";
export { MIN_LANGUAGE_DOCS } from "./frequencies.js";
export {
  pairFeatures, isCopy, inDifferentScripts, COPY_COVERAGE, FEATURE_NAMES, SIGNED_FEATURES, SCRIPT_FREE_FEATURES, TIME_SCALE_DAYS,
  type FeatureName, type Features, type PairFeatures,
} from "./features.js";
export { predict, toUnit, checkModel, FEATURES_VERSION, type LinearModel, type PairModels, type SimilarityModel } from "./linear.js";
export { SIMILARITY_MODEL } from "./model.js";
export { gapDays, leastGap, haversineKm } from "./dimensions.js";
export type {
  Dimension, EntitiesEvidence, GeographyEvidence, IdfTable, LanguageFrequencies, NarrativeEvidence, NearPlace,
  SharedEntity, SharedPassage, SimilarityInput, SimilarityReport, TextEvidence, TimeEvidence, Verdict,
} from "./types.js";
