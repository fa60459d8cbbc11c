import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { evaluateExtraction } from "../../eval/extraction.js";
import { emptyMetadataAccuracy, scoreMetadata } from "../../eval/extraction-metadata.js";
import { countItem, normalizeForScoring, scoresOf, wrongSnippets } from "../../eval/extraction-score.js";
import { formatWorstPages } from "../../eval/extraction-report.js";
import type { PageScore } from "../../eval/extraction.js";
import { halfOf } from "../../eval/extraction-split.js";
import type { CleanedArticle } from "../../src/types.js";

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
  it("names the snippets a page lost and the boilerplate it kept", () => {
    const item = { file: "x.html", with: ["alpha beta", "gamma"], without: ["menu", "delta"] };
    assert.deepEqual(wrongSnippets(item, "alpha\nbeta delta"), { missed: ["gamma"], kept: ["delta"] });
    assert.deepEqual(wrongSnippets(item, null), { missed: ["alpha beta", "gamma"], kept: [] });
  });
  it("lists the worst pages of one half, most lost snippets first", () => {
    const page = (file: string, half: "tune" | "check", fp: number, fn: number): PageScore =>
      ({ file, url: file, half, lang: "en", fallback: false, tp: 2, fp, fn, tn: 0, missed: Array(fn).fill("lost line"), kept: Array(fp).fill("kept menu") });
    const text = formatWorstPages([page("a.html", "tune", 1, 0), page("b.html", "tune", 2, 1), page("c.html", "check", 5, 5), page("d.html", "tune", 0, 0)], 5, "tune");
    const listed = text.split("\n").filter((line) => line.endsWith(")")).map((line) => line.split(" ")[0]);
    assert.deepEqual(listed, ["b.html", "a.html"]);
    assert.match(text, /b\.html \[en\] P 0\.500 R 0\.667/u);
  });
  it("returns zero scores rather than dividing by zero", () => {
    assert.deepEqual(scoresOf({ tp: 0, fp: 0, fn: 0, tn: 0 }), { precision: 0, recall: 0, accuracy: 0, f1: 0 });
  });
});

describe("the tune/check split and metadata accuracy", () => {
  it("puts a page in a half by its file name alone, and splits names about evenly", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `site${i}.example.html`);
    assert.deepEqual(names.map(halfOf), names.map(halfOf));
    const tune = names.filter((name) => halfOf(name) === "tune").length;
    assert.ok(tune > 900 && tune < 1100, `${tune} of 2000 in the tune half`);
  });
  it("counts a field only where the label states it, and matches authors as a set of names", () => {
    const article = { title: "A  “Quoted” Title", published: { year: 2019, month: 8, day: 2 }, author: "Karin Fischer und Richard David Precht" } as CleanedArticle;
    const acc = emptyMetadataAccuracy();
    scoreMetadata(acc, { title: 'a "quoted" title', date: "2019-08-02", author: ["Richard David Precht", "Karin Fischer"] }, article);
    scoreMetadata(acc, { title: "", date: "2019-08-03", author: "" }, article);
    scoreMetadata(acc, { title: "Other", date: "2020-01-01", author: "Someone" }, null);
    assert.deepEqual(acc.title, { labelled: 2, correct: 1, missing: 1 });
    assert.deepEqual(acc.date, { labelled: 3, correct: 1, missing: 1 });
    assert.deepEqual(acc.author, { labelled: 2, correct: 1, missing: 1 });
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
