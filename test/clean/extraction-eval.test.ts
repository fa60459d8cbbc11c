import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { evaluateExtraction } from "../../eval/extraction.js";
import { countItem, normalizeForScoring, scoresOf } from "../../eval/extraction-score.js";

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../shared/data/extraction/trafilatura");
/** Pages in the sample: enough to catch a broken extractor, fast enough for every test run. */
const SAMPLE_PAGES = 40;
/** The full set scores about 0.90; a sample of 40 varies, and anything under this is a regression. */
const F1_FLOOR = 0.8;

describe("extraction scoring mirrors trafilatura's evaluation", () => {
  it("collapses whitespace like Python's re.sub(r'\\s+', ' ', s).strip()", () => {
    assert.equal(normalizeForScoring("  a\n\tb\u00a0 c  "), "a b c");
  });
  it("counts snippets found and missed per page", () => {
    const item = { file: "x.html", with: ["alpha beta", "gamma"], without: ["menu", "delta"] };
    assert.deepEqual(countItem(item, "alpha\nbeta delta"), { tp: 1, fp: 1, fn: 1, tn: 1 });
    assert.deepEqual(countItem(item, null), { tp: 0, fp: 0, fn: 2, tn: 2 });
  });
  it("returns zero scores rather than dividing by zero", () => {
    assert.deepEqual(scoresOf({ tp: 0, fp: 0, fn: 0, tn: 0 }), { precision: 0, recall: 0, accuracy: 0, f1: 0 });
  });
});

describe("extraction quality on a sample of trafilatura's labelled pages", () => {
  it(`scores F1 above ${F1_FLOOR} on the first ${SAMPLE_PAGES} pages`, async (t) => {
    if (!existsSync(join(DATA_DIR, "evaldata.json"))) {
      t.skip(`evaluation data not found at ${DATA_DIR} (shared/data is not checked out here)`);
      return;
    }
    const result = await evaluateExtraction({ dataDir: DATA_DIR, limit: SAMPLE_PAGES });
    assert.equal(result.pages, SAMPLE_PAGES);
    assert.equal(result.missing, 0);
    assert.ok(result.f1 > F1_FLOOR, `F1 ${result.f1.toFixed(3)} (P ${result.precision.toFixed(3)}, R ${result.recall.toFixed(3)})`);
  });
});
