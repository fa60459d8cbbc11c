import type { FeatureName, Features, LinearModel } from "../src/similarity/index.js";
import { pearson } from "./entities-cv.js";

/**
 * Ridge regression (Hoerl & Kennard 1970) on standardised features, agreement features constrained to
 * weights ≥ 0, the penalty chosen by an inner cross-validation: small, deterministic, and its weights
 * read as scale points per unit of a feature.
 */

/** Penalties tried, on standardised features (sum-of-squares scale): from almost none to strong. */
export const RIDGE_LAMBDAS = [0.1, 1, 3, 10, 30, 100] as const;
/** Inner folds that choose the penalty on the training part of each outer fold. */
export const INNER_FOLDS = 4;

/** Coordinate-descent sweeps at most, and the weight change (standardised units) that counts as converged. */
const MAX_SWEEPS = 2000;
const TOLERANCE = 1e-10;

/**
 * Fit `target ≈ intercept + Σ w·x` with ridge penalty `lambda` on the rows `rows` (all when omitted),
 * weights of features outside `signed` kept ≥ 0. Cyclic coordinate descent on standardised features
 * (Friedman, Hastie & Tibshirani 2010), where the constraint is one clamp per update; deterministic.
 */
export function fitRidge(x: readonly Features[], target: readonly number[], names: readonly FeatureName[], lambda: number, rows?: readonly number[], signed: ReadonlySet<FeatureName> = new Set()): LinearModel {
  const idx = rows ?? x.map((_, i) => i);
  const p = names.length;
  const n = idx.length;
  const mean = new Float64Array(p);
  const sd = new Float64Array(p);
  let my = 0;
  for (const i of idx) {
    my += target[i];
    for (let j = 0; j < p; j++) mean[j] += x[i][names[j]];
  }
  my /= n;
  for (let j = 0; j < p; j++) mean[j] /= n;
  for (const i of idx) for (let j = 0; j < p; j++) sd[j] += (x[i][names[j]] - mean[j]) ** 2;
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(sd[j] / n) || 1; // a constant feature ends with weight 0 anyway
  const z = names.map((f, j) => Float64Array.from(idx, (i) => (x[i][f] - mean[j]) / sd[j]));
  const residual = Float64Array.from(idx, (i) => target[i] - my);
  const beta = new Float64Array(p);
  const nonNegative = names.map((f) => !signed.has(f));
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let change = 0;
    for (let j = 0; j < p; j++) {
      const zj = z[j];
      let rho = 0;
      let ss = 0;
      for (let k = 0; k < n; k++) (rho += zj[k] * (residual[k] + zj[k] * beta[j])), (ss += zj[k] * zj[k]);
      let next = ss + lambda === 0 ? 0 : rho / (ss + lambda);
      if (nonNegative[j] && next < 0) next = 0;
      const delta = next - beta[j];
      if (delta !== 0) {
        for (let k = 0; k < n; k++) residual[k] -= delta * zj[k];
        beta[j] = next;
        change = Math.max(change, Math.abs(delta));
      }
    }
    if (change < TOLERANCE) break;
  }
  const weights = Array.from(beta, (b, j) => b / sd[j]);
  const intercept = my - weights.reduce((s, w, j) => s + w * mean[j], 0);
  return { features: [...names], weights, intercept };
}

/** Unclamped prediction (the fit's own scale); `predict` in similarity clamps to [1, 4]. */
export function linear(model: LinearModel, f: Features): number {
  let y = model.intercept;
  for (let j = 0; j < model.features.length; j++) y += model.weights[j] * f[model.features[j]];
  return y;
}

/** The penalty whose inner-CV predictions on `rows` correlate best with the target. */
export function chooseLambda(x: readonly Features[], target: readonly number[], names: readonly FeatureName[], rows: readonly number[], innerFold: readonly number[], signed?: ReadonlySet<FeatureName>): number {
  let best: number = RIDGE_LAMBDAS[0];
  let bestR = -Infinity;
  for (const lambda of RIDGE_LAMBDAS) {
    const pred: number[] = [];
    const truth: number[] = [];
    for (let k = 0; k < INNER_FOLDS; k++) {
      const train = rows.filter((i) => innerFold[i] !== k);
      const test = rows.filter((i) => innerFold[i] === k);
      const m = fitRidge(x, target, names, lambda, train, signed);
      for (const i of test) pred.push(clamp(linear(m, x[i]))), truth.push(target[i]);
    }
    const r = pearson(pred, truth);
    if (r > bestR) (bestR = r), (best = lambda);
  }
  return best;
}

export interface CrossValidatedModel {
  /** Out-of-fold prediction of every pair, clamped to [1, 4]. */
  predictions: number[];
  /** The penalty chosen in each outer fold. */
  lambdas: number[];
  /** Fitted on all pairs, with the penalty chosen by CV on all pairs: the one to ship. */
  model: LinearModel;
  lambda: number;
}

/** Outer `folds`-fold CV (penalty chosen inside each training part), then the final fit on all pairs. */
export function crossValidateRidge(x: readonly Features[], target: readonly number[], names: readonly FeatureName[], fold: readonly number[], innerFold: readonly number[], signed?: ReadonlySet<FeatureName>): CrossValidatedModel {
  const nFolds = Math.max(...fold) + 1;
  const predictions = new Array<number>(x.length).fill(0);
  const lambdas: number[] = [];
  for (let k = 0; k < nFolds; k++) {
    const train = x.map((_, i) => i).filter((i) => fold[i] !== k);
    const lambda = chooseLambda(x, target, names, train, innerFold, signed);
    lambdas.push(lambda);
    const m = fitRidge(x, target, names, lambda, train, signed);
    for (let i = 0; i < x.length; i++) if (fold[i] === k) predictions[i] = clamp(linear(m, x[i]));
  }
  const all = x.map((_, i) => i);
  const lambda = chooseLambda(x, target, names, all, innerFold, signed);
  return { predictions, lambdas, model: fitRidge(x, target, names, lambda, undefined, signed), lambda };
}

export function clamp(y: number): number {
  return Math.min(4, Math.max(1, y));
}

/**
 * The largest predicted scale (1 … 4) to call positive, maximising F1 against `positive` (a human
 * judgement): how the verdict thresholds are set, on out-of-fold predictions.
 */
export function bestThreshold(scale: readonly number[], positive: readonly boolean[]): { threshold: number; f1: number } {
  const candidates = [...new Set(scale.map((s) => Math.round(s * 100) / 100))].sort((a, b) => a - b);
  let best = { threshold: candidates[0] ?? 1, f1: -1 };
  const totalPos = positive.filter(Boolean).length;
  for (const t of candidates) {
    let tp = 0;
    let fp = 0;
    for (let i = 0; i < scale.length; i++) if (scale[i] <= t) positive[i] ? tp++ : fp++;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + (totalPos - tp));
    if (f1 > best.f1) best = { threshold: t, f1 };
  }
  return best;
}
