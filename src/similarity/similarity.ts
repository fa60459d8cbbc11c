import { prepareDocument, type PreparedDocument } from "./document.js";
import { inDifferentScripts, pairFeatures, TIME_SCALE_DAYS } from "./features.js";
import { checkModel, predict, toUnit, type SimilarityModel } from "./linear.js";
import { SIMILARITY_MODEL } from "./model.js";
import type { IdfTable, SimilarityInput, SimilarityReport, Verdict } from "./types.js";

export interface SimilarityOptions {
  /** Default: the model fitted on SemEval-2022 dev (model.ts). */
  model?: SimilarityModel;
  /**
   * Document frequencies per language (`createIdfTable`). Without one, or for a language with fewer
   * than MIN_LANGUAGE_DOCS documents in it, IDF comes from the two documents and short words are damped.
   */
  idf?: IdfTable;
}

/**
 * How alike two articles are, per dimension and overall, with the evidence. Pure: no I/O, no clock.
 * Pass `prepareDocument(article)` instead of the article when one article is compared many times.
 *
 * @example
 * const r = similarity(a, b, { idf });
 * r.verdict; // "related"
 * r.dimensions.entities.evidence.shared.map((e) => e.name); // ["Wang Yi", …]
 */
export function similarity(a: SimilarityInput | PreparedDocument, b: SimilarityInput | PreparedDocument, options: SimilarityOptions = {}): SimilarityReport {
  const model = options.model ?? SIMILARITY_MODEL;
  if (options.model !== undefined) checkModel(model);
  const pa = prepareDocument(a, { idf: options.idf });
  const pb = prepareDocument(b, { idf: options.idf });
  const f = pairFeatures(pa, pb, options.idf);
  const x = f.features;
  // Texts in two scripts share no word or n-gram: the models of what no script binds score them (SCRIPT_FREE_FEATURES).
  const models = inDifferentScripts(pa, pb) ? model.acrossScripts ?? model : model;
  const overallPrediction = f.text.copy ? 4 : predict(models.overall, x);
  const scale = 5 - overallPrediction;
  const gap = f.time.eventGapDays ?? f.time.publishedGapDays ?? f.time.leastGapDays;
  return {
    overall: toUnit(overallPrediction),
    scale,
    verdict: verdictOf(scale, gap, model),
    dimensions: {
      text: { score: Math.max(f.text.cosine ?? f.text.gramCosine, x.passageCoverage), evidence: f.text },
      entities: { score: toUnit(predict(models.entities, x)), evidence: f.entities },
      geography: { score: toUnit(predict(models.geography, x)), evidence: f.geography },
      // A known gap speaks for itself; without one the fitted estimate from the other evidence stands in.
      time: { score: gap === null ? toUnit(predict(models.time, x)) : Math.exp(-gap / TIME_SCALE_DAYS), evidence: f.time },
      narrative: { score: toUnit(predict(models.narrative, x)), evidence: f.narrative },
    },
  };
}

/**
 * Articles on one event appear within a day or two of it; a pair whose dates are surely further apart
 * reports two events (a meeting and next year's meeting of the same ministers) however alike the words.
 */
export const SAME_STORY_MAX_GAP_DAYS = 2;

/**
 * The verdict of a scale (thresholds fitted on SemEval dev, in the model), given the date gap in days
 * (exact or least possible; null when unknown): "same story" also needs dates that do not rule it out.
 */
export function verdictOf(scale: number, gapDays: number | null = null, model: SimilarityModel = SIMILARITY_MODEL): Verdict {
  if (scale <= model.thresholds.sameStory && (gapDays === null || gapDays <= SAME_STORY_MAX_GAP_DAYS)) return "same story";
  return scale <= model.thresholds.related ? "related" : "different";
}
