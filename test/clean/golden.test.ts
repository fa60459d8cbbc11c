import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanFixture, fixtureDocument, fixtureSlugs, readExpected } from "../fixtures/clean/fixture-doc.js";

/** Paragraphs of a text page as written (any line break), whitespace-collapsed. */
function sourceParagraphs(content: string): string[] {
  return content
    .split(/\r?\n/u)
    .map((line) => line.replace(/[\s\u00a0]+/gu, " ").trim())
    .filter((line) => line !== "");
}

describe("golden fixtures (regenerate on purpose: node --import tsx test/fixtures/clean/regenerate.ts --write)", () => {
  for (const slug of fixtureSlugs()) {
    it(`cleans ${slug} as recorded in expected.json`, () => {
      const expected = readExpected(slug);
      assert.ok(expected, `${slug}/expected.json is missing; run the regenerate script`);
      assert.deepEqual(JSON.parse(JSON.stringify(cleanFixture(slug))), expected);
    });
  }
});

describe("seed 000: one article captured twice with a footer between and a digit string after", () => {
  const { article, problems } = cleanFixture("seed-000-captured-twice");
  const doc = fixtureDocument("seed-000-captured-twice");

  it("keeps one copy of the body", () => {
    const first = "DOUCHANBE, 17 septembre (Xinhua) -- Les ministres chinois";
    assert.equal(article.text.split(first).length - 1, 1);
    assert.ok(article.text.endsWith("Organisation de coopération de Shanghai (OCS). Fin"));
  });

  it("records the second copy, the contact footer and the digit string as removed", () => {
    const reasons = article.removed.map((span) => span.reason);
    assert.ok(reasons.includes("repeated-block"));
    const footer = article.removed.find((span) => span.text.includes("Contactez notre équipe"));
    assert.ok(footer && (footer.reason === "contact-prompt" || footer.reason === "footer"));
    const digits = article.removed.find((span) => span.text === "010020070770000000000000011100001310193761");
    assert.equal(digits?.reason, "trailing-junk");
  });

  it("points every removed span at the exact characters of the source", () => {
    for (const span of article.removed) {
      assert.ok(span.start !== undefined && span.end !== undefined);
      assert.equal(doc.content.slice(span.start, span.end), span.text);
    }
  });

  it("reads the title, site, publication minute, dateline and language", () => {
    assert.equal(article.title, "Les MAE chinois et kazakh s'engagent à renforcer leur coopération anti-pandémique");
    assert.equal(article.site, "French.xinhuanet.com");
    const { year, month, day, hour, minute, precision } = article.published ?? {};
    assert.deepEqual({ year, month, day, hour, minute, precision }, { year: 2021, month: 9, day: 17, hour: 15, minute: 56, precision: "minute" });
    assert.equal(article.dateline?.place, "DOUCHANBE");
    assert.equal(article.dateline?.agency, "Xinhua");
    assert.equal(article.dateline?.date?.year, undefined);
    assert.equal(article.dateline?.date?.month, 9);
    assert.equal(article.dateline?.date?.day, 17);
    assert.equal(article.lang.code, "fr");
    assert.deepEqual(problems, []);
  });
});

describe("seed 002: a body under an update line without a year", () => {
  const { article } = cleanFixture("seed-002-update-line");
  const doc = fixtureDocument("seed-002-update-line");

  it("keeps the update line's day, month, hour and minute and invents no year", () => {
    assert.ok(article.updated);
    assert.equal(article.updated.year, undefined);
    assert.equal(article.updated.day, 14);
    assert.equal(article.updated.month, 9);
    assert.equal(article.updated.hour, 9);
    assert.equal(article.updated.minute, 10);
    assert.equal(article.updated.precision, "minute");
    assert.equal(article.published, null);
  });

  it("keeps every paragraph of the body", () => {
    const body = sourceParagraphs(doc.content).slice(1);
    for (const paragraph of body) assert.ok(article.text.includes(paragraph), `lost: ${paragraph.slice(0, 60)}`);
    assert.equal(article.lang.code, "fr");
  });
});
