export { DEFAULT_LSH_WEIGHTS, candidateProbability, optimalBandsRows } from "./params.js";
export type { LshWeights } from "./params.js";
export { DEFAULT_LSH_THRESHOLD, MAX_BUCKET, createLshIndex } from "./lsh-index.js";
export type { LshIndex, LshIndexOptions } from "./lsh-index.js";
export { createU32MultiMap } from "./multimap.js";
export type { U32MultiMap } from "./multimap.js";
