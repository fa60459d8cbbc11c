import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createStoryClusterer } from "../../src/stories/index.js";
import { isoToDays, partialDateFits } from "../../src/stories/dates.js";

const day = (iso: string) => isoToDays(iso) as number;

describe("dates without a year", () => {
  it("fit a story when some year puts them inside its window and after its event", () => {
    assert.equal(partialDateFits({ month: 9, day: 20 }, day("2021-09-17"), 30, day("2021-09-16")), day("2021-09-20"));
    assert.equal(partialDateFits({ month: 1, day: 2 }, day("2021-12-30"), 30, null), day("2022-01-02"), "the neighbouring year counts");
  });

  it("do not fit when every year puts them before the event or outside the window", () => {
    assert.equal(partialDateFits({ month: 9, day: 14 }, day("2021-09-17"), 30, day("2021-09-16")), null, "three days before the event it reports");
    assert.equal(partialDateFits({ month: 3, day: 1 }, day("2021-09-17"), 30, null), null, "half a year away in every year");
  });

  it("keep an article whose undated date cannot fit out of a story it resembles", () => {
    const base = { lang: "en", title: "Ministers meet in the capital", text: "The foreign ministers met in the capital and agreed to expand trade and transport links between their countries.", entities: [{ id: "person:x", type: "person" as const, salience: 1 }] };
    const clusterer = createStoryClusterer();
    const first = clusterer.add({ ...base, id: 1, published: "2021-09-17T15:56", eventDate: "2021-09-16" });
    const fits = clusterer.add({ ...base, id: 2, published: null, partialDate: { month: 9, day: 18 } });
    const misfit = clusterer.add({ ...base, id: 3, published: null, partialDate: { month: 9, day: 14 } });
    assert.equal(fits.storyId, first.storyId);
    assert.notEqual(misfit.storyId, first.storyId);
  });
});
