import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cli, tempDir } from "../helpers/cli.js";

const readLines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

describe("newsfold dedup writes text records as they were given", () => {
  // A manual's chunk: a heading line on top, a paragraph it holds twice, a line ending like a template "Share".
  const paragraph = "The configuration file is read once at start-up; a change takes effect on the next restart of the service.";
  const wrapped = [
    "   Each option may also be set from the command line, which wins over the",
    "   file; the environment comes between the two, and a default is used for",
    "   any option that none of them sets, as the table below lists in full.",
  ].join("\n");
  const text = ["Configuration", "", paragraph, "", wrapped, "", paragraph, "", "Share"].join("\n");

  it("keeps the first line, the repeated paragraph, the last line and the layout by default; --full-clean cleans as ingest does", async () => {
    const dir = tempDir();
    const input = join(dir, "manual.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "m1", text })}\n`);
    const light = join(dir, "light.jsonl");
    const full = join(dir, "full.jsonl");
    assert.equal((await cli(["dedup", input, "-o", light], { cwd: dir })).code, 0);
    assert.equal((await cli(["dedup", input, "-o", full, "--full-clean"], { cwd: dir })).code, 0);

    const [given] = readLines(light);
    assert.equal(given.text, text, "the text as given, its wrapped lines and indentation included");
    assert.equal(given.title, null, "no title is taken off a text record's first line");
    const [cleaned] = readLines(full);
    const cleanedText = cleaned.text as string;
    assert.equal(cleanedText.split(paragraph).length - 1, 1, "--full-clean collapses the repeated paragraph");
    assert.ok(!cleanedText.endsWith("Share"), "--full-clean removes the template line");
  });
});
