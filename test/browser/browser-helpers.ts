import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/http/server.js";
import { REPO_ROOT } from "../helpers/cli.js";

/** Debian's chromium, driven by playwright-core (no browser download); CI installs it (.ci/run). */
export const CHROMIUM = process.env.NEWSFOLD_CHROMIUM ?? "/usr/bin/chromium";
/** Why the browser suites skip, if they do: "browser: …", counted by `npm test` and refused by `.ci/run` (scripts/test.mjs). */
export const BROWSER_SKIP = existsSync(CHROMIUM) ? false : `browser: no chromium at ${CHROMIUM}: apt-get install chromium (or set NEWSFOLD_CHROMIUM)`;
/** Headless, and nothing that reaches the network on its own. */
export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const LAPTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * The little of the DOM these functions touch inside the page. The project compiles without DOM types (it is
 * Node code), and string expressions would be `eval` to the page, which its CSP rightly refuses.
 */
interface InElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface InPage {
  document: {
    querySelector(selector: string): InElement | null;
    activeElement: InElement | null;
    documentElement: { scrollWidth: number; clientWidth: number };
  };
}

/** Screenshots are test artefacts (git-ignored); docs/screenshots/ holds the one the README shows. */
export const SCREENSHOTS = join(REPO_ROOT, "test-artifacts", "screenshots");

/** The web server on a SQLite store and a chromium to browse it; `close` ends both and removes `dir`, the store's folder. */
export async function serveInBrowser(db: string, dir: string): Promise<{ server: RunningServer; browser: Browser; close(): Promise<void> }> {
  const server = await startServer({ store: { type: "sqlite", path: db }, port: 0, log: () => {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A laptop-sized page whose script errors are pushed onto `problems`. */
export async function laptopPage(browser: Browser, problems: string[]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return page;
}

/** Waits until the app has rendered the page and every section that loads late (similar, map, thread). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { document } = globalThis as unknown as InPage;
    return !document.querySelector("main[aria-busy]") && !document.querySelector("main .loading");
  });
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Text of the focused element, and its href when it is a link. */
export async function focused(page: Page): Promise<{ tag: string; text: string; href: string | null }> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as InPage).document.activeElement;
    return { tag: el?.tagName ?? "", text: el?.textContent ?? "", href: el?.getAttribute("href") ?? null };
  });
}

/** The page does not scroll sideways: nothing is wider than the viewport. */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    return document.documentElement.scrollWidth <= document.documentElement.clientWidth;
  });
}
