import { NewsfoldError } from "../errors.js";
import type { ResolvedThreadOptions, ThreadOptions, ThreadWeights } from "./types.js";

/**
 * Fitted on RPM2-fr threads (topics), thread-level B-cubed F1, over a full grid (the thresholds of
 * `THREAD_AXES` in eval/stories-fit.ts × each weight in {0, 0.5, 1}) on the stories of the shipped
 * clusterer; the same point is also the best of that grid on WikiRef220 by the worse of the two sets.
 */
export const THREAD_THRESHOLD = 0.15;
/** Names (which carry the people and organisations) and topic words lead; entity ids at half weight, as countries recur across topics (fitted). */
export const THREAD_WEIGHTS: Readonly<ThreadWeights> = Object.freeze({ entities: 0.5, names: 1, terms: 1 });
/** Two years: a thread follows the same actors across yearly meetings (issue 4: "last year's meeting … same thread"). */
export const THREAD_WINDOW_DAYS = 730;
/** Bounds the work per story as threads accumulate. */
export const THREAD_MAX_CANDIDATES = 32;

export const DEFAULT_THREAD_OPTIONS: ResolvedThreadOptions = Object.freeze({
  threshold: THREAD_THRESHOLD,
  weights: THREAD_WEIGHTS,
  windowDays: THREAD_WINDOW_DAYS,
  maxCandidates: THREAD_MAX_CANDIDATES,
});

/** Validated, frozen options; throws `threads.options.invalid` naming the field. */
export function resolveThreadOptions(options: ThreadOptions = {}): ResolvedThreadOptions {
  const d = DEFAULT_THREAD_OPTIONS;
  const weights = Object.freeze({ ...d.weights, ...options.weights });
  const r: ResolvedThreadOptions = Object.freeze({
    threshold: options.threshold ?? d.threshold,
    weights,
    windowDays: options.windowDays ?? d.windowDays,
    maxCandidates: options.maxCandidates ?? d.maxCandidates,
  });
  const bad = (field: string, why: string): never => {
    throw new NewsfoldError("threads.options.invalid", `createThreadLinker: ${field} ${why}`, { details: { field } });
  };
  if (!(r.threshold >= 0 && r.threshold <= 1)) bad("threshold", `must be in [0, 1] (got ${r.threshold})`);
  for (const [k, v] of Object.entries(weights)) if (!(v >= 0) || !Number.isFinite(v)) bad(`weights.${k}`, `must be a finite number ≥ 0 (got ${v})`);
  if (weights.entities + weights.names + weights.terms <= 0) bad("weights", "must not all be 0");
  if (!(r.windowDays > 0)) bad("windowDays", `must be > 0 (got ${r.windowDays})`);
  if (!Number.isInteger(r.maxCandidates) || r.maxCandidates < 1) bad("maxCandidates", `must be an integer ≥ 1 (got ${r.maxCandidates})`);
  return r;
}
