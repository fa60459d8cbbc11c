import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { cli, tempDir } from "../helpers/cli.js";

const page = (title: string, dateMeta: string, body: string) =>
  `<html><head><title>${title}</title>${dateMeta}</head><body><article><h1>${title}</h1>${body}</article></body></html>`;

describe("listings read as people write", () => {
  const cwd = tempDir();
  const db = join(cwd, "news.db");

  before(async () => {
    writeFileSync(
      join(cwd, "updated.html"),
      page(
        "Harbour cranes return to the port after repairs",
        '<meta property="article:modified_time" content="2021-09-17T10:00:00Z">',
        "<p>The three harbour cranes damaged in the spring storm went back to work on Friday, the port authority said. Dockers had loaded ships by hand for weeks.</p><p>The repairs cost more than expected, and the insurer has paid half of the bill so far.</p>",
      ),
    );
    writeFileSync(
      join(cwd, "yearless.html"),
      page(
        "Orchard growers count the frost damage",
        '<meta property="article:published_time" content="17 September">',
        "<p>Orchard growers in the valley counted the damage after two nights of frost, the growers' union said on Tuesday. Apples and pears suffered most.</p><p>Some farms lost half of their crop, and the union asked the region for help.</p>",
      ),
    );
    const untitled = "Ferry crossings resume after the strike ends. The ferry company said all crossings would run on Monday, after workers accepted a new pay offer.\n\nPassengers whose trips were cancelled can rebook without cost until the end of the month.";
    writeFileSync(join(cwd, "untitled.jsonl"), `${JSON.stringify({ text: untitled })}\n`);
    const run = await cli(["--db", db, "ingest", ...["updated.html", "yearless.html", "untitled.jsonl"].map((f) => join(cwd, f))], { cwd });
    assert.equal(run.code, 0, run.stderr);
  });

  it("shows a date without a year in words, saying the year is unknown", async () => {
    const id = await idOf(db, cwd, "Orchard growers");
    const run = await cli(["--db", db, "show", String(id)], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const published = run.stdout.split("\n").find((l) => l.startsWith("published"));
    assert.match(published ?? "", /17 September \(year unknown/);
    assert.doesNotMatch(run.stdout, /--09-17/);
  });

  it("labels an article's date as updated when only its update date is known", async () => {
    const run = await cli(["--db", db, "articles"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const row = (words: string) => run.stdout.split("\n").find((l) => l.includes(words)) ?? "";
    assert.match(row("Harbour cranes"), /2021-09-17\S* \(updated\)/);
    assert.doesNotMatch(row("Orchard growers"), /updated/);
    assert.doesNotMatch(run.stdout.split("\n")[0], /published/, "the column holds publication or update dates");
  });

  it("names an untitled search hit by its first sentence, as the article list does", async () => {
    const listed = await cli(["--db", db, "articles"], { cwd });
    assert.match(listed.stdout, /Ferry crossings resume after the strike ends\.(?!\s*The ferry)/);
    const run = await cli(["--db", db, "search", "ferry"], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const titleLine = run.stdout.split("\n")[0];
    assert.match(titleLine, /^\s*\d+\s+Ferry crossings resume after the strike ends\.$/);
  });
});

async function idOf(db: string, cwd: string, words: string): Promise<number> {
  const run = await cli(["--db", db, "articles", "--json"], { cwd });
  const found = run.stdout.trim().split("\n").map((l) => JSON.parse(l)).find((a) => a.title?.includes(words));
  assert.ok(found, `an article titled "${words}" is stored`);
  return found.id;
}
