import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { keepFacts } from "../../eval/copy-facts.js";
import { shingleHashesOfText } from "../../src/text/shingle.js";
import { generateCopyMix } from "../copies/copy-properties.js";
import { cli, tempDir } from "../helpers/cli.js";
import { shuffle, writeJsonl } from "../queue/helpers.js";

const readLines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

describe("newsfold dedup keeps what the keep rule keeps, without a store", () => {
  it("loses no copy and drops no distinct article, in any order and batch size, as ingest + export would", { timeout: 300_000 }, async () => {
    const docs = generateCopyMix(11);
    const dir = tempDir();
    let reference: string[] | undefined;
    for (const [order, batchSize] of [[0, 256], [1, 3], [2, 1]] as const) {
      const input = join(dir, `in-${order}.jsonl`);
      writeJsonl(input, order === 0 ? docs : shuffle([...docs], 100 + order));
      const env = { NEWSFOLD_BATCH_SIZE: String(batchSize) };
      const all = join(dir, `all-${order}.jsonl`);
      const kept = join(dir, `kept-${order}.jsonl`);
      assert.equal((await cli(["dedup", input, "-o", all, "--all"], { cwd: dir, env })).code, 0);
      assert.equal((await cli(["dedup", input, "-o", kept], { cwd: dir, env })).code, 0);

      const records = readLines(all);
      assert.deepEqual(records.map((r) => r.url).sort(), docs.map((d) => d.url).sort(), "--all writes every document once");
      const dropped = new Map(records.filter((r) => r.kept === false).map((r) => [r.id as number, r.coveredBy as number]));
      const keptIds = new Set(records.filter((r) => r.kept === true).map((r) => r.id));
      for (const [id, cover] of dropped) assert.ok(keptIds.has(cover), `article ${id} is covered by a kept one (${cover})`);
      const facts = keepFacts(records.map((r) => ({ id: r.id as number, url: r.url as string, shingles: shingleHashesOfText(r.text as string) })), dropped);
      const label = `order ${order}, batches of ${batchSize}`;
      assert.deepEqual(facts.lost, [], `${label}: every dropped article is covered by a kept one`);
      assert.deepEqual(facts.redundant, [], `${label}: no kept pair is a copy or lies inside the other`);
      assert.ok(dropped.size > 0 && facts.kept.every((url) => !url.includes("wire.")), `${label}: copies and quoted wires are dropped`);
      assert.deepEqual(readLines(kept).map((r) => r.url).sort(), facts.kept, `${label}: the default output is the kept lines of --all`);
      if (reference === undefined) reference = facts.kept;
      else assert.deepEqual(facts.kept, reference, `${label}: the same articles kept as in the first order`);
    }

    // The store path decides the same: ingest, then export.
    const db = join(dir, "s.db");
    assert.equal((await cli(["--db", db, "ingest", join(dir, "in-1.jsonl"), "--no-enrich", "--no-stories"], { cwd: dir })).code, 0);
    const exported = (await cli(["--db", db, "export"], { cwd: dir })).stdout.trim().split("\n").map((line) => JSON.parse(line).url as string);
    assert.deepEqual(exported.sort(), reference);
  });

  it("hands each kept line back with the corpus's own record id", async () => {
    const dir = tempDir();
    const text = (topic: string) => Array.from({ length: 40 }, (_, i) => `Sentence ${i} of the ${topic} report says something new about it.`).join(" ");
    const input = join(dir, "corpus.jsonl");
    const records = [{ id: "rec-1", text: text("harbour") }, { id: "rec-2", text: text("harbour") }, { id: 3, text: text("railway") }];
    writeFileSync(input, records.map((r) => JSON.stringify(r)).join("\n"));
    const out = join(dir, "out.jsonl");
    assert.equal((await cli(["dedup", input, "-o", out], { cwd: dir })).code, 0);
    const kept = readLines(out).map((r) => (r.source as { recordId?: string }).recordId);
    assert.equal(kept.length, 2, "one of the two identical records is dropped");
    assert.ok(kept.includes("3") && (kept.includes("rec-1") || kept.includes("rec-2")), `kept ${kept.join(", ")}`);
  });
});
