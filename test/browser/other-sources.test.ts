import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { fold } from "../../src/fold.js";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { tempDir } from "../helpers/cli.js";
import { BROWSER_SKIP, CHROMIUM, LAPTOP, LAUNCH_ARGS, ready } from "./browser-helpers.js";

describe("other sources in the web UI", { skip: BROWSER_SKIP }, () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;
  const problems: string[] = [];

  before(async () => {
    dir = tempDir("newsfold-browser-sources-");
    mkdirSync(join(dir, "crawl"));
    for (const name of ["a.txt", "b.txt", "c.txt"]) {
      writeFileSync(join(dir, "crawl", name), "Ministers of five countries met in Astana on Tuesday and agreed to share the river's water.");
    }
    await fold([join(dir, "crawl")], { store: { type: "sqlite", path: join(dir, "store.db") } });
    server = await startServer({ store: { type: "sqlite", path: join(dir, "store.db") }, port: 0, log: () => {} });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("lists every other path of the identical document in the provenance panel", async () => {
    const page: Page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${server.url}/articles/1`);
    await ready(page);
    const listed = await page.locator("#s-provenance ~ .facts .sources li").allTextContents();
    assert.deepEqual(listed, [join(dir, "crawl", "b.txt"), join(dir, "crawl", "c.txt")]);
    assert.deepEqual(problems, []);
  });
});
