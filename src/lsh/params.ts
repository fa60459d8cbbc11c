import { NewsfoldError } from "../errors.js";

/** Weights of the two error areas under the S-curve when deriving bands × rows from a threshold. */
export interface LshWeights {
  falsePositiveWeight: number;
  falseNegativeWeight: number;
}

/**
 * Default weights: recall matters far more than candidate count because every candidate is verified
 * exactly (cheap when few) while a missed pair is lost for good. With 128 permutations at 0.8 these
 * pick 17 bands × 7 rows: P(candidate | J=0.8) = 0.982, J=0.85: 0.999, J=0.5: 0.125, J=0.3: 0.004.
 * datasketch's 0.5/0.5 picks 9 × 13, which finds a J=0.8 pair only 40% of the time; 0.05/0.95 picks
 * 16 × 8 (0.947 at J=0.8), just short of the 0.95 recall bar on pairs sitting at the threshold.
 */
export const DEFAULT_LSH_WEIGHTS: Readonly<LshWeights> = Object.freeze({ falsePositiveWeight: 0.02, falseNegativeWeight: 0.98 });
/** Simpson intervals for the S-curve integrals; the curve is smooth, 200 gives ~1e-9 accuracy. */
const INTEGRATION_STEPS = 200;

/** Probability that a pair of Jaccard `s` shares at least one band of `rows` rows among `bands` (MMDS ch. 3). */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

/**
 * Bands and rows minimising the weighted false positive and false negative areas of the S-curve,
 * integrated below and above the threshold, over every b·r ≤ numPerm — as datasketch's
 * `_optimal_param` does (there with scipy.integrate.quad, here with Simpson's rule).
 */
export function optimalBandsRows(threshold: number, numPerm: number, weights: Partial<LshWeights> = {}): { bands: number; rows: number } {
  if (!(threshold > 0 && threshold < 1)) {
    throw new NewsfoldError("lsh.params.invalid", `optimalBandsRows: threshold must be in (0, 1), got ${threshold}; pass e.g. 0.8.`);
  }
  if (!Number.isInteger(numPerm) || numPerm < 1) {
    throw new NewsfoldError("lsh.params.invalid", `optimalBandsRows: numPerm must be a positive integer, got ${numPerm}.`);
  }
  const wfp = weights.falsePositiveWeight ?? DEFAULT_LSH_WEIGHTS.falsePositiveWeight;
  const wfn = weights.falseNegativeWeight ?? DEFAULT_LSH_WEIGHTS.falseNegativeWeight;
  // The search integrates thousands of S-curves (tens of milliseconds): every index built with the same settings reuses it.
  const key = solvedKey(threshold, numPerm, wfp, wfn);
  let best = solved.get(key);
  if (!best) {
    best = searchBandsRows(threshold, numPerm, wfp, wfn);
    solved.set(key, best);
  }
  return { ...best };
}

/** The search behind `optimalBandsRows`, uncached (exported so a test can check the seeded defaults against it). */
export function searchBandsRows(threshold: number, numPerm: number, wfp: number, wfn: number): { bands: number; rows: number } {
  let best = { bands: 1, rows: numPerm };
  let bestError = Infinity;
  for (let bands = 1; bands <= numPerm; bands++) {
    const maxRows = Math.floor(numPerm / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const fp = integrate((s) => candidateProbability(s, bands, rows), 0, threshold);
      const fn = integrate((s) => 1 - candidateProbability(s, bands, rows), threshold, 1);
      const error = fp * wfp + fn * wfn;
      if (error < bestError) {
        bestError = error;
        best = { bands, rows };
      }
    }
  }
  return best;
}

const solvedKey = (threshold: number, numPerm: number, wfp: number, wfn: number): string => `${threshold}/${numPerm}/${wfp}/${wfn}`;

/**
 * Seeded with the defaults (threshold 0.8, 128 values, the default weights: 17 × 7), which every process
 * and worker thread would otherwise search for at start-up (~40 ms of CPU each); test/lsh checks the seed
 * against the search.
 */
export const SEEDED_BANDS_ROWS: ReadonlyArray<{ threshold: number; numPerm: number; bands: number; rows: number }> = [{ threshold: 0.8, numPerm: 128, bands: 17, rows: 7 }];
const solved = new Map<string, { bands: number; rows: number }>(
  SEEDED_BANDS_ROWS.map((s) => [solvedKey(s.threshold, s.numPerm, DEFAULT_LSH_WEIGHTS.falsePositiveWeight, DEFAULT_LSH_WEIGHTS.falseNegativeWeight), { bands: s.bands, rows: s.rows }]),
);

function integrate(f: (x: number) => number, a: number, b: number): number {
  const h = (b - a) / INTEGRATION_STEPS;
  let sum = f(a) + f(b);
  for (let i = 1; i < INTEGRATION_STEPS; i++) sum += f(a + i * h) * (i % 2 === 1 ? 4 : 2);
  return (sum * h) / 3;
}
