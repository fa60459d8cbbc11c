import { NewsfoldError } from "../errors.js";
import { FEATURE_NAMES, type FeatureName, type Features } from "./features.js";

/**
 * A linear model on named features, predicting the SemEval-2022 score turned around (`5 − score`:
 * 4 = very similar … 1 = very dissimilar). Weights are in scale points per unit of the raw feature.
 */
export interface LinearModel {
  readonly features: readonly FeatureName[];
  readonly weights: readonly number[];
  readonly intercept: number;
}

/** The overall score's model and each dimension's. */
export interface PairModels {
  readonly overall: LinearModel;
  readonly entities: LinearModel;
  readonly geography: LinearModel;
  /** Used only when no date gap is known; a known gap decides the time score on its own. */
  readonly time: LinearModel;
  readonly narrative: LinearModel;
}

/** What `similarity` combines its features with: fitted by eval/similarity-fit.ts into model.ts. */
export interface SimilarityModel extends PairModels {
  /** Bumped whenever the features change meaning; a model made for other features is refused. */
  readonly version: number;
  /**
   * Models for texts in different scripts, on SCRIPT_FREE_FEATURES only: the models above lean on word and
   * n-gram overlap, which such texts cannot have, and rated every such pair unrelated. Without them (a
   * model of one's own), the models above score those pairs too.
   */
  readonly acrossScripts?: PairModels;
  /** Largest scale (1 … 4) still called "same story", and still called "related". */
  readonly thresholds: { readonly sameStory: number; readonly related: number };
}

/** Features version of this code: models record it. */
export const FEATURES_VERSION = 2;

/** The prediction on the turned-around scale, clamped to [1, 4]. */
export function predict(model: LinearModel, features: Features): number {
  let y = model.intercept;
  for (let i = 0; i < model.features.length; i++) y += model.weights[i] * features[model.features[i]];
  return Math.min(4, Math.max(1, y));
}

/** A prediction in [1, 4] as a score in [0, 1]. */
export function toUnit(prediction: number): number {
  return (prediction - 1) / 3;
}

export function checkModel(model: SimilarityModel): void {
  if (model.version !== FEATURES_VERSION) {
    throw new NewsfoldError("similarity.model.version", `similarity: the model was fitted for features version ${model.version}, this code computes version ${FEATURES_VERSION}; refit it with \`node --import tsx eval/similarity-fit.ts --write\`.`);
  }
  const sets = model.acrossScripts === undefined ? [model] : [model, model.acrossScripts];
  for (const m of sets.flatMap((p) => [p.overall, p.entities, p.geography, p.time, p.narrative])) {
    if (m.features.length !== m.weights.length || m.features.some((f) => !FEATURE_NAMES.includes(f))) {
      throw new NewsfoldError("similarity.model.features", "similarity: a model names an unknown feature or its weights do not match its features; refit it with `node --import tsx eval/similarity-fit.ts --write`.");
    }
  }
}
