import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ingest } from "../../src/pipeline/ingest.js";
import { runWorker } from "../../src/queue/worker.js";
import { createCollectingReporter } from "../../src/report.js";
import { openStore, type Store } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { enqueue, shuffle, writeJsonl } from "../queue/helpers.js";
import { freshSchemaName, onEveryBackend, POSTGRES_URL, SKIP_REASON, dropSchemas } from "../support/postgres.js";
import { copyFacts, generateCopyMix, type CopyFacts, type GeneratedDoc } from "./copy-properties.js";

const SEEDS = [11, 12];

/** Ingests the documents in the given order, in files of `fileSize` lines and batches of `batchSize`. */
async function ingestInOrder(store: Store, docs: GeneratedDoc[], options: { fileSize: number; batchSize: number }): Promise<void> {
  const dir = tempDir();
  for (let i = 0; i < docs.length; i += options.fileSize) {
    const path = join(dir, `part-${i}.jsonl`);
    writeJsonl(path, docs.slice(i, i + options.fileSize));
    await ingest([path], { store, reporter: createCollectingReporter(), batchSize: options.batchSize, workers: 0, prepare: { enrich: false } });
  }
}

function assertProperties(facts: CopyFacts, label: string): void {
  assert.deepEqual(facts.lost, [], `${label}: every dropped article is covered by a kept one`);
  assert.deepEqual(facts.redundant, [], `${label}: no kept pair is a copy or lies inside the other`);
  assert.deepEqual(facts.starViolations, [], `${label}: every group member is a copy of its own canonical`);
}

onEveryBackend("copy groups are stars and export keeps what it must", (backend, open) => {
  describe(`copy groups are stars and export keeps what it must (${backend})`, () => {
    for (const seed of SEEDS) {
      it(`holds for seed ${seed} in any order, batch size and split into runs`, { timeout: 300_000 }, async () => {
        const docs = generateCopyMix(seed);
        let reference: CopyFacts | undefined;
        const runs = [
          { order: 0, fileSize: docs.length, batchSize: 64 },
          { order: 1, fileSize: docs.length, batchSize: 1 },
          { order: 2, fileSize: 5, batchSize: 3 },
          { order: 3, fileSize: 1, batchSize: 1 },
        ];
        for (const run of runs) {
          const ordered = run.order === 0 ? docs : shuffle([...docs], seed * 10 + run.order);
          const store = await open();
          try {
            await ingestInOrder(store, ordered, run);
            const facts = await copyFacts(store);
            const label = `order ${run.order}, files of ${run.fileSize}, batches of ${run.batchSize}`;
            assertProperties(facts, label);
            if (reference === undefined) {
              reference = facts;
              assert.ok(facts.groups.length >= 4, "the mix has copy groups (exact sets and chain links)");
              assert.ok(facts.kept.length < docs.length, "export drops something");
              assert.ok(facts.kept.every((url) => !url.includes("wire.")), "every wire is dropped for the articles quoting it");
            } else {
              assert.deepEqual(facts.groups, reference.groups, `${label}: the same groups as the first run`);
              assert.deepEqual(facts.kept, reference.kept, `${label}: the same articles kept`);
            }
          } finally {
            await store.close();
          }
        }
      });
    }
  });
});

describe("copy groups with two workers on one PostgreSQL store", { skip: SKIP_REASON }, () => {
  it("are stars, and export keeps the same articles as one worker", { timeout: 300_000 }, async () => {
    const schemas: string[] = [];
    try {
      const docs = generateCopyMix(SEEDS[0]);
      const dir = tempDir();
      const shuffled = shuffle([...docs], 99);
      const inputs = [join(dir, "left.jsonl"), join(dir, "right.jsonl")];
      writeJsonl(inputs[0], shuffled.slice(0, shuffled.length / 2));
      writeJsonl(inputs[1], shuffled.slice(shuffled.length / 2));
      const results: CopyFacts[] = [];
      for (const workers of [1, 2]) {
        schemas.push(freshSchemaName());
        const open = () => openStore({ type: "postgres", url: POSTGRES_URL!, schema: schemas[schemas.length - 1] });
        const setup = await open();
        await enqueue(setup, inputs, 3);
        const stores = await Promise.all(Array.from({ length: workers }, open));
        await Promise.all(stores.map((store) => runWorker({ store, idleExit: true, threads: 0, batchSize: 2, prepare: { enrich: false }, stories: false })));
        await Promise.all(stores.map((s) => s.close()));
        const facts = await copyFacts(setup);
        await setup.close();
        assertProperties(facts, `${workers} worker(s)`);
        results.push(facts);
      }
      assert.deepEqual(results[1].groups, results[0].groups);
      assert.deepEqual(results[1].kept, results[0].kept);
    } finally {
      await dropSchemas(schemas);
    }
  });
});
