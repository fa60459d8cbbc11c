import { test } from "node:test";
import assert from "node:assert/strict";
import { pairFeatures, prepareDocument } from "../../src/similarity/index.js";
import { FLOOD_DE, FLOOD_EN, TENNIS_EN } from "./helpers.js";

test("the cross-lingual lead term is the lead cosine across languages and 0 within one", () => {
  const across = pairFeatures(prepareDocument(FLOOD_DE), prepareDocument(FLOOD_EN)).features;
  assert.equal(across.crossLingual, 1);
  assert.ok(across.leadCosine > 0);
  assert.equal(across.crossLingualLeadCosine, across.leadCosine);
  const within = pairFeatures(prepareDocument(FLOOD_EN), prepareDocument(TENNIS_EN)).features;
  assert.equal(within.crossLingualLeadCosine, 0);
});
