import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

describe("newsfold ingest, then browse the store", () => {
  const cwd = tempDir();
  const db = join(cwd, "news.db");

  it("folds the bundled example pages and reports what it did", async () => {
    const run = await cli(["--db", db, "ingest", EXAMPLES, "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.equal(summary.read, 2);
    assert.equal(summary.stored, 2);
    assert.equal(summary.known, 0);
    assert.equal(summary.failed, 0);
  });

  it("stores nothing twice when the same pages are ingested again", async () => {
    const run = await cli(["--db", db, "ingest", EXAMPLES, "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.equal(summary.known, 2);
    assert.equal(summary.stored, 0);
  });

  it("lists the stored articles with their titles", async () => {
    const run = await cli(["--db", db, "articles", "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const articles = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(articles.length, 2);
    assert.ok(articles.every((a) => a.lang === "fr"));
    assert.match(articles[0].title, /MAE chinois et kazakh/);
  });

  it("shows an article with the spans cleaning removed and why", async () => {
    const run = await cli(["--db", db, "show", "1", "--removed"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /repeated-block/);
    assert.match(run.stdout, /trailing-junk/);
    assert.match(run.stdout, /010020070770000000000000011100001310193761/);
    const json = JSON.parse((await cli(["--db", db, "show", "1", "--json", "--removed"], { cwd })).stdout);
    assert.equal(json.text.split("Les ministres chinois et kazakh des Affaires étrangères").length, 2, "the body appears once");
  });

  it("finds articles by words without their accents", async () => {
    const run = await cli(["--db", db, "search", "Noursoultan", "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const hits = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(hits.map((h) => h.id), [2]);
    const unaccented = await cli(["--db", db, "search", "douchanbe", "--json"], { cwd });
    assert.equal(unaccented.stdout.trim().split("\n").length, 1);
  });

  it("names the same two people in both pages, whatever the spelling", async () => {
    const run = await cli(["--db", db, "entities", "--type", "person", "--json"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const people = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    const inBoth = people.filter((p) => p.articles === 2).map((p) => p.name);
    assert.equal(inBoth.length, 2, JSON.stringify(people));
    assert.ok(inBoth.includes("Wang Yi"));
    const byOtherSpelling = await cli(["--db", db, "search", "--entity", "Tleuberdi", "--json"], { cwd });
    assert.deepEqual(byOtherSpelling.stdout.trim().split("\n").map((l) => JSON.parse(l).id).sort(), [1, 2]);
  });

  it("exports clean JSONL with provenance", async () => {
    const out = join(cwd, "export.jsonl");
    const run = await cli(["--db", db, "export", "-o", out], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.ok(lines.every((l) => l.source.file.endsWith(".txt") && l.text.length > 1000));
  });

  it("answers a missing article with a message and the not-found exit code", async () => {
    const run = await cli(["--db", db, "show", "99"], { cwd });
    assert.equal(run.code, 5);
    assert.match(run.stderr, /no article 99/);
  });
});

describe("newsfold on a store it cannot use", () => {
  it("exits 3 with one line when the store is not a newsfold file, leaving it untouched", async () => {
    const cwd = tempDir();
    const path = join(cwd, "notes.txt");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, "not a store");
    const run = await cli(["--db", path, "ingest", EXAMPLES], { cwd });
    assert.equal(run.code, 3);
    assert.equal(run.stderr.trim().split("\n").length, 1);
    assert.equal(readFileSync(path, "utf8"), "not a store");
  });

  it("exits 2 on an unknown option, naming it", async () => {
    const run = await cli(["ingest", "--frobnicate"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /frobnicate/);
  });

  it("explains a wrong threshold", async () => {
    const run = await cli(["ingest", EXAMPLES, "--threshold", "7"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /threshold must be a number above 0 and below 1/);
  });
});
