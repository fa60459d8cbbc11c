import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { enrichArticle } from "../../src/enrich/enrich-article.js";
import { buildGazetteer, buildGazetteerTables, gazetteerOf } from "../../src/enrich/gazetteer.js";
import { readGazetteerSnapshot, writeGazetteerSnapshot } from "../../src/enrich/gazetteer-snapshot.js";
import { DEFAULT_ENRICH_OPTIONS } from "../../src/enrich/options.js";
import { LABELLED_EVENTS } from "../../eval/multilingual-events.js";

const dir = mkdtempSync(join(tmpdir(), "newsfold-snapshot-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

test("a gazetteer read from its snapshot finds what a built one finds, in every script", () => {
  const path = join(dir, "gazetteer.snapshot");
  writeGazetteerSnapshot(buildGazetteerTables(), path);
  const tables = readGazetteerSnapshot(path);
  assert.ok(tables !== null, "the snapshot just written is read");
  const fromSnapshot = gazetteerOf(tables, 0);
  const built = buildGazetteer();
  const renderings = LABELLED_EVENTS.flatMap((e) => e.renderings).map((r) => ({ title: r.title, text: r.text, lang: r.lang, published: null }));
  // Each gazetteer reads every rendering in turn (a process holds one; caches of its city table assume so).
  const expected = renderings.map((r) => enrichArticle(r, DEFAULT_ENRICH_OPTIONS, built));
  const scripts = new Set<string>();
  for (const [k, r] of renderings.entries()) {
    assert.equal(JSON.stringify(enrichArticle(r, DEFAULT_ENRICH_OPTIONS, fromSnapshot)), JSON.stringify(expected[k]), `${r.lang}: ${r.title}`);
    if (expected[k]!.entities.some((e) => e.id.startsWith("place:gn:"))) scripts.add(/[^\u0000-\u024f]/.test(r.text) ? r.lang : "latin");
  }
  assert.ok(scripts.size >= 5, `cities found in ${[...scripts].join(", ")}`);
  // An entry listed under many names (a city's in every language) is one object, as built: a snapshot copying each
  // would still find them, but a place named two ways in one article would count as two places.
  const distinct = (gaz: typeof built) => new Set([...gaz.entries.values(), ...gaz.caseless.values()].flat()).size;
  assert.equal(distinct(fromSnapshot), distinct(built));
});

test("a snapshot of other code or data, a damaged one or none is not read: the tables are built instead", () => {
  const path = join(dir, "stale.snapshot");
  writeGazetteerSnapshot(buildGazetteerTables(), path);
  const file = readFileSync(path);
  const otherKey = Buffer.from(file);
  otherKey.write("0".repeat(64), 0, "latin1");
  writeFileSync(path, otherKey);
  assert.equal(readGazetteerSnapshot(path), null, "another key");
  const damaged = Buffer.from(file.subarray(0, 65 + 1000));
  writeFileSync(path, damaged);
  assert.equal(readGazetteerSnapshot(path), null, "cut short");
  assert.equal(readGazetteerSnapshot(join(dir, "missing.snapshot")), null, "none");
  assert.equal(readGazetteerSnapshot(null), null, "running from the sources");
});
