import assert from "node:assert/strict";
import { it } from "node:test";
import { ingestBatches, MAX_BATCH_CHARS, type BatchProgress } from "../../src/pipeline/ingest-batches.js";
import { createPreparePool } from "../../src/pipeline/prepare-pool.js";
import { createCollectingReporter } from "../../src/report.js";
import type { RawDocument } from "../../src/types.js";

const PAGE_CHARS = 1024 * 1024;

function page(i: number): RawDocument {
  const content = `Page ${i}. ${"The harbour reopened after the storm and the ferries ran again. ".repeat(PAGE_CHARS / 64)}`;
  return { provenance: { file: `p${i}.txt`, format: "text" }, kind: "text", content, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: content.length };
}

it("closes a batch at its content size as well as its document count, losing no document", async () => {
  const pages = Array.from({ length: 20 }, (_, i) => page(i));
  const batches: number[] = [];
  const progress: BatchProgress = { read: 0, stored: 0, known: 0, failed: 0 };
  const pool = createPreparePool({ workers: 0, prepare: { enrich: false } });
  try {
    const { finished } = await ingestBatches(
      async function* () {
        yield* pages;
      },
      {
        store: { knownDocKeys: async () => new Map(), recordSources: async () => {} },
        reporter: createCollectingReporter(),
        pool,
        batchSize: 256,
        progress,
        commit: {
          async commit(prepared) {
            batches.push(prepared.length);
            return { stored: prepared.length, known: 0, copyOf: prepared.map(() => null) };
          },
        },
      },
    );
    assert.equal(finished, true);
    assert.equal(progress.stored, pages.length);
    assert.ok(batches.length > 1, `20 pages of 1 MB are more than one batch (got ${batches.join(", ")})`);
    for (const size of batches) assert.ok(size * PAGE_CHARS <= MAX_BATCH_CHARS + PAGE_CHARS, `a batch holds about ${MAX_BATCH_CHARS} characters at most (got ${size} pages)`);
  } finally {
    await pool.close();
  }
});
