import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { benchCopies, formatBenchCopies } from "../../eval/copies-bench.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const skip = existsSync(join(root, "bench", "data", "corpus.jsonl")) ? false : "bench corpus absent: run sh bench/make-corpus.sh";

test("the copies bench reports every stage, both thread modes, quality and memory on a corpus slice", { skip }, async () => {
  const stages: string[] = [];
  const r = await benchCopies({ root, limit: 1500, repeats: 1, onProgress: (s) => stages.push(s) });
  assert.equal(r.documents, 1500);
  assert.equal(r.stages.length, 5);
  for (const f of [...r.stages, r.endToEnd, r.endToEndWorkers, r.reference]) assert.ok(f.docsPerSecond > 0 && f.mbPerSecond > 0);
  assert.deepEqual(r.quality.workers, r.quality.singleThread, "workers change speed, not results");
  assert.ok(r.memory.copyIndexBytesPerDocument > 0 && r.memory.copyIndexBytesPerDocument < 1024);
  assert.ok(stages.length >= 8);
  assert.match(formatBenchCopies(r), /reference/);
});
