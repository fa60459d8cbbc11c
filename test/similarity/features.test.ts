import { test } from "node:test";
import assert from "node:assert/strict";
import { COPY_COVERAGE, SIGNED_FEATURES, SIMILARITY_MODEL, pairFeatures, prepareDocument, similarity } from "../../src/similarity/index.js";
import { article, FLOOD_DE, FLOOD_EN, TENNIS_EN } from "./helpers.js";

test("across languages the cosines are carried by the cross-lingual features, within one by the others", () => {
  const across = pairFeatures(prepareDocument(FLOOD_DE), prepareDocument(FLOOD_EN));
  assert.equal(across.features.crossLingual, 1);
  assert.ok(across.features.crossLingualLeadCosine > 0 && across.features.crossLingualGramCosine > 0);
  for (const name of ["wordCosine", "gramCosine", "leadCosine", "wordCosineTo20", "gramCosineTo20"] as const) assert.equal(across.features[name], 0, name);
  assert.equal(across.text.gramCosine, across.features.crossLingualGramCosine);
  const within = pairFeatures(prepareDocument(FLOOD_EN), prepareDocument(TENNIS_EN)).features;
  assert.equal(within.crossLingual, 0);
  assert.ok(within.leadCosine > 0);
  for (const name of ["crossLingualWordCosine", "crossLingualGramCosine", "crossLingualLeadCosine"] as const) assert.equal(within[name], 0, name);
});

test("no weight of the shipped models lowers a score as two texts share more, in either language regime", () => {
  for (const models of [SIMILARITY_MODEL, SIMILARITY_MODEL.acrossScripts!]) {
    for (const m of [models.overall, models.entities, models.geography, models.time, models.narrative]) {
      m.features.forEach((f, i) => assert.ok(SIGNED_FEATURES.has(f) || m.weights[i] >= 0, `${f}: ${m.weights[i]}`));
    }
  }
});

const BOILERPLATE =
  "To improve our website and show you relevant news and advertising we collect anonymous data about your visits. " +
  "You can change your cookie settings at any time in your browser. By continuing to use this site you agree to our terms of use and privacy policy. " +
  "Registered users can read up to three reports a month. Enter your details below for immediate access to our newsletters and archives.";

test("a reprint that carries its opening is a copy; two template pages around different headlines are not", () => {
  const wire = article("Passau floods", `${FLOOD_EN.text} ${FLOOD_EN.text}`, "en");
  const reprint = article("Passau floods", `${FLOOD_EN.text} ${FLOOD_EN.text} Reprinted with permission.`, "en");
  const copy = similarity(wire, reprint).dimensions.text.evidence;
  assert.ok(copy.openingShared && copy.copy);
  const pageA = article("", `Oil prices set to outperform next year. ${BOILERPLATE}`, "en");
  const pageB = article("", `Further slowdown in 2020 with a new threat. ${BOILERPLATE}`, "en");
  const template = similarity(pageA, pageB).dimensions.text.evidence;
  assert.ok(Math.max(template.coverageA, template.coverageB) >= COPY_COVERAGE, "they share most of their words");
  assert.equal(template.openingShared, false);
  assert.equal(template.copy, false);
});
