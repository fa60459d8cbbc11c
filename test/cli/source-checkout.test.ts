import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { cli, REPO_ROOT } from "../helpers/cli.js";

describe("eval and bench live beside src/, not in the package", () => {
  it("builds dist from src/ alone: no eval/ or bench/ file is compiled into it", () => {
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const files = execFileSync(process.execPath, [tsc, "-p", join(REPO_ROOT, "tsconfig.build.json"), "--listFilesOnly"], { encoding: "utf8" })
      .split("\n")
      .filter((f) => f.startsWith(REPO_ROOT) && !f.includes("node_modules"))
      .map((f) => relative(REPO_ROOT, f));
    assert.ok(files.some((f) => f === join("src", "cli", "main.ts")), "the build compiles the CLI");
    assert.deepEqual(files.filter((f) => !f.startsWith(`src${"/"}`)), [], "only src/ is compiled");
  });

  it("runs the real commands from a source checkout", async () => {
    const evalHelp = await cli(["eval", "--help"]);
    assert.equal(evalHelp.code, 0, evalHelp.stderr);
    assert.match(evalHelp.stdout, /--write/);
    const benchHelp = await cli(["bench", "--help"]);
    assert.equal(benchHelp.code, 0, benchHelp.stderr);
    assert.match(benchHelp.stdout, /which benchmarks/);
  });

  it("rejects unknown suites and --write with --limit as usage errors", async () => {
    assert.equal((await cli(["eval", "nope"])).code, 2);
    assert.equal((await cli(["bench", "nope"])).code, 2);
    const partial = await cli(["eval", "copies", "--limit", "5", "--write"]);
    assert.equal(partial.code, 2);
    assert.match(partial.stderr, /--write/);
  });
});
