import { test } from "node:test";
import assert from "node:assert/strict";
import { recordLine } from "../../src/pipeline/jsonl-record.js";
import { loadPreparer, toNewArticle } from "../../src/pipeline/prepare.js";
import type { RawDocument } from "../../src/types.js";

function textDocument(content: string): RawDocument {
  return {
    kind: "text",
    content,
    meta: { url: "https://example.org/a?q=\"x\"", title: "Ein „Titel“ with \\ and \u2028" },
    provenance: { file: "corpus.jsonl", format: "jsonl", line: 3 },
    encoding: { name: "utf-8", repaired: false },
    bytes: content.length,
  };
}

const TEXT = 'Olaf Scholz met Pedro Sánchez in Berlin on Tuesday.\n\nThey said "energy prices" — 価格 — must fall.\tTabs, too.';

test("a dedup line serialized where its article was prepared is the line the committing thread would write", async () => {
  for (const enrich of [false, undefined] as const) {
    const prepared = (await loadPreparer({ recordLines: true, enrich }))(textDocument(TEXT), "key", { report: () => {} });
    assert.ok(prepared !== null);
    const article = toNewArticle(prepared);
    const names = (_id: string, name: string) => name;
    const whole = recordLine({ ...article, recordTail: undefined }, 42, names);
    assert.equal(recordLine(article, 42, names), whole);
    assert.equal((JSON.parse(whole) as { id: number }).id, 42);
    // A line naming entities waits for the run's names (the first spelling of each id): no tail then.
    if (enrich === undefined) assert.equal(article.recordTail, undefined, "entities found, so no tail");
    else assert.ok(article.recordTail !== undefined, "no entities, so a tail");
  }
});
