import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { evaluatePublicationDates, formatPublicationDates } from "../../eval/publication-dates.js";

// `newsfold eval dates` reads a checkout of htmldate's tests; here a made-up one of three pages.
describe("publication-date evaluation on htmldate's labelled pages", () => {
  it("scores the day found against the label, skips pages labelled NaN, and counts pages with no date as unanswered", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfold-dates-"));
    try {
      mkdirSync(join(dir, "tests", "test_set"), { recursive: true });
      const page = (head: string) => `<html><head>${head}</head><body><h1>Tram plan</h1><p>${"The council approved the plan after a long debate. ".repeat(6)}</p></body></html>`;
      writeFileSync(join(dir, "tests", "test_set", "a.html"), page(`<meta property="article:published_time" content="2020-03-04T10:00:00+01:00">`));
      writeFileSync(join(dir, "tests", "test_set", "b.html"), page(`<meta property="article:published_time" content="2020-03-05T10:00:00+01:00">`));
      writeFileSync(join(dir, "tests", "test_set", "c.html"), page(""));
      const labels = `{"https://example.org/a": {"file": "a.html", "date": "2020-03-04"}, "https://example.org/b": {"file": "b.html", "date": "2020-03-06"}, ` +
        `"https://example.org/c": {"file": "c.html", "date": "2020-03-07"}, "https://example.org/d": {"file": "a.html", "date": NaN}}`;
      writeFileSync(join(dir, "tests", "eval_mediacloud_2020.json"), labels);
      writeFileSync(join(dir, "tests", "eval_default.json"), "{}");
      const [news, rest] = evaluatePublicationDates(dir).sets;
      assert.deepEqual({ pages: news!.pages, answered: news!.answered, right: news!.right }, { pages: 3, answered: 2, right: 1 });
      assert.equal(rest!.pages, 0);
      assert.match(formatPublicationDates(evaluatePublicationDates(dir)), /\| 3 \| 0\.500 \| 0\.667 \| \*\*0\.333\*\* \|/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
