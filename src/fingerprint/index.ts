export { exactHash } from "./exact-hash.js";
export { EMPTY_SLOT, createMinHasher } from "./minhash.js";
export type { MinHasher } from "./minhash.js";
export { DEFAULT_NUM_PERM, DEFAULT_SCHEME, DEFAULT_SEED, MINHASH_VERSION, assertSameParams, resolveMinHashParams, sameParams } from "./params.js";
export { SIGNATURE_FORMAT_VERSION, deserializeSignature, estimateJaccard, littleEndianUint32s, serializeSignature } from "./signature.js";
