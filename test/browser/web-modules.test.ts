import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { tempDir } from "../helpers/cli.js";
import { BROWSER_SKIP, CHROMIUM, LAUNCH_ARGS } from "./browser-helpers.js";


/**
 * The UI's pure helpers, run where they run for real: imported by the browser from the server (the UI is
 * plain browser JavaScript, outside the TypeScript build). Each case calls one exported function.
 */
describe("web UI modules", { skip: BROWSER_SKIP }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let dir: string;

  /** Calls `fn(...args)` exported by the web module at `path`, in the page. */
  const call = (path: string, fn: string, ...args: unknown[]): Promise<unknown> =>
    page.evaluate(
      async ([p, f, a]) => {
        const mod = (await import(p as string)) as Record<string, (...x: unknown[]) => unknown>;
        return mod[f as string](...(a as unknown[]));
      },
      [path, fn, args] as const,
    );

  before(async () => {
    dir = tempDir("newsfold-web-modules-");
    server = await startServer({ store: { type: "sqlite", path: join(dir, "empty.db") }, port: 0, log: () => {} });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage();
    await page.goto(`${server.url}/`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("folds copies under their canonical article and keeps publication order", async () => {
    const member = (id: number, groupId: number | null, copyKind: string | null) => ({ id, groupId, copyKind, title: `a${id}` });
    const entries = (await call("/pages/story.js", "foldCopies", [
      member(1, null, null),
      member(2, 7, "canonical"),
      member(3, 7, "exact"),
      member(4, 9, "near"), // its canonical article is in another story: shown as an entry of its own
      member(5, 7, "near"),
    ])) as { article: { id: number }; copies: { id: number }[] }[];
    assert.deepEqual(
      entries.map((e) => [e.article.id, e.copies.map((c) => c.id)]),
      [
        [1, []],
        [2, [3, 5]],
        [4, []],
      ],
    );
  });

  it("charts every month between the first and the last, empty months included", async () => {
    const bars = (await call("/chart.js", "fillMonths", [
      { month: "2021-11", articles: 2 },
      { month: "2022-02", articles: 5 },
    ])) as { label: string; articles: number }[];
    assert.deepEqual(bars, [
      { label: "2021-11", articles: 2 },
      { label: "2021-12", articles: 0 },
      { label: "2022-01", articles: 0 },
      { label: "2022-02", articles: 5 },
    ]);
  });

  it("counts per year when months would be too many to draw", async () => {
    const bars = (await call("/chart.js", "fillMonths", [
      { month: "1990-01", articles: 1 },
      { month: "1990-06", articles: 2 },
      { month: "2021-03", articles: 4 },
    ])) as { label: string; articles: number }[];
    assert.equal(bars.length, 2021 - 1990 + 1);
    assert.deepEqual(bars[0], { label: "1990", articles: 3 });
    assert.deepEqual(bars.at(-1), { label: "2021", articles: 4 });
  });

  it("frames the places with a margin, never less than the minimum window, never outside the world", async () => {
    type View = { x: number; y: number; width: number; height: number };
    const one = (await call("/map.js", "viewWindow", [{ lon: 4.8, lat: 45.8 }])) as View;
    assert.ok(one.width >= 40 && one.height >= 24, "one city is shown with its surroundings");
    assert.ok(one.x < 4.8 && one.x + one.width > 4.8 && one.y < -45.8 && one.y + one.height > -45.8, "the place is inside");
    const spread = (await call("/map.js", "viewWindow", [
      { lon: -170, lat: -80 },
      { lon: 175, lat: 85 },
    ])) as View;
    assert.ok(spread.x >= -180 && spread.x + spread.width <= 180 && spread.y >= -90 && spread.y + spread.height <= 90);
  });

  it("draws a GeoJSON multipolygon as one path, latitude turned into screen y", async () => {
    const d = await call("/map.js", "geometryPath", {
      type: "MultiPolygon",
      coordinates: [
        [[[0, 0], [10, 0], [10, 10], [0, 0]]],
        [[[20.04, 50.06], [21, 50], [21, 51], [20.04, 50.06]]],
      ],
    });
    assert.equal(d, "M0 0L10 0L10 -10L0 0ZM20 -50.1L21 -50L21 -51L20 -50.1Z");
  });

  it("marks ranges given in document offsets inside a slice of the document, clipping overlaps", async () => {
    const marked = await page.evaluate(async () => {
      const { highlighted } = (await import("/highlight.js" as string)) as {
        highlighted: (t: string, base: number, r: { start: number; end: number }[], wrap: (r: unknown, s: string) => unknown) => { textContent: string; nodeName: string }[];
      };
      const { h } = (await import("/dom.js" as string)) as { h: (tag: string, attrs: object, text: string) => unknown };
      // The title "Title" and a blank line come first: the body starts at offset 7.
      const nodes = highlighted("alpha beta gamma", 7, [{ start: 13, end: 17 }, { start: 7, end: 12 }, { start: 15, end: 23 }], (_r, s) => h("mark", {}, s));
      return nodes.map((n) => `${n.nodeName === "MARK" ? "[" : ""}${n.textContent}${n.nodeName === "MARK" ? "]" : ""}`).join("");
    });
    assert.equal(marked, "[alpha] [beta][ gamma]");
  });
});
