import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import * as api from "../../src/index.js";
import { REPO_ROOT } from "../helpers/cli.js";

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));

describe("the package's public API", () => {
  it("exports the package root and package.json only, both pointing at files the build makes", () => {
    assert.deepEqual(Object.keys(pkg.exports).sort(), [".", "./package.json"]);
    assert.equal(pkg.exports["."].import, "./dist/index.js");
    assert.equal(pkg.exports["."].types, "./dist/index.d.ts");
    assert.ok(existsSync(join(REPO_ROOT, "src", "index.ts")), "dist/index.js is built from src/index.ts");
    assert.equal(pkg.bin.newsfold, "bin/newsfold.js");
  });

  it("offers a typed function for each stage and for the whole fold", () => {
    for (const name of ["readInputs", "clean", "fingerprint", "createMinHasher", "createLshIndex", "createCopyIndex", "verifyPair", "enrich", "createStoryClusterer", "createThreadLinker", "similarity", "openStore", "ingest", "foldStories", "fold", "runCli"]) {
      assert.equal(typeof (api as Record<string, unknown>)[name], "function", `${name} is exported`);
    }
  });

  it("builds to the same list of exports (when the build has run)", async (t) => {
    const built = join(REPO_ROOT, "dist", "index.js");
    if (!existsSync(built)) return t.skip("dist/ is not built (npm install builds it)");
    const dist = await import(built);
    assert.deepEqual(Object.keys(dist).sort(), Object.keys(api).sort(), "dist/ is stale: run npm run build");
  });
});
