import assert from "node:assert/strict";
import { it } from "node:test";
import { clean, createCleaner } from "../../src/clean/index.js";
import type { RawDocument } from "../../src/types.js";

const page = (content: string): RawDocument => ({ kind: "text", content, meta: {}, provenance: { file: "t.txt", format: "text" }, encoding: { name: "utf-8", repaired: false }, bytes: content.length });
const layout = { collapseRepeated: false, removeBoilerplate: false, readHeader: false, keepLayout: true };

it("keepLayout keeps a text page's lines and spacing, dropping only control characters and outer blanks, in NFC", () => {
  const content = "\n  PARIS, 3 mars (AFP) - Le texte commence ici,\n    coupé à la main\u0007 et cafe\u0301.\n\n\nFin.  \n";
  const article = clean(page(content), layout);
  assert.equal(article.text, "PARIS, 3 mars (AFP) - Le texte commence ici,\n    coupé à la main et café.\n\n\nFin.");
  assert.equal(article.dateline?.agency, "AFP", "the dateline is read off the first line");
  assert.equal(article.title, null);
  assert.notEqual(clean(page(content)).text, article.text, "by default the page is re-cut into paragraphs");
});

it("keepLayout needs the paragraph steps off", () => {
  assert.throws(() => createCleaner({ keepLayout: true }), /keepLayout needs/);
  assert.throws(() => createCleaner({ ...layout, readHeader: true }), /keepLayout needs/);
});
