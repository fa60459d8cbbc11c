import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import { openStore } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";

const story = (n: number) =>
  JSON.stringify({ url: `https://news.example/${n}`, title: `Report ${n}`, text: `Report number ${n}. ${"The council met on Tuesday to discuss the budget of the harbour. ".repeat(4)} Item ${n} closed the meeting.` });

describe("the copy index loading while the run reads", () => {
  it("stores nothing when the run is stopped before the index has loaded, and the next run stores it all", async () => {
    const dir = tempDir();
    const store = await openStore({ type: "sqlite", path: join(dir, "s.db") });
    const first = join(dir, "first.jsonl");
    writeFileSync(first, `${story(1)}\n`);
    assert.equal((await ingest([first], { store, reporter: createCollectingReporter() })).stored, 1);

    const more = join(dir, "more.jsonl");
    writeFileSync(more, `${story(2)}\n${story(3)}\n`);
    const stopped = new AbortController();
    stopped.abort(new Error("Ctrl-C"));
    const summary = await ingest([more], { store, reporter: createCollectingReporter(), signal: stopped.signal });
    assert.equal(summary.stored, 0, "no copy decision against a part-loaded index");
    assert.equal(summary.interrupted, true);
    assert.equal((await store.counts()).articles, 1);

    const again = await ingest([more], { store, reporter: createCollectingReporter() });
    assert.equal(again.stored, 2);
    assert.equal(again.interrupted, false);
    await store.close();
  });
});
