import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { DEFAULTS, resolveConfig } from "../../src/config/index.js";
import { cli, EXAMPLES, tempDir } from "../helpers/cli.js";

describe("settings: defaults < config file < environment < flags, checked in one place", () => {
  it("takes each value from the strongest source and says which", () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "newsfold.config.json"), JSON.stringify({ threshold: 0.7, batchSize: 64 }));
    const fromFile = resolveConfig({ flags: {}, env: {}, cwd });
    assert.deepEqual([fromFile.values.threshold, fromFile.values.batchSize, fromFile.sources.threshold], [0.7, 64, "file"]);
    const fromEnv = resolveConfig({ flags: {}, env: { NEWSFOLD_THRESHOLD: "0.6" }, cwd });
    assert.deepEqual([fromEnv.values.threshold, fromEnv.sources.threshold, fromEnv.values.batchSize], [0.6, "env", 64]);
    const fromFlag = resolveConfig({ flags: { threshold: "0.9" }, env: { NEWSFOLD_THRESHOLD: "0.6" }, cwd });
    assert.deepEqual([fromFlag.values.threshold, fromFlag.sources.threshold], [0.9, "flag"]);
    const none = resolveConfig({ flags: {}, env: {}, cwd: tempDir() });
    assert.deepEqual([none.values.threshold, none.values.batchSize, none.sources.batchSize], [DEFAULTS.threshold, DEFAULTS.batchSize, "default"]);
  });

  for (const [what, args, env, file] of [
    ["--threshold 1 on ingest", ["ingest", EXAMPLES, "--threshold", "1"], {}, null],
    ["--threshold 1 on dedup", ["dedup", EXAMPLES, "-o", "-", "--threshold", "1"], {}, null],
    ["--threshold 0 on worker", ["worker", "--threshold", "0"], {}, null],
    ["an empty --batch-size", ["ingest", EXAMPLES, "--batch-size", ""], {}, null],
    ["NEWSFOLD_THRESHOLD=1", ["ingest", EXAMPLES], { NEWSFOLD_THRESHOLD: "1" }, null],
    ["threshold 1 in the config file", ["ingest", EXAMPLES], {}, { threshold: 1 }],
  ] as const) {
    it(`rejects ${what} as a usage error (exit 2) before reading anything`, async () => {
      const cwd = tempDir();
      if (file) writeFileSync(join(cwd, "newsfold.config.json"), JSON.stringify(file));
      const run = await cli([...args], { cwd, env: { ...env } });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /threshold must be a number above 0 and below 1|batch size must be an integer/);
      assert.doesNotMatch(run.stderr, /lsh\.|optimalBandsRows/);
    });
  }
});
