import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fold } from "../../src/fold.js";
import { tempDir } from "../helpers/cli.js";
import { BROWSER_SKIP, laptopPage, ready, serveInBrowser } from "./browser-helpers.js";

describe("other sources in the web UI", { skip: BROWSER_SKIP }, () => {
  let served: Awaited<ReturnType<typeof serveInBrowser>>;
  let dir: string;
  const problems: string[] = [];

  before(async () => {
    dir = tempDir("newsfold-browser-sources-");
    mkdirSync(join(dir, "crawl"));
    for (const name of ["a.txt", "b.txt", "c.txt"]) {
      writeFileSync(join(dir, "crawl", name), "Ministers of five countries met in Astana on Tuesday and agreed to share the river's water.");
    }
    await fold([join(dir, "crawl")], { store: { type: "sqlite", path: join(dir, "store.db") } });
    served = await serveInBrowser(join(dir, "store.db"), dir);
  });

  after(async () => {
    await served?.close();
  });

  it("lists every other path of the identical document in the provenance panel", async () => {
    const page = await laptopPage(served.browser, problems);
    await page.goto(`${served.server.url}/articles/1`);
    await ready(page);
    const listed = await page.locator("#s-provenance ~ .facts .sources li").allTextContents();
    assert.deepEqual(listed, [join(dir, "crawl", "b.txt"), join(dir, "crawl", "c.txt")]);
    assert.deepEqual(problems, []);
  });
});
