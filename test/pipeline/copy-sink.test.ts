import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { it } from "node:test";
import { CopySink } from "../../src/pipeline/copy-sink.js";
import type { NewArticle } from "../../src/store/index.js";

/** An article as the engine commits it; the sink only reads its key, text, dates and hash. */
const article = (n: number, text: string): NewArticle =>
  ({ docKey: `k${n}`, exactHash: `h${n}`, cleaned: { text, published: null, updated: null } }) as unknown as NewArticle;

it("writes the kept lines in order, runs and lines longer than its read buffer alike, and gives texts back", async () => {
  const sizes = [10, 1_500_000, 20, 30, 2_100_000, 5, 7, 900_000, 40];
  const texts = sizes.map((size, i) => String.fromCharCode(97 + i).repeat(size));
  const sink = new CopySink((a, id) => JSON.stringify({ id, text: a.cleaned.text }));
  try {
    // Two batches, so lines come from the write buffer and from the file.
    assert.deepEqual(await sink.commitBatch({ articles: texts.slice(0, 4).map((t, i) => article(i, t)), groupChanges: [] }), [1, 2, 3, 4]);
    assert.equal((await sink.getTexts([2])).get(2), texts[1]);
    await sink.commitBatch({ articles: texts.slice(4).map((t, i) => article(i + 4, t)), groupChanges: [] });
    assert.deepEqual(await sink.knownDocKeys(["k3", "k99"]), new Map([["k3", 4]]));

    for (const keep of [() => true, (id: number) => id % 2 === 0, (id: number) => id === 5 || id === 6]) {
      const chunks: string[] = [];
      await sink.writeKeptLines(keep, (bytes) => void chunks.push(Buffer.from(bytes).toString("utf8")));
      const expected = texts.map((text, i) => ({ id: i + 1, text })).filter((r) => keep(r.id)).map((r) => `${JSON.stringify(r)}\n`);
      assert.equal(chunks.join(""), expected.join(""));
    }
    const ids: number[] = [];
    await sink.writeRecords(({ id, bytes }) => void ids.push(id, JSON.parse(Buffer.from(bytes).toString("utf8")).text.length));
    assert.deepEqual(ids, texts.flatMap((t, i) => [i + 1, t.length]));
    assert.equal((await sink.getTexts([5, 8])).get(8), texts[7]);
  } finally {
    await sink.close();
  }
  assert.equal(existsSync(sink.directory), false, "the working file is gone");
});

it("hands back each article's shingle set as committed, so copy verification need not shingle its text again", async () => {
  const sink = new CopySink((a, id) => JSON.stringify({ id, text: a.cleaned.text }));
  const sets = [new Uint32Array([1, 5, 9]), new Uint32Array(0), new Uint32Array(Array.from({ length: 300_000 }, (_, i) => i * 7))];
  try {
    await sink.commitBatch({ articles: sets.slice(0, 2).map((shingles, i) => ({ ...article(i, "t"), shingles })), groupChanges: [] });
    assert.deepEqual(await sink.getShingles([1, 9]), new Map([[1, sets[0]]]), "read from the write buffer; an unknown id is left out");
    // The third set passes the write buffer's size: the first two are read back from the file.
    await sink.commitBatch({ articles: [{ ...article(2, "t"), shingles: sets[2] }], groupChanges: [] });
    assert.deepEqual(await sink.getShingles([3, 2, 1]), new Map([[3, sets[2]], [2, sets[1]], [1, sets[0]]]));
  } finally {
    await sink.close();
  }
});
