import assert from "node:assert/strict";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { it } from "node:test";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";

const doc = (n: number) => `${JSON.stringify({ url: `https://news.example/${n}`, text: `Story number ${n} about the harbour reopening after the storm, told at length.` })}\n`;

const READ_FIRST = 100;

// A guard against a hang only (the old ingest held the documents until the input ended): never a speed assertion.
it("commits the documents read so far while the input stalls, before a batch is full", { timeout: 120_000 }, async () => {
  const store = await openStore({ type: "sqlite", path: join(tempDir(), "s.db") });
  const stdin = new PassThrough();
  let committedWhileOpen!: () => void;
  const committed = new Promise<void>((resolve) => (committedWhileOpen = resolve));
  let inputEnded = false;
  const run = ingest(["-"], {
    store,
    reporter: createCollectingReporter(),
    read: { stdin, formatHint: "jsonl" },
    workers: 0,
    onProgress: (p) => {
      if (p.stored === READ_FIRST && !inputEnded) committedWhileOpen();
    },
  });
  // More than the bytes sniffed before reading starts, fewer documents than a batch.
  for (let n = 0; n < READ_FIRST; n++) stdin.write(doc(n));
  await committed; // the input is still open: only an idle commit can have stored them
  inputEnded = true;
  stdin.end(doc(READ_FIRST));
  const summary = await run;
  assert.equal(summary.stored, READ_FIRST + 1);
  await store.close();
});
