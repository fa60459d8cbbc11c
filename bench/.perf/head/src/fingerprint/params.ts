import { NewsfoldError } from "../errors.js";
import type { MinHashParams } from "../types.js";
import { DEFAULT_SHINGLE_SIZE } from "../text/shingle.js";

/** 128 hash values: standard error of a Jaccard estimate ≤ 1/(2·√128) ≈ 0.044, 512 bytes a signature. */
export const DEFAULT_NUM_PERM = 128;
/** Fixed default seed so signatures made by different runs and machines compare. */
export const DEFAULT_SEED = 1;
/** One-permutation hashing is ~numPerm times cheaper than k permutations at equal accuracy (Li/Owen/Zhang 2012). */
export const DEFAULT_SCHEME: MinHashParams["scheme"] = "oph";
/** Version of the signature computation and of its binary form; bump when either changes. */
export const MINHASH_VERSION = 1;
/** Upper bound on numPerm: beyond it signatures cost more than the shingle sets they summarise. */
const MAX_NUM_PERM = 4096;

/** Complete, validated, frozen MinHash parameters. */
export function resolveMinHashParams(params: Partial<MinHashParams> = {}): Readonly<MinHashParams> {
  const resolved: MinHashParams = {
    numPerm: params.numPerm ?? DEFAULT_NUM_PERM,
    seed: params.seed ?? DEFAULT_SEED,
    shingleSize: params.shingleSize ?? DEFAULT_SHINGLE_SIZE,
    scheme: params.scheme ?? DEFAULT_SCHEME,
    version: params.version ?? MINHASH_VERSION,
  };
  const { numPerm, seed, shingleSize, scheme, version } = resolved;
  if (!Number.isInteger(numPerm) || numPerm < 1 || numPerm > MAX_NUM_PERM) {
    throw paramError(`numPerm must be an integer in 1..${MAX_NUM_PERM}, got ${numPerm}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw paramError(`seed must be a uint32, got ${seed}`);
  if (!Number.isInteger(shingleSize) || shingleSize < 1) throw paramError(`shingleSize must be an integer ≥ 1, got ${shingleSize}`);
  if (scheme !== "kperm" && scheme !== "oph") throw paramError(`scheme must be "kperm" or "oph", got ${String(scheme)}`);
  if (version !== MINHASH_VERSION) {
    throw paramError(`version ${version} is not supported by this build (it computes version ${MINHASH_VERSION}); recompute the signatures`);
  }
  return Object.freeze(resolved);
}

export function sameParams(a: MinHashParams, b: MinHashParams): boolean {
  return a.numPerm === b.numPerm && a.seed === b.seed && a.shingleSize === b.shingleSize && a.scheme === b.scheme && a.version === b.version;
}

export function describeParams(p: MinHashParams): string {
  return `{ scheme: "${p.scheme}", numPerm: ${p.numPerm}, seed: ${p.seed}, shingleSize: ${p.shingleSize}, version: ${p.version} }`;
}

/** Throws `fingerprint.params.mismatch` naming the call and the fix when two parameter sets differ. */
export function assertSameParams(call: string, a: MinHashParams, b: MinHashParams): void {
  if (sameParams(a, b)) return;
  throw new NewsfoldError(
    "fingerprint.params.mismatch",
    `${call}: signatures were made with different MinHash parameters (${describeParams(a)} vs ${describeParams(b)}). ` +
      `Compute both with the same createMinHasher(params) — re-fingerprint the older articles after changing scheme, numPerm, seed or shingleSize.`,
    { details: { a, b } },
  );
}

function paramError(reason: string): NewsfoldError {
  return new NewsfoldError("fingerprint.params.invalid", `createMinHasher: ${reason}.`, { details: { reason } });
}
