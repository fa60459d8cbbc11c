/**
 * How long each page of the web UI takes in chromium to show its content (the app's "newsfold:page-shown"
 * mark) and to be complete (every late section loaded: the end of its last response, so the polling
 * here does not count), and its slowest API request, against a
 * running `newsfold serve`: the check that the UI stays fast on a large store. Not a test (timings are
 * not asserted); run it by hand and compare pages with each other and with the health request.
 *
 *   node --import tsx test/browser/page-timings.ts --url http://127.0.0.1:7171 [--runs 5]
 *
 * Pages are picked from the store itself: the largest story, its first article, that article's most
 * similar one, the most-named entity, a word of the largest story's title.
 */
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROMIUM, LAPTOP, LAUNCH_ARGS, ready } from "./browser-helpers.js";

const { values } = parseArgs({ options: { url: { type: "string", default: "http://127.0.0.1:7171" }, runs: { type: "string", default: "5" } } });
const base = values.url!;
const runs = Number(values.runs);

async function api<T>(path: string): Promise<T> {
  const response = await fetch(base + path);
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const stories = await api<{ items: { id: number; title: string }[] }>("/api/stories?limit=1");
const story = stories.items[0];
const members = await api<{ articles: { id: number }[] }>(`/api/stories/${story.id}`);
const articleId = members.articles[0].id;
const similar = await api<{ items: { id: number }[] }>(`/api/articles/${articleId}/similar?k=1`);
const entity = (await api<{ items: { id: string }[] }>("/api/entities?limit=1")).items[0];
const word = story.title.split(/\s+/).find((w) => w.length >= 6) ?? story.title.split(/\s+/)[0];

const pages: [string, string][] = [
  ["stories", "/"],
  ["stories filtered by entity", `/?entity=${encodeURIComponent(entity.id)}`],
  ["story", `/stories/${story.id}`],
  ["article", `/articles/${articleId}`],
  ["compare", `/compare?a=${articleId}&b=${similar.items[0]?.id ?? members.articles[1]?.id ?? articleId}`],
  ["entity", `/entity?id=${encodeURIComponent(entity.id)}`],
  ["entities", "/entities"],
  ["search", `/search?q=${encodeURIComponent(word)}`],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
const page = await browser.newPage({ viewport: LAPTOP });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${base}: ${runs} loads each, ms from navigation start, median (worst)`);
console.log(`${"page".padEnd(28)} ${"shown".padStart(13)} ${"complete".padStart(13)} ${"slowest API".padStart(13)}`);
for (const [name, path] of pages) {
  const shown: number[] = [];
  const complete: number[] = [];
  const slowest: number[] = [];
  let slowestName = "";
  for (let i = 0; i < runs; i++) {
    await page.goto(base + path);
    await ready(page);
    const { entries, mark } = await page.evaluate(() => ({
      entries: performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime, end: (e as unknown as { responseEnd: number }).responseEnd })),
      mark: performance.getEntriesByName("newsfold:page-shown")[0]?.startTime ?? Number.NaN,
    }));
    shown.push(mark);
    complete.push(Math.max(...entries.map((e) => e.end)));
    const apiCalls = entries.filter((e) => new URL(e.name).pathname.startsWith("/api/"));
    const worst = apiCalls.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    slowest.push(worst.end - worst.start);
    slowestName = new URL(worst.name).pathname;
  }
  const fmt = (xs: number[]) => `${Math.round(median(xs))} (${Math.round(Math.max(...xs))})`.padStart(13);
  console.log(`${name.padEnd(28)} ${fmt(shown)} ${fmt(complete)} ${fmt(slowest)}  ${path}  slowest: ${slowestName}`);
}
await browser.close();
