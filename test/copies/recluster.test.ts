import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { ingest } from "../../src/pipeline/ingest.js";
import { createCollectingReporter } from "../../src/report.js";
import { openStore } from "../../src/store/index.js";
import { cli, tempDir } from "../helpers/cli.js";
import { writeJsonl } from "../queue/helpers.js";
import { copyFacts, generateCopyMix } from "./copy-properties.js";

/**
 * Rewrites a store's copies the way union–find grouping left them: one chained group per related set,
 * quoting articles as "contained" members, no links, and the mark the links migration sets on such a store.
 */
function makeLegacy(path: string): void {
  const db = new Database(path);
  db.exec(`DELETE FROM copy_links; DELETE FROM copy_groups; UPDATE articles SET group_id = NULL, copy_kind = NULL, similarity = NULL`);
  const urls = db.prepare("SELECT id, url FROM articles ORDER BY id").all() as { id: number; url: string }[];
  const byKind = new Map<string, number[]>();
  for (const r of urls) {
    const kind = new URL(r.url).hostname.split(".")[0];
    byKind.set(kind, [...(byKind.get(kind) ?? []), r.id]);
  }
  for (const ids of [byKind.get("chain") ?? [], [...(byKind.get("wire") ?? []), ...(byKind.get("quoting") ?? [])]]) {
    const group = Number(db.prepare("INSERT INTO copy_groups (canonical_id, size) VALUES (?, ?)").run(ids[0], ids.length).lastInsertRowid);
    ids.forEach((id, i) => db.prepare("UPDATE articles SET group_id = ?, copy_kind = ?, similarity = 0.05 WHERE id = ?").run(group, i === 0 ? "canonical" : "contained", id));
  }
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('copies_regroup', 'needed')").run();
  db.close();
}

describe("regrouping a store whose copy groups chained", () => {
  it("`newsfold recluster` makes them stars, with links, and loses no article", { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const docs = generateCopyMix(21);
    writeJsonl(join(dir, "mix.jsonl"), docs);
    const path = join(dir, "s.db");
    let store = await openStore({ type: "sqlite", path });
    await ingest([join(dir, "mix.jsonl")], { store, reporter: createCollectingReporter(), workers: 0, prepare: { enrich: false } });
    const fresh = await copyFacts(store);
    await store.close();

    makeLegacy(path);
    store = await openStore({ type: "sqlite", path });
    const legacy = await copyFacts(store);
    assert.ok(legacy.starViolations.length > 0, "the chained groups are no stars");
    assert.equal(await store.copiesNeedRegroup(), true);
    await store.close();

    const run = await cli(["--db", path, "recluster"], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /copies: \d+ article\(s\), \d+ group\(s\), \d+ link\(s\) of which \d+ quote\(s\)/);
    store = await openStore({ type: "sqlite", path });
    const after = await copyFacts(store);
    assert.equal((await store.counts()).articles, docs.length, "nothing lost");
    assert.equal(await store.copiesNeedRegroup(), false);
    await store.close();
    assert.deepEqual(after.starViolations, []);
    assert.deepEqual(after.lost, []);
    assert.deepEqual(after.redundant, []);
    assert.deepEqual(after.groups, fresh.groups, "the groups an ingest from scratch makes");
    assert.deepEqual(after.kept, fresh.kept);
  });
});
