import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

describe("stories, threads, compare and similar on the example pages", () => {
  const cwd = tempDir();
  const db = join(cwd, "news.db");
  before(async () => {
    const run = await cli(["--db", db, "ingest", EXAMPLES], { cwd });
    assert.equal(run.code, 0, run.stderr);
  });

  it("folds the pages into stories and threads as part of ingest", async () => {
    const stories = (await cli(["--db", db, "stories", "--json"], { cwd })).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(stories.length, 2, "a meeting and another one: two stories (no year can put the undated page inside the other's story)");
    assert.equal(stories.reduce((n, s) => n + s.articles, 0), 2, "every article is in exactly one story");
    const threads = (await cli(["--db", db, "threads", "--json"], { cwd })).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(threads.length, 1, "both pages follow the same ministers: one thread");
    const thread = JSON.parse((await cli(["--db", db, "thread", String(threads[0].id), "--json"], { cwd })).stdout);
    assert.equal(thread.stories.length, stories.length);
    const story = JSON.parse((await cli(["--db", db, "story", String(stories[0].id), "--json"], { cwd })).stdout);
    assert.ok(story.articles.length >= 1);
  });

  it("rebuilds the same stories every time", async () => {
    const before = (await cli(["--db", db, "stories", "--json"], { cwd })).stdout;
    const run = await cli(["--db", db, "recluster"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /2 articles → 2 stories, 1 thread in /, "counts read as English");
    assert.equal((await cli(["--db", db, "stories", "--json"], { cwd })).stdout, before);
  });

  it("compares two articles with the people, places and passages they share", async () => {
    const run = await cli(["--db", db, "compare", "1", "2", "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    const people = report.dimensions.entities.evidence.shared.filter((e: { type: string }) => e.type === "person").map((e: { name: string }) => e.name);
    assert.equal(people.length, 2, JSON.stringify(people));
    assert.ok(people.includes("Wang Yi"));
    const places = report.dimensions.geography.evidence.shared.map((e: { id: string }) => e.id);
    for (const country of ["place:CN", "place:KZ"]) assert.ok(places.includes(country), `${country} in ${places}`);
    assert.ok(report.dimensions.text.evidence.passages.length > 0);
    assert.equal(report.dimensions.time.evidence.publishedGapDays, null, "no gap is invented for a date without a year");
    const text = await cli(["--db", db, "compare", "1", "2"], { cwd });
    assert.match(text.stdout, /shared passage/);
  });

  it("lists the other page as the most similar article, and compares a file with a stored article", async () => {
    const similar = (await cli(["--db", db, "similar", "1", "--json"], { cwd })).stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(similar[0].id, 2);
    const run = await cli(["--db", db, "compare", join(EXAMPLES, "002_c22aeb1a175d5c40.txt"), "2", "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(JSON.parse(run.stdout).overall > 0.9, "a page compared with its own stored copy");
  });

  it("says what is wrong with an unknown article", async () => {
    const run = await cli(["--db", db, "compare", "1", "999"], { cwd });
    assert.equal(run.code, 5);
    assert.match(run.stderr, /no article 999/);
  });
});
