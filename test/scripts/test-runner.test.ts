import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { REPO_ROOT, tempDir } from "../helpers/cli.js";

const RUNNER = join(REPO_ROOT, "scripts", "test.mjs");

/** A test file with one passing test, a suite skipped for want of PostgreSQL, and a test skipped for want of data. */
function fixture(): string {
  const file = join(tempDir("newsfold-runner-"), "fixture.test.mjs");
  writeFileSync(
    file,
    [
      'import { describe, it } from "node:test";',
      'it("passes", () => {});',
      'describe("needs a server", { skip: "postgres: NEWSFOLD_TEST_POSTGRES_URL is not set" }, () => { it("never runs", () => {}); });',
      'it("needs data", { skip: "../shared/data is absent" }, () => {});',
    ].join("\n"),
  );
  return file;
}

function run(file: string, env: Record<string, string> = {}) {
  // NODE_TEST_CONTEXT would make the inner runner report to this one instead of printing.
  const { NEWSFOLD_TEST_REQUIRE: _, NODE_TEST_CONTEXT: __, ...base } = process.env;
  const result = spawnSync(process.execPath, [RUNNER, file], { cwd: REPO_ROOT, env: { ...base, ...env }, encoding: "utf8" });
  const lines = result.stdout.trim().split("\n");
  return { code: result.status, lines };
}

describe("npm test's runner (scripts/test.mjs)", () => {
  it("ends with a line counting the suites and tests skipped, and why", () => {
    const { code, lines } = run(fixture());
    assert.equal(code, 0);
    const last = lines[lines.length - 1];
    assert.match(last, /^skipped: 1 suite\(s\) and 1 test\(s\) \(/);
    assert.match(last, /1 × postgres: NEWSFOLD_TEST_POSTGRES_URL is not set/);
    assert.match(last, /1 × \.\.\/shared\/data is absent/);
  });

  it("fails when a suite the run requires was skipped, and only then", () => {
    const required = run(fixture(), { NEWSFOLD_TEST_REQUIRE: "postgres,browser" });
    assert.equal(required.code, 1);
    assert.match(required.lines[required.lines.length - 1], /1 suite\(s\) this run requires .* were skipped/);
    assert.equal(run(fixture(), { NEWSFOLD_TEST_REQUIRE: "browser" }).code, 0, "nothing needing a browser was skipped");
  });
});
