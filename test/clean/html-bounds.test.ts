import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clean } from "../../src/clean/index.js";
import type { CleanedArticle, Problem, RawDocument } from "../../src/types.js";

/**
 * Pages built to hurt the HTML extractor: deep nesting, too many elements, a huge page, one giant
 * line. Each must come back with its text (or a clear problem) and a warning, never a crash or a
 * stall; the tree builder's bounds keep the work linear in the page's length.
 */

function htmlDoc(content: string): RawDocument {
  return { provenance: { file: "generated.html", format: "html" }, kind: "html", content, meta: {}, encoding: { name: "utf-8", repaired: false }, bytes: content.length };
}

function cleanWithProblems(content: string, options = {}): { article: CleanedArticle; codes: string[] } {
  const problems: Problem[] = [];
  const article = clean(htmlDoc(content), options, { report: (p) => problems.push(p) });
  return { article, codes: problems.map((p) => p.code) };
}

const SENTENCE = "The council approved the new harbour budget on Tuesday, after a long debate about the sea wall.";

describe("HTML pages past the extractor's bounds", () => {
  it("reads 200,000 nested divs with a too-deep warning and keeps the text at the bottom", () => {
    const n = 200_000;
    const { article, codes } = cleanWithProblems(`<html><body>${"<div>".repeat(n)}<p>${SENTENCE}</p>${"</div>".repeat(n)}</body></html>`);
    assert.ok(codes.includes("clean.html.too-deep"), codes.join(","));
    assert.ok(article.text.includes(SENTENCE));
  });

  it("reads 100,000 nested inline elements left unclosed, with stray closing tags after them", () => {
    const n = 100_000;
    const { article, codes } = cleanWithProblems(`<html><body><p>${SENTENCE}</p>${"<span><b>".repeat(n / 2)}${SENTENCE}${"</i>".repeat(n)}</body></html>`);
    assert.ok(codes.includes("clean.html.too-deep"), codes.join(","));
    assert.ok(article.text.includes(SENTENCE));
  });

  it("reads a page of 150,000 paragraphs with a too-many-elements warning, keeping their text", () => {
    const n = 150_000;
    const { article, codes } = cleanWithProblems(`<html><body><article>${`<p>${SENTENCE}</p>`.repeat(n)}</article></body></html>`, { maxHtmlChars: 50_000_000 });
    assert.ok(codes.includes("clean.html.too-many-elements"), codes.join(","));
    assert.ok(article.text.length > 0);
  });

  it("cuts a 100 MB page at the size limit with a truncated warning and keeps its beginning", () => {
    const paragraph = `<p>${SENTENCE}</p>\n`;
    const page = `<html><body><article>${paragraph.repeat(Math.ceil(100_000_000 / paragraph.length))}</article></body></html>`;
    assert.ok(page.length >= 100_000_000);
    const { article, codes } = cleanWithProblems(page);
    assert.ok(codes.includes("clean.truncated"), codes.join(","));
    assert.ok(article.text.startsWith(SENTENCE));
    assert.ok(article.removed.some((span) => span.reason === "truncated"));
  });

  it("reads a page that is one giant line of text without a tag or a line break", () => {
    const words = "harbour council budget wall storm fishing boats quay ";
    const line = words.repeat(Math.ceil(4_000_000 / words.length));
    const { article, codes } = cleanWithProblems(`<html><body><p>${line}</p></body></html>`);
    assert.ok(!codes.includes("clean.empty"), codes.join(","));
    assert.ok(article.text.length > 3_000_000);
  });

  it("reads a page whose markup never closes a tag (one giant open tag) as empty, not a stall", () => {
    const { codes } = cleanWithProblems(`<html><body><div class="${"x".repeat(3_000_000)}`);
    assert.ok(codes.includes("clean.empty"), codes.join(","));
  });
});
