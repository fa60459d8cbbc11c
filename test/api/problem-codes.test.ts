import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ERROR_CODES, NEWSFOLD_CODES, PROBLEM_CODES, READ_PROBLEM_CODES, STORE_FINDING_CODES } from "../../src/index.js";
import { REPO_ROOT } from "../helpers/cli.js";

const doc = readFileSync(join(REPO_ROOT, "docs", "PROBLEMS.md"), "utf8");

/** The codes a table row of docs/PROBLEMS.md documents: every `dotted.code` in its first cell. */
function documentedCodes(): string[] {
  const codes: string[] = [];
  for (const line of doc.split("\n")) {
    const firstCell = /^\|([^|]*)\|/.exec(line)?.[1] ?? "";
    for (const m of firstCell.matchAll(/`([a-z]+(?:\.[a-z-]+)+)`/g)) codes.push(m[1]);
  }
  return codes;
}

describe("docs/PROBLEMS.md and the codes newsfold uses", () => {
  it("documents every code the source can throw or report", () => {
    const documented = new Set(documentedCodes());
    const missing = NEWSFOLD_CODES.filter((code) => !documented.has(code));
    assert.deepEqual(missing, [], "add these codes to docs/PROBLEMS.md, each with its meaning and fix");
  });

  it("lists no code that the source no longer has", () => {
    const known = new Set<string>(NEWSFOLD_CODES);
    const stale = documentedCodes().filter((code) => !known.has(code));
    assert.deepEqual(stale, [], "remove these codes from docs/PROBLEMS.md, or add them to src/codes.ts");
  });

  it("lists each code once, in one kind", () => {
    const all = [...NEWSFOLD_CODES];
    assert.equal(new Set(all).size, all.length);
    assert.equal(all.length, ERROR_CODES.length + PROBLEM_CODES.length + STORE_FINDING_CODES.length);
    for (const code of Object.keys(READ_PROBLEM_CODES)) assert.ok((PROBLEM_CODES as readonly string[]).includes(code), code);
  });

  it("names in src/codes.ts every code a source file writes as a literal", () => {
    // The compiler checks calls typed with the unions; this catches a code spelled into an untyped place.
    const source = listSourceFiles(join(REPO_ROOT, "src")).map((f) => readFileSync(f, "utf8")).join("\n");
    const used = new Set<string>();
    for (const m of source.matchAll(/(?:NewsfoldError\(|httpError\(|errorJson\(c, |code: )\s*"([a-z]+(?:\.[a-z-]+)+)"/g)) used.add(m[1]);
    const known = new Set<string>(NEWSFOLD_CODES);
    assert.deepEqual([...used].filter((code) => !known.has(code)), []);
    assert.ok(used.size > 40, "the scan finds the codes thrown in src/");
  });
});

function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSourceFiles(path));
    else if (entry.name.endsWith(".ts")) out.push(path);
  }
  return out;
}
