import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { evaluateCopies, formatCopiesEvaluation } from "../../eval/copies.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dataDir = join(root, "..", "shared", "data");
const skip = existsSync(dataDir) ? false : `evaluation data absent at ${dataDir}`;

test("multilingual news copies: precision ≥ 0.99 and recall ≥ 0.95 against exhaustive exact Jaccard", { skip }, () => {
  const result = evaluateCopies({ root, dataDir, benchDir: join(root, "test-artifacts", "no-bench-corpus") });
  assert.ok("skipped" in result.bench);
  assert.ok(!("skipped" in result.news));
  if ("skipped" in result.news) return;
  assert.ok(Object.keys(result.news.languages).length >= 7);
  for (const s of result.news.schemes) {
    assert.ok(s.verified.truth > 100);
    assert.ok(s.verified.precision >= 0.99, `${s.scheme} precision ${s.verified.precision}`);
    assert.ok(s.verified.recall >= 0.95, `${s.scheme} recall ${s.verified.recall}`);
    assert.ok(s.contained !== undefined && s.contained.recall >= 0.9, `${s.scheme} containment recall`);
  }
  assert.match(formatCopiesEvaluation(result), /oph/);
});
