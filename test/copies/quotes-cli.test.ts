import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cli, tempDir } from "../helpers/cli.js";
import { seeded, writeJsonl } from "../queue/helpers.js";

/** Made-up words from a seed: unrelated texts share no 5-gram. */
function words(random: () => number, n: number): string {
  const syllables = ["ka", "ro", "mi", "ta", "lu", "ve", "sor", "din", "pel", "qua", "nor", "bex"];
  return Array.from({ length: n }, () => Array.from({ length: 3 }, () => syllables[Math.floor(random() * syllables.length)]).join("")).join(" ");
}

describe("a wire story quoted by three articles, on the command line", () => {
  it("show, copies and export tell the quotes apart from copies; export keeps the three and drops the wire", { timeout: 120_000 }, async () => {
    const random = seeded(5);
    const wire = words(random, 150);
    const dir = tempDir();
    const db = join(dir, "s.db");
    // The wire comes last and is the earliest: it would have been the canonical of a group swallowing the three.
    const docs = [1, 2, 3].map((k) => ({ url: `https://paper${k}.example/a`, title: `Report ${k}`, text: `${words(random, 200)}. ${wire}. ${words(random, 120)}.`, published: `2024-05-0${k + 1}T08:00:00Z` }));
    docs.push({ url: "https://wire.example/a", title: "Wire", text: `${wire}.`, published: "2024-05-01T10:02:00Z" });
    writeJsonl(join(dir, "in.jsonl"), docs);
    assert.equal((await cli(["--db", db, "ingest", join(dir, "in.jsonl"), "--no-enrich"], { cwd: dir })).code, 0);

    const report = await cli(["--db", db, "show", "1"], { cwd: dir });
    assert.match(report.stdout, /^quotes +article 4 of 2024-05-01 10:02(:00)? "Wire" \(100% of it, at \d+–\d+ here\)$/m);
    assert.doesNotMatch(report.stdout, /^copies /m, "a quoting article is no copy");
    const wireReport = await cli(["--db", db, "show", "4"], { cwd: dir });
    assert.match(wireReport.stdout, /^quoted by +3 article\(s\): 1, 2, 3$/m);

    const copies = await cli(["--db", db, "copies"], { cwd: dir });
    assert.match(copies.stdout, /no copies among 4 article\(s\)/);

    const kept = (await cli(["--db", db, "export"], { cwd: dir })).stdout.trim().split("\n").map((l) => JSON.parse(l).url);
    assert.deepEqual(kept.sort(), docs.slice(0, 3).map((d) => d.url).sort(), "the three quoting articles are kept, the wire they cover dropped");
    const all = (await cli(["--db", db, "export", "--all"], { cwd: dir })).stdout.trim().split("\n").map((l) => JSON.parse(l));
    const wireRecord = all.find((r) => r.url === "https://wire.example/a");
    assert.equal(wireRecord.kept, false);
    assert.ok([1, 2, 3].includes(wireRecord.coveredBy));
    assert.deepEqual(wireRecord.quotedBy.sort(), [1, 2, 3]);
    assert.deepEqual(all.find((r) => r.id === 2).quotes, [4]);
  });
});
