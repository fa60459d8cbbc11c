import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { READ_PROBLEM_CODES } from "../../src/read/index.js";
import { REPO_ROOT } from "../helpers/cli.js";

it("documents every problem code the readers can report", () => {
  const doc = readFileSync(join(REPO_ROOT, "docs", "PROBLEMS.md"), "utf8");
  const missing = Object.keys(READ_PROBLEM_CODES).filter((code) => !doc.includes(`\`${code}\``));
  assert.deepEqual(missing, [], "add these codes to docs/PROBLEMS.md");
});
