import { entitiesEvidence, geographyEvidence, jaccard, narrativeEvidence, timeEvidence } from "./dimensions.js";
import { dot, type PreparedDocument } from "./document.js";
import { pairVectors, sameLanguage, sharedPassages, sortedJaccard } from "./text.js";
import type { EntitiesEvidence, GeographyEvidence, IdfTable, NarrativeEvidence, TextEvidence, TimeEvidence } from "./types.js";

/**
 * Knots of the piecewise-linear terms of the cosines: humans' scores rise steeply between cosines of
 * about 0.2 and 0.4 and flatten above (binned on SemEval dev), which a straight line cannot follow.
 */
const COSINE_KNOTS = [0.2, 0.4] as const;
/** A cosine's part between the knots, and above the upper one. */
const middle = (c: number) => Math.min(COSINE_KNOTS[1] - COSINE_KNOTS[0], Math.max(0, c - COSINE_KNOTS[0]));
const over = (c: number) => Math.max(0, c - COSINE_KNOTS[1]);
/**
 * Share of the shorter text inside shared passages from which a pair is a copy (the copies stage's
 * "near" or "contained"), provided the shorter text's opening is shared too: the same story by
 * definition, scale 1 whatever the model says. Two pages of one site template around different
 * articles share most of their words but not their openings (SemEval dev holds four, rated by the
 * articles people saw, 3 to 4); a reprint or a wire copy carries its opening along. The model alone
 * cannot learn the rule from so few pairs (eval/similarity.ts reports the figure with and without it).
 */
export const COPY_COVERAGE = 0.8;

/** Whether a pair is a copy (see COPY_COVERAGE). */
export function isCopy(f: Features): boolean {
  return f.passageCoverage >= COPY_COVERAGE && f.openingShared === 1;
}

/** Days over which a date gap's closeness falls to 1/e: news of one event spans about a week. */
export const TIME_SCALE_DAYS = 7;

/**
 * The features of a pair, in the order the model's weights use. Every one is language-neutral or says
 * which languages it needs; all lie in [0, 1] except the length terms.
 */
export const FEATURE_NAMES = [
  "wordCosine", // TF-IDF cosine of folded word prefixes, within one language (0 across languages: see crossLingualWordCosine)
  "wordCosineTo20", // wordCosine up to the lower knot; with the two parts below, a monotone piecewise-linear curve
  "wordCosine20To40", // the part between the knots (0 below, 0.2 above)
  "wordCosineOver40", // the part above the upper knot
  "gramCosine", // TF-IDF cosine of character 4-grams
  "gramCosineTo20",
  "gramCosine20To40",
  "gramCosineOver40",
  "leadCosine", // the same on the first LEAD_WORDS words (title included)
  "passageCoverage", // share of the shorter side's words inside shared passages (copies, quotes, wire text)
  "openingShared", // 1 when the shorter side's first word lies in a shared passage (see isCopy)
  "entityOverlap", // enrich's salience-weighted Jaccard of entities and names
  "geographyOverlap", // enrich's place overlap with names as back-off
  "nameJaccard", // proper names both use
  "numberJaccard", // numbers both write
  "titleJaccard", // title words both use (0 without titles)
  "keywordJaccard", // the KEYWORDS heaviest terms both have
  "dateCloseness", // exp(−gap / TIME_SCALE_DAYS) of the (least possible) date gap, 0 when unknown
  "crossLingual", // 1 when the languages differ: word overlap means less there
  // The three cosines across languages (0 within one), where they see names, numbers and cognates, each with its
  // own non-negative weight: signed corrections of the within-language slopes turned the score down as two
  // German and English texts shared more words, a fit of dev's de-en pairs (word cosine below 0.26) that a pair of
  // closely related languages (Spanish and Italian, cosines well above) would have met head on.
  "crossLingualWordCosine",
  "crossLingualGramCosine",
  "crossLingualLeadCosine",
  "lengthRatio", // |ln(words A / words B)|: a brief and a long report of one event differ more
  "logShorterLength", // ln(words of the shorter side): short texts share less by chance and by design
  "dateKnown", // 1 when a date gap (or its least possible value) is known
] as const;

/**
 * Features whose weight may take either sign. Every other feature measures agreement and gets a weight
 * ≥ 0, so more agreement never lowers a score and identical articles score highest (an unconstrained
 * fit turned down at cosines above 0.4, where the dev set has few pairs, and rated a text against
 * itself below some of its neighbours).
 */
