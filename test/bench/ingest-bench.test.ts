import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { benchIngest } from "../../bench/ingest.js";
import { formatStages } from "../../bench/measure.js";

const examples = fileURLToPath(new URL("../../examples", import.meta.url));

/** The bundled pages, each in a few variants (paragraphs dropped), so the bench has a small real corpus. */
function smallCorpus(): { text: string }[] {
  const pages = readdirSync(examples).map((name) => readFileSync(join(examples, name), "utf8"));
  const texts: { text: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const page = pages[i % pages.length];
    const paragraphs = page.split("\n");
    texts.push({ text: paragraphs.filter((_, k) => k < 3 || k % 7 !== i % 7).join("\n") });
  }
  return texts;
}

test("the ingest bench times every stage, shows every whole-ingest run and a raw-insert reference", async () => {
  const result = await benchIngest({ texts: smallCorpus() });
  assert.equal(result.documents, 40);
  const names = result.stages.map((s) => s.stage);
  for (const expected of ["read", "clean", "MinHash", "without enrichment, 1 thread", "with enrichment, 2 threads", "re-ingest"]) {
    assert.ok(names.some((n) => n.includes(expected)), `a stage for ${expected}`);
  }
  for (const stage of [...result.stages, result.reference]) assert.ok(stage.docsPerSecond > 0 && stage.rssMb > 0, stage.stage);
  const whole = result.stages.filter((s) => s.stage.startsWith("whole ingest"));
  assert.equal(whole.length, 4);
  for (const stage of whole) {
    assert.equal(stage.runs?.length, 3, "three timed runs");
    assert.equal(Math.max(...(stage.runs ?? [])), stage.docsPerSecond, "the table shows the best run");
  }
  const table = formatStages(result.stages, result.reference);
  assert.match(table, /every run \(docs\/s; the table shows the best\):/);
  assert.match(table, /whole ingest without enrichment, 1 thread: [\d,]+, [\d,]+, [\d,]+/);
  assert.match(table, /vs reference/);
});
