import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

const seed = readFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), "utf8");
const other = readFileSync(join(EXAMPLES, "002_c22aeb1a175d5c40.txt"), "utf8");

describe("a batch with bad documents in it", () => {
  it("stores the good documents, reports each bad one with its code, and exits 4", async () => {
    const cwd = tempDir();
    const crawl = join(cwd, "crawl");
    mkdirSync(crawl);
    copyFileSync(join(EXAMPLES, "000_5687b5c5f0498ff9.txt"), join(crawl, "good.txt"));
    writeFileSync(join(crawl, "empty.txt"), "");
    writeFileSync(join(crawl, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
    writeFileSync(join(crawl, "feed.jsonl"), [JSON.stringify({ url: "https://x.example/1", text: other }), "{not json", JSON.stringify({ url: "https://x.example/2" })].join("\n"));
    writeFileSync(join(crawl, "cut.txt.gz"), gzipSync(Buffer.from(seed.repeat(3))).subarray(0, 400));
    const run = await cli(["--db", join(cwd, "s.db"), "ingest", crawl, "--json"], { cwd });
    assert.equal(run.code, 4, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.equal(summary.stored, 3, "the good text page, the good JSONL line and what the cut gzip held are stored");
    for (const code of ["read.empty", "read.binary", "read.jsonl.malformed", "read.jsonl.no-content", "read.gzip.truncated"]) {
      assert.ok(summary.problems[code] >= 1, `${code} is reported: ${JSON.stringify(summary.problems)}`);
    }
  });

  it("names the line of a malformed JSONL record in the summary", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "feed.jsonl"), [JSON.stringify({ text: other }), "{oops"].join("\n"));
    const run = await cli(["--db", join(cwd, "s.db"), "ingest", join(cwd, "feed.jsonl")], { cwd });
    assert.equal(run.code, 4);
    assert.match(run.stderr, /read\.jsonl\.malformed .*feed\.jsonl line 2/);
  });
});

describe("newsfold dedup", () => {
  it("writes one line per distinct article, keeping the earliest of each copy group", async () => {
    const cwd = tempDir();
    const input = join(cwd, "in.jsonl");
    writeFileSync(
      input,
      [
        JSON.stringify({ url: "https://late.example/a", published: "2021-09-18T10:00:00Z", text: seed }),
        JSON.stringify({ url: "https://early.example/a", published: "2021-09-17T10:00:00Z", text: seed }),
        JSON.stringify({ url: "https://other.example/b", published: "2020-09-12T10:00:00Z", text: other }),
      ].join("\n"),
    );
    const output = join(cwd, "out.jsonl");
    const run = await cli(["dedup", input, "-o", output], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const lines = readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.url).sort(), ["https://early.example/a", "https://other.example/b"]);
    assert.match(run.stderr, /distinct 2/);
  });

  it("keeps the same articles with --enrich, which adds entities (off by default)", async () => {
    const cwd = tempDir();
    const input = join(cwd, "in.jsonl");
    writeFileSync(input, [seed, seed, other].map((text, i) => JSON.stringify({ url: `https://site${i}.example/a`, text })).join("\n"));
    const runs = [];
    for (const extra of [["--enrich"], []]) {
      const output = join(cwd, `out${extra.length}.jsonl`);
      const run = await cli(["dedup", input, "-o", output, ...extra], { cwd });
      assert.equal(run.code, 0, run.stderr);
      runs.push(readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l)));
    }
    const [enriched, plain] = runs;
    assert.deepEqual(plain.map((l) => l.url), enriched.map((l) => l.url));
    assert.equal(plain.length, 2);
    assert.ok(enriched.some((l) => l.entities.length > 0), "entities with --enrich");
    assert.ok(plain.every((l) => l.entities.length === 0 && l.eventDate === null), "none by default");
  });

  it("reads standard input", async () => {
    const cwd = tempDir();
    const stdin = [JSON.stringify({ url: "https://a.example/1", text: seed }), JSON.stringify({ url: "https://b.example/1", text: seed })].join("\n");
    const run = await cli(["dedup", "-", "-o", "-"], { cwd, stdin });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim().split("\n").length, 1);
  });
});