export const SIGNED_FEATURES: ReadonlySet<FeatureName> = new Set<FeatureName>([
  "crossLingual", "lengthRatio", "logShorterLength", "dateKnown",
  "passageCoverage", "openingShared", "nameJaccard", "keywordJaccard", "geographyOverlap",
]);

/**
 * Features two texts in different scripts can still have: people, places and dates are keyed across scripts
 * (Ван И = Wang Yi = 王毅), numbers are read in ASCII digits, and the language pair is known. Every other
 * feature compares words or characters, and is 0 for a Chinese and an English report of one event: the models
 * such pairs are scored by (`SimilarityModel.acrossScripts`) are fitted on these alone.
 */
export const SCRIPT_FREE_FEATURES: ReadonlySet<FeatureName> = new Set<FeatureName>([
  "entityOverlap", "geographyOverlap", "numberJaccard", "dateCloseness", "dateKnown", "crossLingual",
]);

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** Every feature of a pair, with the evidence they were computed from. */
export interface PairFeatures {
  features: Features;
  text: TextEvidence;
  entities: EntitiesEvidence;
  geography: GeographyEvidence;
  time: TimeEvidence;
  narrative: NarrativeEvidence;
}

export function pairFeatures(a: PreparedDocument, b: PreparedDocument, idf?: IdfTable): PairFeatures {
  const [va, vb] = pairVectors(a, b, idf);
  // Unit vectors: rounding can push a self-cosine a hair above 1.
  const wordCosine = Math.min(1, dot(va.terms, vb.terms));
  const gramCosine = Math.min(1, dot(va.grams, vb.grams));
  const passages = sharedPassages(a, b);
  const entities = entitiesEvidence(a, b, idf);
  const geography = geographyEvidence(a, b, idf);
  const time = timeEvidence(a, b);
  const narrative = narrativeEvidence(a, b);
  const cross = sameLanguage(a.lang, b.lang) ? 0 : 1;
  const gap = time.eventGapDays ?? time.publishedGapDays ?? time.leastGapDays;
  const na = Math.max(1, a.words.length);
  const nb = Math.max(1, b.words.length);
  const leadCosine = Math.min(1, dot(va.lead, vb.lead));
  // Within one language the cosine features carry the cosines; across languages the crossLingual ones do, each with
  // its own weight (see SIGNED_FEATURES): one regime's slopes never correct the other's.
  const same = 1 - cross;
  const features: Features = {
    wordCosine: same * wordCosine,
    gramCosine: same * gramCosine,
    leadCosine: same * leadCosine,
    passageCoverage: Math.max(passages.coverageA, passages.coverageB),
    openingShared: passages.openingShared ? 1 : 0,
    entityOverlap: entities.overlap,
    geographyOverlap: geography.overlap,
    nameJaccard: jaccard(a.names, b.names),
    numberJaccard: jaccard(a.numbers, b.numbers),
    titleJaccard: narrative.titleOverlap ?? 0,
    keywordJaccard: sortedJaccard(va.keywords, vb.keywords),
    wordCosineTo20: same * Math.min(wordCosine, COSINE_KNOTS[0]),
    wordCosine20To40: same * middle(wordCosine),
    wordCosineOver40: same * over(wordCosine),
    gramCosineTo20: same * Math.min(gramCosine, COSINE_KNOTS[0]),
    gramCosine20To40: same * middle(gramCosine),
    gramCosineOver40: same * over(gramCosine),
    crossLingual: cross,
    crossLingualWordCosine: cross * wordCosine,
    crossLingualGramCosine: cross * gramCosine,
    crossLingualLeadCosine: cross * leadCosine,
    lengthRatio: Math.abs(Math.log(na / nb)),
    logShorterLength: Math.log(Math.min(na, nb)),
    dateKnown: gap === null ? 0 : 1,
    dateCloseness: gap === null ? 0 : Math.exp(-gap / TIME_SCALE_DAYS),
  };
  return {
    features,
    text: { ...passages, cosine: cross === 0 ? wordCosine : null, gramCosine, copy: isCopy(features), scripts: [a.script, b.script] },
    entities,
    geography,
    time,
    narrative,
  };
}

/** Both texts have letters, and most of them are in different scripts. */
export function inDifferentScripts(a: PreparedDocument, b: PreparedDocument): boolean {
  return a.script !== "" && b.script !== "" && a.script !== b.script;
}
