import { test } from "node:test";
import assert from "node:assert/strict";
import { createEnricher, DEFAULT_ENRICH_OPTIONS } from "../../src/enrich/index.js";
import { loadPreparer } from "../../src/pipeline/prepare.js";
import type { Problem, RawDocument } from "../../src/types.js";
import { enrichText, ofType } from "./helpers.js";

// Pathological pages, generated: each is cheap for a linear enricher and took minutes for the old one
// (a repeated city was quadratic in its mentions, initials against full names quadratic in people).

function textDocument(content: string): RawDocument {
  return { kind: "text", content, meta: {}, provenance: { file: "bomb.txt", format: "text" }, encoding: { name: "utf-8", repaired: false }, bytes: content.length };
}

/** A distinct capitalised made-up word for each n ("Bafson"). */
function madeUpName(n: number): string {
  let s = "";
  do {
    s += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return s[0]!.toUpperCase() + s.slice(1) + "son";
}

test("a page repeating one city is cut at the budget, with few mentions kept and a warning", async () => {
  const page = "Beijing is big. ".repeat(25_600); // 400 KB
  const problems: Problem[] = [];
  const prepare = await loadPreparer();
  const doc = prepare(textDocument(page), "k", { report: (p) => problems.push(p) });
  assert.ok(doc !== null, "the page is stored");
  const enrichment = doc.enrichment!;
  assert.ok(enrichment.cutAt !== undefined && enrichment.cutAt <= DEFAULT_ENRICH_OPTIONS.maxChars);
  const beijing = ofType(enrichment, "place").find((p) => p.name === "Beijing");
  assert.ok(beijing !== undefined, "the city is still found");
  assert.ok(beijing.mentions.length <= 100, `mentions kept per entity are bounded (${beijing.mentions.length})`);
  assert.deepEqual(problems.filter((p) => p.code === "enrich.truncated").map((p) => [p.severity, p.stage, p.provenance?.file]), [["warning", "enrich", "bomb.txt"]]);
  assert.equal(doc.cleaned.text.length, page.trim().length, "the stored text itself is whole: only enrichment stops reading");
});

test("a document within the budget is read whole and reports nothing", async () => {
  const problems: Problem[] = [];
  const doc = (await loadPreparer())(textDocument("Olaf Scholz met Emmanuel Macron in Berlin on Monday."), "k", { report: (p) => problems.push(p) });
  assert.equal(doc?.enrichment?.cutAt, undefined);
  assert.deepEqual(problems.filter((p) => p.stage === "enrich"), []);
});

test("the budget cuts between words and is an option", () => {
  const text = "Scholz spoke in Berlin. ".repeat(100);
  const e = createEnricher({ maxChars: 1000 }).enrich({ title: null, text, lang: "en", published: null });
  assert.ok(e.cutAt !== undefined && e.cutAt <= 1000 && e.cutAt > 800);
  assert.equal(text[e.cutAt], " ", "cut at a space");
  assert.ok(ofType(e, "place").every((p) => p.mentions.every((m) => m.end <= e.cutAt!)));
  assert.throws(() => createEnricher({ maxChars: 0 }), /maxChars/);
});

test("many people, each also named by initial, are all merged (one lookup per initial form)", () => {
  const count = 3000;
  const parts: string[] = [];
  for (let n = 0; n < count; n++) parts.push(`Minister Ann ${madeUpName(n)} said. A. ${madeUpName(n)} agreed.`);
  const e = createEnricher({ maxChars: 1_000_000, maxEntities: 10_000 }).enrich({ title: null, text: parts.join(" "), lang: "en", published: null });
  const people = ofType(e, "person");
  // A few made-up words may be real names somewhere (a gazetteer city, a month): most are people.
  assert.ok(people.reduce((n, p) => n + p.mentions.length, 0) > 1.9 * count, "the mentions are kept");
  assert.deepEqual(people.filter((p) => p.name.startsWith("A. ")).map((p) => p.name), [], "each initial form joins its full name");
});

test("an initial that fits two full names stays apart", () => {
  const e = enrichText("Minister Ann Lee said. Minister Alan Lee said. A. Lee agreed.", "en");
  const people = ofType(e, "person").map((p) => p.name).sort();
  assert.ok(people.includes("Ann Lee") && people.includes("Alan Lee"));
  assert.ok(ofType(e, "person").every((p) => p.mentions.length === 1), "A. Lee is given to neither");
});

test("many cities and people on one page: a person holding a city word keeps it", () => {
  const page = "In Berlin Kai Wegner spoke. Yesterday Paris Hilton said she visited Berlin. ".repeat(4000);
  const e = createEnricher({ maxChars: 1_000_000 }).enrich({ title: null, text: page, lang: "en", published: null });
  const people = ofType(e, "person").map((p) => p.name);
  assert.ok(people.some((p) => p.endsWith("Paris Hilton")), people.join(", "));
  assert.ok(!ofType(e, "place").some((p) => p.name === "Paris"), "Paris inside Paris Hilton is no place");
  assert.ok(ofType(e, "place").some((p) => p.name === "Berlin"));
});
