/**
 * Cross-validation for scores whose parameters were fitted on the data they are judged on: folds by
 * pair, the best candidate chosen on the other folds scores each fold, and the out-of-fold scores are
 * pooled into one Pearson. The honest figure next to an in-sample one.
 */

/** Folds of the cross-validation: 5 keeps 80 % of the pairs for fitting, the usual choice. */
export const CV_FOLDS = 5;

/** The fold of a pair, from its id alone (FNV-1a): the same on every run and every machine. */
export function foldOf(id: string, folds: number = CV_FOLDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

/** Pearson's r; NaN when either side is constant. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n === 0 || n !== ys.length) return Number.NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) (mx += xs[i]!), (my += ys[i]!);
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

export interface CrossValidated<P> {
  /** Out-of-fold score of every pair: each from the candidate fitted on the other folds. */
  predictions: number[];
  /** The candidate chosen on each fold's complement. */
  perFold: P[];
  /** The candidate fitted on all pairs (what to ship), and its in-sample Pearson. */
  best: P;
  bestInSample: number;
}

/**
 * Choose among `candidates` by Pearson against `truth`, `CV_FOLDS`-fold by `folds[i]`.
 * `score(c)` gives a candidate's scores for all pairs (computed once per candidate).
 */
export function crossValidate<P>(candidates: readonly P[], score: (c: P) => readonly number[], truth: readonly number[], folds: readonly number[]): CrossValidated<P> {
  if (candidates.length === 0) throw new Error("crossValidate: no candidates; pass at least one parameter set");
  const scores = candidates.map(score);
  const nFolds = Math.max(...folds) + 1;
  const pick = (keep: (i: number) => boolean): number => {
    const idx = truth.map((_, i) => i).filter(keep);
    const t = idx.map((i) => truth[i]!);
    let best = 0;
    let bestR = -Infinity;
    for (let c = 0; c < scores.length; c++) {
      const r = pearson(idx.map((i) => scores[c]![i]!), t);
      if (r > bestR) (best = c), (bestR = r);
    }
    return best;
  };
  const predictions = new Array<number>(truth.length).fill(0);
  const perFold: P[] = [];
  for (let f = 0; f < nFolds; f++) {
    const c = pick((i) => folds[i] !== f);
    perFold.push(candidates[c]!);
    for (let i = 0; i < truth.length; i++) if (folds[i] === f) predictions[i] = scores[c]![i]!;
  }
  const all = pick(() => true);
  return { predictions, perFold, best: candidates[all]!, bestInSample: pearson(scores[all]!, truth) };
}

/** Every combination of the listed values: `grid({ a: [1, 2], b: [3] })` → `[{ a: 1, b: 3 }, { a: 2, b: 3 }]`. */
export function grid<T extends Record<string, readonly unknown[]>>(axes: T): { [K in keyof T]: T[K][number] }[] {
  let out: Record<string, unknown>[] = [{}];
  for (const [k, values] of Object.entries(axes)) out = out.flatMap((o) => values.map((v) => ({ ...o, [k]: v })));
  return out as { [K in keyof T]: T[K][number] }[];
}
