export { normalizeText } from "./normalize.js";
export { tokenize } from "./tokenize.js";
export { DEFAULT_SHINGLE_SIZE, shingleHashes, shingleHashesOfText } from "./shingle.js";
export { createSplitMix32, fmix32, fnv1aString, hashStringToU32, murmurWords } from "./hash32.js";
