import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import { CopySink } from "../../src/pipeline/copy-sink.js";
import { openStore, type CopyStore, type Store } from "../../src/store/index.js";
import { EXAMPLES, tempDir } from "../helpers/cli.js";

/** The body paragraphs of a seed page (its long lines), real French news text. */
function seedBody(file: string): string[] {
  const lines = readFileSync(join(EXAMPLES, file), "utf8").split("\n").map((l) => l.trim());
  return [...new Set(lines.filter((l) => l.length > 150))];
}
const wang2021 = seedBody("000_5687b5c5f0498ff9.txt");
const wang2020 = seedBody("002_c22aeb1a175d5c40.txt");

function editWords(paragraphs: string[], every: number): string[] {
  return paragraphs.map((p) => p.split(" ").map((w, i) => (i % every === 0 && i > 0 ? w.toUpperCase() + "x" : w)).join(" "));
}

const line = (url: string, published: string, paragraphs: string[]) =>
  JSON.stringify({ url, title: `t ${url}`, published, text: paragraphs.join("\n\n") });

async function ingestLines(store: CopyStore, dir: string, name: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  const reporter = createCollectingReporter();
  const summary = await ingest([path], { store, reporter, batchSize: 2 });
  return { summary, reporter };
}

describe("copies found while ingesting", () => {
  it("groups exact and near copies under the earliest article; a roundup quoting it stays an original", async () => {
    const dir = tempDir();
    const store = await openStore({ type: "sqlite", path: join(dir, "s.db") });
    const { summary } = await ingestLines(store, dir, "a.jsonl", [
      line("https://a.example/original", "2021-09-17T15:56:00Z", wang2021),
      line("https://b.example/reprint", "2021-09-18T08:00:00Z", wang2021),
      line("https://c.example/edited", "2021-09-18T09:00:00Z", editWords(wang2021, 40)),
      line("https://d.example/other", "2020-09-12T09:10:00Z", wang2020),
      line("https://e.example/roundup", "2021-09-19T10:00:00Z", [...wang2020.slice(0, 3), ...wang2021, ...wang2020.slice(3)]),
    ]);
    assert.equal(summary.stored, 5);
    const groups = await store.listCopyGroups({ limit: 10 });
    assert.equal(groups.length, 1, JSON.stringify(groups));
    const [group] = groups;
    const kinds = Object.fromEntries(group.members.map((m) => [m.id, m.kind]));
    assert.equal(group.canonicalId, 1, "the earliest published is canonical");
    assert.deepEqual(kinds, { 1: "canonical", 2: "exact", 3: "near" });
    const near = group.members.find((m) => m.id === 3)!;
    assert.ok(near.similarity >= 0.8 && near.similarity < 1);
    assert.equal((await store.getArticle(4))?.groupId, null, "another meeting is not a copy");
    assert.equal((await store.getArticle(5))?.groupId, null, "the roundup is no copy");
    const quotes = (await store.getCopyLinks([5])).filter((l) => l.kind === "quotes" && l.a === 5);
    assert.deepEqual(quotes.map((l) => l.b).sort(), [1, 2, 3, 4], "the roundup quotes both articles (and the copies)");
    const roundup = (await store.getArticle(5))!.text;
    const original = (await store.getArticle(1))!.text;
    const toOriginal = quotes.find((l) => l.b === 1)!;
    assert.ok(toOriginal.bInA >= 0.99, "the whole original lies inside the roundup");
    const p = toOriginal.passage!;
    assert.equal(p.bEnd - p.bStart >= original.length - 2, true, "the passage spans the quoted text");
    assert.ok(roundup.slice(p.aStart, p.aEnd).startsWith(original.slice(0, 60)), "the passage points at the quote in the roundup");
    await store.close();
  });

  it("dedup's sink links a roundup to the text it quotes without placing the passage, which its output never shows", async () => {
    const dir = tempDir();
    const sink = new CopySink((a, id) => JSON.stringify({ id, text: a.cleaned.text }));
    try {
      await ingestLines(sink, dir, "a.jsonl", [
        line("https://a.example/original", "2021-09-17T15:56:00Z", wang2021),
        line("https://d.example/other", "2020-09-12T09:10:00Z", wang2020),
        line("https://e.example/roundup", "2021-09-19T10:00:00Z", [...wang2020.slice(0, 3), ...wang2021, ...wang2020.slice(3)]),
      ]);
      const quotes = (await sink.getCopyLinks([3])).filter((l) => l.kind === "quotes" && l.a === 3);
      assert.deepEqual(quotes.map((l) => l.b).sort(), [1, 2], "the roundup quotes both articles");
      assert.ok(quotes.every((l) => l.bInA >= 0.99 && l.passage === null), JSON.stringify(quotes));
    } finally {
      await sink.close();
    }
  });

  it("moves the canonical role to an earlier copy that arrives later, across runs", async () => {
    const dir = tempDir();
    const path = join(dir, "s.db");
    let store = await openStore({ type: "sqlite", path });
    await ingestLines(store, dir, "late.jsonl", [
      line("https://late.example/1", "2021-09-20T10:00:00Z", wang2021),
      line("https://late.example/2", "2021-09-21T10:00:00Z", editWords(wang2021, 50)),
    ]);
    await store.close();
    store = await openStore({ type: "sqlite", path });
    await ingestLines(store, dir, "early.jsonl", [line("https://early.example/1", "2021-09-17T10:00:00Z", editWords(wang2021, 60))]);
    const [group] = await store.listCopyGroups({ limit: 10 });
    assert.equal(group.canonicalId, 3);
    assert.equal(group.members.length, 3);
    for (const m of group.members.filter((m) => m.id !== 3)) {
      assert.equal(m.kind, "near");
      assert.ok(m.similarity > 0.8 && m.similarity < 1, "similarity is measured against the new canonical");
    }
    await store.close();
  });

  it("links a wire story to an article stored in an earlier run that quotes it, without grouping them", async () => {
    const dir = tempDir();
    const path = join(dir, "s.db");
    let store = await openStore({ type: "sqlite", path });
    await ingestLines(store, dir, "long.jsonl", [line("https://long.example/1", "2021-09-19T10:00:00Z", [...wang2020, ...wang2021])]);
    await store.close();
    store = await openStore({ type: "sqlite", path });
    await ingestLines(store, dir, "wire.jsonl", [line("https://wire.example/1", "2021-09-17T10:00:00Z", wang2021)]);
    assert.deepEqual(await store.listCopyGroups({ limit: 10 }), [], "quoting is no copy");
    const links = await store.getCopyLinks([2]);
    assert.deepEqual(links.map((l) => [l.a, l.kind, l.b]), [[1, "quotes", 2]]);
    await store.close();
  });

  it("stores a document once when the same batch holds it twice", async () => {
    const dir = tempDir();
    const store = await openStore({ type: "sqlite", path: join(dir, "s.db") });
    const same = line("https://same.example/1", "2021-09-17T10:00:00Z", wang2021);
    const { summary } = await ingestLines(store, dir, "twice.jsonl", [same, same]);
    assert.equal(summary.stored, 1);
    assert.equal(summary.known, 1);
    await store.close();
  });
});
